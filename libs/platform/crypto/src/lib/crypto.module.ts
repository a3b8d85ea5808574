import { Global, Module } from '@nestjs/common';

import { Environment } from '@link/platform/config';

import { PersonalDataCipher } from './personal-data-cipher';

@Global()
@Module({
  providers: [
    {
      provide: PersonalDataCipher,
      inject: [Environment],
      useFactory: (environment: Environment) =>
        new PersonalDataCipher(environment.ENCRYPTION_KEYS, environment.LOOKUP_HASH_KEY),
    },
  ],
  exports: [PersonalDataCipher],
})
export class CryptoModule {}

import { Global, Module } from '@nestjs/common';

import { Environment, loadEnvironment } from './environment';

/**
 * Provides the validated `Environment`. Validation happens when the module is built, so a bad
 * configuration stops the start before anything listens or connects.
 */
@Global()
@Module({
  providers: [{ provide: Environment, useFactory: () => loadEnvironment() }],
  exports: [Environment],
})
export class ConfigModule {}

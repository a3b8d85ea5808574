import { type DynamicModule, Global, Module } from '@nestjs/common';

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
export class ConfigModule {
  /**
   * Provides an environment already loaded, so what the caller changed reaches every service: a
   * command from the command line turns the API's timers off this way.
   */
  static forRoot(environment: Environment): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: Environment, useValue: environment }],
      exports: [Environment],
    };
  }
}

import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ReportingDatabase } from './reporting-database';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The API's connection pool, as the runtime role (entities register with `forFeature`), and
 * the national figures' small pool, as the reporting role.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: { url: string; reportingUrl: string; poolSize: number }): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        {
          provide: ReportingDatabase,
          useFactory: () => new ReportingDatabase(options.reportingUrl),
        },
      ],
      exports: [ReportingDatabase],
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.url,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          namingStrategy: new SnakeNamingStrategy(),
          extra: { max: options.poolSize, application_name: 'link-api' },
        }),
      ],
    };
  }
}

import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DatabaseStatistics } from './database-statistics';
import { ReportingDatabase } from './reporting-database';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Milliseconds; see the variables of the same names in `Environment`. */
export interface DatabaseTimeouts {
  connect: number;
  statement: number;
  /** Statements of a national report, which counts every centre. */
  report: number;
  lock: number;
  idleInTransaction: number;
}

/**
 * The API's connection pool, as the runtime role (entities register with `forFeature`), and
 * the national figures' small pool, as the reporting role.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: {
    url: string;
    reportingUrl: string;
    poolSize: number;
    timeouts: DatabaseTimeouts;
  }): DynamicModule {
    const { timeouts } = options;
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        {
          provide: ReportingDatabase,
          useFactory: () => new ReportingDatabase(options.reportingUrl, timeouts),
        },
        DatabaseStatistics,
      ],
      exports: [ReportingDatabase, DatabaseStatistics],
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.url,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          namingStrategy: new SnakeNamingStrategy(),
          // TypeORM's own logger prints a failed query with its parameters (people's data).
          // Errors reach the API's log through its error serializer instead.
          logging: false,
          extra: {
            max: options.poolSize,
            application_name: 'link-api',
            // Waiting for a free connection ends too, or a stuck database would queue every request.
            connectionTimeoutMillis: timeouts.connect,
            // Session defaults, a backstop for any transaction that does not set its own (the
            // request transaction and the national report do, with SET LOCAL).
            statement_timeout: timeouts.statement,
            lock_timeout: timeouts.lock,
            idle_in_transaction_session_timeout: timeouts.idleInTransaction,
          },
        }),
      ],
    };
  }
}

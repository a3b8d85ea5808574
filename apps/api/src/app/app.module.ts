import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';

import { GroupsModule } from '@link/groups/groups';
import { IntakeModule } from '@link/groups/intake';
import { AuthModule } from '@link/platform/auth';
import { CentresModule } from '@link/platform/centres';
import { ConfigModule, Environment } from '@link/platform/config';
import { CryptoModule } from '@link/platform/crypto';
import { DatabaseModule, type DatabaseUrls } from '@link/platform/database';
import { TenancyModule } from '@link/platform/tenancy';
import { CoursesModule } from '@link/training/courses';
import { LibraryModule } from '@link/training/library';
import { ReportingModule } from '@link/reporting';
import { SurveysModule } from '@link/surveys';
import { VolunteersModule } from '@link/volunteers';

import { AppErrorFilter } from './graphql/app-error.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { QueryComplexityPlugin } from './graphql/query-limits.plugin';
import { HealthController } from './health/health.controller';
import { loggerOptions } from './logging/logger.options';
import { MetricsModule } from './metrics/metrics.module';
import { RetentionModule } from './retention/retention.module';

@Module({})
export class AppModule {
  /**
   * The whole API on the database the runtime role reaches at `databaseUrls.app`; national
   * figures log in as the reporting role at `databaseUrls.reporting`.
   */
  static forRoot(options: {
    databaseUrls: Pick<DatabaseUrls, 'app' | 'reporting'>;
    environment: Environment;
  }): DynamicModule {
    const { environment } = options;
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(environment),
        CryptoModule,
        LoggerModule.forRoot(loggerOptions(environment)),
        DatabaseModule.forRoot({
          url: options.databaseUrls.app,
          reportingUrl: options.databaseUrls.reporting,
          poolSize: environment.DATABASE_POOL_SIZE,
          timeouts: {
            connect: environment.DATABASE_CONNECT_TIMEOUT_MS,
            statement: environment.DATABASE_STATEMENT_TIMEOUT_MS,
            report: environment.DATABASE_REPORT_TIMEOUT_MS,
            lock: environment.DATABASE_LOCK_TIMEOUT_MS,
            idleInTransaction: environment.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
          },
        }),
        TenancyModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(environment),
        }),
        TerminusModule,
        AuthModule,
        CentresModule,
        IntakeModule,
        GroupsModule,
        LibraryModule,
        CoursesModule,
        VolunteersModule,
        ReportingModule,
        SurveysModule,
        RetentionModule,
        MetricsModule,
      ],
      controllers: [HealthController],
      providers: [QueryComplexityPlugin, { provide: APP_FILTER, useClass: AppErrorFilter }],
    };
  }
}

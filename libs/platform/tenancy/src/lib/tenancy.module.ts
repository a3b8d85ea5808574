import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';

import { CentreEntity } from './centre.entity';
import { ReportQueries } from './report-queries';
import { RequestContext } from './request-context';
import { RequestLoaders } from './request-loader';
import { RequestTransaction } from './request-transaction';
import { RequestTransactionPlugin } from './request-transaction.plugin';
import { TenantDatabase } from './tenant-database';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([CentreEntity]),
    ClsModule.forRoot({
      global: true,
      // Mounted as middleware so the context spans the whole Apollo request, including the
      // plugin hook that ends the request transaction.
      middleware: { mount: true },
    }),
  ],
  providers: [
    RequestContext,
    RequestLoaders,
    RequestTransaction,
    TenantDatabase,
    ReportQueries,
    RequestTransactionPlugin,
  ],
  exports: [RequestContext, RequestLoaders, RequestTransaction, TenantDatabase, ReportQueries],
})
export class TenancyModule {}

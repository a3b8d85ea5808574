import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request } from 'express';
import { ClsModule } from 'nestjs-cls';

import { CentreEntity } from './centre.entity';
import { RequestContext } from './request-context';
import { RequestTransaction } from './request-transaction';
import { RequestTransactionPlugin } from './request-transaction.plugin';
import { TenantDatabase } from './tenant-database';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([CentreEntity]),
    ClsModule.forRoot({
      global: true,
      middleware: {
        mount: true,
        setup: (cls, req: Request) => cls.set('clientIp', req.ip),
      },
    }),
  ],
  providers: [RequestContext, RequestTransaction, TenantDatabase, RequestTransactionPlugin],
  exports: [RequestContext, RequestTransaction, TenantDatabase],
})
export class TenancyModule {}

import { Injectable } from '@nestjs/common';
import type { EntityManager, ObjectLiteral, Repository } from 'typeorm';

import { CentreOwnedEntity } from '@link/platform/database';

import { CentreScopedRepository } from './centre-scoped.repository';
import { RequestContext } from './request-context';
import { RequestTransaction } from './request-transaction';

type Constructor<T> = new () => T;

/**
 * What services use instead of TypeORM's repositories: centre-owned tables through a scoped
 * repository, platform tables through the request's transaction. Both run inside the
 * request transaction, so row-level security always has its centre.
 */
@Injectable()
export class TenantDatabase {
  constructor(
    private readonly transaction: RequestTransaction,
    private readonly context: RequestContext,
  ) {}

  scoped<T extends CentreOwnedEntity>(target: Constructor<T>): CentreScopedRepository<T> {
    return new CentreScopedRepository(
      target,
      () => this.transaction.manager(),
      () => this.context.requireCentreId(),
    );
  }

  /** A platform table (centres, users, sessions). Centre-owned entities are refused. */
  async platform<T extends ObjectLiteral>(
    target: Constructor<T>,
  ): Promise<T extends { tenantId: string } ? never : Repository<T>> {
    if (target.prototype instanceof CentreOwnedEntity) {
      throw new Error(`${target.name} is centre-owned: use TenantDatabase.scoped().`);
    }
    const repository = (await this.transaction.manager()).getRepository(target);
    return repository as T extends { tenantId: string } ? never : Repository<T>;
  }

  /** The request transaction's manager, for the few queries that span tables (joins, locks). */
  manager(): Promise<EntityManager> {
    return this.transaction.manager();
  }
}

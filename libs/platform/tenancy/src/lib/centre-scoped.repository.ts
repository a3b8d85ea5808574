import { randomUUID } from 'node:crypto';

import type {
  EntityManager,
  EntityTarget,
  FindManyOptions,
  FindOptionsWhere,
  ObjectLiteral,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';

import type { CentreOwnedEntity } from '@link/platform/database';

/** A filter on a centre-owned entity, without the centre: the repository adds it. */
export type ScopedWhere<T> = FindOptionsWhere<Omit<T, 'tenantId'>>;
export type ScopedValues<T> = Omit<Partial<T>, 'tenantId' | 'id'>;
export type ScopedFindOptions<T> = Omit<FindManyOptions<T>, 'where'> & {
  where?: ScopedWhere<T> | ScopedWhere<T>[];
};

/**
 * The only way services reach centre-owned tables. Every query carries the active centre in its
 * WHERE (row-level security is the wall; this keeps queries on the `(tenant_id, …)` indexes and
 * fails loudly instead of silently when a filter is missing).
 */
export class CentreScopedRepository<T extends CentreOwnedEntity> {
  constructor(
    private readonly target: EntityTarget<T>,
    private readonly manager: () => Promise<EntityManager>,
    private readonly centreId: () => string,
  ) {}

  async find(options: ScopedFindOptions<T> = {}): Promise<T[]> {
    return (await this.repository()).find({ ...options, where: this.scope(options.where) });
  }

  async findOne(where: ScopedWhere<T>): Promise<T | null> {
    return (await this.repository()).findOne({ where: this.scope(where) });
  }

  async count(where: ScopedWhere<T> = {}): Promise<number> {
    return (await this.repository()).count({ where: this.scope(where) });
  }

  /**
   * A page and how many rows match in all. One statement, the count beside the page
   * (`count(*) OVER ()`), where TypeORM pages with LIMIT and OFFSET (no relations joined); a
   * page past the end has no row to carry the count, so it is counted apart.
   */
  async findAndCount(options: ScopedFindOptions<T>): Promise<[T[], number]> {
    const repository = await this.repository();
    const scoped = { ...options, where: this.scope(options.where) };
    if (options.relations) return repository.findAndCount(scoped);
    const { entities, raw } = await repository
      .createQueryBuilder()
      .setFindOptions(scoped)
      .addSelect('count(*) OVER ()', 'total_count')
      .getRawAndEntities<{ total_count: string }>();
    if (entities.length === 0 && (options.skip ?? 0) > 0) {
      return [entities, await repository.count({ where: scoped.where })];
    }
    return [entities, Number(raw[0]?.total_count ?? 0)];
  }

  /** Inserts a row in the active centre with a new id, and returns it as stored. */
  async insert(values: ScopedValues<T>): Promise<T> {
    const repository = await this.repository();
    const row = repository.create({ ...values, tenantId: this.centreId(), id: randomUUID() } as T);
    await repository.insert(row as Parameters<Repository<T>['insert']>[0]);
    return (await repository.findOneOrFail({
      where: { tenantId: row.tenantId, id: row.id } as FindOptionsWhere<T>,
    })) as T;
  }

  /** Inserts rows in the active centre with new ids, in one statement; nothing is read back. */
  async insertMany(values: ScopedValues<T>[]): Promise<void> {
    if (values.length === 0) return;
    const repository = await this.repository();
    const tenantId = this.centreId();
    const rows = values.map((one) =>
      repository.create({ ...one, tenantId, id: randomUUID() } as T),
    );
    await repository.insert(rows as Parameters<Repository<T>['insert']>[0]);
  }

  /** Updates the rows matching `where` in the active centre; returns how many changed. */
  async update(where: ScopedWhere<T>, values: ScopedValues<T>): Promise<number> {
    const result = await (
      await this.repository()
    ).update(
      this.scope(where) as FindOptionsWhere<T>,
      values as Parameters<Repository<T>['update']>[1],
    );
    return result.affected ?? 0;
  }

  /** Deletes the rows matching `where` in the active centre; returns how many went. */
  async delete(where: ScopedWhere<T>): Promise<number> {
    const result = await (await this.repository()).delete(this.scope(where) as FindOptionsWhere<T>);
    return result.affected ?? 0;
  }

  /** A query builder already restricted to the active centre. */
  async queryBuilder(alias: string): Promise<SelectQueryBuilder<T>> {
    return (await this.repository())
      .createQueryBuilder(alias)
      .where(`${alias}.tenantId = :scopedCentreId`, { scopedCentreId: this.centreId() });
  }

  private async repository(): Promise<Repository<T>> {
    return (await this.manager()).getRepository(this.target);
  }

  private scope(
    where: ScopedWhere<T> | ScopedWhere<T>[] = {},
  ): FindOptionsWhere<T>[] | FindOptionsWhere<T> {
    const tenantId = this.centreId();
    const withCentre = (w: ScopedWhere<T>) => {
      assertNoUndefined(w);
      return { ...w, tenantId } as FindOptionsWhere<T>;
    };
    return Array.isArray(where) ? where.map(withCentre) : withCentre(where);
  }
}

/**
 * TypeORM drops `undefined` from a WHERE, so `{ id: undefined }` would match every row of the
 * centre. We refuse such a filter instead of running it.
 */
function assertNoUndefined(where: ObjectLiteral, path = 'where'): void {
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) throw new Error(`Refusing a query with ${path}.${key} undefined.`);
    if (value !== null && typeof value === 'object' && value.constructor === Object) {
      assertNoUndefined(value, `${path}.${key}`);
    }
  }
}

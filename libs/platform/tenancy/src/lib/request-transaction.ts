import { Injectable, Logger } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';

import type { Actor } from './actor';
import type { OpenTransaction } from './request-context';

/**
 * The request's one database transaction, and the only place that tells PostgreSQL which centre
 * and user the work is for (`app.tenant_id`, `app.user_id`, transaction-local). It begins on first
 * use and ends when the GraphQL response is ready (`RequestTransactionPlugin`), so everything a
 * request reads and writes is one unit.
 */
@Injectable()
export class RequestTransaction {
  private readonly logger = new Logger(RequestTransaction.name);

  constructor(
    private readonly cls: ClsService,
    private readonly dataSource: DataSource,
  ) {}

  async manager(): Promise<EntityManager> {
    if (!this.cls.isActive()) {
      throw new Error('Database work outside a request: wrap it in RequestTransaction.run().');
    }
    let open = this.cls.get<OpenTransaction | undefined>('transaction');
    if (!open) {
      const runner = this.dataSource.createQueryRunner();
      // Set before the first await, so parallel resolvers share one transaction.
      const opening: OpenTransaction = { runner, ready: this.begin(runner) };
      this.cls.set('transaction', opening);
      opening.ready.catch(() => {
        if (this.cls.get<OpenTransaction | undefined>('transaction') === opening)
          this.cls.set('transaction', undefined);
      });
      open = opening;
    }
    await open.ready;
    return open.runner.manager;
  }

  /** Changes who the request acts as (sign-in, switching centre); re-applies the settings. */
  async actAs(actor: Actor | undefined): Promise<void> {
    this.cls.set('actor', actor);
    const open = this.cls.get<OpenTransaction | undefined>('transaction');
    if (open) {
      await open.ready;
      await this.applySettings(open.runner, actor);
    }
  }

  /**
   * Runs `work` in another centre (onboarding writes the new centre's first membership), with no
   * role there, then returns to the actor's own centre.
   */
  async inCentre<T>(centreId: string, work: () => Promise<T>): Promise<T> {
    const actor = this.cls.get<Actor | undefined>('actor');
    if (!actor) throw new Error('inCentre needs an actor.');
    await this.actAs({ ...actor, centreId, centreRole: null });
    try {
      return await work();
    } finally {
      await this.actAs(actor);
    }
  }

  /** Ends the transaction, if one began. Returns false when a commit failed. */
  async finish(commit: boolean): Promise<boolean> {
    const open = this.cls.isActive()
      ? this.cls.get<OpenTransaction | undefined>('transaction')
      : undefined;
    if (!open) return true;
    this.cls.set('transaction', undefined);
    const { runner } = open;
    // A transaction that never began wrote nothing: a rollback "succeeds", a commit cannot.
    if (
      !(await open.ready.then(
        () => true,
        () => false,
      ))
    )
      return !commit;
    try {
      if (commit) await runner.commitTransaction();
      else await runner.rollbackTransaction();
      return true;
    } catch (error) {
      this.logger.error({ err: error }, 'Ending the request transaction failed');
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      return false;
    } finally {
      await runner.release();
    }
  }

  /**
   * Runs work outside a request (scheduled jobs, command-line tasks) in a context and transaction
   * of its own: committed when `work` succeeds, rolled back when it throws.
   */
  async run<T>(actor: Actor | undefined, work: () => Promise<T>): Promise<T> {
    return this.cls.run(async () => {
      this.cls.set('actor', actor);
      try {
        const result = await work();
        if (!(await this.finish(true))) throw new Error('The transaction could not be committed.');
        return result;
      } catch (error) {
        await this.finish(false);
        throw error;
      }
    });
  }

  /**
   * Writes that must stand even when the request fails (revoking a session whose refresh token
   * was reused): a separate transaction, committed at once, with the same settings.
   */
  async independently<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await this.begin(runner);
    try {
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async begin(runner: QueryRunner): Promise<void> {
    try {
      await runner.connect();
      await runner.startTransaction();
      await this.applySettings(runner, this.cls.get<Actor | undefined>('actor'));
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
      throw error;
    }
  }

  private async applySettings(runner: QueryRunner, actor: Actor | undefined): Promise<void> {
    // Empty strings, not NULL: the policies read them with nullif(..., ''), so "no centre" is
    // "no rows", never "all rows".
    await runner.query(
      `SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`,
      [actor?.centreId ?? '', actor?.userId ?? ''],
    );
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { escapeLiteral, type PoolClient, type QueryResult } from 'pg';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';

import { Environment } from '@link/platform/config';
import { type AppError, ServiceUnavailableError } from '@link/shared/errors';

import type { Actor } from './actor';
import type { OpenTransaction } from './request-context';

/** PostgreSQL's limits for one transaction, in milliseconds (`SET LOCAL`). */
interface TransactionTimeouts {
  statement: number;
  lock: number;
  idleInTransaction: number;
}

/** Why the API gave up on the request, once it has (CLS key). */
const ABANDONED = 'abandoned';
/** The limits of the transactions a context opens, when not a request's (CLS key). */
const TIMEOUTS = 'timeouts';

/**
 * The request's one database transaction, and the only place that tells PostgreSQL which centre
 * and user the work is for (`app.tenant_id`, `app.user_id`, transaction-local) and how long it may
 * wait (statement, lock and idle-in-transaction timeouts). It begins on first use and ends when
 * the GraphQL response is ready (`RequestTransactionPlugin`), so everything a request reads and
 * writes is one unit. A request the API gives up on (`abandon`) is rolled back, never committed.
 */
@Injectable()
export class RequestTransaction {
  private readonly logger = new Logger(RequestTransaction.name);
  private readonly requestTimeouts: TransactionTimeouts;
  private readonly jobTimeouts: TransactionTimeouts;

  constructor(
    private readonly cls: ClsService,
    private readonly dataSource: DataSource,
    environment: Environment,
  ) {
    this.requestTimeouts = {
      statement: environment.DATABASE_STATEMENT_TIMEOUT_MS,
      lock: environment.DATABASE_LOCK_TIMEOUT_MS,
      idleInTransaction: environment.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    };
    this.jobTimeouts = {
      ...this.requestTimeouts,
      statement: environment.DATABASE_JOB_STATEMENT_TIMEOUT_MS,
    };
  }

  async manager(): Promise<EntityManager> {
    const open = this.open();
    await open.ready;
    this.throwIfAbandoned();
    return open.runner.manager;
  }

  /**
   * Acts as `actor` and reads `sql` (with `$1…` values) under its settings: the actor check.
   * When the transaction has not begun yet (the usual case: the check is the request's first
   * database work), BEGIN, the settings and `sql` go to PostgreSQL in one round trip, as one
   * simple query of three statements run in order; a simple query takes no parameters, so the
   * values go in as escaped literals. Otherwise the settings (when they change) and `sql` are two.
   */
  async actAsAndRead<T>(actor: Actor, sql: string, values: (string | null)[]): Promise<T[]> {
    this.cls.set('actor', actor);
    if (!this.cls.get<OpenTransaction | undefined>('transaction')) {
      const open = this.open(withLiterals(sql, values));
      await open.ready;
      this.throwIfAbandoned();
      return (open.firstRead ?? []) as T[];
    }
    await this.actAs(actor);
    return (await this.manager()).query<T[]>(sql, values);
  }

  /**
   * Changes who the request acts as (sign-in, switching centre); re-applies the settings when
   * the centre or user changes (they are all the settings hold: the roles are the API's).
   */
  async actAs(actor: Actor | undefined): Promise<void> {
    this.cls.set('actor', actor);
    const open = this.cls.get<OpenTransaction | undefined>('transaction');
    if (open) {
      await open.ready;
      const wanted = settingsOf(actor);
      if (wanted.centreId === open.applied.centreId && wanted.userId === open.applied.userId)
        return;
      await this.applySettings(open.runner, actor);
      open.applied = wanted;
    }
  }

  /** The request's transaction, begun (with `firstRead` in the same round trip) if it was not. */
  private open(firstRead?: string): OpenTransaction & { firstRead?: unknown[] } {
    if (!this.cls.isActive()) {
      throw new Error('Database work outside a request: wrap it in RequestTransaction.run().');
    }
    this.throwIfAbandoned();
    const open = this.cls.get<OpenTransaction | undefined>('transaction');
    if (open) return open;
    const runner = this.dataSource.createQueryRunner();
    const timeouts = this.cls.get<TransactionTimeouts | undefined>(TIMEOUTS);
    const actor = this.cls.get<Actor | undefined>('actor');
    // Set before the first await, so parallel resolvers share one transaction.
    const opening: OpenTransaction & { firstRead?: unknown[] } = {
      runner,
      applied: settingsOf(actor),
      ready: this.begin(runner, timeouts ?? this.requestTimeouts, true, actor, firstRead).then(
        (rows) => {
          opening.firstRead = rows;
        },
      ),
    };
    this.cls.set('transaction', opening);
    opening.ready.catch(() => {
      if (this.cls.get<OpenTransaction | undefined>('transaction') === opening)
        this.cls.set('transaction', undefined);
    });
    return opening;
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

  /**
   * Gives up on the request (its deadline passed, or its client went away): its transaction will
   * not commit. The connection is closed at once, which fails a statement still waiting and makes
   * PostgreSQL roll the transaction back, also when the server is frozen now and resumes later.
   * Once `finish` has begun, the outcome is decided and this changes nothing.
   */
  abandon(reason: AppError): void {
    if (!this.cls.isActive() || this.abandonedBy()) return;
    this.cls.set(ABANDONED, reason);
    const open = this.cls.get<OpenTransaction | undefined>('transaction');
    if (open) closeConnection(open.runner);
  }

  /** Why the request was given up, if it was. */
  abandonedBy(): AppError | undefined {
    return this.cls.isActive() ? this.cls.get<AppError | undefined>(ABANDONED) : undefined;
  }

  /** Ends the transaction, if one began. Returns false when a commit failed. */
  async finish(commit: boolean): Promise<boolean> {
    const open = this.cls.isActive()
      ? this.cls.get<OpenTransaction | undefined>('transaction')
      : undefined;
    if (!open) return true;
    this.cls.set('transaction', undefined);
    const { runner } = open;
    if (this.abandonedBy()) {
      // Its connection is closed: PostgreSQL has rolled it back, or will when it reads on.
      await open.ready.catch(() => undefined);
      await runner.release();
      return !commit;
    }
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
      this.cls.set(TIMEOUTS, this.jobTimeouts);
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
    await this.begin(runner, this.requestTimeouts, false, this.cls.get<Actor | undefined>('actor'));
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

  /**
   * Begins the transaction with the actor's settings and the timeouts, and `firstRead` if given,
   * in ONE round trip: `BEGIN; SELECT set_config(…); <firstRead>` as one simple query, whose
   * statements PostgreSQL runs in order (so the read sees the settings). Returns firstRead's rows.
   * TypeORM's runner is told the transaction is open, as its startTransaction would (nothing here
   * listens to its transaction events), so commitTransaction and rollbackTransaction end it.
   */
  private async begin(
    runner: QueryRunner,
    timeouts: TransactionTimeouts,
    abandonable: boolean,
    actor: Actor | undefined,
    firstRead?: string,
  ): Promise<unknown[] | undefined> {
    try {
      const client = (await runner.connect().catch((error: unknown) => {
        // Every connection busy for DATABASE_CONNECT_TIMEOUT_MS, or the server unreachable.
        this.logger.warn({ err: error }, 'No database connection for the transaction');
        throw new ServiceUnavailableError();
      })) as PoolClient;
      // Given up while waiting for a connection: do not begin what nobody will end.
      if (abandonable) this.throwIfAbandoned();
      const settings = settingsList(actor, timeouts)
        .map(([name, value]) => `set_config(${escapeLiteral(name)}, ${escapeLiteral(value)}, true)`)
        .join(', ');
      const statements = ['START TRANSACTION', `SELECT ${settings}`];
      if (firstRead) statements.push(firstRead);
      markTransactionOpen(runner);
      const results = (await client.query(statements.join(';\n')).catch((error: unknown) => {
        this.logger.warn({ err: error }, 'Beginning the request transaction failed');
        throw beginFailure(error);
      })) as unknown as QueryResult[];
      return firstRead ? results[2].rows : undefined;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
      throw error;
    }
  }

  private async applySettings(runner: QueryRunner, actor: Actor | undefined): Promise<void> {
    const settings = settingsList(actor);
    // One round trip; set_config(…, true) is SET LOCAL: it ends with the transaction.
    const calls = settings.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`);
    await runner.query(`SELECT ${calls.join(', ')}`, settings.flat());
  }

  private throwIfAbandoned(): void {
    const reason = this.abandonedBy();
    if (reason) throw reason;
  }
}

/**
 * The transaction settings: the centre and user, and on BEGIN the timeouts. Empty strings, not
 * NULL: the policies read them with nullif(..., ''), so "no centre" is "no rows", never "all rows".
 */
function settingsList(
  actor: Actor | undefined,
  timeouts?: TransactionTimeouts,
): [string, string][] {
  const { centreId, userId } = settingsOf(actor);
  const settings: [string, string][] = [
    ['app.tenant_id', centreId],
    ['app.user_id', userId],
  ];
  if (timeouts) {
    settings.push(
      ['statement_timeout', String(timeouts.statement)],
      ['lock_timeout', String(timeouts.lock)],
      ['idle_in_transaction_session_timeout', String(timeouts.idleInTransaction)],
    );
  }
  return settings;
}

function settingsOf(actor: Actor | undefined): { centreId: string; userId: string } {
  return { centreId: actor?.centreId ?? '', userId: actor?.userId ?? '' };
}

/**
 * `sql` with its `$n` placeholders replaced by escaped literals (NULL for null), for a simple
 * query, which takes no parameters. Only for the API's own fixed SQL, never for text with `$n`
 * inside strings.
 */
function withLiterals(sql: string, values: (string | null)[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = values[Number(n) - 1];
    if (value === undefined) throw new Error(`No value for $${n}`);
    return value === null ? 'NULL' : escapeLiteral(value);
  });
}

/** SQLSTATEs of a request's timeouts (statement, lock, idle in transaction). */
const TIMEOUTS_STATES = new Set(['57014', '55P03', '25P03']);

/**
 * What a failed BEGIN + settings + actor check becomes. That SQL is the API's own, so a failure is
 * the server's (a lost privilege, say), never the caller's: it must not pass for a refusal
 * (42501 reads as NOT_FOUND elsewhere). A timeout is the database being busy.
 */
function beginFailure(error: unknown): Error {
  const sqlState = (error as { code?: unknown } | undefined)?.code;
  if (typeof sqlState === 'string' && TIMEOUTS_STATES.has(sqlState))
    return new ServiceUnavailableError();
  return new Error('Beginning the request transaction failed', { cause: error });
}

/** What TypeORM's startTransaction records, for a transaction begun by our own BEGIN. */
function markTransactionOpen(runner: QueryRunner): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  if (state.transactionDepth !== 0) throw new Error('The runner already has a transaction.');
  state.isTransactionActive = true;
  state.transactionDepth = 1;
}

/** The pg client under a TypeORM query runner, as far as closing its socket needs it. */
interface PgQueryRunner {
  databaseConnection?: { connection?: { stream?: { destroy(): void } } };
}

/**
 * Closes the runner's socket without a word to the server (pg-pool does the same when a connection
 * attempt times out). A statement waiting on it fails now; the pool drops the client; PostgreSQL
 * rolls back a transaction whose client is gone and never sees a COMMIT for it.
 */
function closeConnection(runner: QueryRunner): void {
  (runner as unknown as PgQueryRunner).databaseConnection?.connection?.stream?.destroy();
}

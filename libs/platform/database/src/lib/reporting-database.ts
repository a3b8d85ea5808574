import { type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Pool, type PoolClient } from 'pg';

import type { DatabaseTimeouts } from './database.module';

/** National reports are few and short; a handful of connections serves them. */
export const REPORTING_POOL_SIZE = 3;

/**
 * The national figures' own connections, logged in as `link_reporting` (docs/architecture.md,
 * decision 2). That role may execute the report functions and nothing else, and the API's
 * runtime role cannot become it nor it the runtime role: no statement sent on these
 * connections can read a table, and none sent on the API's can switch to them.
 */
export class ReportingDatabase implements OnModuleInit, OnModuleDestroy {
  private readonly pool: Pool;

  constructor(url: string, timeouts: DatabaseTimeouts, size = REPORTING_POOL_SIZE) {
    this.pool = new Pool({
      connectionString: url,
      max: size,
      application_name: 'link-reporting',
      connectionTimeoutMillis: timeouts.connect,
      // Every centre counted can take longer than a request's statements may; still bounded.
      statement_timeout: timeouts.report,
      lock_timeout: timeouts.lock,
      idle_in_transaction_session_timeout: timeouts.idleInTransaction,
    });
    // An idle connection the server closed is dropped from the pool; the next query opens another.
    this.pool.on('error', () => undefined);
  }

  /** A wrong DATABASE_REPORTING_PASSWORD stops the start, not the first national report. */
  async onModuleInit(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }

  /** Runs `work` in one read-only transaction: one snapshot for every query in it. */
  /** Connections of the pool: open, idle, and requests waiting for one (for the metrics). */
  poolUse(): { total: number; idle: number; waiting: number } {
    return {
      total: this.pool.totalCount,
      idle: this.pool.idleCount,
      waiting: this.pool.waitingCount,
    };
  }

  async readOnly<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

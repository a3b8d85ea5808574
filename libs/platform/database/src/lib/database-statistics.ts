import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

import { ReportingDatabase } from './reporting-database';

export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

export interface FactFreshness {
  centre: string;
  ageSeconds: number;
  refreshSeconds: number;
}

/** What the API's metrics read about the database: its pools, and no personal data. */
@Injectable()
export class DatabaseStatistics {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reporting: ReportingDatabase,
  ) {}

  pools(): Record<'app' | 'reporting', PoolUse> {
    const app = (this.dataSource.driver as unknown as { master: Pool }).master;
    return {
      app: { total: app.totalCount, idle: app.idleCount, waiting: app.waitingCount },
      reporting: this.reporting.poolUse(),
    };
  }

  /** How old each centre's report facts are and how long their last refresh took. */
  async factFreshness(): Promise<FactFreshness[]> {
    return this.dataSource.query(
      `SELECT c.slug AS centre,
         extract(epoch FROM now() - f.refreshed_at)::float8 AS "ageSeconds",
         extract(epoch FROM f.took)::float8 AS "refreshSeconds"
       FROM reporting.fact_freshness() f JOIN centres c ON c.id = f.centre_id`,
    );
  }
}

import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import { DatabaseStatistics, type FactFreshness } from '@link/platform/database';

/** How a GraphQL request ended: the caller's mistake (400s) or ours. */
export type RequestOutcome = 'ok' | 'client_error' | 'server_error';

/**
 * The API's Prometheus metrics: requests per GraphQL operation (its root fields, a bounded set
 * from the schema, never the client's operation name), their latency, the database pools, and how
 * fresh each centre's report facts are. Labels hold no personal data.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly requests = new Counter({
    name: 'link_graphql_requests_total',
    help: 'GraphQL requests by operation (root fields) and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly latency = new Histogram({
    name: 'link_graphql_request_duration_seconds',
    help: 'GraphQL request duration by operation (root fields), from receipt to response.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(database: DatabaseStatistics) {
    collectDefaultMetrics({ register: this.registry, prefix: 'link_' });
    new Gauge({
      name: 'link_db_pool_connections',
      help: 'Database pool connections: total open, idle, and requests waiting for one.',
      labelNames: ['pool', 'state'] as const,
      registers: [this.registry],
      collect() {
        for (const [pool, use] of Object.entries(database.pools())) {
          for (const [state, value] of Object.entries(use)) this.set({ pool, state }, value);
        }
      },
    });
    // One query per scrape for both gauges (a scrape collects them at once).
    let latest: { at: number; rows: Promise<FactFreshness[]> } | undefined;
    const freshness = () => {
      if (!latest || Date.now() - latest.at > 1000) {
        latest = { at: Date.now(), rows: database.factFreshness() };
      }
      return latest.rows;
    };
    const perCentre = (name: string, help: string, value: (row: FactFreshness) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['centre'] as const,
        registers: [this.registry],
        async collect() {
          const rows = await freshness();
          this.reset();
          for (const row of rows) this.set({ centre: row.centre }, value(row));
        },
      });
    perCentre(
      'link_report_facts_age_seconds',
      "Seconds since each centre's report facts were last refreshed.",
      (row) => row.ageSeconds,
    );
    perCentre(
      'link_report_facts_refresh_duration_seconds',
      "How long each centre's last refresh of its report facts took.",
      (row) => row.refreshSeconds,
    );
  }

  observeRequest(operation: string, outcome: RequestOutcome, seconds: number): void {
    this.requests.inc({ operation, outcome });
    this.latency.observe({ operation }, seconds);
  }
}

import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Environment } from '@link/platform/config';
import { PeriodicJob } from '@link/platform/tenancy';

import { ReportFactsService } from './report-facts.service';

/** Long enough for a start-up (migrations, demo data, health checks) to settle first. */
const FIRST_RUN_AFTER_MS = 60_000;

/**
 * Refreshes the report facts on a timer inside the API (every REPORT_FACTS_INTERVAL_MINUTES; 0
 * turns it off). Replicas may refresh at the same time: the database makes a centre's refreshes
 * wait for each other, and the last one has seen the newest data.
 */
@Injectable()
export class ReportFactsScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReportFactsScheduler.name);
  private readonly job = new PeriodicJob(() => this.facts.refreshAll(), {
    done: () => undefined,
    failed: (error) => this.logger.error({ err: error }, 'Refreshing report facts failed'),
  });

  constructor(
    private readonly environment: Environment,
    private readonly facts: ReportFactsService,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(FIRST_RUN_AFTER_MS, this.environment.REPORT_FACTS_INTERVAL_MINUTES * 60_000);
  }

  /** A refresh under way finishes before the database connections close. */
  beforeApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}

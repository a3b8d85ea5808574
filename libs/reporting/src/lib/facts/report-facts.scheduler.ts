import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Environment } from '@link/platform/config';

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
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly environment: Environment,
    private readonly facts: ReportFactsService,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.environment.REPORT_FACTS_INTERVAL_MINUTES;
    if (minutes === 0) return;
    const first = setTimeout(() => {
      this.tick();
      this.timer = setInterval(() => this.tick(), minutes * 60_000);
      this.timer.unref();
    }, FIRST_RUN_AFTER_MS);
    first.unref();
    this.timer = first;
  }

  /** A refresh under way finishes before the database connections close. */
  async beforeApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer); // Node clears an interval this way too
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.facts
      .refreshAll()
      .then(() => undefined)
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'Refreshing report facts failed'),
      )
      .finally(() => (this.running = undefined));
  }
}

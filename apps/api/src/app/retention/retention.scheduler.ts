import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';

import { Environment } from '@link/platform/config';

import { RetentionService } from './retention.service';

/**
 * Runs the retention rule on a timer inside the API: RETENTION_FIRST_RUN_AFTER_SECONDS after
 * start, then every RETENTION_INTERVAL_HOURS (0 turns it off, e.g. when a cron job runs
 * `node main.js retention` instead). Never two runs at once in one API; replicas may run at the
 * same time, which is harmless: the second finds nobody left to erase.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RetentionScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly environment: Environment,
    private readonly retention: RetentionService,
  ) {}

  onApplicationBootstrap(): void {
    const hours = this.environment.RETENTION_INTERVAL_HOURS;
    if (hours === 0) return;
    const first = setTimeout(() => {
      this.tick();
      this.timer = setInterval(() => this.tick(), hours * 3600_000);
      this.timer.unref();
    }, this.environment.RETENTION_FIRST_RUN_AFTER_SECONDS * 1000);
    first.unref();
    this.timer = first;
  }

  /** A run under way finishes before the database connections close. */
  async beforeApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer); // Node clears an interval this way too
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.retention
      .run()
      .then((erased) => this.logger.log({ erased }, 'Retention run finished'))
      .catch((error: unknown) => this.logger.error({ err: error }, 'The retention run failed'))
      .finally(() => (this.running = undefined));
  }
}

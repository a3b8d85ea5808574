import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';

import { Environment } from '@link/platform/config';
import { PeriodicJob } from '@link/platform/tenancy';

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
  private readonly job = new PeriodicJob(() => this.retention.run(), {
    done: (erased) => this.logger.log({ erased }, 'Retention run finished'),
    failed: (error) => this.logger.error({ err: error }, 'The retention run failed'),
  });

  constructor(
    private readonly environment: Environment,
    private readonly retention: RetentionService,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(
      this.environment.RETENTION_FIRST_RUN_AFTER_SECONDS * 1000,
      this.environment.RETENTION_INTERVAL_HOURS * 3600_000,
    );
  }

  /** A run under way finishes before the database connections close. */
  beforeApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}

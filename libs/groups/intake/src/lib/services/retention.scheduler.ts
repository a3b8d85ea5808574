import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';

import { Environment } from '@link/platform/config';

import { PrivacyService } from './privacy.service';

/**
 * Runs the retention rule on a timer inside the API (every RETENTION_INTERVAL_HOURS; 0 turns it
 * off, e.g. when a cron job runs `node main.js retention` instead). Erasing twice is harmless:
 * a second replica finds nobody left to erase.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RetentionScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly environment: Environment,
    private readonly privacy: PrivacyService,
  ) {}

  onApplicationBootstrap(): void {
    const hours = this.environment.RETENTION_INTERVAL_HOURS;
    if (hours === 0) return;
    this.timer = setInterval(() => void this.run(), hours * 3600_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async run(): Promise<void> {
    try {
      await this.privacy.runRetention();
    } catch (error) {
      this.logger.error({ err: error }, 'The retention run failed');
    }
  }
}

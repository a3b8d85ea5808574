import { Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

import { Environment } from '@link/platform/config';

import { consumeOrRefuse, RateLimits } from './rate-limits';

/**
 * Limits what one address can read from the open pages (a centre's profile, its group finder)
 * per minute: generous for people and an office's shared address, a wall for a scraper or a
 * loop hammering the database without signing in.
 */
@Injectable()
export class PublicReadThrottle {
  private readonly perIp: RateLimiterAbstract;

  constructor(environment: Environment, limits: RateLimits) {
    this.perIp = limits.create({
      keyPrefix: 'public-read-ip',
      points: environment.PUBLIC_READS_PER_IP_PER_MINUTE,
      durationSeconds: 60,
    });
  }

  read(ip: string): Promise<void> {
    return consumeOrRefuse(
      this.perIp,
      ip,
      () => 'Det har kommet svært mange oppslag fra denne adressen. Vent et minutt og prøv igjen.',
    );
  }
}

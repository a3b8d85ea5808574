import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

import { Environment } from '@link/platform/config';
import { TooManyRequestsError } from '@link/shared/errors';

/**
 * Rate limiters (rate-limiter-flexible) whose state lives in Redis when REDIS_URL is set, so
 * several replicas count together, and in memory otherwise. One Redis connection for all.
 */
@Injectable()
export class RateLimits implements OnModuleDestroy {
  private readonly redis?: Redis;
  private readonly redisKeyPrefix: string;

  constructor(environment: Environment) {
    this.redisKeyPrefix = environment.REDIS_KEY_PREFIX;
    if (environment.REDIS_URL)
      this.redis = new Redis(environment.REDIS_URL, { enableOfflineQueue: false });
  }

  create(options: {
    keyPrefix: string;
    points: number;
    durationSeconds: number;
  }): RateLimiterAbstract {
    const settings = {
      keyPrefix: options.keyPrefix,
      points: options.points,
      duration: options.durationSeconds,
    };
    return this.redis
      ? new RateLimiterRedis({
          storeClient: this.redis,
          ...settings,
          keyPrefix: `${this.redisKeyPrefix}${options.keyPrefix}`,
        })
      : new RateLimiterMemory(settings);
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit();
  }
}

/** Consumes a point for `key`; over the limit, a TOO_MANY_REQUESTS error with `message`. */
export async function consumeOrRefuse(
  limiter: RateLimiterAbstract,
  key: string,
  message: (minutes: number) => string,
): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw tooMany(rejection, message);
    throw rejection;
  }
}

export function tooMany(
  state: RateLimiterRes,
  message: (minutes: number) => string,
): TooManyRequestsError {
  const seconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  return new TooManyRequestsError(message(Math.ceil(seconds / 60)), seconds);
}

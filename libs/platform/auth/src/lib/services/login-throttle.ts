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
 * Slows down password guessing: every attempt counts against the caller's IP address, and
 * every failure against the account. State lives in Redis when REDIS_URL is set (several
 * replicas), otherwise in memory.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly redis?: Redis;
  private readonly perIp: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;

  constructor(environment: Environment) {
    const duration = environment.LOGIN_WINDOW_SECONDS;
    if (environment.REDIS_URL) {
      this.redis = new Redis(environment.REDIS_URL, {
        enableOfflineQueue: false,
        lazyConnect: false,
      });
      const storeClient = this.redis;
      this.perIp = new RateLimiterRedis({
        storeClient,
        keyPrefix: 'login-ip',
        duration,
        points: environment.LOGIN_MAX_ATTEMPTS_PER_IP,
      });
      this.perAccount = new RateLimiterRedis({
        storeClient,
        keyPrefix: 'login-account',
        duration,
        points: environment.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      });
    } else {
      this.perIp = new RateLimiterMemory({
        keyPrefix: 'login-ip',
        duration,
        points: environment.LOGIN_MAX_ATTEMPTS_PER_IP,
      });
      this.perAccount = new RateLimiterMemory({
        keyPrefix: 'login-account',
        duration,
        points: environment.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      });
    }
  }

  /** Counts an attempt from `ip`; refuses when the IP or the account is over its limit. */
  async attempt(ip: string, email: string): Promise<void> {
    const account = await this.perAccount.get(accountKey(email));
    if (account && account.consumedPoints >= this.perAccount.points) throw tooMany(account);
    try {
      await this.perIp.consume(ip);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw tooMany(rejection);
      throw rejection;
    }
  }

  async failed(email: string): Promise<void> {
    await this.perAccount.penalty(accountKey(email));
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(accountKey(email));
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit();
  }
}

function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

function tooMany(state: RateLimiterRes): TooManyRequestsError {
  const seconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new TooManyRequestsError(
    `For mange innloggingsforsøk. Vent ${minutes} ${minutes === 1 ? 'minutt' : 'minutter'} og prøv igjen.`,
    seconds,
  );
}

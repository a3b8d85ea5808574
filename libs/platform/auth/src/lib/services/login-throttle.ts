import { Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

import { Environment } from '@link/platform/config';

import { consumeOrRefuse, RateLimits } from './rate-limits';

const message = (minutes: number) =>
  `For mange innloggingsforsøk. Vent ${minutes} ${minutes === 1 ? 'minutt' : 'minutter'} og prøv igjen.`;

/**
 * Slows down password guessing. Every attempt spends a point of its IP address and of its
 * account *before* the password is checked, atomically in the limiter's store (memory or Redis),
 * so a burst of concurrent attempts gets no more checks than the limit. A successful sign-in
 * gives the account its points back: the account limit is in effect one on failures.
 */
@Injectable()
export class LoginThrottle {
  private readonly perIp: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;

  constructor(environment: Environment, limits: RateLimits) {
    const durationSeconds = environment.LOGIN_WINDOW_SECONDS;
    this.perIp = limits.create({
      keyPrefix: 'login-ip',
      durationSeconds,
      points: environment.LOGIN_MAX_ATTEMPTS_PER_IP,
    });
    this.perAccount = limits.create({
      keyPrefix: 'login-account',
      durationSeconds,
      points: environment.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    });
  }

  /** Spends an attempt from `ip` on `email`; refuses when either is over its limit. */
  async attempt(ip: string, email: string): Promise<void> {
    await consumeOrRefuse(this.perIp, ip, message);
    await consumeOrRefuse(this.perAccount, accountKey(email), message);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(accountKey(email));
  }
}

function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

import { Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

import { Environment } from '@link/platform/config';

import { consumeOrRefuse, RateLimits, tooMany } from './rate-limits';

const message = (minutes: number) =>
  `For mange innloggingsforsøk. Vent ${minutes} ${minutes === 1 ? 'minutt' : 'minutter'} og prøv igjen.`;

/** Slows down password guessing: every attempt counts against the IP, every failure the account. */
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

  /** Counts an attempt from `ip`; refuses when the IP or the account is over its limit. */
  async attempt(ip: string, email: string): Promise<void> {
    const account = await this.perAccount.get(accountKey(email));
    if (account && account.consumedPoints >= this.perAccount.points)
      throw tooMany(account, message);
    await consumeOrRefuse(this.perIp, ip, message);
  }

  async failed(email: string): Promise<void> {
    await this.perAccount.penalty(accountKey(email));
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(accountKey(email));
  }
}

function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

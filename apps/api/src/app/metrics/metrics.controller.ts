import { Controller, Get, Headers, NotFoundException, Res } from '@nestjs/common';
import type { Response } from 'express';
import { timingSafeEqual } from 'node:crypto';

import { Public } from '@link/platform/auth';
import { Environment } from '@link/platform/config';

import { MetricsService } from './metrics.service';

/**
 * Prometheus scrapes `GET /metrics`. With `METRICS_TOKEN` set it must send it as a bearer token;
 * without one the endpoint is open in development and answers 404 in production.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly environment: Environment,
  ) {}

  @Public()
  @Get()
  async scrape(
    @Res() response: Response,
    @Headers('authorization') authorization?: string,
  ): Promise<void> {
    const token = this.environment.METRICS_TOKEN;
    if (
      token
        ? !sameToken(authorization, `Bearer ${token}`)
        : this.environment.NODE_ENV === 'production'
    ) {
      throw new NotFoundException();
    }
    const text = await this.metrics.registry.metrics();
    response.type(this.metrics.registry.contentType).set('Cache-Control', 'no-store').send(text);
  }
}

function sameToken(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

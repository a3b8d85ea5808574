import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';

import type { Environment } from '@link/platform/config';
import { validationFailed } from '@link/shared/errors';

import { AppModule } from './app.module';

export async function createApp(
  environment: Environment,
  databaseUrl: string,
): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot({ databaseUrl, environment }), {
    bufferLogs: true,
    // On shutdown, close idle keep-alive connections instead of waiting for clients to drop them.
    forceCloseConnections: true,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationFailed,
    }),
  );
  // Behind a load balancer the client's address is in X-Forwarded-For (login throttling per IP).
  (app.getHttpAdapter().getInstance() as { set(key: string, value: unknown): void }).set(
    'trust proxy',
    'loopback, uniquelocal',
  );
  return app;
}

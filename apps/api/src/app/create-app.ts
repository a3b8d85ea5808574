import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
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
  // Attachments arrive base64-encoded in GraphQL (at most 5 MB of file, about 7 MB of text).
  (app as NestExpressApplication).useBodyParser('json', { limit: '8mb' });
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

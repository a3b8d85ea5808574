import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';

import { type Environment, trustProxySetting } from '@link/platform/config';
import type { DatabaseUrls } from '@link/platform/database';
import { validationFailed } from '@link/shared/errors';

import { AppModule } from './app.module';

export async function createApp(
  environment: Environment,
  databaseUrls: Pick<DatabaseUrls, 'app' | 'reporting'>,
): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot({ databaseUrls, environment }), {
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
  // The client's address (req.ip) counts for the per-IP limits. X-Forwarded-For is believed only
  // from the proxies TRUST_PROXY names; by default from none, since any client can write it.
  (app as NestExpressApplication).set('trust proxy', trustProxySetting(environment.TRUST_PROXY));
  return app;
}

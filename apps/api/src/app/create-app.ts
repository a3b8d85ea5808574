import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { corsOrigins, type Environment, trustProxySetting } from '@link/platform/config';
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
  // Express would hash every answer for an ETag; GraphQL answers are POSTed, per user, and never
  // revalidated, so the hash (a SHA-1 of each body) is work for nothing.
  (app as NestExpressApplication).set('etag', false);
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
  // Only the origins CORS_ORIGINS names (the web app's development server) may call from a
  // browser on another origin; the app `npm start` serves is on this one and needs no CORS.
  const origins = corsOrigins(environment.CORS_ORIGINS);
  if (origins.length > 0) app.enableCors({ origin: origins, maxAge: 600 });
  serveWebApp(app as NestExpressApplication, environment);
  return app;
}

/** The API's own addresses: never answered with the web app's page. */
const API_PATHS = /^\/(graphql|health|metrics)(\/|$)/;

/** Where the built web app is, or undefined when there is none to serve. */
export function webAppDirectory(environment: Environment): string | undefined {
  const directory = resolve(environment.WEB_DIR ?? join(process.cwd(), 'dist/apps/web'));
  return existsSync(join(directory, 'index.html')) ? directory : undefined;
}

/**
 * The staff web app on the API's own origin: its files, and index.html for every other page
 * address a browser asks for (the app routes in the browser). /graphql, /health and /metrics stay
 * the API's, and a missing file (a path with an extension) is a 404, not the page.
 */
function serveWebApp(app: NestExpressApplication, environment: Environment): void {
  const directory = webAppDirectory(environment);
  if (!directory) return;
  const index = join(directory, 'index.html');
  // File names under assets/ carry a hash of their content: they never change.
  app.useStaticAssets(join(directory, 'assets'), {
    prefix: '/assets/',
    immutable: true,
    maxAge: '365d',
    fallthrough: false,
  });
  app.useStaticAssets(directory, { index: false });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const notAPage = API_PATHS.test(request.path) || /\.[a-z0-9]+$/i.test(request.path);
    if (notAPage || !['GET', 'HEAD'].includes(request.method) || !request.accepts('html'))
      return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('X-Frame-Options', 'DENY');
    // Only the app's own scripts; inline style attributes are the design system's.
    response.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'none'",
    );
    response.sendFile(index);
  });
}

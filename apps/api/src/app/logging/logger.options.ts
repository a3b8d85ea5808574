import { randomUUID } from 'node:crypto';

import type { Params } from 'nestjs-pino';

import type { Environment } from '@link/platform/config';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * JSON logs with a request id on every line. Requests are logged as method, path and status
 * only: never headers (tokens), bodies (passwords, personal details) or GraphQL variables.
 */
export function loggerOptions(environment: Environment): Params {
  return {
    pinoHttp: {
      level: environment.LOG_LEVEL,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      redact: {
        paths: ['password', '*.password', 'token', '*.token', 'refreshToken', '*.refreshToken'],
        censor: '[redacted]',
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
    },
  };
}

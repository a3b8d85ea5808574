import { randomUUID } from 'node:crypto';

import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';

import type { Environment, LogFormat } from '@link/platform/config';

import { errorMessage, serializeError } from './error.serializer';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * JSON logs with a request id on every line, or the same entries as readable lines in development
 * (`logFormat`). Requests are logged as method, path and status only: never headers (tokens),
 * bodies (passwords, personal details) or GraphQL variables. Errors go through `serializeError`:
 * a database error is logged without the values it carries. Both formats print what these
 * serializers and the redaction leave, nothing more.
 */
export function loggerOptions(environment: Environment): Params {
  const options: Options = {
    level: environment.LOG_LEVEL,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    // Our serializers see the objects themselves, not pino's copies of every property: a
    // copy of an error would already hold the statement's parameters.
    wrapSerializers: false,
    serializers: {
      req: (req: { id: string; method: string; url: string; originalUrl?: string }) => ({
        id: req.id,
        method: req.method,
        path: (req.originalUrl ?? req.url).split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: serializeError,
    },
    hooks: {
      // Without a message of its own, pino would use the error's, which for a database error
      // can hold the values (a trigger's "refused Kari").
      // Nest's Logger passes `undefined` as the message of an error logged on its own.
      logMethod(args, method) {
        const [first, message] = args;
        if (message !== undefined) return method.apply(this, args);
        if (first instanceof Error) {
          return method.apply(this, [{ err: first }, errorMessage(first)]);
        }
        if (typeof first === 'object' && first !== null && 'err' in first) {
          return method.apply(this, [first, errorMessage(first.err)]);
        }
        return method.apply(this, args);
      },
    },
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'refreshToken', '*.refreshToken'],
      censor: '[redacted]',
    },
    autoLogging: { ignore: (req) => req.url === '/health' },
  };
  const pretty = logFormat(environment) === 'pretty' ? prettyStream() : undefined;
  return { pinoHttp: pretty ? [options, pretty] : options };
}

/**
 * LOG_FORMAT when set; otherwise readable lines in development when a person reads the output (a
 * terminal), and JSON everywhere else: production, tests, and output piped to a file or a
 * collector.
 */
export function logFormat(
  environment: Pick<Environment, 'LOG_FORMAT' | 'NODE_ENV'>,
  isTerminal = Boolean(process.stdout.isTTY),
): LogFormat {
  if (environment.LOG_FORMAT) return environment.LOG_FORMAT;
  return environment.NODE_ENV === 'development' && isTerminal ? 'pretty' : 'json';
}

/**
 * pino-pretty as a stream in the API's own thread (no worker, so nothing to resolve from the
 * bundle): one line per entry, "[Context] message", requests as "POST /graphql 200 (12 ms)".
 */
export function prettyStream(destination?: NodeJS.WritableStream): DestinationStream {
  // A development dependency: loaded only when the pretty format is asked for.
  const pinoPretty = require('pino-pretty') as typeof import('pino-pretty');
  return pinoPretty.build({
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat:
      '{if context}[{context}] {end}{if req}{req.method} {req.path} {res.statusCode} ({responseTime} ms) {end}{msg}',
    singleLine: false,
    // Written at once, so the lines keep their order with the start-up banner.
    sync: true,
    ...(destination && { destination }),
  });
}

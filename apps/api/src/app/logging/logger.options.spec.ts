import { Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';

import pino, { type LoggerOptions } from 'pino';

import { Environment } from '@link/platform/config';

import { logFormat, loggerOptions, prettyStream } from './logger.options';

describe('log format', () => {
  it('is readable lines in development at a terminal, JSON elsewhere, unless LOG_FORMAT says', () => {
    expect(logFormat({ NODE_ENV: 'development' }, true)).toBe('pretty');
    expect(logFormat({ NODE_ENV: 'development' }, false)).toBe('json');
    expect(logFormat({ NODE_ENV: 'test' }, true)).toBe('json');
    expect(logFormat({ NODE_ENV: 'production' }, true)).toBe('json');
    expect(logFormat({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
    expect(logFormat({ NODE_ENV: 'development', LOG_FORMAT: 'json' }, true)).toBe('json');
  });

  it('prints one readable line per entry, with what the serializers and redaction leave', async () => {
    const environment = Object.assign(new Environment(), { LOG_FORMAT: 'json' as const });
    const { pinoHttp } = loggerOptions(environment);
    let written = '';
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    const logger = pino(pinoHttp as LoggerOptions, prettyStream(output));

    logger.info(
      {
        req: { id: 'r-1', method: 'POST', url: '/graphql?token=abc', headers: { a: 'b' } },
        res: { statusCode: 200 },
        responseTime: 12,
      },
      'request completed',
    );
    logger.info({ context: 'RetentionScheduler' }, 'Retention ran');
    logger.warn({ password: 'hemmelig-passord' }, 'sign-in refused');

    await new Promise((done) => setImmediate(done));
    const text = stripVTControlCharacters(written);
    expect(text).toMatch(/INFO.*: POST \/graphql 200 \(12 ms\) request completed/);
    expect(text).toMatch(/INFO.*: \[RetentionScheduler\] Retention ran/);
    expect(text).toMatch(/WARN.*: sign-in refused/);
    expect(text).not.toContain('token=abc');
    expect(text).not.toContain('hemmelig-passord');
    expect(text).not.toMatch(/^\{/m);
  });
});

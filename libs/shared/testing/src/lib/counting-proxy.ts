import { connect, createServer, type Socket } from 'node:net';

import { listenLocally } from './local-proxy';

/**
 * A TCP proxy in front of PostgreSQL that counts the statements clients send: each simple
 * query ('Q') and each execution of an extended-protocol statement ('E') is one. A test reads
 * `statements` before and after a request to see how many it took, whatever the timing.
 */
export interface CountingProxy {
  /** `url` with its host and port pointing at the proxy. */
  url(url: string): string;
  /** Statements sent through the proxy so far. */
  readonly statements: number;
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;

export async function startCountingProxy(targetUrl: string): Promise<CountingProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  let statements = 0;

  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    // The protocol: an untyped start-up message (or SSL request first), then typed messages of
    // [type byte][int32 length, itself included][payload].
    let started = false;
    let pending = Buffer.alloc(0);
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (!started) {
          if (pending.length < 8) return;
          const length = pending.readInt32BE(0);
          if (pending.length < length) return;
          started = pending.readInt32BE(4) !== SSL_REQUEST;
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) return;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) return;
        const type = String.fromCharCode(pending[0]);
        if (type === 'Q' || type === 'E') statements++;
        pending = pending.subarray(1 + length);
      }
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('close', () => upstream.end());
    upstream.on('close', () => client.end());
  });
  const { url } = await listenLocally(server);

  return {
    url,
    get statements() {
      return statements;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((closed) => server.close(closed));
    },
  };
}

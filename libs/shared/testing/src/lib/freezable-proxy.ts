import { connect, createServer, type Socket } from 'node:net';

import { listenLocally } from './local-proxy';

/**
 * A TCP proxy in front of PostgreSQL that can freeze: from then on nothing passes either way, as
 * when the database server is stopped (SIGSTOP) or the network hangs, until `thaw` delivers what
 * was held back, in order, including a client's closing. Lets a test freeze the database under
 * one API without touching the server the other tests share.
 */
export interface FreezableProxy {
  /** `url` with its host and port pointing at the proxy. */
  url(url: string): string;
  /**
   * Freezes right after the client sends a message containing `marker` (which still reaches the
   * server, so the statement runs there). Resolves once frozen.
   */
  freezeAfter(marker: string): Promise<void>;
  /** Freezes now. */
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}

type Held = { to: Socket; chunk: Buffer } | { to: Socket; close: true };

export async function startFreezableProxy(targetUrl: string): Promise<FreezableProxy> {
  const target = new URL(targetUrl);
  let frozen = false;
  let trigger: { marker: string; done: () => void } | undefined;
  const held: Held[] = [];
  const sockets = new Set<Socket>();

  const pass = (item: Held) => {
    if (frozen) return void held.push(item);
    if (item.to.destroyed) return;
    if ('close' in item) item.to.end();
    else item.to.write(item.chunk);
  };

  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.on('data', (chunk: Buffer) => {
      pass({ to: upstream, chunk });
      if (trigger && chunk.toString('utf8').includes(trigger.marker)) {
        frozen = true;
        trigger.done();
        trigger = undefined;
      }
    });
    upstream.on('data', (chunk: Buffer) => pass({ to: client, chunk }));
    client.on('close', () => pass({ to: upstream, close: true }));
    upstream.on('close', () => pass({ to: client, close: true }));
  });
  const { url } = await listenLocally(server);

  return {
    url,
    freezeAfter: (marker) => new Promise((done) => (trigger = { marker, done })),
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
      for (const item of held.splice(0)) pass(item);
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((closed) => server.close(closed));
    },
  };
}

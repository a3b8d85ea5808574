import type { Server } from 'node:net';

/** Starts `server` on a free loopback port; `url` then points a database URL at it. */
export async function listenLocally(server: Server): Promise<{ url(url: string): string }> {
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The proxy has no port.');
  return {
    url: (url) => {
      const proxied = new URL(url);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(address.port);
      return proxied.toString();
    },
  };
}

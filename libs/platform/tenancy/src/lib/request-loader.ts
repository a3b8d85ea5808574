import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';

import type { Actor } from './actor';

/**
 * Per-request DataLoaders, so a list whose items each resolve a related object makes one query
 * per list instead of one per item (no N+1). A loader lives as long as its request and belongs
 * to the centre the request acts in when it is used (a request that switches centre gets other
 * loaders), and its batch runs in the request transaction, so row-level security and the
 * services' own checks apply as they do to a single lookup. Loaders batch but do not cache: a
 * mutation later in the same request must not read what an earlier one changed from a cache.
 */
@Injectable()
export class RequestLoaders {
  constructor(private readonly cls: ClsService) {}

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    const centreId = this.cls.get<Actor | undefined>('actor')?.centreId ?? 'none';
    const key = `loader:${centreId}:${name}`;
    let loader = this.cls.get<DataLoader<K, V> | undefined>(key);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { cache: false });
      this.cls.set(key, loader);
    }
    return loader;
  }

  /**
   * A loader of the rows that belong to each key (a one-to-many relation): `fetch` reads the rows
   * of all keys asked for in this tick in one query, in the order each key's list should have.
   */
  many<K, V>(
    name: string,
    fetch: (keys: K[]) => Promise<V[]>,
    keyOf: (row: V) => K,
  ): DataLoader<K, V[]> {
    return this.get<K, V[]>(name, async (keys) => {
      const byKey = new Map<K, V[]>();
      for (const row of await fetch([...new Set(keys)])) {
        const key = keyOf(row);
        const rows = byKey.get(key);
        if (rows) rows.push(row);
        else byKey.set(key, [row]);
      }
      return keys.map((key) => byKey.get(key) ?? []);
    });
  }
}

import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';

/**
 * Per-request DataLoaders, so a list whose items each resolve a related object makes one query
 * per list instead of one per item (no N+1). A loader lives as long as its request: what it
 * caches is what this caller may see in this centre, and nothing outlives the request.
 */
@Injectable()
export class RequestLoaders {
  constructor(private readonly cls: ClsService) {}

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    const key = `loader:${name}`;
    let loader = this.cls.get<DataLoader<K, V> | undefined>(key);
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.cls.set(key, loader);
    }
    return loader;
  }
}

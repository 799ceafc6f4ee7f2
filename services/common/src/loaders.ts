import DataLoader from 'dataloader';

/**
 * Request-scoped DataLoaders, created lazily on first use so that a request only pays for the
 * loaders it needs. Keys are the factory functions themselves: one loader per factory per request.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<unknown, unknown>();

  get<K, V>(factory: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = factory();
      this.loaders.set(factory, loader);
    }
    return loader;
  }
}

/** One row per key (entity by id): missing keys resolve to null. */
export function keyedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Many rows per key (children by parent id): missing keys resolve to an empty list. */
export function groupedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = byKey.get(key);
      if (group) group.push(row);
      else byKey.set(key, [row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from './identity/viewer';

/**
 * Makes one request's loader. It receives the request's viewer too: a loader whose statements
 * depend on who asks (their own rows, the administrations they host) filters in SQL rather than
 * loading and dropping; the others ignore it.
 */
export type LoaderFactory<K, V, C = K> = (db: DataSource, viewer: Viewer) => DataLoader<K, V, C>;

/**
 * Request-scoped DataLoaders, created lazily on first use so that a request only pays for the
 * loaders it needs. Keys are the factory functions themselves — module-level functions receiving
 * the request's data source and viewer — so there is one loader per factory per request.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown, unknown>, unknown>();

  constructor(
    private readonly db: DataSource,
    private readonly viewer: Viewer,
  ) {}

  get<K, V, C = K>(factory: LoaderFactory<K, V, C>): DataLoader<K, V, C> {
    const key = factory as LoaderFactory<unknown, unknown, unknown>;
    let loader = this.loaders.get(key) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      loader = factory(this.db, this.viewer);
      this.loaders.set(key, loader);
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

/**
 * Declares a request-scoped loader once, at module level: `const byId = requestLoader((db) => …)`,
 * then `byId(ctx).load(id)` in resolvers gives the loader of the current request.
 */
export function requestLoader<K, V, C = K>(
  factory: LoaderFactory<K, V, C>,
): (ctx: { loaders: LoaderRegistry }) => DataLoader<K, V, C> {
  return (ctx) => ctx.loaders.get(factory);
}

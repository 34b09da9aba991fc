import NodeCache from 'node-cache';

/**
 * A read-through cache for upstream reads, shared by the subgraphs' source adapters.
 * - TTL per kind of read (e.g. ERP master data minutes, MES states seconds), set by the caller's config.
 * - In-flight coalescing: concurrent reads of the same key share one upstream call, so a burst of
 *   requests for the same machine costs one SOAP call, not twenty.
 * - Failures are never cached: the next read tries the upstream again.
 * Values are stored by reference (useClones: false); callers must treat them as immutable.
 */
export interface ReadCache {
  /** The cached value for `key`, or the result of `load()` stored for `ttlSeconds` (0 = coalesce only). */
  read<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T>;
  stats(): { hits: number; misses: number; coalesced: number; keys: number };
  clear(): void;
  close(): void;
}

export function createReadCache(opts: { checkPeriodSeconds?: number; maxKeys?: number } = {}): ReadCache {
  const cache = new NodeCache({ useClones: false, checkperiod: opts.checkPeriodSeconds ?? 60, maxKeys: opts.maxKeys ?? 50_000 });
  const inFlight = new Map<string, Promise<unknown>>();
  let hits = 0, misses = 0, coalesced = 0;
  return {
    async read<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
      const cached = cache.get<{ v: T }>(key);
      if (cached !== undefined) { hits++; return cached.v; }
      const pending = inFlight.get(key);
      if (pending !== undefined) { coalesced++; return pending as Promise<T>; }
      misses++;
      const p = load().then(
        (v) => {
          // node-cache throws ECACHEFULL past maxKeys; a full cache must not fail the read.
          if (ttlSeconds > 0) { try { cache.set(key, { v }, ttlSeconds); } catch { /* full: serve uncached */ } }
          return v;
        },
      ).finally(() => inFlight.delete(key));
      inFlight.set(key, p);
      return p;
    },
    stats: () => ({ hits, misses, coalesced, keys: cache.keys().length }),
    clear: () => { cache.flushAll(); hits = 0; misses = 0; coalesced = 0; },
    close: () => cache.close(),
  };
}

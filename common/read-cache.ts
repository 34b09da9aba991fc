import NodeCache from 'node-cache';
import { tagOf, tagValue } from './freshness.ts';

/**
 * A read-through cache for upstream reads, shared by the subgraphs' source adapters.
 * - TTL per kind of read (e.g. ERP master data minutes, MES states seconds), set by the caller's config.
 * - In-flight coalescing: concurrent reads of the same key share one upstream call, so a burst of
 *   requests for the same machine costs one SOAP call, not twenty.
 * - Failures are never cached: the next read tries the upstream again.
 * - Stale-if-error: with `staleMaxAgeSeconds` > 0, the last good value of a read (TTL > 0 only) is kept past its
 *   TTL, up to that age; when a refresh fails it is served instead of the error, and `freshnessOf(value)` says
 *   `stale: true` with the instant it was read. TTL 0 means "never serve this read from memory": no stale either.
 * - Bounded: at most `maxKeys` entries in node-cache (the oldest stored goes first); entries past TTL and stale age expire.
 * Values are stored by reference; callers must treat them as immutable. Every returned value (and each object
 * element of an array value) is tagged with its freshness (common/freshness.ts).
 */
export interface ReadCache {
  /**
   * The cached value for `key`, or the result of `load()` stored for `ttlSeconds` (0 = coalesce only).
   * Rejects with `load`'s error unless a stale value within `staleMaxAgeSeconds` can be served instead.
   */
  read<T>(key: string, ttlSeconds: number, load: () => Promise<T>, opts?: ReadOptions): Promise<T>;
  stats(): { hits: number; misses: number; coalesced: number; keys: number; staleServed: number };
  clear(): void;
  close(): void;
}

export interface ReadOptions {
  /** Serve the last good value up to this age (seconds since it was read) when a refresh fails; 0 = never. */
  readonly staleMaxAgeSeconds?: number;
  /** Called once per stale serve (for a `warn` "running degraded" log line). */
  readonly onStale?: (info: { key: string; ageMs: number; error: unknown }) => void;
}

export interface ReadCacheOptions {
  /** Most entries kept (fresh and stale together); default 50,000. */
  readonly maxKeys?: number;
  /** Default for `ReadOptions.staleMaxAgeSeconds`; default 0 (off). */
  readonly staleMaxAgeSeconds?: number;
  /** Clock, for tests; default Date.now. */
  readonly now?: () => number;
  /** How often node-cache sweeps expired entries (its timer is unref'd and stopped by close()). */
  readonly checkPeriodSeconds?: number;
}

interface Entry { readonly v: unknown; readonly asOfMs: number; readonly freshUntilMs: number; readonly keepUntilMs: number }

export function createReadCache(opts: ReadCacheOptions = {}): ReadCache {
  const maxKeys = opts.maxKeys ?? 50_000;
  const now = opts.now ?? Date.now;
  // node-cache holds the entries and drops each one when its stale age (or TTL) is over. Freshness is decided
  // here from the entry's own timestamps (so an injected clock works); node-cache's expiry is memory hygiene.
  const store = new NodeCache({ useClones: false, checkperiod: opts.checkPeriodSeconds ?? 60, maxKeys });
  const inFlight = new Map<string, Promise<unknown>>();
  let hits = 0, misses = 0, coalesced = 0, staleServed = 0;

  function put(key: string, e: Entry): void {
    const ttlS = Math.max(1, Math.ceil((e.keepUntilMs - e.asOfMs) / 1000));
    store.del(key); // re-insert: key order is then oldest-stored first
    for (;;) {
      try { store.set(key, e, ttlS); return; } catch {
        // ECACHEFULL: node-cache refuses instead of evicting, so the oldest stored entry goes first.
        const oldest = store.keys()[0];
        if (oldest === undefined) return;
        store.del(oldest);
      }
    }
  }
  const get = (key: string): Entry | undefined => store.get<Entry>(key);

  return {
    async read<T>(key: string, ttlSeconds: number, load: () => Promise<T>, ro: ReadOptions = {}): Promise<T> {
      const t = now();
      const e = get(key);
      if (e !== undefined && t < e.freshUntilMs) { hits++; return e.v as T; }
      const pending = inFlight.get(key);
      if (pending !== undefined) { coalesced++; return pending as Promise<T>; }
      misses++;
      const staleMaxAgeMs = (ro.staleMaxAgeSeconds ?? opts.staleMaxAgeSeconds ?? 0) * 1000;
      const p = (async (): Promise<T> => {
        try {
          const v = await load();
          const asOfMs = now();
          tagValue(v, { stale: false, asOfMs });
          if (ttlSeconds > 0) {
            const freshUntilMs = asOfMs + ttlSeconds * 1000;
            put(key, { v, asOfMs, freshUntilMs, keepUntilMs: Math.max(freshUntilMs, asOfMs + staleMaxAgeMs) });
          }
          return v;
        } catch (err: unknown) {
          const last = get(key);
          const t2 = now();
          if (last !== undefined && staleMaxAgeMs > 0 && t2 - last.asOfMs <= staleMaxAgeMs) {
            staleServed++;
            // Flip the shared record: every holder of these rows now sees them as stale (they are past TTL).
            const tag = tagOf(last.v);
            if (tag !== undefined) tag.stale = true; else tagValue(last.v, { stale: true, asOfMs: last.asOfMs });
            ro.onStale?.({ key, ageMs: t2 - last.asOfMs, error: err });
            return last.v as T;
          }
          throw err;
        }
      })().finally(() => inFlight.delete(key));
      inFlight.set(key, p);
      return p;
    },
    stats: () => ({ hits, misses, coalesced, keys: store.keys().length, staleServed }),
    clear: () => { store.flushAll(); hits = 0; misses = 0; coalesced = 0; staleServed = 0; },
    close: () => { store.flushAll(); store.close(); },
  };
}

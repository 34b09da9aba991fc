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
 * - Bounded by count and by bytes: at most `maxKeys` entries and about `maxBytes` of values (estimated once per
 *   store by `approxBytes`), the oldest stored going first; a single value over a quarter of the budget is served
 *   but not kept. Entries past TTL and stale age expire.
 * Values are stored by reference; callers must treat them as immutable. Every returned value (and each object
 * element of an array value) is tagged with its freshness (common/freshness.ts).
 */
export interface ReadCache {
  /**
   * The cached value for `key`, or the result of `load()` stored for `ttlSeconds` (0 = coalesce only).
   * Rejects with `load`'s error unless a stale value within `staleMaxAgeSeconds` can be served instead.
   */
  read<T>(key: string, ttlSeconds: number, load: () => Promise<T>, opts?: ReadOptions): Promise<T>;
  stats(): { hits: number; misses: number; coalesced: number; keys: number; staleServed: number; bytes: number; evicted: number };
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
  /**
   * Most estimated bytes of values kept; default 512 MiB: room for the 14-day sample windows of 200 machines (74 MiB
   * estimated since the MES packs them, `npm run bench:samples`) beside the other reads. A budget smaller
   * than the working set of a scan (every machine's window, read in turn) makes every read miss, because the
   * oldest-stored entry goes first; ever-new windows still cannot grow the heap without bound.
   */
  readonly maxBytes?: number;
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
  const maxBytes = opts.maxBytes ?? 512 * 1024 * 1024;
  const now = opts.now ?? Date.now;
  // node-cache holds the entries and drops each one when its stale age (or TTL) is over. Freshness is decided
  // here from the entry's own timestamps (so an injected clock works); node-cache's expiry is memory hygiene.
  const store = new NodeCache({ useClones: false, checkperiod: opts.checkPeriodSeconds ?? 60, maxKeys: maxKeys + 1 });
  const inFlight = new Map<string, Promise<unknown>>();
  // Estimated size per stored key, in insertion order (so the first key is the oldest stored), kept in step
  // with node-cache through its 'del' (explicit and expiry) and 'flush' events.
  const sizes = new Map<string, number>();
  let bytes = 0;
  store.on('del', (key: string) => {
    const size = sizes.get(key);
    if (size !== undefined) { bytes -= size; sizes.delete(key); }
  });
  store.on('flush', () => { sizes.clear(); bytes = 0; });
  let hits = 0, misses = 0, coalesced = 0, staleServed = 0, evicted = 0;

  function put(key: string, e: Entry): void {
    const ttlS = Math.max(1, Math.ceil((e.keepUntilMs - e.asOfMs) / 1000));
    store.del(key); // re-insert: key order is then oldest-stored first
    const size = approxBytes(e.v);
    if (size > maxBytes / 4) return;
    while (sizes.size > 0 && (bytes + size > maxBytes || sizes.size >= maxKeys)) {
      const oldest = sizes.keys().next().value as string;
      store.del(oldest);
      evicted++;
    }
    store.set(key, e, ttlS);
    sizes.set(key, size);
    bytes += size;
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
    stats: () => ({ hits, misses, coalesced, keys: sizes.size, staleServed, bytes, evicted }),
    clear: () => { store.flushAll(); hits = 0; misses = 0; coalesced = 0; staleServed = 0; evicted = 0; },
    close: () => { store.flushAll(); store.close(); },
  };
}

/**
 * A rough size in bytes of a JSON-like value (V8-ish: 16 + 1 per string character, 8 per number, 32 per object
 * plus 16 and the key per property, 16 + 8 per array slot). Hand-written rather than a library because it runs on
 * every cache store and only has to rank and budget, not match the heap: one pass, no allocation beyond its stack.
 */
export function approxBytes(value: unknown): number {
  let total = 0;
  const seen = new WeakSet<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    switch (typeof v) {
      case 'string': total += 16 + v.length; break;
      case 'number': case 'bigint': total += 8; break;
      case 'boolean': case 'undefined': total += 4; break;
      case 'object': {
        if (v === null) { total += 4; break; }
        if (seen.has(v)) break;
        seen.add(v);
        if (ArrayBuffer.isView(v)) { total += 64 + v.byteLength; break; }
        if (v instanceof Date) { total += 32; break; }
        if (Array.isArray(v)) { total += 16 + 8 * v.length; for (const x of v) stack.push(x); break; }
        total += 32;
        for (const [k, x] of Object.entries(v)) { total += 16 + k.length; stack.push(x); }
        break;
      }
      default: total += 8;
    }
  }
  return total;
}

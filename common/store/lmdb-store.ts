import { mkdirSync } from 'node:fs';
import { open, type Database, type RootDatabase } from 'lmdb';
import type { CommitResult, DurableStore, RangeQuery, StoredEntry, StoreWrite } from './types.ts';
import { assertStorable, assertWritable, compareKeys, inRange } from './key-order.ts';

/** How many namespaces one LMDB file can hold (one named database each). */
const maxNamespaces = 128;

/**
 * The embedded default: one LMDB environment (a directory) with a named database per namespace, keys stored
 * as UTF-8 bytes (so range order is code point order, like PostgreSQL COLLATE "C") and values as JSON text.
 *
 * `commit` runs one synchronous write transaction across the namespaces it touches, checks `ifAbsent` keys
 * inside it, and returns only after LMDB has synced the commit to disk (then also awaits `flushed`, which
 * covers lmdb-js's overlapping sync). Why synchronous: in lmdb 3.5.6 on Node 20 the asynchronous
 * `transaction()` callback never resolved in our environment, and a sync commit is exactly the contract we
 * want ("resolved means on disk"); it holds the event loop for one fsync, which note-rate writes can afford.
 */
export function openLmdbStore(path: string): DurableStore {
  mkdirSync(path, { recursive: true });
  const root: RootDatabase = open({ path, maxDbs: maxNamespaces });
  const dbs = new Map<string, Database<string, Buffer>>();
  const db = (ns: string): Database<string, Buffer> => {
    let d = dbs.get(ns);
    if (!d) {
      d = root.openDB<string, Buffer>({ name: `ns:${ns}`, keyEncoding: 'binary', encoding: 'string' });
      dbs.set(ns, d);
    }
    return d;
  };
  const enc = (key: string): Buffer => Buffer.from(key, 'utf8');
  let closed = false;
  const assertOpen = () => { if (closed) throw new Error('store is closed'); };

  return {
    kind: 'lmdb',
    async get<T>(ns: string, key: string) {
      assertOpen();
      assertStorable(ns, key);
      const raw = db(ns).get(enc(key));
      return raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    async range<T>(ns: string, q: RangeQuery) {
      assertOpen();
      assertStorable(ns);
      const lower = maxKey(q.start, q.prefix);
      const out: StoredEntry<T>[] = [];
      const limit = q.limit ?? Number.POSITIVE_INFINITY;
      if (limit <= 0) return out;
      // lmdb-js reverse ranges start inclusive at `start`; we start at `end` and skip it, then stop below `lower`.
      const upper = minBuffer(q.end === undefined ? undefined : enc(q.end), q.prefix === undefined ? undefined : prefixSuccessor(enc(q.prefix)));
      const iter = q.reverse
        ? db(ns).getRange({ ...(upper !== undefined ? { start: upper } : {}), reverse: true })
        : db(ns).getRange({ ...(lower !== undefined ? { start: enc(lower) } : {}) });
      for (const { key: raw, value } of iter) {
        const key = raw.toString('utf8');
        if (!q.reverse && q.end !== undefined && compareKeys(key, q.end) >= 0) break;
        if (!q.reverse && q.prefix !== undefined && !key.startsWith(q.prefix) && compareKeys(key, q.prefix) > 0) break;
        if (q.reverse && lower !== undefined && compareKeys(key, lower) < 0) break;
        if (!inRange(key, q)) continue;
        out.push({ key, value: JSON.parse(value) as T });
        if (out.length >= limit) break;
      }
      return out;
    },
    async commit(writes: readonly StoreWrite[]): Promise<CommitResult> {
      assertOpen();
      assertWritable(writes);
      for (const w of writes) db(w.namespace); // open (create) named databases outside the write transaction
      const conflicts: { namespace: string; key: string }[] = [];
      root.transactionSync(() => {
        for (const w of writes) {
          if ('value' in w && w.ifAbsent && db(w.namespace).doesExist(enc(w.key))) conflicts.push({ namespace: w.namespace, key: w.key });
        }
        if (conflicts.length > 0) return;
        for (const w of writes) {
          if ('delete' in w) db(w.namespace).removeSync(enc(w.key));
          else db(w.namespace).putSync(enc(w.key), JSON.stringify(w.value));
        }
      });
      if (conflicts.length > 0) return { committed: false, conflicts };
      await root.flushed;
      return { committed: true };
    },
    async ping() {
      if (closed) return false;
      try { root.getStats(); return true; } catch { return false; }
    },
    async close() {
      if (closed) return;
      closed = true;
      await root.flushed;
      await root.close();
    },
  };
}

function maxKey(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareKeys(a, b) >= 0 ? a : b;
}

/** The smallest byte string greater than every string starting with `prefix`; undefined when there is none (all 0xff). */
function prefixSuccessor(prefix: Buffer): Buffer | undefined {
  let end = prefix.length;
  while (end > 0 && prefix[end - 1] === 0xff) end--;
  if (end === 0) return undefined;
  const next = Buffer.from(prefix.subarray(0, end));
  next[end - 1] = next[end - 1]! + 1;
  return next;
}

function minBuffer(a: Buffer | undefined, b: Buffer | undefined): Buffer | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Buffer.compare(a, b) <= 0 ? a : b;
}

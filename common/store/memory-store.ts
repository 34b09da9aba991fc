import type { CommitResult, DurableStore, RangeQuery, StoredEntry, StoreWrite } from './types.ts';
import { assertStorable, assertWritable, compareKeys, inRange } from './key-order.ts';

/** An in-process store with the same semantics as the durable ones; for unit tests of pure logic only. */
export function createMemoryStore(): DurableStore {
  const spaces = new Map<string, Map<string, string>>();
  const space = (ns: string): Map<string, string> => {
    let s = spaces.get(ns);
    if (!s) spaces.set(ns, (s = new Map()));
    return s;
  };
  return {
    kind: 'memory',
    async get<T>(ns: string, key: string) {
      assertStorable(ns, key);
      const raw = spaces.get(ns)?.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    async range<T>(ns: string, q: RangeQuery) {
      assertStorable(ns);
      const keys = [...(spaces.get(ns)?.keys() ?? [])].filter((k) => inRange(k, q)).sort(compareKeys);
      if (q.reverse) keys.reverse();
      const picked = q.limit === undefined ? keys : keys.slice(0, q.limit);
      return picked.map((key): StoredEntry<T> => ({ key, value: JSON.parse(space(ns).get(key)!) as T }));
    },
    async commit(writes: readonly StoreWrite[]): Promise<CommitResult> {
      assertWritable(writes);
      const conflicts = writes.filter((w) => 'value' in w && w.ifAbsent && space(w.namespace).has(w.key))
        .map((w) => ({ namespace: w.namespace, key: w.key }));
      if (conflicts.length > 0) return { committed: false, conflicts };
      for (const w of writes) {
        if ('delete' in w) space(w.namespace).delete(w.key);
        else space(w.namespace).set(w.key, JSON.stringify(w.value));
      }
      return { committed: true };
    },
    async ping() { return true; },
    async close() { spaces.clear(); },
  };
}

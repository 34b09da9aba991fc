import { test } from 'node:test';
import assert from 'node:assert/strict';
import { approxBytes, createReadCache } from './read-cache.ts';
import { carryFreshness, combineFreshness, freshnessField, freshnessOf } from './freshness.ts';

/** A cache on a hand-driven clock, and a loader that records its calls and fails on demand. */
function setup(opts: { maxKeys?: number; maxBytes?: number } = {}) {
  let nowMs = 1_000_000;
  const cache = createReadCache({ now: () => nowMs, ...opts });
  const calls: string[] = [];
  let failing = false;
  const load = (key: string, rows: object[]) => async () => {
    calls.push(key);
    if (failing) throw new Error(`${key} upstream down`);
    return rows;
  };
  return { cache, calls, load, tick: (ms: number) => { nowMs += ms; }, now: () => nowMs, fail: (f: boolean) => { failing = f; } };
}

test('concurrent reads of one key share one upstream call; failures are not cached', async () => {
  const { cache, calls, load, fail } = setup();
  const rows = [{ id: 'a' }];
  const [x, y] = await Promise.all([cache.read('k', 10, load('k', rows)), cache.read('k', 10, load('k', rows))]);
  assert.equal(x, y);
  assert.deepEqual(calls, ['k']);
  fail(true);
  await assert.rejects(cache.read('f', 10, load('f', rows)), { message: 'f upstream down' });
  await assert.rejects(cache.read('f', 10, load('f', rows)), { message: 'f upstream down' });
  assert.deepEqual(calls, ['k', 'f', 'f']);
  assert.deepEqual(cache.stats(), { hits: 0, misses: 3, coalesced: 1, keys: 1, staleServed: 0, bytes: approxBytes(rows), evicted: 0 });
});

test('within the TTL the value is served from memory and reports when it was read, not stale', async () => {
  const { cache, calls, load, tick, now } = setup();
  const rows = [{ id: 'a' }, { id: 'b' }];
  const readAt = now();
  await cache.read('k', 10, load('k', rows));
  tick(9_000);
  const again = await cache.read('k', 10, load('k', rows));
  assert.equal(again, rows);
  assert.deepEqual(calls, ['k']);
  assert.deepEqual([freshnessOf(again), freshnessOf(again[1])], [{ stale: false, asOfMs: readAt }, { stale: false, asOfMs: readAt }]);
  assert.deepEqual(freshnessField(again[0]), { stale: false, asOf: new Date(readAt).toISOString() });
});

test('past the TTL a failed refresh serves the last good value marked stale, up to staleMaxAgeSeconds; then the error', async () => {
  const { cache, calls, load, tick, now, fail } = setup();
  const rows = [{ id: 'a' }];
  const readAt = now();
  await cache.read('k', 10, load('k', rows), { staleMaxAgeSeconds: 60 });
  tick(11_000);
  fail(true);
  const seen: { key: string; ageMs: number }[] = [];
  const stale = await cache.read('k', 10, load('k', rows), { staleMaxAgeSeconds: 60, onStale: ({ key, ageMs }) => seen.push({ key, ageMs }) });
  assert.equal(stale, rows);
  assert.deepEqual(freshnessOf(stale[0]), { stale: true, asOfMs: readAt });
  assert.deepEqual(seen, [{ key: 'k', ageMs: 11_000 }]);
  tick(50_000); // 61 s after the good read
  await assert.rejects(cache.read('k', 10, load('k', rows), { staleMaxAgeSeconds: 60 }), { message: 'k upstream down' });
  fail(false);
  const fresh = [{ id: 'a2' }];
  const back = await cache.read('k', 10, load('k', fresh), { staleMaxAgeSeconds: 60 });
  assert.equal(back, fresh);
  assert.deepEqual(freshnessOf(back[0]), { stale: false, asOfMs: now() });
  assert.deepEqual(calls, ['k', 'k', 'k', 'k']);
  assert.equal(cache.stats().staleServed, 1);
});

test('TTL 0 keeps nothing: no hit, and no stale value to serve when the upstream fails', async () => {
  const { cache, calls, load, fail } = setup();
  await cache.read('k', 0, load('k', [{ id: 'a' }]), { staleMaxAgeSeconds: 600 });
  fail(true);
  await assert.rejects(cache.read('k', 0, load('k', [{ id: 'a' }]), { staleMaxAgeSeconds: 600 }), { message: 'k upstream down' });
  assert.deepEqual([calls, cache.stats().keys], [['k', 'k'], 0]);
});

test('at most maxKeys entries are kept, the oldest stored going first', async () => {
  const { cache, calls, load } = setup({ maxKeys: 2 });
  for (const k of ['a', 'b', 'c']) await cache.read(k, 10, load(k, [{ k }]));
  await cache.read('b', 10, load('b', []));
  await cache.read('c', 10, load('c', []));
  await cache.read('a', 10, load('a', []));
  assert.deepEqual(calls, ['a', 'b', 'c', 'a']);
  assert.equal(cache.stats().keys, 2);
});

test('combineFreshness is stale if any part is and dates from the oldest; carryFreshness tags derived objects', async () => {
  const { cache, load, tick, now, fail } = setup();
  const old = [{ id: 'old' }];
  const oldAt = now();
  await cache.read('old', 1, load('old', old), { staleMaxAgeSeconds: 60 });
  tick(5_000);
  const young = [{ id: 'young' }];
  await cache.read('young', 10, load('young', young));
  fail(true);
  await cache.read('old', 1, load('old', old), { staleMaxAgeSeconds: 60 });
  assert.deepEqual(combineFreshness([young[0], old[0], { untagged: true }]), { stale: true, asOfMs: oldAt });
  assert.deepEqual(combineFreshness([]), { stale: false, asOfMs: null });
  assert.deepEqual(freshnessOf(carryFreshness(young, { derived: 1 })), { stale: false, asOfMs: oldAt + 5_000 });
  assert.deepEqual(freshnessOf({ never: 'read' }), { stale: false, asOfMs: null });
});

test('approxBytes grows with content, counts shared objects once and survives cycles', () => {
  const row = { time: '2026-11-09T12:00:00.000Z', value: 1.25 };
  assert.ok(approxBytes([row, row]) < approxBytes([row, { ...row }]), 'a shared row is counted once');
  assert.ok(approxBytes(Array.from({ length: 1000 }, (_, i) => ({ ...row, value: i }))) > 100 * approxBytes(row));
  const a: Record<string, unknown> = { x: 1 };
  a['self'] = a;
  assert.ok(Number.isFinite(approxBytes(a)));
  assert.equal(approxBytes(new Float64Array(100)), 64 + 800);
});

test('at most maxBytes of values are kept, the oldest stored going first; a value over a quarter of the budget is served but not kept', async () => {
  const rows = (k: string) => Array.from({ length: 50 }, (_, i) => ({ k, i }));
  const size = approxBytes(rows('a'));
  const { cache, calls, load } = setup({ maxBytes: Math.floor(size * 4.5) });
  for (const k of ['a', 'b', 'c', 'd', 'e']) await cache.read(k, 10, load(k, rows(k)));
  assert.deepEqual([cache.stats().keys, cache.stats().evicted], [4, 1]);
  assert.ok(cache.stats().bytes <= size * 4.5 && cache.stats().bytes >= size * 4, `bytes ${cache.stats().bytes}`);
  await cache.read('b', 10, load('b', []));
  await cache.read('a', 10, load('a', rows('a')));
  assert.deepEqual(calls, ['a', 'b', 'c', 'd', 'e', 'a'], 'b was still there, a had been evicted');
  const big = Array.from({ length: 300 }, (_, i) => ({ i }));
  assert.equal(await cache.read('big', 10, load('big', big)), big);
  await cache.read('big', 10, load('big', big));
  assert.equal(calls.filter((c) => c === 'big').length, 2, 'the oversized value was not kept');
  cache.clear();
  assert.deepEqual([cache.stats().keys, cache.stats().bytes], [0, 0]);
});

// One contract, three back ends: the same behaviour sentences run against memory, LMDB (a temp directory)
// and the real PostgreSQL on 127.0.0.1 (a unique schema per run, dropped afterwards).
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DurableStore } from './types.ts';
import { createMemoryStore } from './memory-store.ts';
import { openLmdbStore } from './lmdb-store.ts';
import { openPostgresStore } from './postgres-store.ts';
import { storeConfigFromEnv, openStore } from './open-store.ts';

const pgUrl = 'postgres://postgres@127.0.0.1:5432/test';
const runSchema = `store_test_${process.pid}_${Date.now().toString(36)}`;

interface Backend { name: string; open(): Promise<DurableStore>; reopen?(): Promise<DurableStore> }

const lmdbDir = mkdtempSync(join(tmpdir(), 'plantgraph-store-'));
let lmdbCount = 0;
const backends: Backend[] = [
  { name: 'memory', open: async () => createMemoryStore() },
  { name: 'lmdb', open: async () => openLmdbStore(join(lmdbDir, `db${++lmdbCount}`)) },
  { name: 'postgres', open: async () => openPostgresStore({ url: pgUrl, schema: `${runSchema}_${++pgCount}` }) },
];
let pgCount = 0;

after(async () => {
  rmSync(lmdbDir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  for (let i = 1; i <= pgCount; i++) await client.query(`DROP SCHEMA IF EXISTS "${runSchema}_${i}" CASCADE`);
  await client.end();
});

for (const b of backends) {
  describe(`DurableStore contract: ${b.name}`, () => {
    const withStore = (fn: (s: DurableStore) => Promise<void>) => async () => {
      const s = await b.open();
      try { await fn(s); } finally { await s.close(); }
    };

    test('get returns undefined for a missing key and the stored JSON value after a commit', withStore(async (s) => {
      assert.equal(await s.get('notes', 'a'), undefined);
      assert.deepEqual(await s.commit([{ namespace: 'notes', key: 'a', value: { text: 'die 7 changed', n: 1.5, tags: ['x'], nil: null } }]), { committed: true });
      assert.deepEqual(await s.get('notes', 'a'), { text: 'die 7 changed', n: 1.5, tags: ['x'], nil: null });
      assert.equal(await s.get('other', 'a'), undefined, 'namespaces are separate');
    }));

    test('a commit applies every write or none: one ifAbsent conflict rolls back the others and names the conflicts', withStore(async (s) => {
      await s.commit([{ namespace: 'idem', key: 'k1', value: 'first' }]);
      const r = await s.commit([
        { namespace: 'notes', key: 'n2', value: 2 },
        { namespace: 'idem', key: 'k1', value: 'second', ifAbsent: true },
        { namespace: 'idem', key: 'k2', value: 'new', ifAbsent: true },
      ]);
      assert.deepEqual(r, { committed: false, conflicts: [{ namespace: 'idem', key: 'k1' }] });
      assert.equal(await s.get('notes', 'n2'), undefined);
      assert.equal(await s.get('idem', 'k2'), undefined);
      assert.equal(await s.get('idem', 'k1'), 'first');
    }));

    test('writes without ifAbsent overwrite, and delete removes', withStore(async (s) => {
      await s.commit([{ namespace: 'n', key: 'k', value: 1 }]);
      await s.commit([{ namespace: 'n', key: 'k', value: 2 }]);
      assert.equal(await s.get('n', 'k'), 2);
      await s.commit([{ namespace: 'n', key: 'k', delete: true }, { namespace: 'n', key: 'j', value: 3 }]);
      assert.equal(await s.get('n', 'k'), undefined);
      assert.equal(await s.get('n', 'j'), 3);
    }));

    test('concurrent ifAbsent commits of one key: exactly one wins', withStore(async (s) => {
      const results = await Promise.all([1, 2, 3, 4, 5].map((i) => s.commit([{ namespace: 'idem', key: 'same', value: i, ifAbsent: true }])));
      assert.equal(results.filter((r) => r.committed).length, 1);
      const winner = results.findIndex((r) => r.committed) + 1;
      assert.equal(await s.get('idem', 'same'), winner);
    }));

    test('range returns keys in code point order with start inclusive, end exclusive, prefix, limit and reverse', withStore(async (s) => {
      // '\u{1F527}' (wrench, above U+FFFF) sorts after '\uFF01' by code point but before it by UTF-16 code unit.
      const keys = ['P04/2026-11-09T10:00Z/b', 'P04/2026-11-09T08:00Z/a', 'P04/2026-11-10T00:00Z/c', 'P05/2026-11-09T09:00Z/d', 'P0', 'Q\uFF01', 'Q\u{1F527}', 'P04'];
      await s.commit(keys.map((key, i) => ({ namespace: 'r', key, value: i })));
      const k = async (q: Parameters<DurableStore['range']>[1]) => (await s.range<number>('r', q)).map((e) => e.key);
      assert.deepEqual(await k({}), ['P0', 'P04', 'P04/2026-11-09T08:00Z/a', 'P04/2026-11-09T10:00Z/b', 'P04/2026-11-10T00:00Z/c', 'P05/2026-11-09T09:00Z/d', 'Q\uFF01', 'Q\u{1F527}']);
      assert.deepEqual(await k({ prefix: 'P04/' }), ['P04/2026-11-09T08:00Z/a', 'P04/2026-11-09T10:00Z/b', 'P04/2026-11-10T00:00Z/c']);
      assert.deepEqual(await k({ prefix: 'P04/', reverse: true, limit: 2 }), ['P04/2026-11-10T00:00Z/c', 'P04/2026-11-09T10:00Z/b']);
      assert.deepEqual(await k({ start: 'P04/2026-11-09T08:00Z/a', end: 'P04/2026-11-10' }), ['P04/2026-11-09T08:00Z/a', 'P04/2026-11-09T10:00Z/b']);
      assert.deepEqual(await k({ start: 'P04/2026-11-09T08:00Z/a', end: 'P04/2026-11-10', reverse: true }), ['P04/2026-11-09T10:00Z/b', 'P04/2026-11-09T08:00Z/a']);
      assert.deepEqual(await k({ prefix: 'P04/', start: 'P04/2026-11-09T09', end: 'P05' }), ['P04/2026-11-09T10:00Z/b', 'P04/2026-11-10T00:00Z/c']);
      assert.deepEqual(await k({ prefix: 'Q', reverse: true }), ['Q\u{1F527}', 'Q\uFF01']);
      assert.deepEqual(await k({ limit: 0 }), []);
      assert.deepEqual(await k({ prefix: 'Z' }), []);
      assert.deepEqual((await s.range<number>('r', { prefix: 'P05' })), [{ key: 'P05/2026-11-09T09:00Z/d', value: 3 }]);
      assert.deepEqual(await s.range('empty-namespace', {}), []);
    }));

    test('bad namespaces, empty, NUL and oversize keys and undefined values are refused with a message', withStore(async (s) => {
      await assert.rejects(s.commit([{ namespace: 'n', key: '', value: 1 }]), { message: 'store key must not be empty' });
      await assert.rejects(s.commit([{ namespace: 'n', key: 'a\u0000b', value: 1 }]), { message: 'store key must not contain NUL' });
      await assert.rejects(s.commit([{ namespace: 'n', key: 'x'.repeat(1025), value: 1 }]), { message: 'store key is 1025 bytes, the limit is 1024' });
      await assert.rejects(s.commit([{ namespace: 'n', key: 'k', value: undefined }]), { message: 'store value for n/k is undefined' });
      await assert.rejects(s.get('bad ns', 'k'), { message: 'store namespace must match ^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$, got "bad ns"' });
      assert.equal(await s.ping(), true);
    }));
  });
}

test('LMDB: a committed write is there after the store is closed and reopened', async () => {
  const dir = join(lmdbDir, 'reopen');
  const s1 = openLmdbStore(dir);
  await s1.commit([{ namespace: 'notes', key: 'k', value: { v: 1 } }]);
  await s1.close();
  const s2 = openLmdbStore(dir);
  assert.deepEqual(await s2.get('notes', 'k'), { v: 1 });
  assert.equal(await s2.ping(), true);
  await s2.close();
  assert.equal(await s2.ping(), false);
});

test('PostgreSQL: two stores on one schema see each other (several processes may share it)', async () => {
  const schema = `${runSchema}_${++pgCount}`;
  const [a, b] = await Promise.all([openPostgresStore({ url: pgUrl, schema }), openPostgresStore({ url: pgUrl, schema })]);
  try {
    await a.commit([{ namespace: 'notes', key: 'k', value: 'from a' }]);
    assert.equal(await b.get('notes', 'k'), 'from a');
    assert.deepEqual(await b.commit([{ namespace: 'notes', key: 'k', value: 'from b', ifAbsent: true }]), { committed: false, conflicts: [{ namespace: 'notes', key: 'k' }] });
  } finally { await a.close(); await b.close(); }
});

test('PostgreSQL: an unreachable server fails openStore with the driver error, and a bad schema name is refused', async () => {
  await assert.rejects(openPostgresStore({ url: 'postgres://postgres@127.0.0.1:1/test' }), /ECONNREFUSED/);
  await assert.rejects(openPostgresStore({ url: pgUrl, schema: 'x"; DROP' }), { message: 'PostgreSQL store schema must match ^[a-z_][a-z0-9_]{0,62}$, got "x\\"; DROP"' });
});

test('storeConfigFromEnv: default LMDB under the repo root, memory, absolute lmdb path, postgres URL with schema, and refusals', async () => {
  assert.deepEqual(storeConfigFromEnv({}, '/repo'), { kind: 'lmdb', path: '/repo/var/plantgraph' });
  assert.deepEqual(storeConfigFromEnv({ PLANTGRAPH_STORE: 'memory' }, '/repo'), { kind: 'memory' });
  assert.deepEqual(storeConfigFromEnv({ PLANTGRAPH_STORE: 'lmdb:/data/pg' }, '/repo'), { kind: 'lmdb', path: '/data/pg' });
  assert.deepEqual(storeConfigFromEnv({ PLANTGRAPH_STORE: 'lmdb:x/y' }, '/repo'), { kind: 'lmdb', path: '/repo/x/y' });
  assert.deepEqual(storeConfigFromEnv({ PLANTGRAPH_STORE: 'postgres://u@db.invalid/plant', PLANTGRAPH_STORE_SCHEMA: 'pg1' }, '/repo'),
    { kind: 'postgres', url: 'postgres://u@db.invalid/plant', schema: 'pg1' });
  assert.throws(() => storeConfigFromEnv({ PLANTGRAPH_STORE: 'mysql://u:secret@h/db' }, '/repo'),
    { message: 'PLANTGRAPH_STORE must be "memory", "lmdb:<path>" or a postgres:// URL' });
  assert.throws(() => storeConfigFromEnv({ PLANTGRAPH_STORE: 'lmdb:' }, '/repo'), { message: 'PLANTGRAPH_STORE=lmdb:<path> needs a path' });
  const mem = await openStore({ kind: 'memory' });
  assert.equal(mem.kind, 'memory');
  await mem.close();
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { runNotesCrashTest } from './notes-crash.ts';

test('kill -9 right after acknowledged notes on LMDB: after restarts every acknowledged note is there, none duplicated', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plantgraph-crash-'));
  try {
    const r = await runNotesCrashTest({ kind: 'lmdb', path: dir }, { n: 60, killEvery: 10 });
    // Kills: one per 10 acknowledgements of a run, fewer when responses already on the wire arrive after a kill.
    assert.deepEqual({ submits: r.submits, acknowledged: r.acknowledged, lost: r.lost, duplicated: r.duplicated }, { submits: 60, acknowledged: 60, lost: 0, duplicated: 0 });
    assert.ok(r.kills >= 4, `kills ${r.kills}`);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('the same crash test on the real PostgreSQL server loses and duplicates nothing', async () => {
  const url = 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `notes_crash_${process.pid}_${Date.now().toString(36)}`;
  try {
    const r = await runNotesCrashTest({ kind: 'postgres', url, schema }, { n: 30, killEvery: 10 });
    assert.deepEqual({ submits: r.submits, acknowledged: r.acknowledged, lost: r.lost, duplicated: r.duplicated }, { submits: 30, acknowledged: 30, lost: 0, duplicated: 0 });
    assert.ok(r.kills >= 2, `kills ${r.kills}`);
  } finally {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  }
});

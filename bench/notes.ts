// `node dist/bench/notes.js [--crash N] [--writes N]`: operator notes (issue 6).
// 1. The note classifier's accuracy on the held-out 20 % and by 5-fold cross-validation over all phrasings.
// 2. The crash test at scale: the context subgraph process SIGKILLed right after every 15th acknowledged note,
//    restarted, unacknowledged submits retried with their idempotency keys; lost and duplicated notes counted
//    (LMDB with N submits, PostgreSQL on 127.0.0.1 with N/3).
// 3. Cost of an acknowledged add (validate, classify, resolve mentions, durable commit) per store, as a ratio
//    against the in-memory store measured in the same run (the baseline: everything but durability).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createMemoryStore, openLmdbStore, openPostgresStore, silentLogger } from '../common/index.ts';
import type { DurableStore } from '../common/index.ts';
import { createNoteClassifier, crossValidateNoteClassifier, evaluateNoteClassifier } from '../normalization/index.ts';
import type { NoteEvaluation } from '../normalization/index.ts';
import { createEquipmentDirectory, createNoteService } from '../subgraphs/context/index.ts';
import { runNotesCrashTest } from '../scripts/index.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer`);
  return v;
}
const crashN = arg('crash', 300);
const writes = arg('writes', 300);
const pgUrl = 'postgres://postgres@127.0.0.1:5432/test';
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const show = (name: string, e: NoteEvaluation) => {
  console.log(`  ${name}: top-1 ${pct(e.accuracy)} on ${e.examples} (trained on ${e.trainSize}); at threshold ${e.threshold}: ${pct(e.acceptedShare)} classified, ` +
    `${pct(e.accuracyWhenAccepted)} of those right, ${pct(e.wrongShare)} of all wrong, the rest UNCLASSIFIED`);
  console.log(`    by category (right/total): ${Object.entries(e.byCategory).map(([k, [c, t]]) => `${k} ${c}/${t}`).join(', ')}`);
};

console.log('note classifier (char n-gram softmax regression, normalization/codes/note-classifier.ts):');
show('held-out 20 %', evaluateNoteClassifier());
show('5-fold CV    ', crossValidateNoteClassifier(5));

const dir = mkdtempSync(join(tmpdir(), 'plantgraph-bench-notes-'));
const schemas: string[] = [];
try {
  console.log(`crash test (kill -9 after every 15th acknowledged note, 4 requests in flight):`);
  const l = await runNotesCrashTest({ kind: 'lmdb', path: join(dir, 'crash') }, { n: crashN, killEvery: 15 });
  console.log(`  LMDB      : ${l.submits} submits, ${l.acknowledged} acknowledged, ${l.kills} kills, lost ${l.lost}, duplicated ${l.duplicated}, ${l.retriedAfterKill} submits in flight at a kill retried with their key, ${l.answeredFromKey} of them answered by the note their lost attempt had committed`);
  schemas.push(`bench_notes_${process.pid}_a`);
  const p = await runNotesCrashTest({ kind: 'postgres', url: pgUrl, schema: schemas[0]! }, { n: Math.max(15, Math.round(crashN / 3)), killEvery: 15 });
  console.log(`  PostgreSQL: ${p.submits} submits, ${p.acknowledged} acknowledged, ${p.kills} kills, lost ${p.lost}, duplicated ${p.duplicated}, ${p.retriedAfterKill} retried with their key (${p.answeredFromKey} answered from the key)`);

  const directory = createEquipmentDirectory({ fetchLayout: async () => ({ sites: [{ id: 'SITE1', areas: [{ workCenters: [{ id: 'WC', equipment: [{ id: 'PRESS-04', name: 'Press 4' }] }] }] }] }) });
  const classifier = createNoteClassifier();
  const identity = { sub: 'bench', roles: ['operator'], sites: ['*'], iat: 0, requestId: 'bench' };
  const timeAdds = async (store: DurableStore): Promise<number> => {
    const svc = createNoteService({ store, directory, classifier, logger: silentLogger });
    await svc.add({ equipmentId: 'PRESS-04', time: new Date().toISOString(), text: 'warm-up', author: 'bench' }, identity);
    const t0 = performance.now();
    for (let i = 0; i < writes; i++) {
      await svc.add({ equipmentId: 'PRESS-04', time: new Date(Date.now() - i * 1000).toISOString(), text: `changed die ${i % 20} on press 4`, author: 'bench', idempotencyKey: `bench-key-${i}` }, identity);
    }
    const ms = (performance.now() - t0) / writes;
    await store.close();
    return ms;
  };
  schemas.push(`bench_notes_${process.pid}_b`);
  const mem = await timeAdds(createMemoryStore());
  const lm = await timeAdds(openLmdbStore(join(dir, 'adds')));
  const pq = await timeAdds(await openPostgresStore({ url: pgUrl, schema: schemas[1]! }));
  console.log(`acknowledged addOperatorNote, sequential, ${writes} notes (note service, no HTTP):`);
  console.log(`  memory (baseline, not durable): ${mem.toFixed(2)} ms/note`);
  console.log(`  LMDB (synced commit)          : ${lm.toFixed(2)} ms/note, ${(lm / mem).toFixed(1)}× baseline`);
  console.log(`  PostgreSQL 127.0.0.1          : ${pq.toFixed(2)} ms/note, ${(pq / mem).toFixed(1)}× baseline`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await c.end();
}

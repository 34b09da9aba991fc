// Crash test for operator notes (issue 6): the context subgraph runs as its own process (subgraphs/context/main.ts)
// on the configured store; we send addOperatorNote mutations with idempotency keys, SIGKILL the process right
// after every `killEvery`-th acknowledged response (other requests still in flight), restart it, retry every
// unacknowledged submit with its key, and finally check the store: every acknowledged note is there, with the id
// we were given, and no submit produced two notes. Used by scripts/notes-crash.test.ts and bench/notes.ts.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { findRepoRoot, openStore, signIdentityHeaders } from '../common/index.ts';
import type { StoreConfig } from '../common/index.ts';
import { createCrosswalk } from '../normalization/index.ts';
import type { EquipmentObservation } from '../normalization/index.ts';
import { noteNamespaces } from '../subgraphs/context/index.ts';

export interface CrashTestResult {
  readonly submits: number;
  readonly acknowledged: number;
  readonly kills: number;
  /** Acknowledged notes missing from the store after the last restart (must be 0). */
  readonly lost: number;
  /** Notes in the store beyond one per submit (must be 0). */
  readonly duplicated: number;
  /**
   * Submits whose first attempt got no answer (in flight at a kill) and were retried with their key after the
   * restart: answered either by the note the lost attempt had committed, or by a first commit. Never two notes.
   */
  readonly retriedAfterKill: number;
  /** Of those, the ones whose lost attempt had committed before the kill: the retry was answered from the key. */
  readonly answeredFromKey: number;
}

const secret = 'crash-test-secret-'.padEnd(40, 'x');
const roster: EquipmentObservation[] = ['PRESS-04', 'PRESS-05'].map((id, i) => ({
  system: 'ERP', nativeId: id, scope: { company: null, plant: null }, name: `Press ${4 + i}`, workCenter: 'WC-PRESS', opcPath: null,
  assetTag: null, serialNumber: null, refs: [], validFromMs: null, validToMs: null, roster: { siteId: 'SITE1', areaId: 'AREA1', workCenterId: 'WC-PRESS' },
}));
const texts = ['changed die 7 on press 4', 'new coil loaded, heat 88213', 'PT-101 reading erratic', 'burrs on 4471-220', 'hyd leak under ram', 'setup for job 55120'];

function storeEnv(config: StoreConfig): Record<string, string> {
  switch (config.kind) {
    case 'lmdb': return { PLANTGRAPH_STORE: `lmdb:${config.path}` };
    case 'postgres': return { PLANTGRAPH_STORE: config.url, ...(config.schema === undefined ? {} : { PLANTGRAPH_STORE_SCHEMA: config.schema }) };
    case 'memory': throw new Error('a crash test needs a durable store');
  }
}

/** Starts subgraphs/context/main.js on `config` and resolves its URL once it listens. */
async function startChild(config: StoreConfig): Promise<{ child: ChildProcess; url: string }> {
  const main = fileURLToPath(new URL('dist/subgraphs/context/main.js', findRepoRoot(import.meta.url)));
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env['PATH'] ?? '', ...storeEnv(config), CONTEXT_PORT: '0', PLANTGRAPH_INTERNAL_SECRET: secret },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '', err = '';
    child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (m !== null) resolve({ child, url: m[1]! });
    });
    child.once('exit', (code) => reject(new Error(`context subgraph exited (${code}) before listening: ${err.slice(0, 500)}`)));
  });
}

/** Runs the crash test; `n` submits, SIGKILL after every `killEvery` acknowledgements, `concurrency` requests in flight. */
export async function runNotesCrashTest(config: StoreConfig, opts: { n: number; killEvery: number; concurrency?: number }): Promise<CrashTestResult> {
  const seed = await openStore(config);
  try { await createCrosswalk(seed).publishEquipment('ERP', roster, { complete: true }); } finally { await seed.close(); }

  const submits = Array.from({ length: opts.n }, (_, i) => ({
    key: `crash-${i.toString().padStart(6, '0')}-${randomUUID().slice(0, 8)}`,
    input: { equipmentId: roster[i % 2]!.nativeId, time: new Date(Date.now() - (opts.n - i) * 1000).toISOString(), text: `${texts[i % texts.length]} (#${i})`, author: 'crash-test' },
  }));
  const acked = new Map<string, string>(); // key → note id
  const firstAttemptFailed = new Map<string, number>(); // key → when its first attempt failed (epoch ms)
  let kills = 0, retriedAfterKill = 0;
  const mutation = 'mutation($input: AddOperatorNoteInput!) { addOperatorNote(input: $input) { id } }';
  while (acked.size < submits.length) {
    const { child, url } = await startChild(config);
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    let killed = false, sinceStart = 0;
    const pending = submits.filter((s) => !acked.has(s.key));
    const post = async (s: (typeof submits)[number]): Promise<void> => {
      const requestId = randomUUID();
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': requestId,
            ...signIdentityHeaders({ sub: 'crash-operator', roles: ['operator'], sites: ['SITE1'], requestId }, secret) },
          body: JSON.stringify({ query: mutation, variables: { input: { ...s.input, idempotencyKey: s.key } } }),
        });
        const body = await res.json() as { data?: { addOperatorNote?: { id: string } }; errors?: { message: string }[] };
        const id = body.data?.addOperatorNote?.id;
        if (id === undefined) throw new Error(`not acknowledged: ${JSON.stringify(body.errors)}`);
        if (firstAttemptFailed.has(s.key)) retriedAfterKill++;
        acked.set(s.key, id);
        sinceStart++;
        // Kill at once, from the response handler: no grace for the process to flush anything more.
        if (!killed && sinceStart % opts.killEvery === 0 && acked.size < submits.length) { killed = true; kills++; child.kill('SIGKILL'); }
      } catch {
        if (!firstAttemptFailed.has(s.key)) firstAttemptFailed.set(s.key, Date.now());
      }
    };
    let next = 0;
    await Promise.all(Array.from({ length: opts.concurrency ?? 4 }, async () => {
      while (!killed && next < pending.length) await post(pending[next++]!);
    }));
    if (!killed) child.kill('SIGKILL');
    await exited;
  }

  const check = await openStore(config);
  try {
    const stored = await check.range<{ id: string; recordedAtMs: number }>(noteNamespaces.byTime, {});
    const ids = new Set(stored.map((e) => e.value.id));
    const byId = new Map(stored.map((e) => [e.value.id, e.value]));
    let answeredFromKey = 0;
    for (const [key, failedAtMs] of firstAttemptFailed) {
      const n = byId.get(acked.get(key) ?? '');
      if (n !== undefined && n.recordedAtMs <= failedAtMs) answeredFromKey++;
    }
    let lost = 0;
    for (const id of acked.values()) if (!ids.has(id) || (await check.get(noteNamespaces.notes, id)) === undefined) lost++;
    return { submits: submits.length, acknowledged: acked.size, kills, lost, duplicated: stored.length - submits.length, retriedAfterKill, answeredFromKey };
  } finally { await check.close(); }
}

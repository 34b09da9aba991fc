import { createHash } from 'node:crypto';
import type { DurableStore } from '../store/index.ts';
import type { SchemaChange, SchemaSystem } from './types.ts';

/** One recorded change, as the registry subgraph serves it. */
export interface RecordedSchemaChange extends SchemaChange {
  readonly id: string;
  /** Epoch ms when a subgraph detected it. */
  readonly detectedAtMs: number;
  /** The subgraph (process) that recorded it. */
  readonly detectedBy: string;
  /** The version the source reported when it was detected. */
  readonly sourceVersion: string | null;
}

/** What a system looked like at its last recorded transition, so several processes record one transition once. */
interface SchemaState {
  /**
   * Fields (`entity/field`) the source already served beyond the contract when it was first fingerprinted: columns
   * of a view the adapter does not read are not news, only fields that appear later are ADDITIVE changes.
   */
  readonly baseline: readonly string[];
  readonly seq: number;
  readonly hash: string;
  readonly version: string | null;
  readonly atMs: number;
}

/** Store namespaces of the schema-change log (DurableStore keys are ordered: `<system>/<iso time>/<seq>/<n>`). */
export const schemaChangeNamespaces = { changes: 'schema-changes', state: 'schema-state', transitions: 'schema-transitions' } as const;

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const systems: readonly SchemaSystem[] = ['ERP', 'MES', 'CMMS'];

/** A stable hash of a diff (what changed, not when): equal diffs from two processes hash the same. */
export function diffHash(version: string | null, changes: readonly SchemaChange[]): string {
  const canon = changes.map((c) => [c.entity, c.field, c.kind, c.remappedTo, c.degradedFields.join(',')].join('|')).sort();
  return createHash('sha256').update(JSON.stringify([version, canon])).digest('hex').slice(0, 32);
}

/**
 * Records a system's current diff when it differs from the last recorded one, and returns the diff as recorded
 * (ADDITIVE fields of the first fingerprint are the baseline, not changes) with the entries this call wrote. Atomic across processes: the
 * transition number is claimed with `ifAbsent`, so when two subgraph processes detect the same upgrade only one
 * commit lands. Returns the entries this call recorded ([] when nothing new or another process won).
 * The first diff ever seen for a system is recorded only when it is not empty (a source matching its contract at
 * first start has no history to tell); a later empty diff is recorded as RESTORED; a changed version as VERSION_CHANGED.
 */
export async function recordSchemaDiff(store: DurableStore, input: {
  readonly system: SchemaSystem; readonly version: string | null; readonly changes: readonly SchemaChange[];
  readonly detectedBy: string; readonly nowMs: number;
}): Promise<{ readonly changes: readonly SchemaChange[]; readonly recorded: readonly RecordedSchemaChange[] }> {
  const { system, version, detectedBy, nowMs } = input;
  const state = await store.get<SchemaState>(schemaChangeNamespaces.state, system);
  const keyOf = (c: SchemaChange): string => `${c.entity}/${c.field}`;
  const baseline = state?.baseline ?? input.changes.filter((c) => c.kind === 'ADDITIVE').map(keyOf);
  const known = new Set(baseline);
  const changes = input.changes.filter((c) => c.kind !== 'ADDITIVE' || !known.has(keyOf(c)));
  const hash = diffHash(version, changes);
  if (state !== undefined && state.hash === hash) return { changes, recorded: [] };
  const seq = (state?.seq ?? 0) + 1;
  const entries: SchemaChange[] = [];
  if (state !== undefined && state.version !== version) {
    entries.push({ system, entity: '', field: '', kind: 'VERSION_CHANGED', remappedTo: null, confidence: null, evidence: null, degradedFields: [],
      detail: `${state.version ?? 'unknown'} → ${version ?? 'unknown'}` });
  }
  entries.push(...changes);
  if (state !== undefined && changes.length === 0) {
    entries.push({ system, entity: '', field: '', kind: 'RESTORED', remappedTo: null, confidence: null, evidence: null, degradedFields: [],
      detail: 'the source serves its declared contract again' });
  }
  const iso = new Date(nowMs).toISOString();
  const recorded = entries.map((c, i): RecordedSchemaChange => ({ ...c, id: `${system}/${iso}/${pad(seq, 6)}/${pad(i, 3)}`, detectedAtMs: nowMs, detectedBy, sourceVersion: version }));
  const next: SchemaState = { baseline, seq, hash, version, atMs: nowMs };
  const result = await store.commit([
    { namespace: schemaChangeNamespaces.transitions, key: `${system}/${pad(seq, 6)}`, value: { hash, atMs: nowMs, detectedBy }, ifAbsent: true },
    { namespace: schemaChangeNamespaces.state, key: system, value: next },
    ...recorded.map((r) => ({ namespace: schemaChangeNamespaces.changes, key: r.id, value: r })),
  ]);
  return { changes, recorded: result.committed ? recorded : [] };
}

/** Recorded changes, newest first, optionally of one system and at or after `sinceMs`, at most `limit`. */
export async function listSchemaChanges(store: DurableStore, q: { readonly system?: SchemaSystem | null; readonly sinceMs?: number | null; readonly limit: number }): Promise<readonly RecordedSchemaChange[]> {
  const since = q.sinceMs === null || q.sinceMs === undefined ? null : new Date(q.sinceMs).toISOString();
  const per = await Promise.all((q.system === null || q.system === undefined ? systems : [q.system]).map((s) =>
    store.range<RecordedSchemaChange>(schemaChangeNamespaces.changes, since === null
      ? { prefix: `${s}/`, reverse: true, limit: q.limit }
      : { start: `${s}/${since}`, end: `${s}/\uffff`, reverse: true, limit: q.limit })));
  return per.flat().map((e) => e.value)
    .sort((a, b) => b.detectedAtMs - a.detectedAtMs || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, q.limit);
}

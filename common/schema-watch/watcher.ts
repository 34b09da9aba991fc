import { GraphQLError } from 'graphql';
import { Code, plantError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { DurableStore } from '../store/index.ts';
import { recordSchemaDiff } from './change-log.ts';
import type { RecordedSchemaChange } from './change-log.ts';
import { diffContract } from './diff.ts';
import type { DeclaredField, FieldAccess, Fingerprint, SchemaChange, SourceContract } from './types.ts';

export type FingerprintReason = 'startup' | 'schedule' | 'error' | 'manual';

export interface SchemaWatcherOptions {
  readonly contract: SourceContract;
  /** Reads what the source serves now (catalog, WSDL, OpenAPI document, version header). Throws when it cannot. */
  readonly fingerprint: () => Promise<Fingerprint>;
  /** Where changes are recorded; shared by every subgraph process of the layer. */
  readonly store: DurableStore;
  readonly logger: Logger;
  /** The subgraph name recorded as `detectedBy`. */
  readonly subgraph: string;
  /** Re-fingerprint every this many ms; 0 = only at start-up, on error and on demand. */
  readonly intervalMs: number;
  /** After an error-triggered check, ignore further error triggers for this long (a failing source errors on every read). */
  readonly errorRecheckGapMs?: number;
  readonly clock?: () => number;
}

/** The schema watch of one source: current field accessors, re-fingerprinting, and the change log. */
export interface SchemaWatcher {
  /** How a declared field is read now; identity (as declared) until the first fingerprint. */
  access(entity: string, field: string): FieldAccess;
  /** The value of a declared field from a source record (object, SOAP node, row), through the remap and value map; undefined when unmapped or absent. */
  read(entity: string, record: Readonly<Record<string, unknown>>, field: string): unknown;
  /** The source's spelling of a declared value (for filters sent upstream): the value map read backwards when the source renamed it. */
  toSource(entity: string, field: string, declaredValue: string | number): string | number;
  /** Declared fields of `entity` that cannot be read now. */
  unmapped(entity: string): readonly DeclaredField[];
  /** The coded error a degraded canonical field carries, naming the source field(s) it lacks. */
  unmappedError(entity: string, field: DeclaredField | readonly DeclaredField[]): GraphQLError;
  /** The source's current version and the diff against the contract, from the last successful fingerprint. */
  current(): { readonly version: string | null; readonly changes: readonly SchemaChange[]; readonly checkedAtMs: number | null };
  /** Fingerprints now (concurrent calls share one check); records and logs a changed diff; resolves with the current changes. */
  check(reason: FingerprintReason): Promise<readonly SchemaChange[]>;
  /** An adapter saw a payload it could not parse: re-check soon (at most once per errorRecheckGapMs), without waiting. */
  recheckAfterError(): void;
  /** Changes this process recorded since start (for the schema-changes counter). */
  changesRecorded(): number;
  close(): void;
}

const identityAccess = (field: string): FieldAccess => ({ path: field.split('/'), valueMap: null, unmapped: false });

function readPath(record: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  let cur: unknown = record;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** Text of a scalar or of an XML-ish `{ $value }` node, for value-map lookups. */
function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v !== null && typeof v === 'object' && '$value' in v) return textOf((v as { $value: unknown }).$value);
  return null;
}

/** Creates the watch of one source. Does no I/O until `check` (call it at start-up) or the schedule fires. */
export function createSchemaWatcher(opts: SchemaWatcherOptions): SchemaWatcher {
  const { contract, store, subgraph } = opts;
  const logger = opts.logger.child({ source: contract.system });
  const clock = opts.clock ?? Date.now;
  const gapMs = opts.errorRecheckGapMs ?? 30_000;
  const declared = new Map(contract.entities.map((e) => [e.entity, new Map(e.fields.map((f) => [f.name, f]))]));
  let access: ReadonlyMap<string, ReadonlyMap<string, FieldAccess>> = new Map();
  let state: { version: string | null; changes: readonly SchemaChange[]; checkedAtMs: number | null } = { version: null, changes: [], checkedAtMs: null };
  let inFlight: Promise<readonly SchemaChange[]> | null = null;
  let lastErrorCheckMs = -Infinity;
  let recorded = 0;
  let closed = false;

  const accessOf = (entity: string, field: string): FieldAccess => access.get(entity)?.get(field) ?? identityAccess(field);

  function logRecorded(entries: readonly RecordedSchemaChange[]): void {
    for (const c of entries) {
      const fields = {
        subgraph, op: c.entity, field: c.field, kind: c.kind, remappedTo: c.remappedTo, confidence: c.confidence,
        degraded: c.degradedFields.join(',') || undefined, version: c.sourceVersion, change: c.detail,
      };
      if (c.degradedFields.length > 0) logger.warn(fields, 'upstream schema change: fields degraded'); else logger.info(fields, 'upstream schema change');
    }
  }

  async function runCheck(reason: FingerprintReason): Promise<readonly SchemaChange[]> {
    let fp: Fingerprint;
    try {
      fp = await opts.fingerprint();
    } catch (e: unknown) {
      // No fingerprint (source down, catalog not readable): keep the last mapping; the next check tries again.
      logger.warn({ subgraph, outcome: 'fingerprint failed', mode: reason, code: String((e as { extensions?: { code?: unknown } }).extensions?.code ?? 'unknown') }, 'schema fingerprint failed');
      return state.changes;
    }
    const diff = diffContract(contract, fp);
    // Entities the fingerprint did not observe keep their previous mapping.
    const merged = new Map(access);
    for (const [entity, m] of diff.access) merged.set(entity, m);
    access = merged;
    state = { version: fp.version, changes: diff.changes, checkedAtMs: clock() };
    logger.debug({ subgraph, mode: reason, version: fp.version, count: diff.changes.length }, 'schema fingerprint');
    try {
      const r = await recordSchemaDiff(store, { system: contract.system, version: fp.version, changes: diff.changes, detectedBy: subgraph, nowMs: clock() });
      state = { ...state, changes: r.changes };
      recorded += r.recorded.length;
      logRecorded(r.recorded);
    } catch (e: unknown) {
      // The mapping is already applied; only the log entry is lost, and the next changed diff is recorded again.
      logger.error({ subgraph, outcome: 'schema change not recorded', error: e instanceof Error ? e.message : String(e) }, 'schema change log write failed');
    }
    return state.changes;
  }

  const check = (reason: FingerprintReason): Promise<readonly SchemaChange[]> => {
    if (inFlight === null) inFlight = runCheck(reason).finally(() => { inFlight = null; });
    return inFlight;
  };

  const timer = opts.intervalMs > 0 ? setInterval(() => { if (!closed) void check('schedule'); }, opts.intervalMs) : null;
  timer?.unref();

  return {
    access: accessOf,
    read(entity, record, field) {
      const a = accessOf(entity, field);
      if (a.path === null) return undefined;
      const v = readPath(record, a.path);
      if (a.valueMap === null || v === null || v === undefined) return v;
      const t = textOf(v);
      if (t === null) return v;
      const mapped = a.valueMap[t];
      if (mapped !== undefined) return mapped;
      // A value neither the contract nor its value map knows: null, never a guess.
      const known = declared.get(entity)?.get(field)?.values;
      return known === undefined || known.includes(t) ? v : null;
    },
    toSource(entity, field, value) {
      const a = accessOf(entity, field);
      if (a.valueMap === null) return value;
      const entry = Object.entries(a.valueMap).find(([, d]) => d === value);
      return entry === undefined ? value : entry[0];
    },
    unmapped(entity) {
      const m = access.get(entity);
      if (m === undefined) return [];
      return [...m].filter(([, a]) => a.unmapped).map(([name]) => declared.get(entity)?.get(name)).filter((f): f is DeclaredField => f !== undefined);
    },
    unmappedError(entity, field) {
      const names = (Array.isArray(field) ? field : [field] as readonly DeclaredField[]).map((f) => f.name);
      return plantError(Code.SCHEMA_FIELD_UNMAPPED, `${contract.system} no longer serves ${names.map((n) => `${entity}.${n}`).join(', ')} and no replacement could be mapped`,
        { source: contract.system, retryable: false, detail: { entity, field: names.join(',') } });
    },
    current: () => state,
    check,
    recheckAfterError() {
      const now = clock();
      if (closed || now - lastErrorCheckMs < gapMs) return;
      lastErrorCheckMs = now;
      void check('error');
    },
    changesRecorded: () => recorded,
    close() { closed = true; if (timer !== null) clearInterval(timer); },
  };
}

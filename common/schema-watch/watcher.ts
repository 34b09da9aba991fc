import { GraphQLError } from 'graphql';
import { Code, plantError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { DurableStore } from '../store/index.ts';
import { diffHash, recordSchemaDiff } from './change-log.ts';
import type { RecordedSchemaChange } from './change-log.ts';
import { diffContract } from './diff.ts';
import type { ProfileEvidence } from './diff.ts';
import { createProfileAccumulator, minProfileValues } from './profile.ts';
import type { ProfileAccumulator } from './profile.ts';
import { markUnmapped } from './unmapped-fields.ts';
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
  /**
   * The source sends every property it has, null when empty (JSON APIs): a declared property absent from every item of
   * a response was dropped, and the response does not fit. Not for SOAP, which omits empty optional elements.
   */
  readonly explicitNulls?: boolean;
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
  /** Unmapped declared fields of `entity` that feed canonical fields: those degrade; the others (keys) fail the read. */
  degradable(entity: string): readonly DeclaredField[];
  /**
   * Marks the canonical fields fed by `entity`'s degradable fields on `obj` (the domain object built from one record),
   * one SCHEMA_FIELD_UNMAPPED error per canonical field naming every source field it lacks. `only` limits it to the
   * declared fields a read used (ERP selects columns per query). Returns `obj`; a no-op while nothing is unmapped.
   */
  markDegraded<T extends object>(entity: string, obj: T, only?: ReadonlySet<string>): T;
  /** The coded error a degraded canonical field carries, naming the source field(s) it lacks and the canonical field(s). */
  unmappedError(entity: string, field: DeclaredField | readonly DeclaredField[], canonical?: readonly string[]): GraphQLError;
  /**
   * Samples the values of `records` (raw items of one response, by source path) into bounded value profiles: the
   * evidence that lets a rename with a dissimilar name be remapped (diff.ts). While a field is unmapped for want of
   * evidence, new samples re-run the diff against the last fingerprint (no new fetch).
   */
  observe(entity: string, records: readonly Readonly<Record<string, unknown>>[]): void;
  /** Whether a raw record has only elements the last fingerprint knows, and no declared scalar that became a complex element. */
  fits(entity: string, record: Readonly<Record<string, unknown>>): boolean;
  /** Bumped whenever a check or a re-diff changes the mapping. */
  generation(): number;
  /**
   * The mapping may be stale (a response did not fit it): resolves true when the mapping changed since `since`,
   * re-fingerprinting first unless a check is in flight (then it waits for that one) or a check of this kind found
   * nothing new within errorRecheckGapMs. Bounded and coalesced: concurrent callers share one fingerprint.
   */
  refresh(since: number): Promise<boolean>;
  /**
   * Reads one response of `entity`: samples it, checks its shape, and runs `map` (which projects through the current
   * mapping). When the records do not fit the fingerprint, or `map` throws an error `isContractError` accepts, the
   * source is re-fingerprinted within this call and `map` runs once more on the same records, so the first read
   * after an unannounced upgrade succeeds. At most one extra map per call.
   */
  readResponse<T>(entity: string, records: readonly Readonly<Record<string, unknown>>[], map: () => T, isContractError: (e: unknown) => boolean): Promise<T>;
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

/** Elements that carry XML attributes or text, not fields (node-soap's `attributes`, `$value`). */
const markup: ReadonlySet<string> = new Set(['attributes', '$attributes', '$value', '$xml']);
/** A complex element: an object with fields, not a scalar's `{ $value }` node or a nil element's `{ attributes }`. */
function isComplex(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof Date || '$value' in v) return false;
  for (const k in v) if (!markup.has(k)) return true;
  return false;
}
/** Records sampled per response, values kept per path, and paths profiled per entity: the profiles stay small. */
const sampleRecords = 32, profileValues = 500, maxPaths = 256;
/**
 * The items of a response that are sampled and shape-checked: up to sampleRecords, spread over the response, not only
 * its head (an equipment list starts with the site and its lines, which carry no machine fields). A type's elements
 * are the same in every item, so a spread sample finds a new or wrapped element without checking every item.
 */
function* spread<T>(records: readonly T[]): Generator<T> {
  const step = Math.max(1, Math.ceil(records.length / sampleRecords));
  for (let i = 0; i < records.length; i += step) yield records[i]!;
}

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
  let lastFruitlessMs = -Infinity;
  let recorded = 0;
  let closed = false;
  let gen = 0;
  let batches = 0;
  let signature = '';
  let lastFingerprint: Fingerprint | null = null;
  /** entity → top-level element names the last fingerprint saw (for `fits`). */
  let known = new Map<string, ReadonlySet<string>>();
  /** entity → source path → values seen there. */
  const profiles = new Map<string, Map<string, ProfileAccumulator>>();
  const saturatedEntities = new Set<string>();
  /** entity → declared field → the source path it was last read from (its values are the 'before' of a remap). */
  const lastPath = new Map<string, Map<string, string>>();
  /** Entities with a field unmapped while some candidate had too few values to judge: new samples re-diff them. */
  let pending = new Map<string, number>();
  const evidence: ProfileEvidence = {
    before: (entity, field) => profiles.get(entity)?.get(lastPath.get(entity)?.get(field) ?? field)?.snapshot(),
    after: (entity, path) => profiles.get(entity)?.get(path)?.snapshot(),
  };
  let scalarPaths = new Map<string, readonly (readonly string[])[]>();

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

  /** Applies a diff of `fp` (with the value evidence sampled so far); bumps the generation when the mapping changed. */
  function apply(fp: Fingerprint): readonly SchemaChange[] {
    const diff = diffContract(contract, fp, evidence);
    // Entities the fingerprint did not observe keep their previous mapping.
    const merged = new Map(access);
    for (const [entity, m] of diff.access) merged.set(entity, m);
    access = merged;
    for (const [entity, m] of diff.access) {
      let lp = lastPath.get(entity);
      if (lp === undefined) lastPath.set(entity, (lp = new Map()));
      for (const [field, a] of m) if (a.path !== null) lp.set(field, a.path.join('/'));
    }
    known = new Map(fp.entities.filter((e) => e.fields.length > 0).map((e) => [e.entity, new Set(e.fields.map((f) => f.name.split('/')[0]!))]));
    // Where each declared scalar is read now, for the shape check (computed once per mapping, not per item).
    scalarPaths = new Map(contract.entities.map((e) => [e.entity, e.fields.filter((f) => f.type !== 'object')
      .map((f) => accessOf(e.entity, f.name).path).filter((x): x is readonly string[] => x !== null)]));
    lastFingerprint = fp;
    // A field left unmapped while a same-typed candidate has no values yet may be remapped once values arrive.
    pending = new Map();
    for (const c of diff.changes) {
      if (c.kind !== 'REMOVED' || c.field === '') continue;
      const oe = fp.entities.find((e) => e.entity === c.entity);
      const unsampled = (oe?.fields ?? []).some((f) => f.type !== 'object' && (profiles.get(c.entity)?.get(f.name)?.size ?? 0) < minProfileValues);
      if (unsampled && (profiles.get(c.entity)?.get(lastPath.get(c.entity)?.get(c.field) ?? c.field)?.size ?? 0) >= minProfileValues) pending.set(c.entity, 0);
    }
    const sig = diffHash(fp.version, diff.changes);
    if (sig !== signature) { signature = sig; gen++; }
    return diff.changes;
  }

  async function record(version: string | null, changes: readonly SchemaChange[]): Promise<void> {
    try {
      const r = await recordSchemaDiff(store, { system: contract.system, version, changes, detectedBy: subgraph, nowMs: clock() });
      state = { ...state, changes: r.changes };
      recorded += r.recorded.length;
      logRecorded(r.recorded);
    } catch (e: unknown) {
      // The mapping is already applied; only the log entry is lost, and the next changed diff is recorded again.
      logger.error({ subgraph, outcome: 'schema change not recorded', error: e instanceof Error ? e.message : String(e) }, 'schema change log write failed');
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
    const changes = apply(fp);
    state = { version: fp.version, changes, checkedAtMs: clock() };
    logger.debug({ subgraph, mode: reason, version: fp.version, count: changes.length }, 'schema fingerprint');
    await record(fp.version, changes);
    return state.changes;
  }

  /** New samples for an entity with a field unmapped for want of evidence: diff the last fingerprint again. */
  function rediff(entity: string): void {
    const n = (pending.get(entity) ?? 0) + 1;
    if (lastFingerprint === null) return;
    // Bounded: a candidate that never gets values stops being waited for.
    if (n > 20) { pending.delete(entity); return; }
    pending.set(entity, n);
    const before = gen;
    const fp = lastFingerprint;
    const changes = apply(fp);
    if (gen === before) return;
    state = { ...state, changes };
    logger.info({ subgraph, op: entity, outcome: 'remapped on value evidence' }, 'schema re-diff');
    void record(fp.version, changes);
  }

  function sample(entity: string, records: readonly Readonly<Record<string, unknown>>[]): void {
    let byPath = profiles.get(entity);
    if (byPath === undefined) profiles.set(entity, (byPath = new Map()));
    const m = byPath;
    // Every path's profile is full: only a new path (an upgrade's new element) can add evidence; the first item shows it.
    const saturated = saturatedEntities.has(entity);
    const batch = ++batches;
    const add = (path: string, v: unknown): void => {
      let acc = m.get(path);
      if (acc === undefined) { if (m.size >= maxPaths) return; m.set(path, (acc = createProfileAccumulator(profileValues))); }
      acc.add(v, batch);
    };
    const walk = (node: Readonly<Record<string, unknown>>, prefix: string, depth: number): void => {
      for (const k in node) {
        if (markup.has(k)) continue;
        const v = node[k];
        if (Array.isArray(v)) continue; // repeating elements are lists, not fields
        if (isComplex(v)) { if (depth < 3) walk(v as Record<string, unknown>, `${prefix}${k}/`, depth + 1); continue; }
        add(`${prefix}${k}`, v);
      }
    };
    const paths = m.size;
    if (saturated) { walk(records[0]!, '', 0); if (m.size === paths) return; saturatedEntities.delete(entity); }
    for (const r of spread(records)) walk(r, '', 0);
    let full = m.size > 0;
    for (const acc of m.values()) if (acc.size < profileValues) { full = false; break; }
    if (full) saturatedEntities.add(entity);
  }

  function fits(entity: string, record: Readonly<Record<string, unknown>>): boolean {
    const k = known.get(entity);
    if (k === undefined) return true;
    for (const key in record) if (!markup.has(key) && !k.has(key)) return false;
    for (const path of scalarPaths.get(entity) ?? []) if (isComplex(readPath(record, path))) return false;
    return true;
  }

  async function refresh(since: number): Promise<boolean> {
    if (gen > since) return true;
    if (closed) return false;
    if (inFlight !== null) { await inFlight; return gen > since; }
    // Rate-limited only after a check that changed nothing: a source that keeps sending what no fingerprint explains
    // costs one fetch per gap, while a second real change soon after the first is still picked up at once.
    if (clock() - lastFruitlessMs < gapMs) return false;
    const g = gen;
    await check('error');
    if (gen === g) lastFruitlessMs = clock();
    return gen > since;
  }

  const check = (reason: FingerprintReason): Promise<readonly SchemaChange[]> => {
    if (inFlight === null) inFlight = runCheck(reason).finally(() => { inFlight = null; });
    return inFlight;
  };

  const timer = opts.intervalMs > 0 ? setInterval(() => { if (!closed) void check('schedule'); }, opts.intervalMs) : null;
  timer?.unref();

  const self: SchemaWatcher = {
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
      const vocabulary = declared.get(entity)?.get(field)?.values;
      return vocabulary === undefined || vocabulary.includes(t) ? v : null;
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
    degradable(entity) {
      return self.unmapped(entity).filter((f) => (f.feeds?.length ?? 0) > 0);
    },
    markDegraded(entity, obj, only) {
      const m = access.get(entity);
      if (m === undefined) return obj;
      // One error per canonical field, naming every source field it lacks (actualStart needs ActualStartDate and ActualStartHour).
      let byFeed: Map<string, DeclaredField[]> | null = null;
      // In contract order, so the error names the fields the way the contract lists them.
      for (const [name, f] of declared.get(entity) ?? []) {
        if (m.get(name)?.unmapped !== true || (only !== undefined && !only.has(name))) continue;
        for (const feed of f.feeds ?? []) {
          byFeed ??= new Map();
          byFeed.set(feed, [...(byFeed.get(feed) ?? []), f]);
        }
      }
      if (byFeed !== null) for (const [feed, fields] of byFeed) markUnmapped(obj, [feed], self.unmappedError(entity, fields, [feed]));
      return obj;
    },
    unmappedError(entity, field, canonical) {
      const fields = Array.isArray(field) ? field : [field] as readonly DeclaredField[];
      const names = fields.map((f) => f.name);
      const feeds = canonical ?? [...new Set(fields.flatMap((f) => f.feeds ?? []))];
      return plantError(Code.SCHEMA_FIELD_UNMAPPED, `${contract.system} no longer serves ${names.map((n) => `${entity}.${n}`).join(', ')} and no replacement could be mapped`,
        { source: contract.system, retryable: false, detail: { entity, field: names.join(','), canonical: feeds.join(',') } });
    },
    observe(entity, records) {
      if (records.length === 0) return;
      sample(entity, records);
      if (pending.has(entity)) rediff(entity);
    },
    fits,
    generation: () => gen,
    refresh,
    async readResponse(entity, records, map, isContractError) {
      self.observe(entity, records);
      const since = gen;
      let refreshed = false;
      for (const r of spread(records)) {
        if (fits(entity, r)) continue;
        // An element the fingerprint does not know, or a scalar that became a complex element: the source may have
        // changed under us. Re-fingerprint now (shared with concurrent readers) rather than misread this response.
        await refresh(since);
        refreshed = true;
        break;
      }
      if (!refreshed && opts.explicitNulls === true && records.length > 0) {
        const k = known.get(entity);
        for (const f of declared.get(entity)?.values() ?? []) {
          const top = accessOf(entity, f.name).path?.[0];
          if (top === undefined || k?.has(top) !== true || records.some((r) => top in r)) continue;
          await refresh(since);
          refreshed = true;
          break;
        }
      }
      const at = gen;
      try {
        return map();
      } catch (e: unknown) {
        if (!isContractError(e) || (refreshed && gen === at) || !(await refresh(at))) throw e;
        return map();
      }
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
  return self;
}

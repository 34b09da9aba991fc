import DataLoader from 'dataloader';
import { mergeRevisions } from '../../normalization/index.ts';
import type { MesEquipment, MesMeasurementRow, MesProductionRow, MesSampleRow, MesServerInfo, MesSource, MesStateRow, MesWorkOrderRow, OpcReading } from './source/index.ts';

/**
 * Per-request DataLoaders over the MES port. The MES API answers per machine or, with an empty
 * equipmentId, for the whole site; so every list loader groups its keys by time range and makes ONE
 * call per group: per-machine when the group names one machine, site-wide otherwise. A query over N
 * equipment therefore costs the same number of SOAP calls as over one (plus pages when the site-wide
 * answer is longer than MES_PAGE_SIZE rows). Process samples are the exception: the MES API has no
 * site-wide sample read (it would be huge), so they cost one call per machine, all its tags batched.
 * Batch functions answer in key order; a failed group call is an Error value for that group's keys only.
 */
export interface MesLoaders {
  readonly equipmentById: DataLoader<string, MesEquipment | null>;
  readonly equipmentList: () => Promise<readonly MesEquipment[]>;
  /** key: { mesCode, fromMs, toMs } → rows of that machine overlapping the range. */
  readonly states: DataLoader<RangeKey, readonly MesStateRow[], string>;
  readonly production: DataLoader<RangeKey, readonly MesProductionRow[], string>;
  /** key: { jobNum, fromMs, toMs } → rows of that job's work orders. */
  readonly productionByJob: DataLoader<JobKey, readonly MesProductionRow[], string>;
  readonly samples: DataLoader<SampleKey, readonly MesSampleRow[], string>;
  readonly measurements: DataLoader<TagRangeKey, readonly MesMeasurementRow[], string>;
  readonly current: DataLoader<string, OpcReading>;
  /** Site-wide production records over a range (one paged call, memoised per request). */
  readonly allProduction: (range: { fromMs: number; toMs: number }) => Promise<readonly MesProductionRow[]>;
  /** GetServerInfo, once per request. */
  readonly serverInfo: () => Promise<MesServerInfo>;
  /** Work orders of the identity window (the last `orderDays` days before the MES clock and the next 60), once per request; [] when the port has no work-order read. */
  readonly workOrders: () => Promise<readonly MesWorkOrderRow[]>;
  /** The first work order with a part number of each job (upper-cased job of its order id), once per request. */
  readonly workOrderByJob: () => Promise<ReadonlyMap<string, MesWorkOrderRow>>;
}

export interface RangeKey { readonly mesCode: string; readonly fromMs: number; readonly toMs: number }
export interface JobKey { readonly jobNum: string; readonly fromMs: number; readonly toMs: number }
export interface TagRangeKey extends RangeKey { readonly tag: string }
export interface SampleKey extends TagRangeKey { readonly intervalSec: number }

const toError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

function groupBy<K, G extends string>(keys: readonly K[], group: (k: K) => G): Map<G, number[]> {
  const m = new Map<G, number[]>();
  keys.forEach((k, i) => { const g = group(k); m.set(g, [...(m.get(g) ?? []), i]); });
  return m;
}

/** Runs one upstream call per group and answers every key in order; a group's failure becomes its keys' Error. */
async function perGroup<K, V, G extends string>(keys: readonly K[], group: (k: K) => G,
  load: (groupKeys: K[]) => Promise<(k: K) => V>): Promise<(V | Error)[]> {
  const out: (V | Error)[] = new Array<V | Error>(keys.length);
  await Promise.all([...groupBy(keys, group).values()].map(async (idx) => {
    const gk = idx.map((i) => keys[i]!);
    try { const pick = await load(gk); idx.forEach((i) => { out[i] = pick(keys[i]!); }); }
    catch (e: unknown) { const err = toError(e); idx.forEach((i) => { out[i] = err; }); }
  }));
  return out;
}

const rangeOf = (k: { fromMs: number; toMs: number }): string => `${k.fromMs}:${k.toMs}`;
const single = (keys: readonly RangeKey[]): string | null => { const s = new Set(keys.map((k) => k.mesCode)); return s.size === 1 ? keys[0]!.mesCode : null; };

export function createLoaders(source: MesSource, opts: { orderDays?: number } = {}): MesLoaders {
  let list: Promise<readonly MesEquipment[]> | undefined;
  let workOrders: Promise<readonly MesWorkOrderRow[]> | undefined;
  let workOrderByJob: Promise<ReadonlyMap<string, MesWorkOrderRow>> | undefined;
  const equipmentList = (): Promise<readonly MesEquipment[]> => (list ??= source.equipmentList());
  let info: Promise<MesServerInfo> | undefined;
  const allProduction = new Map<string, Promise<readonly MesProductionRow[]>>();
  const readWorkOrders = (): Promise<readonly MesWorkOrderRow[]> => (workOrders ??= (async () => {
    if (source.workOrders === undefined) return [];
    // The same whole-day window the identity sync publishes, so the read cache answers both.
    const day = 86_400_000, end = Math.ceil((await (info ??= source.serverInfo())).serverTimeMs / day) * day;
    return source.workOrders(end - (opts.orderDays ?? 14) * day, end + 60 * day);
  })());
  return {
    equipmentList,
    serverInfo: () => (info ??= source.serverInfo()),
    workOrders: readWorkOrders,
    workOrderByJob: () => (workOrderByJob ??= readWorkOrders().then((rows) => {
      const byJob = new Map<string, MesWorkOrderRow>();
      for (const r of rows) {
        // Order ids are `<job>-<operation>` (translated to the ERP job by the identity wrapper; '' when not linked).
        const m = /^(.+)-(\d+)$/.exec(r.orderId.trim());
        if (m !== null && r.partNum !== null && !byJob.has(m[1]!.toUpperCase())) byJob.set(m[1]!.toUpperCase(), r);
      }
      return byJob;
    })),
    allProduction: (r) => {
      let p = allProduction.get(rangeOf(r));
      if (p === undefined) { p = source.productionRecords(null, r.fromMs, r.toMs); allProduction.set(rangeOf(r), p); }
      return p;
    },
    equipmentById: new DataLoader(async (ids) => {
      const all = await equipmentList();
      const byId = new Map<string, MesEquipment>();
      // First machine wins when two carry the same alias; identity matching is a later issue.
      for (const m of all) if (m.equipmentId !== null && !byId.has(m.equipmentId)) byId.set(m.equipmentId, m);
      return ids.map((id) => byId.get(id.trim().toUpperCase()) ?? null);
    }),
    states: new DataLoader((keys) => perGroup(keys, rangeOf, async (gk) => {
      const rows = await source.stateHistory(single(gk), gk[0]!.fromMs, gk[0]!.toMs);
      return (k) => rows.filter((r) => r.mesCode === k.mesCode);
    }), { cacheKeyFn: (k) => `${k.mesCode}|${rangeOf(k)}` }),
    production: new DataLoader((keys) => perGroup(keys, rangeOf, async (gk) => {
      const rows = await source.productionRecords(single(gk), gk[0]!.fromMs, gk[0]!.toMs);
      return (k) => rows.filter((r) => r.mesCode === k.mesCode);
    }), { cacheKeyFn: (k) => `${k.mesCode}|${rangeOf(k)}` }),
    productionByJob: new DataLoader((keys) => perGroup(keys, rangeOf, async (gk) => {
      const rows = await source.productionRecords(null, gk[0]!.fromMs, gk[0]!.toMs);
      return (k) => rows.filter((r) => r.workOrder.toUpperCase().startsWith(`${k.jobNum.toUpperCase()}-`));
    }), { cacheKeyFn: (k) => `${k.jobNum}|${rangeOf(k)}` }),
    samples: new DataLoader((keys) => perGroup(keys, (k) => `${k.mesCode}|${rangeOf(k)}|${k.intervalSec}`, async (gk) => {
      const tags = [...new Set(gk.map((k) => k.tag))];
      const rows = await source.processSamples(gk[0]!.mesCode, tags, gk[0]!.fromMs, gk[0]!.toMs, gk[0]!.intervalSec);
      return (k) => rows.filter((r) => r.tag === k.tag);
    }), { cacheKeyFn: (k) => `${k.mesCode}|${k.tag}|${rangeOf(k)}|${k.intervalSec}` }),
    measurements: new DataLoader((keys) => perGroup(keys, rangeOf, async (gk) => {
      const rows = await source.qualityMeasurements(single(gk), gk[0]!.fromMs, gk[0]!.toMs);
      return (k) => rows.filter((r) => r.mesCode === k.mesCode && r.tag === k.tag);
    }), { cacheKeyFn: (k) => `${k.mesCode}|${k.tag}|${rangeOf(k)}` }),
    current: new DataLoader(async (paths) => {
      try {
        const readings = await source.readCurrent(paths);
        return paths.map((_, i) => readings[i] ?? new Error('OPC reading missing'));
      } catch (e: unknown) { const err = toError(e); return paths.map(() => err); }
    }),
  };
}

/** A production record after deduplication, with what deduplication did to its logical record. */
export interface DedupedRecord {
  readonly row: MesProductionRow;
  /** Exact resends of the kept revision (same RecordId and Revision) that were dropped. */
  readonly duplicates: number;
  /** Lower revisions of the same RecordId that the kept (corrected) revision replaced. */
  readonly replacedRevisions: number;
}

/**
 * Production records deduplicated by idempotency key (source, RecordId, Revision) with normalization's
 * mergeRevisions: resends collapse, the highest revision replaces earlier ones (corrections), a late original
 * after its correction is superseded. Oldest first (start time, then RecordId numerically).
 */
export function dedupeRecords(rows: readonly MesProductionRow[]): DedupedRecord[] {
  const merged = mergeRevisions(rows.map((row) => ({ source: 'MES', sourceId: row.recordId, revision: row.revision, row })));
  const keptRevision = new Map(merged.records.map((m) => [m.row.recordId, m.revision] as const));
  const seen = new Map<string, { copies: number; revisions: Set<number> }>();
  for (const r of rows) {
    const s = seen.get(r.recordId) ?? { copies: 0, revisions: new Set<number>() };
    if (r.revision === keptRevision.get(r.recordId)) s.copies++;
    s.revisions.add(r.revision);
    seen.set(r.recordId, s);
  }
  return merged.records.map((m): DedupedRecord => {
    const s = seen.get(m.row.recordId);
    const lower = s === undefined ? 0 : [...s.revisions].filter((v) => v < m.revision).length;
    return { row: m.row, duplicates: Math.max(0, (s?.copies ?? 1) - 1), replacedRevisions: lower };
  }).sort((a, b) => a.row.startMs - b.row.startMs || a.row.recordId.localeCompare(b.row.recordId, 'en', { numeric: true }));
}

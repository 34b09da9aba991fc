import type { Machine, MachineKind, MaintenanceWorkOrder, Meter } from '../plant/index.ts';
import type { MessConfig, Plant } from '../plant/index.ts';
import { noMess } from '../plant/index.ts';
import { keyedFraction } from './rng.ts';

/**
 * Renders the clean plant model into the simulated CMMS's JSON shapes (DOMAIN.md §4), as of a clock
 * instant, for one API version, with the CMMS-relevant mess flags applied. Pure: reads the plant's
 * arrays at call time (the plant may grow in live mode) and never mutates them.
 */

/** The API versions the simulator speaks; `2024-06-01` renames DONE→COMPLETED and turns priority into a string. */
export type CmmsApiVersion = '2023-01-15' | '2024-06-01';
export const cmmsApiVersions: readonly CmmsApiVersion[] = ['2023-01-15', '2024-06-01'];

export type AssetStatusJson = 'active' | 'down' | 'retired';
export interface AssetJson {
  readonly id: string;
  readonly assetTag: string;
  readonly name: string;
  readonly serialNumber: string;
  readonly manufacturer: string;
  readonly model: string;
  readonly locationId: string;
  readonly parentId: string | null;
  readonly criticality: 'A' | 'B' | 'C';
  readonly status: AssetStatusJson;
  readonly installedAt: string;
  readonly retiredAt: string | null;
  readonly updatedAt: string;
  readonly customFields: { readonly erpResourceId: string };
}

export type WorkOrderStatusV1 = 'OPEN' | 'IN_PROGRESS' | 'ON_HOLD' | 'DONE' | 'CANCELLED';
export type WorkOrderStatusV2 = 'OPEN' | 'IN_PROGRESS' | 'ON_HOLD' | 'COMPLETED' | 'CANCELLED';
export const workOrderStatuses: Readonly<Record<CmmsApiVersion, readonly string[]>> = {
  '2023-01-15': ['OPEN', 'IN_PROGRESS', 'ON_HOLD', 'DONE', 'CANCELLED'],
  '2024-06-01': ['OPEN', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED'],
};
export const priorityNames = ['low', 'medium', 'high', 'urgent'] as const;

export interface WorkOrderJson {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly description: string;
  readonly type: MaintenanceWorkOrder['type'];
  readonly status: WorkOrderStatusV1 | WorkOrderStatusV2;
  readonly priority: number | (typeof priorityNames)[number];
  readonly assetId: string;
  readonly failure: MaintenanceWorkOrder['failure'];
  /** null on requests raised through the legacy request portal (exoticTimes mess): reportedAtEpoch is all they have. */
  readonly reportedAt: string | null;
  /**
   * The legacy field (DOMAIN §4): the instant of reportedAt in epoch milliseconds; in epoch SECONDS on requests from
   * the legacy request portal (exoticTimes mess), which predates the API and never learnt milliseconds.
   */
  readonly reportedAtEpoch: number;
  readonly startedAt: string | null;
  readonly completedAt: string | null;
  readonly downtimeMinutes: number;
  readonly laborHours: number;
  readonly partsUsed: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A rendered record with the facts the routes filter and sort on. */
export interface Rendered<T> {
  readonly json: T;
  readonly updatedMs: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();

const criticalityByKind: Readonly<Record<MachineKind, 'A' | 'B' | 'C'>> = {
  PRESS: 'A', MOLDER: 'A', LATHE: 'B', MILL: 'B', GRINDER: 'B', WELDER: 'C',
};

/**
 * The `customFields.erpResourceId` each machine's assets carry. Under `differentIds` the machines are
 * ordered by a keyed hash; the first ~10 % (at least one) get a blank alias and the next ~15 % (at least
 * one) a variant (lower case, trailing space) that trimming and upper-casing resolves. Otherwise exact.
 */
export function erpAliases(plant: Plant, mess: MessConfig): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  if (!mess.differentIds) {
    for (const m of plant.machines) out.set(m.id, m.erpResourceId);
    return out;
  }
  const seed = plant.config.seed;
  const ranked = [...plant.machines].sort((a, b) => keyedFraction(seed, 'cmms-erp-alias', a.id) - keyedFraction(seed, 'cmms-erp-alias', b.id));
  const blank = Math.max(1, Math.round(ranked.length * 0.1));
  const variant = Math.max(1, Math.round(ranked.length * 0.15));
  ranked.forEach((m, i) => {
    out.set(m.id, i < blank ? '' : i < blank + variant ? `${m.erpResourceId.toLowerCase()} ` : m.erpResourceId);
  });
  return out;
}

interface WorkOrderView {
  readonly status: WorkOrderStatusV1;
  readonly started: boolean;
  readonly completed: boolean;
  readonly updatedMs: number;
}

/** What the CMMS knew about a work order at `clockMs`; undefined when it was not yet reported. */
export function workOrderAt(wo: MaintenanceWorkOrder, clockMs: number): WorkOrderView | undefined {
  if (wo.reportedMs > clockMs || wo.createdMs > clockMs) return undefined;
  const started = wo.startedMs !== null && wo.startedMs <= clockMs;
  const completed = wo.completedMs !== null && wo.completedMs <= clockMs;
  let status: WorkOrderStatusV1;
  if (wo.status === 'CANCELLED') status = 'CANCELLED';
  else if (completed) status = 'DONE';
  else if (wo.status === 'ON_HOLD') status = 'ON_HOLD';
  else if (started) status = 'IN_PROGRESS';
  else status = 'OPEN';
  let updatedMs = wo.createdMs;
  for (const t of [wo.reportedMs, started ? wo.startedMs : null, completed ? wo.completedMs : null, wo.updatedMs]) {
    if (t !== null && t <= clockMs && t > updatedMs) updatedMs = t;
  }
  return { status, started, completed, updatedMs };
}

/** Assets installed by `clockMs`, sorted by id. The asset-swap machine shows both assets, the old one retired. */
export function renderAssets(plant: Plant, mess: MessConfig, clockMs: number): Rendered<AssetJson>[] {
  const aliases = erpAliases(plant, mess);
  const busy = new Set<string>();
  for (const wo of plant.workOrders) {
    const v = wo.type === 'CORRECTIVE' ? workOrderAt(wo, clockMs) : undefined;
    if (v !== undefined && v.status === 'IN_PROGRESS') busy.add(wo.cmmsAssetId);
  }
  const out: Rendered<AssetJson>[] = [];
  for (const m of plant.machines) {
    for (const a of m.assets) {
      if (a.fromMs > clockMs) continue;
      const retired = a.toMs !== null && a.toMs <= clockMs;
      const updatedMs = retired && a.toMs !== null ? a.toMs : a.fromMs;
      out.push({
        updatedMs,
        json: {
          id: a.cmmsAssetId, assetTag: a.assetTag, name: retired ? `${m.cmmsName} (old)` : m.cmmsName,
          serialNumber: a.serialNumber, manufacturer: a.manufacturer, model: a.model,
          locationId: `loc_${m.workCenterId}`, parentId: null, criticality: criticalityByKind[m.kind],
          status: retired ? 'retired' : busy.has(a.cmmsAssetId) ? 'down' : 'active',
          installedAt: iso(a.fromMs), retiredAt: retired && a.toMs !== null ? iso(a.toMs) : null, updatedAt: iso(updatedMs),
          customFields: { erpResourceId: aliases.get(m.id) ?? '' },
        },
      });
    }
  }
  return out.sort((x, y) => (x.json.id < y.json.id ? -1 : x.json.id > y.json.id ? 1 : 0));
}

/** Work orders reported by `clockMs`, as of `clockMs`, sorted by (updatedAt, id). */
export function renderWorkOrders(plant: Plant, version: CmmsApiVersion, clockMs: number, mess: MessConfig = noMess): Rendered<WorkOrderJson>[] {
  const out: Rendered<WorkOrderJson>[] = [];
  const seed = plant.config.seed;
  for (const wo of plant.workOrders) {
    const v = workOrderAt(wo, clockMs);
    if (v === undefined) continue;
    const status = version === '2024-06-01' && v.status === 'DONE' ? 'COMPLETED' : v.status;
    out.push({
      updatedMs: v.updatedMs,
      json: {
        id: wo.id, number: wo.number, title: wo.title, description: wo.description, type: wo.type, status,
        priority: version === '2024-06-01' ? priorityNames[wo.priority] : wo.priority,
        assetId: wo.cmmsAssetId, failure: wo.failure === null ? null : { ...wo.failure },
        ...reportedTimes(seed, mess, wo),
        startedAt: v.started && wo.startedMs !== null ? iso(wo.startedMs) : null,
        completedAt: v.completed && wo.completedMs !== null ? iso(wo.completedMs) : null,
        downtimeMinutes: v.completed ? wo.downtimeMinutes : 0,
        // Under `sentinels` ~10 % of completed work orders carry the legacy -9999 "not entered" labour figure.
        laborHours: !v.completed ? 0 : mess.sentinels && keyedFraction(seed, 'cmms-sentinel-labor', wo.id) < 0.1 ? -9999 : wo.laborHours,
        partsUsed: [], createdAt: iso(wo.createdMs), updatedAt: iso(v.updatedMs),
      },
    });
  }
  return out.sort((x, y) => x.updatedMs - y.updatedMs || (x.json.id < y.json.id ? -1 : x.json.id > y.json.id ? 1 : 0));
}

/** Share of work orders raised through the legacy request portal under the exoticTimes mess. */
const LEGACY_PORTAL_SHARE = 0.3;

/** reportedAt + reportedAtEpoch of a work order: ISO + epoch ms, or (legacy portal, exoticTimes) no ISO + epoch seconds. */
function reportedTimes(seed: number, mess: MessConfig, wo: MaintenanceWorkOrder): { reportedAt: string | null; reportedAtEpoch: number } {
  if (mess.exoticTimes && keyedFraction(seed, 'cmms-legacy-portal', wo.id) < LEGACY_PORTAL_SHARE) {
    return { reportedAt: null, reportedAtEpoch: Math.floor(wo.reportedMs / 1000) };
  }
  return { reportedAt: iso(wo.reportedMs), reportedAtEpoch: wo.reportedMs };
}

export interface FailureCodeNode {
  readonly code: string;
  readonly level: 'class' | 'problem' | 'cause' | 'remedy';
  readonly description: string;
  readonly children: FailureCodeNode[];
}

/** The failure-code tree: class → problem → cause → remedy. Orphans (unknown parent) hang off the root. */
export function renderFailureTree(plant: Plant): FailureCodeNode[] {
  const nodes = new Map<string, FailureCodeNode>();
  for (const f of plant.failureCodes) nodes.set(f.code, { code: f.code, level: f.level, description: f.description, children: [] });
  const roots: FailureCodeNode[] = [];
  for (const f of plant.failureCodes) {
    const node = nodes.get(f.code)!;
    const parent = f.parentCode === null ? undefined : nodes.get(f.parentCode);
    (parent === undefined ? roots : parent.children).push(node);
  }
  return roots;
}

export interface LocationJson { readonly id: string; readonly name: string; readonly parentId: string | null; readonly kind: 'site' | 'area' | 'line' }

export function renderLocations(plant: Plant): LocationJson[] {
  return [
    { id: `loc_${plant.site.id}`, name: plant.site.name, parentId: null, kind: 'site' },
    ...plant.areas.map((a) => ({ id: `loc_${a.id}`, name: a.name, parentId: `loc_${a.siteId}`, kind: 'area' as const })),
    ...plant.workCenters.map((w) => ({ id: `loc_${w.id}`, name: w.name, parentId: `loc_${w.areaId}`, kind: 'line' as const })),
  ];
}

export interface PmScheduleJson { readonly id: string; readonly assetId: string; readonly title: string; readonly intervalDays: number; readonly nextDueAt: string }

export function renderPmSchedules(plant: Plant): PmScheduleJson[] {
  return plant.pmSchedules.map((p) => ({ id: p.id, assetId: p.cmmsAssetId, title: p.title, intervalDays: p.intervalDays, nextDueAt: iso(p.nextDueMs) }));
}

export interface MeterJson {
  readonly id: string;
  readonly assetId: string;
  readonly name: string;
  readonly kind: 'cumulative' | 'gauge';
  readonly unit: string;
  readonly rolloverAt: number | null;
}

/** The unit the CMMS shows for a meter: under `mixedUnits` pressure is psi and temperature °F (DOMAIN §5.3). */
function shownUnit(m: Meter, mess: MessConfig): string {
  if (!mess.mixedUnits) return m.unit;
  if (m.unit === 'bar') return 'psi';
  if (m.unit === 'degC') return 'degF';
  return m.unit;
}

function convert(value: number, canonicalUnit: string, shown: string): number {
  if (canonicalUnit === 'bar' && shown === 'psi') return Math.round(value * 14.5038 * 1e4) / 1e4;
  if (canonicalUnit === 'degC' && shown === 'degF') return Math.round((value * 1.8 + 32) * 1e4) / 1e4;
  return value;
}

export function renderMeters(plant: Plant, mess: MessConfig): MeterJson[] {
  return plant.meters.map((m) => ({ id: m.id, assetId: m.cmmsAssetId, name: m.name, kind: m.kind, unit: shownUnit(m, mess), rolloverAt: m.rolloverAt }));
}

export interface ReadingJson { readonly meterId: string; readonly value: number; readonly unit: string; readonly readingAt: string; readonly source: 'manual' | 'sensor' }

/** First index in the time-sorted readings with readingMs >= t. */
function lowerBound(plant: Plant, t: number): number {
  const r = plant.meterReadings;
  let lo = 0, hi = r.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (r[mid]!.readingMs < t) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * Readings of the given meters in [fromMs, toMs) and at or before the clock, in time order.
 * Under `counterResets` a cumulative meter with a rollover width wraps at it (65535 → 0), and one
 * without is reset to zero once at a keyed instant in the history (a replaced meter, DOMAIN §5.12).
 */
export function renderReadings(plant: Plant, mess: MessConfig, meterIds: ReadonlySet<string>, fromMs: number, toMs: number, clockMs: number): ReadingJson[] {
  const meters = new Map(plant.meters.filter((m) => meterIds.has(m.id)).map((m) => [m.id, m]));
  const end = Math.min(toMs, clockMs + 1);
  const out: ReadingJson[] = [];
  const r = plant.meterReadings;
  for (let i = lowerBound(plant, fromMs); i < r.length; i++) {
    const x = r[i]!;
    if (x.readingMs >= end) break;
    const m = meters.get(x.meterId);
    if (m === undefined) continue;
    const unit = shownUnit(m, mess);
    let value = convert(x.value, m.unit, unit);
    if (mess.counterResets && m.kind === 'cumulative') {
      // Meters without a counter width, and about half of those with one, are replaced (reset to 0) once.
      if (m.rolloverAt === null || keyedFraction(plant.config.seed, 'cmms-meter-reset-pick', m.id) < 0.5) {
        const base = resetBase(plant, m);
        if (base !== undefined && x.readingMs >= base.atMs) value = Math.round((value - convert(base.value, m.unit, unit)) * 1e4) / 1e4;
      }
      if (m.rolloverAt !== null) value = Math.round((value % rolloverWidth(m.rolloverAt)) * 1e4) / 1e4;
    }
    const key = `${x.meterId}@${x.readingMs}`;
    // Under `sentinels` ~1 % of gauge readings are the -9999 "sensor fault" value; under `duplicates` ~2 % are posted twice.
    if (mess.sentinels && m.kind === 'gauge' && keyedFraction(plant.config.seed, 'cmms-sentinel-reading', key) < 0.01) value = -9999;
    const reading = { meterId: x.meterId, value, unit, readingAt: iso(x.readingMs), source: x.source };
    out.push(reading);
    if (mess.duplicates && keyedFraction(plant.config.seed, 'cmms-dup-reading', key) < 0.02) out.push({ ...reading });
  }
  return out;
}

/**
 * How far a counter counts before it shows zero again: the rollover value plus one step of its resolution
 * (65535 → 65536; a 99999.9 h meter → 100000).
 */
export function rolloverWidth(rolloverAt: number): number {
  const decimals = (String(rolloverAt).split('.')[1] ?? '').length;
  const scale = 10 ** decimals;
  return Math.round(rolloverAt * scale + 1) / scale;
}

const resetBases = new WeakMap<Plant, Map<string, { atMs: number; value: number }>>();

/** The reading a reset meter restarts from: the first one at or after a keyed instant 30–70 % into the history. */
function resetBase(plant: Plant, m: Meter): { atMs: number; value: number } | undefined {
  let cache = resetBases.get(plant);
  if (cache === undefined) { cache = new Map(); resetBases.set(plant, cache); }
  const hit = cache.get(m.id);
  if (hit !== undefined) return hit;
  const spanMs = plant.config.days * 86_400_000;
  const atTarget = plant.config.anchorMs - spanMs + spanMs * (0.3 + 0.4 * keyedFraction(plant.config.seed, 'cmms-meter-reset', m.id));
  const r = plant.meterReadings;
  for (let i = lowerBound(plant, atTarget); i < r.length; i++) {
    if (r[i]!.meterId === m.id) {
      const base = { atMs: r[i]!.readingMs, value: r[i]!.value };
      cache.set(m.id, base);
      return base;
    }
  }
  return undefined;
}

/** Used by tests and ground-truth checks: the machine each CMMS asset belongs to. */
export function machineOfAsset(plant: Plant, assetId: string): Machine | undefined {
  return plant.machines.find((m) => m.assets.some((a) => a.cmmsAssetId === assetId));
}

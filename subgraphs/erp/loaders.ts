import DataLoader from 'dataloader';
import { areasOf, canonicalKey, splitCompanyId } from './source/index.ts';
import type {
  AreaRow, EquipmentRow, ErpSource, JobKey, LaborRow, MaterialRow, OnHandRow, OperationRow, ProductionOrderRow, SiteRow, WorkCenterRow,
} from './source/index.ts';

/**
 * Per-request DataLoaders over the ERP source. Every loader batches: N entity references or N parents' children
 * cost one source call per loader (split only past MAX_BATCH keys), never N. Batch functions answer in key order;
 * when the source call fails, every key of that batch gets the coded error as its value (DataLoader rejects
 * just those loads), so sibling fields from other loaders still resolve.
 */
export interface ErpLoaders {
  /** The work-center list, read once per request (areas and work centers come from the same view query). */
  workCenterList(): Promise<readonly WorkCenterRow[]>;
  areaList(): Promise<readonly AreaRow[]>;
  readonly site: DataLoader<string, SiteRow | null>;
  readonly area: DataLoader<string, AreaRow | null>;
  readonly workCenter: DataLoader<string, WorkCenterRow | null>;
  readonly workCentersByArea: DataLoader<string, readonly WorkCenterRow[]>;
  readonly equipment: DataLoader<string, EquipmentRow | null>;
  readonly equipmentByWorkCenter: DataLoader<string, readonly EquipmentRow[]>;
  readonly material: DataLoader<string, MaterialRow | null>;
  readonly onHand: DataLoader<string, OnHandRow | null>;
  readonly order: DataLoader<string, ProductionOrderRow | null>;
  readonly operations: DataLoader<string, readonly OperationRow[]>;
  readonly labor: DataLoader<string, readonly LaborRow[]>;
  /** Labour of each equipment over the last RECENT_LABOR_DAYS before the ERP clock, with that window. */
  readonly recentLabor: DataLoader<string, RecentLaborWindow>;
  /** The ERP clock, read once per request. */
  serverTime(): Promise<number>;
}

/** Days of labour `Equipment.recentLabor` covers (the MES `recentProduction` window is 14 days too). */
export const RECENT_LABOR_DAYS = 14;

export interface RecentLaborWindow { readonly fromMs: number; readonly toMs: number; readonly records: readonly LaborRow[] }

/** Keys per batch: each becomes one SQL parameter, and SQL Server allows 2100 per request. */
export const MAX_BATCH = 1000;

const norm = (id: string): string => id.trim().toUpperCase();

/** Runs `load` once for the batch and answers each key via `pick`; a failed load answers every key with its error. */
function batch<K, V>(load: (keys: readonly K[]) => Promise<(key: K) => V>): (keys: readonly K[]) => Promise<(V | Error)[]> {
  return async (keys) => {
    try {
      const pick = await load(keys);
      return keys.map((k) => {
        try { return pick(k); } catch (e: unknown) { return e instanceof Error ? e : new Error(String(e)); }
      });
    } catch (e: unknown) {
      const err = e instanceof Error ? e : new Error(String(e));
      return keys.map(() => err);
    }
  };
}

function groupBy<T>(rows: readonly T[], keyOf: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = m.get(k);
    if (list === undefined) m.set(k, [r]); else list.push(r);
  }
  return m;
}

/** `<Company>/<Rest>` ids → keys for the source; malformed ids are dropped (they resolve to null / []). */
function jobKeys(ids: readonly string[]): JobKey[] {
  const out: JobKey[] = [];
  for (const id of ids) { const s = splitCompanyId(id); if (s !== null) out.push({ company: s.company, jobNumber: s.rest }); }
  return out;
}

/** Fresh loaders for one request. */
export function createLoaders(source: ErpSource): ErpLoaders {
  const opts = { maxBatchSize: MAX_BATCH };
  let wcs: Promise<readonly WorkCenterRow[]> | null = null;
  // Memoized per request; a failure is not memoized past this request because loaders die with it.
  const workCenterList = (): Promise<readonly WorkCenterRow[]> => (wcs ??= source.workCenters());
  const areaList = async (): Promise<readonly AreaRow[]> => areasOf(await workCenterList());
  let clock: Promise<number> | null = null;
  const serverTime = (): Promise<number> => (clock ??= source.serverTime());
  return {
    workCenterList,
    areaList,
    site: new DataLoader(batch(async () => {
      const byId = new Map((await source.sites()).map((s) => [norm(s.id), s]));
      return (id: string) => byId.get(norm(id)) ?? null;
    }), opts),
    area: new DataLoader(batch(async () => {
      const byId = new Map((await areaList()).map((a) => [norm(a.id), a]));
      return (id: string) => byId.get(norm(id)) ?? null;
    }), opts),
    workCenter: new DataLoader(batch(async () => {
      const byId = new Map((await workCenterList()).map((w) => [norm(w.id), w]));
      return (id: string) => byId.get(norm(id)) ?? null;
    }), opts),
    workCentersByArea: new DataLoader(batch(async () => {
      const byArea = groupBy(await workCenterList(), (w) => norm(w.areaId ?? ''));
      return (id: string) => byArea.get(norm(id)) ?? [];
    }), opts),
    equipment: new DataLoader(batch(async (ids: readonly string[]) => {
      const byId = new Map((await source.equipmentByIds(ids.map(canonicalKey))).map((e) => [e.id, e]));
      return (id: string) => byId.get(canonicalKey(id)) ?? null;
    }), opts),
    equipmentByWorkCenter: new DataLoader(batch(async (ids: readonly string[]) => {
      const byWc = groupBy(await source.equipmentByWorkCenters(ids.map(canonicalKey)), (e) => norm(e.workCenterId ?? ''));
      return (id: string) => byWc.get(norm(id)) ?? [];
    }), opts),
    material: new DataLoader(batch(async (ids: readonly string[]) => {
      const keys = jobKeys(ids).map((k) => ({ company: k.company, partNumber: k.jobNumber }));
      const byId = new Map((await source.materialsByIds(keys)).map((m) => [norm(m.id), m]));
      return (id: string) => byId.get(norm(id)) ?? null;
    }), opts),
    onHand: new DataLoader(batch(async (ids: readonly string[]) => {
      const keys = jobKeys(ids).map((k) => ({ company: k.company, partNumber: k.jobNumber }));
      const byId = new Map((await source.onHand(keys)).map((h) => [norm(h.materialId), h]));
      return (id: string) => byId.get(norm(id)) ?? null;
    }), opts),
    order: new DataLoader(batch(async (ids: readonly string[]) => {
      const byId = new Map((await source.ordersByKeys(jobKeys(ids))).map((o) => [norm(o.id), o]));
      return (id: string) => byId.get(norm(id)) ?? null;
    }), opts),
    operations: new DataLoader(batch(async (ids: readonly string[]) => {
      const byOrder = groupBy(await source.operationsByOrders(jobKeys(ids)), (o) => norm(o.orderId));
      return (id: string) => byOrder.get(norm(id)) ?? [];
    }), opts),
    labor: new DataLoader(batch(async (ids: readonly string[]) => {
      const byOrder = groupBy(await source.laborByOrders(jobKeys(ids)), (l) => norm(l.orderId));
      return (id: string) => byOrder.get(norm(id)) ?? [];
    }), opts),
    recentLabor: new DataLoader(batch(async (ids: readonly string[]) => {
      const toMs = await serverTime();
      const fromMs = toMs - RECENT_LABOR_DAYS * 86_400_000;
      const byEq = groupBy(await source.laborByEquipment(ids, fromMs), (l) => norm(l.equipmentId ?? ''));
      const order = (a: LaborRow, b: LaborRow) => (a.clockInMs ?? 0) - (b.clockInMs ?? 0) || a.id.localeCompare(b.id);
      return (id: string) => ({ fromMs, toMs, records: (byEq.get(norm(id)) ?? []).sort(order) });
    }), opts),
    serverTime,
  };
}

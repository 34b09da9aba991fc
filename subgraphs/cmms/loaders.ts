import DataLoader from 'dataloader';
import type { CmmsAsset, CmmsMeter, CmmsMeterReading, CmmsSource, CmmsWorkOrder, WorkOrderStatus } from './source/index.ts';

/**
 * Per-request DataLoaders over the CMMS source. Every batch function makes a constant number of source
 * calls whatever the number of keys: the asset list is one cached paged walk; work orders, meters and
 * readings for N assets go out as multi-valued filters (chunked by the adapter). Answers are in key
 * order; a failed source call fails each key of that batch as an Error value (DataLoader's contract),
 * so other fields of the same request still resolve.
 */
export interface CmmsLoaders {
  /** An asset by CMMS id; null when the CMMS does not list it. */
  readonly asset: DataLoader<string, CmmsAsset | null>;
  /** Assets mapped to a canonical equipment id (retired ones included), sorted by id; [] when none. */
  readonly assetsByEquipment: DataLoader<string, readonly CmmsAsset[]>;
  /** All work orders on an asset, any status. */
  readonly workOrdersByAsset: DataLoader<string, readonly CmmsWorkOrder[]>;
  /**
   * Work orders on an asset filtered on the CMMS side (fewer pages to walk), keyed by `filteredKey(...)`.
   * One source call per distinct (statuses, updatedAfter) in the batch, whatever the number of assets.
   */
  readonly filteredWorkOrdersByAsset: DataLoader<string, readonly CmmsWorkOrder[]>;
  /** A work order by CMMS id; null when unknown. */
  readonly workOrder: DataLoader<string, CmmsWorkOrder | null>;
  readonly metersByAsset: DataLoader<string, readonly CmmsMeter[]>;
  readonly meter: DataLoader<string, CmmsMeter | null>;
  /** Readings by key `meterId|fromMs|toMs`, oldest first. */
  readonly readings: DataLoader<string, readonly CmmsMeterReading[]>;
}

/** Key of filteredWorkOrdersByAsset: the asset, the status set (empty = any) and a lower bound on updatedAt. */
export const filteredKey = (assetId: string, statuses: readonly WorkOrderStatus[], updatedAfterMs: number | null): string =>
  JSON.stringify([assetId, [...new Set(statuses)].sort(), updatedAfterMs]);

export const readingsKey = (meterId: string, fromMs: number, toMs: number): string => `${meterId}|${fromMs}|${toMs}`;

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list === undefined) m.set(k, [x]); else list.push(x);
  }
  return m;
}

export function createLoaders(source: CmmsSource): CmmsLoaders {
  return {
    asset: new DataLoader(async (ids) => {
      const byId = new Map((await source.assets()).map((a) => [a.id, a]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    assetsByEquipment: new DataLoader(async (equipmentIds) => {
      const byEq = groupBy((await source.assets()).filter((a) => a.equipmentId !== null), (a) => a.equipmentId ?? '');
      return equipmentIds.map((id) => byEq.get(id) ?? []);
    }),
    workOrdersByAsset: new DataLoader(async (assetIds) => {
      const byAsset = groupBy(await source.workOrders({ assetIds }), (w) => w.assetId);
      return assetIds.map((id) => byAsset.get(id) ?? []);
    }),
    filteredWorkOrdersByAsset: new DataLoader(async (keys) => {
      const parsed = keys.map((k) => { const [assetId, statuses, after] = JSON.parse(k) as [string, WorkOrderStatus[], number | null]; return { k, assetId, statuses, after }; });
      const out = new Map<string, readonly CmmsWorkOrder[] | Error>();
      await Promise.all([...groupBy(parsed, (p) => JSON.stringify([p.statuses, p.after])).values()].map(async (group) => {
        const { statuses, after } = group[0]!;
        try {
          const byAsset = groupBy(await source.workOrders({
            assetIds: group.map((g) => g.assetId),
            ...(statuses.length === 0 ? {} : { statuses }),
            ...(after === null ? {} : { updatedAfterMs: after }),
          }), (w) => w.assetId);
          for (const g of group) out.set(g.k, byAsset.get(g.assetId) ?? []);
        } catch (e: unknown) {
          for (const g of group) out.set(g.k, e instanceof Error ? e : new Error(String(e)));
        }
      }));
      return keys.map((k) => out.get(k) ?? new Error(`no answer for ${k}`));
    }),
    workOrder: new DataLoader(async (ids) => {
      const byId = new Map((await source.workOrders({ ids })).map((w) => [w.id, w]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    metersByAsset: new DataLoader(async (assetIds) => {
      const byAsset = groupBy(await source.meters({ assetIds }), (m) => m.assetId);
      return assetIds.map((id) => byAsset.get(id) ?? []);
    }),
    meter: new DataLoader(async (ids) => {
      const byId = new Map((await source.meters({ ids })).map((m) => [m.id, m]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    readings: new DataLoader(async (keys) => {
      // One source call per distinct range (queries normally use one range for all meters).
      const parsed = keys.map((k) => { const [meterId = '', from = '0', to = '0'] = k.split('|'); return { meterId, from: Number(from), to: Number(to) }; });
      const out = new Map<string, readonly CmmsMeterReading[] | Error>();
      await Promise.all([...groupBy(parsed, (p) => `${p.from}|${p.to}`).values()].map(async (group) => {
        const first = group[0]!;
        try {
          const byMeter = groupBy(await source.meterReadings(group.map((g) => g.meterId), first.from, first.to), (r) => r.meterId);
          for (const g of group) out.set(readingsKey(g.meterId, g.from, g.to), byMeter.get(g.meterId) ?? []);
        } catch (e: unknown) {
          for (const g of group) out.set(readingsKey(g.meterId, g.from, g.to), e instanceof Error ? e : new Error(String(e)));
        }
      }));
      return keys.map((k) => out.get(k) ?? new Error(`no answer for ${k}`));
    }),
  };
}

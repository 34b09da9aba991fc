import { buildDataQuality } from '../../../normalization/index.ts';
import { freshnessField } from '../../../common/index.ts';
import type { EquipmentResolvers, PhysicalAssetResolvers } from '../__generated__/resolvers-types.ts';
import type { CmmsContext } from '../context.ts';
import type { CmmsAsset, CmmsMeter, CmmsWorkOrder, WorkOrderStatus, WorkOrderType } from '../source/index.ts';
import { filteredKey } from '../loaders.ts';
import { firstArg, isoOrNull, rangeArg, valuesOrThrow } from './args.ts';

const openStatuses: readonly WorkOrderStatus[] = ['OPEN', 'IN_PROGRESS', 'ON_HOLD'];

/** Work orders of some assets, filtered, newest reported first, at most `first`. */
async function workOrdersOf(ctx: CmmsContext, assets: readonly CmmsAsset[], f: {
  status?: readonly WorkOrderStatus[] | null | undefined; type?: readonly WorkOrderType[] | null | undefined;
  range?: { from: string; to: string } | null | undefined; first?: number | null | undefined;
}): Promise<CmmsWorkOrder[]> {
  const first = firstArg(f.first, 100, 5000);
  const range = rangeArg(f.range);
  // Push the status set and a lower bound on updatedAt to the CMMS so fewer pages are walked: a work order
  // reported in the range was updated at or after range.from (updatedAt >= reportedAt).
  const statuses = f.status ?? [];
  const after = range === undefined ? null : range.fromMs - 1;
  const lists = statuses.length === 0 && after === null
    ? valuesOrThrow(await ctx.loaders.workOrdersByAsset.loadMany(assets.map((a) => a.id)))
    : valuesOrThrow(await ctx.loaders.filteredWorkOrdersByAsset.loadMany(assets.map((a) => filteredKey(a.id, statuses, after))));
  return lists.flat()
    .filter((w) => (f.status == null || f.status.includes(w.status)) && (f.type == null || f.type.includes(w.type)))
    .filter((w) => range === undefined || (w.reportedMs >= range.fromMs && w.reportedMs < range.toMs))
    .sort((a, b) => b.reportedMs - a.reportedMs || (a.id < b.id ? -1 : 1))
    .slice(0, first);
}

async function metersOf(ctx: CmmsContext, assets: readonly CmmsAsset[]): Promise<CmmsMeter[]> {
  return valuesOrThrow(await ctx.loaders.metersByAsset.loadMany(assets.map((a) => a.id))).flat();
}

export const equipmentResolvers: EquipmentResolvers<CmmsContext> = {
  // Non-owner: the reference is answered with the key alone; erp answers name, work center and the rest.
  __resolveReference: (ref) => ({ id: ref.id }),
  physicalAssets: async (eq, { includeRetired }, ctx) => {
    const assets = await ctx.loaders.assetsByEquipment.load(eq.id);
    return includeRetired === false ? assets.filter((a) => a.status !== 'RETIRED') : [...assets];
  },
  maintenanceWorkOrders: async (eq, args, ctx) => workOrdersOf(ctx, await ctx.loaders.assetsByEquipment.load(eq.id), args),
  openMaintenanceWorkOrders: async (eq, _args, ctx) =>
    workOrdersOf(ctx, await ctx.loaders.assetsByEquipment.load(eq.id), { status: openStatuses, first: 5000 }),
  meters: async (eq, _args, ctx) => metersOf(ctx, await ctx.loaders.assetsByEquipment.load(eq.id)),
};

export const physicalAssetResolvers: PhysicalAssetResolvers<CmmsContext> = {
  dataQuality: (a) => buildDataQuality({
    fields: [a.serialNumber !== null, a.manufacturer !== null, a.model !== null, a.installedMs !== null, a.equipmentId !== null],
    // A blank ERP alias leaves the asset off the equipment graph: a crosswalk gap, reported, never guessed here.
    issues: a.equipmentId === null ? [{ code: 'UNMAPPED_EQUIPMENT', field: 'equipment', raw: null }] : [],
    asOf: freshnessField(a).asOf,
  }),
  freshness: (a) => freshnessField(a),
  __resolveReference: (ref, ctx) => ctx.loaders.asset.load(ref.id),
  serialNumber: (a) => a.serialNumber,
  installedAt: (a) => isoOrNull(a.installedMs),
  retiredAt: (a) => isoOrNull(a.retiredMs),
  equipment: (a) => (a.equipmentId === null ? null : { id: a.equipmentId }),
  workOrders: (a, args, ctx) => workOrdersOf(ctx, [a], args),
  meters: (a, _args, ctx) => metersOf(ctx, [a]),
};

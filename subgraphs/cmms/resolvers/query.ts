import { combinedFreshnessField } from '../../../common/index.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import type { CmmsContext } from '../context.ts';
import { encodeCursor, firstArg, instantArg, rangeArg, startAfter, valuesOrThrow } from './args.ts';

export const queryResolvers: QueryResolvers<CmmsContext> = {
  cmmsInfo: async (_p, _a, ctx) => {
    const assets = await ctx.source.assets();
    return { apiVersion: ctx.source.apiVersion, assetCount: assets.length, unmappedAssetCount: assets.filter((a) => a.equipmentId === null).length,
      freshness: combinedFreshnessField([assets]) };
  },
  physicalAsset: (_p, { id }, ctx) => ctx.loaders.asset.load(id),
  maintenanceWorkOrder: (_p, { id }, ctx) => ctx.loaders.workOrder.load(id),
  meter: (_p, { id }, ctx) => ctx.loaders.meter.load(id),
  maintenanceWorkOrders: async (_p, { filter, first, after }, ctx) => {
    const n = firstArg(first, 50, 1000);
    const start = startAfter(after, 'mwo');
    const reportedIn = rangeArg(filter?.reportedIn, 'filter.reportedIn');
    const updatedAfterMs = filter?.updatedAfter == null ? undefined : instantArg(filter.updatedAfter, 'filter.updatedAfter');
    let assetIds: string[] | undefined;
    if (filter?.equipmentId != null) {
      assetIds = valuesOrThrow(await ctx.loaders.assetsByEquipment.loadMany(filter.equipmentId)).flat().map((a) => a.id);
    }
    const all = (await ctx.source.workOrders({
      ...(assetIds === undefined ? {} : { assetIds }),
      ...(filter?.status == null ? {} : { statuses: filter.status }),
      ...(filter?.type == null ? {} : { types: filter.type }),
      ...(updatedAfterMs === undefined ? {} : { updatedAfterMs }),
    }))
      .filter((w) => reportedIn === undefined || (w.reportedMs >= reportedIn.fromMs && w.reportedMs < reportedIn.toMs))
      .sort((a, b) => a.updatedMs - b.updatedMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const page = all.slice(start, start + n);
    return {
      edges: page.map((node, i) => ({ cursor: encodeCursor('mwo', start + i), node })),
      pageInfo: { hasNextPage: start + page.length < all.length, endCursor: page.length === 0 ? null : encodeCursor('mwo', start + page.length - 1) },
      totalCount: all.length,
      freshness: combinedFreshnessField(all),
    };
  },
  failureCodes: async (_p, _a, ctx) => [...await ctx.source.failureCodes()],
  pmSchedules: async (_p, { equipmentId }, ctx) => {
    const pms = await ctx.source.pmSchedules();
    if (equipmentId == null) return [...pms];
    const assetIds = new Set((await ctx.loaders.assetsByEquipment.load(equipmentId)).map((a) => a.id));
    return pms.filter((p) => assetIds.has(p.assetId));
  },
};

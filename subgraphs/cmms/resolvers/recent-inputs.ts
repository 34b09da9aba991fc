// The argument-free, bounded `Equipment.recentMaintenance` the interpretation subgraph @requires
// (the gateway plans @requires of fields with arguments wrongly). Built on the same loaders as
// `maintenanceWorkOrders`, so N equipment still cost one asset walk and one work-order query.
import type { EquipmentResolvers } from '../__generated__/resolvers-types.ts';
import type { CmmsContext } from '../context.ts';
import type { CmmsWorkOrder } from '../source/index.ts';
import { valuesOrThrow } from './args.ts';

// 90 days, not the 14 of the samples: interpretation anchors a slow ramp at the last reset *before* its
// sample window (a calibration 30–45 days ago in the demo plant, quarterly in many plants).
export const recentMaintenanceDays = 90;
export const recentMaintenanceCap = 500;

const activity = (w: CmmsWorkOrder): number[] => [w.reportedMs, w.startedMs, w.completedMs].filter((t): t is number => t !== null);

/**
 * Work orders with any activity (reported, started, completed) in the 90 days up to the latest
 * activity among them, newest reported first, at most 500. The window is anchored on the CMMS's own
 * data because the CMMS API exposes no clock and this process's clock may not be the plant's (a demo
 * plant, a replayed history); for an equipment with recent maintenance the anchor is "now".
 */
export function recentWorkOrders(orders: readonly CmmsWorkOrder[]): CmmsWorkOrder[] {
  const anchor = Math.max(...orders.flatMap(activity));
  if (!Number.isFinite(anchor)) return [];
  const from = anchor - recentMaintenanceDays * 86_400_000;
  return orders.filter((w) => activity(w).some((t) => t >= from && t <= anchor))
    .sort((a, b) => b.reportedMs - a.reportedMs || (a.id < b.id ? -1 : 1))
    .slice(0, recentMaintenanceCap);
}

export const recentInputResolvers: EquipmentResolvers<CmmsContext> = {
  recentMaintenance: async (eq, _args, ctx) => {
    const assets = await ctx.loaders.assetsByEquipment.load(eq.id);
    return recentWorkOrders(valuesOrThrow(await ctx.loaders.workOrdersByAsset.loadMany(assets.map((a) => a.id))).flat());
  },
};

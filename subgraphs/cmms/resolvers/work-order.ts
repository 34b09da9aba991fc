import { freshnessField } from '../../../common/index.ts';
import type {
  FailureCodeResolvers, MaintenanceWorkOrderResolvers, MeterReadingResolvers, MeterResolvers, PmScheduleResolvers,
} from '../__generated__/resolvers-types.ts';
import type { CmmsContext } from '../context.ts';
import type { CmmsMeter, CmmsMeterReading } from '../source/index.ts';
import type { CmmsMeterReadingView } from '../source/domain.ts';
import { readingsKey } from '../loaders.ts';
import { rolloverWidth } from '../source/index.ts';
import { firstArg, iso, isoOrNull, rangeArg } from './args.ts';

export const workOrderResolvers: MaintenanceWorkOrderResolvers<CmmsContext> = {
  freshness: (w) => freshnessField(w),
  __resolveReference: (ref, ctx) => ctx.loaders.workOrder.load(ref.id),
  equipment: async (w, _args, ctx) => {
    const a = await ctx.loaders.asset.load(w.assetId);
    return a === null || a.equipmentId === null ? null : { id: a.equipmentId };
  },
  physicalAsset: (w, _args, ctx) => ctx.loaders.asset.load(w.assetId),
  reportedAt: (w) => iso(w.reportedMs),
  startedAt: (w) => isoOrNull(w.startedMs),
  completedAt: (w) => isoOrNull(w.completedMs),
  updatedAt: (w) => iso(w.updatedMs),
};

/**
 * Reset-aware facts for a cumulative meter's readings in time order (DOMAIN §5.12): a value below the
 * previous one is a rollover (when the counter width is known) or a reset (the new value is the delta).
 */
export function withDeltas(meter: CmmsMeter, readings: readonly CmmsMeterReading[]): CmmsMeterReadingView[] {
  let prev: number | undefined;
  return readings.map((r) => {
    if (meter.kind !== 'CUMULATIVE') return { ...r, resetDetected: false, delta: null };
    const resetDetected = prev !== undefined && r.value < prev;
    let delta: number | null = null;
    if (prev !== undefined) {
      // Heuristic: a drop from the top 10 % of the counter's width is a rollover; any other drop is a reset
      // (meter replaced or zeroed), where the new value itself is the increase since the reset.
      const width = meter.rolloverAt === null ? undefined : rolloverWidth(meter.rolloverAt);
      delta = !resetDetected ? r.value - prev : width !== undefined && prev >= 0.9 * width ? width - prev + r.value : r.value;
    }
    prev = r.value;
    return { ...r, resetDetected, delta: delta === null ? null : Math.round(delta * 1e6) / 1e6 };
  });
}

export const meterResolvers: MeterResolvers<CmmsContext> = {
  freshness: (m) => freshnessField(m),
  __resolveReference: (ref, ctx) => ctx.loaders.meter.load(ref.id),
  sourceUnit: (m) => (m.sourceUnit === m.unit ? null : m.sourceUnit),
  physicalAsset: (m, _args, ctx) => ctx.loaders.asset.load(m.assetId),
  equipment: async (m, _args, ctx) => {
    const a = await ctx.loaders.asset.load(m.assetId);
    return a === null || a.equipmentId === null ? null : { id: a.equipmentId };
  },
  readings: async (m, args, ctx) => {
    const range = rangeArg(args.range)!;
    const first = firstArg(args.first, 1000, 10_000);
    const readings = await ctx.loaders.readings.load(readingsKey(m.id, range.fromMs, range.toMs));
    return withDeltas(m, readings).slice(0, first);
  },
};

export const meterReadingResolvers: MeterReadingResolvers<CmmsContext> = {
  readingAt: (r) => iso(r.readingMs),
  value: (r) => ({ value: r.value, unit: r.unit, sourceValue: r.sourceValue, sourceUnit: r.sourceUnit }),
};

export const failureCodeResolvers: FailureCodeResolvers<CmmsContext> = {
  children: (f) => [...f.children],
};

export const pmScheduleResolvers: PmScheduleResolvers<CmmsContext> = {
  nextDueAt: (p) => iso(p.nextDueMs),
  physicalAsset: (p, _args, ctx) => ctx.loaders.asset.load(p.assetId),
  equipment: async (p, _args, ctx) => {
    const a = await ctx.loaders.asset.load(p.assetId);
    return a === null || a.equipmentId === null ? null : { id: a.equipmentId };
  },
};

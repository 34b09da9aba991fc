import { freshnessField } from '../../../common/index.ts';
import { buildDataQuality, convertQuantity, counterDelta, mapFailureClass, parseUnit } from '../../../normalization/index.ts';
import type { NormalizationStep, QualityIssue } from '../../../normalization/index.ts';
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
  failure: (w, _args, ctx) => {
    if (w.failure === null) return null;
    const failureClass = mapFailureClass(w.failure.classCode);
    if (failureClass === 'UNMAPPED') ctx.unmapped.add('CMMS.FailureClass');
    return { ...w.failure, failureClass };
  },
  dataQuality: (w) => {
    const issues: QualityIssue[] = [];
    const normalized: NormalizationStep[] = [];
    for (const f of w.sentinelFields ?? []) { issues.push({ code: 'SENTINEL', field: f, raw: '-9999' }); normalized.push('SENTINEL_NULLED'); }
    if (w.reportedEpochUnit !== undefined) normalized.push('EPOCH_DECODED');
    for (const [field, v] of [['laborHours', w.laborHours], ['downtimeMinutes', w.downtimeMinutes]] as const) {
      if (v !== null && v < 0) issues.push({ code: 'IMPLAUSIBLE_VALUE', field, raw: String(v) });
    }
    if (w.failure !== null && mapFailureClass(w.failure.classCode) === 'UNMAPPED') issues.push({ code: 'UNMAPPED_CODE', field: 'failure.failureClass', raw: w.failure.classCode });
    const done = w.status === 'COMPLETED';
    return buildDataQuality({
      // A completed work order should say how long the machine was down and how many hours were booked.
      fields: [w.description !== null, w.failure !== null || w.type !== 'CORRECTIVE', !done || w.laborHours !== null, !done || w.downtimeMinutes !== null],
      asOf: freshnessField(w).asOf, issues, normalized,
    });
  },
};

/**
 * Reset-aware facts for a cumulative meter's readings in time order (DOMAIN §5.12), by normalization's
 * counterDelta: a drop from the top 10 % of the counter's width to its bottom 10 % is a ROLLOVER; any other drop
 * is a RESET (meter replaced or zeroed), where the new value itself is the increase since the reset. Without a
 * known width every drop is a reset.
 */
export function withDeltas(meter: CmmsMeter, readings: readonly CmmsMeterReading[]): CmmsMeterReadingView[] {
  let prev: number | undefined;
  const width = meter.rolloverAt === null ? undefined : rolloverWidth(meter.rolloverAt);
  return readings.map((r) => {
    // A reading without a value (sentinel) has no step; the next valued reading steps from the last valued one.
    if (meter.kind !== 'CUMULATIVE' || r.value === null) return { ...r, resetDetected: false, delta: null, counterStep: null };
    let step: CmmsMeterReadingView['counterStep'] = null;
    let delta: number | null = null;
    if (prev !== undefined) {
      const d = width === undefined
        ? (r.value >= prev ? { delta: r.value - prev, step: 'NORMAL' as const } : { delta: r.value, step: 'RESET' as const })
        : counterDelta(prev, r.value, { rolloverAt: width });
      step = d.step;
      delta = Math.round(d.delta * 1e6) / 1e6;
    }
    prev = r.value;
    return { ...r, resetDetected: step === 'RESET' || step === 'ROLLOVER', delta, counterStep: step };
  });
}

export const meterResolvers: MeterResolvers<CmmsContext> = {
  freshness: (m) => freshnessField(m),
  dataQuality: (m) => {
    const issues: QualityIssue[] = m.unit === 'UNKNOWN' ? [{ code: 'UNKNOWN_UNIT', field: 'unit', raw: m.sourceUnit }] : [];
    const normalized: NormalizationStep[] = m.unit !== 'UNKNOWN' && parseUnit(m.sourceUnit).id !== m.unit ? ['UNIT_CONVERTED'] : [];
    return buildDataQuality({ fields: [m.unit !== 'UNKNOWN', m.kind === 'GAUGE' || m.rolloverAt !== null], asOf: freshnessField(m).asOf, issues, normalized });
  },
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
  value: (r, args) => {
    if (r.value === null) return null;
    const q = { value: r.value, unit: r.unit, sourceValue: r.sourceValue, sourceUnit: r.sourceUnit };
    // A unit argument converts on read; across kinds (h → mm) normalization throws a coded UNIT_INCOMPATIBLE.
    return args.unit === null || args.unit === undefined ? q : convertQuantity(q, args.unit);
  },
  dataQuality: (r, _args, ctx) => {
    const issues: QualityIssue[] = [];
    const normalized: NormalizationStep[] = [];
    if (r.unit === 'UNKNOWN') { issues.push({ code: 'UNKNOWN_UNIT', field: 'value', raw: r.sourceUnit }); ctx.unmapped.add('CMMS.MeterUnit'); }
    // A spelling (cycles → cycle) is not a conversion; a different unit (psi → bar) is.
    else if (r.value !== null && parseUnit(r.sourceUnit).id !== r.unit) normalized.push('UNIT_CONVERTED');
    if (r.counterStep === 'RESET') normalized.push('COUNTER_RESET');
    if (r.counterStep === 'ROLLOVER') normalized.push('COUNTER_ROLLOVER');
    if (r.delta !== null && r.delta < 0) issues.push({ code: 'IMPLAUSIBLE_VALUE', field: 'delta', raw: String(r.delta) });
    if (r.missingReason === 'SENTINEL') { issues.push({ code: 'SENTINEL', field: 'value', raw: String(r.sourceValue) }); normalized.push('SENTINEL_NULLED'); }
    return buildDataQuality({ fields: [r.unit !== 'UNKNOWN', r.value !== null], asOf: freshnessField(r).asOf, issues, normalized });
  },
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

import { Code, carryUnmapped, freshnessField, plantError } from '../../../common/index.ts';
import { buildDataQuality, parseUnit } from '../../../normalization/index.ts';
import type { NormalizationStep, QualityIssue } from '../../../normalization/index.ts';
import type { Resolvers, ResolversTypes, ProcessSample, SampleQuality } from '../__generated__/resolvers-types.ts';

type QualityMeasurement = ResolversTypes['QualityMeasurement'];
import type { MesContext } from '../context.ts';
import type { VariableParent } from '../models.ts';
import { splitVariableId } from '../models.ts';
import { inUnit } from '../normalize.ts';
import { canonicalUnit, checkSampleValue, toCanonical } from '../source/index.ts';
import type { MesEquipment, MesTag } from '../source/index.ts';
import { iso, parseFirst, parseRange } from './args.ts';
import { recentCap, recentStepSec, recentWindow } from './recent.ts';

export function variableParent(equipment: MesEquipment, tag: MesTag): VariableParent | null {
  if (equipment.equipmentId === null) return null;
  // The tag's degraded elements (a unit the MES no longer serves) and the machine's (its OPC path) stay degraded.
  return carryUnmapped(equipment, carryUnmapped(tag, { id: `${equipment.equipmentId}/${tag.tag}`, equipmentId: equipment.equipmentId, equipment, tag }));
}

/** Resolves `<equipmentId>/<tag>` of the given kind; null when the MES does not know it. */
export async function findVariable(ctx: MesContext, id: string, kind: 'PV' | 'QC'): Promise<VariableParent | null> {
  const parts = splitVariableId(id);
  if (parts === null) return null;
  const eq = await ctx.loaders.equipmentById.load(parts.equipmentId);
  const tag = eq?.tags.find((t) => t.tag === parts.tag && t.kind === kind);
  return eq === null || eq === undefined || tag === undefined ? null : variableParent(eq, tag);
}

/** A spec value in the source unit → canonical; null when absent or the unit is unknown. */
function limit(x: number | null, tag: MesTag): number | null {
  if (x === null || tag.sourceUnit === null) return x === null ? null : tag.sourceUnit === null ? x : null;
  return toCanonical(x, tag.sourceUnit)?.value ?? null;
}
/** A tag's master data quality: is its unit known, and (characteristics) are its nominal and limits there. */
function tagQuality(p: VariableParent) {
  const unit = unitOf(p.tag);
  const issues: QualityIssue[] = [];
  const normalized: NormalizationStep[] = [];
  if (unit === 'UNKNOWN') issues.push({ code: 'UNKNOWN_UNIT', field: 'unit', raw: p.tag.sourceUnit });
  else if (p.tag.sourceUnit !== null && parseUnit(p.tag.sourceUnit).id !== unit) normalized.push('UNIT_CONVERTED');
  const limits = p.tag.kind === 'QC' ? [p.tag.nominal !== null, p.tag.lsl !== null, p.tag.usl !== null] : [];
  return buildDataQuality({ fields: [unit !== 'UNKNOWN', ...limits], asOf: freshnessField(p.equipment).asOf, issues, normalized });
}
const unitOf = (tag: MesTag): string => (tag.sourceUnit === null ? 'UNKNOWN' : canonicalUnit(tag.sourceUnit) ?? 'UNKNOWN');

function sampleQuality(q: string | null): SampleQuality {
  const s = (q ?? '').toLowerCase();
  if (s.startsWith('good')) return 'GOOD';
  if (s.startsWith('uncertain')) return 'UNCERTAIN';
  return 'BAD';
}

/**
 * Source text + unit → canonical sample value, or null with why: bad quality (the last good value a server
 * repeats is not a reading), a per-field sentinel (-9999, 'N/A'), or a unit string normalization does not know.
 */
function sampleValue(ctx: MesContext, text: string, unit: string, quality: SampleQuality): { value: number | null; missingReason: string | null } {
  const c = checkSampleValue('MES.Sample.Value', text, quality === 'BAD' ? 'BAD' : undefined);
  if (c.value === null) return { value: null, missingReason: c.missingReason };
  const q = toCanonical(c.value, unit);
  if (q === null) { ctx.normalizer.unmapped('MES.SampleUnit'); return { value: null, missingReason: 'UNKNOWN_UNIT' }; }
  return { value: q.value, missingReason: null };
}

async function loadSamples(ctx: MesContext, p: VariableParent, range: { fromMs: number; toMs: number }, intervalSec: number, maxPoints: number): Promise<ProcessSample[]> {
  const rows = await ctx.loaders.samples.load({ mesCode: p.equipment.mesCode, tag: p.tag.tag, ...range, intervalSec });
  return rows.slice(0, maxPoints).map((r): ProcessSample => {
    const quality = sampleQuality(r.quality);
    return carryUnmapped(r, { time: iso(r.timeMs), ...sampleValue(ctx, r.sourceValue, r.sourceUnit, quality), quality, sourceValue: r.sourceValue });
  });
}

async function loadMeasurements(ctx: MesContext, p: VariableParent, range: { fromMs: number; toMs: number }): Promise<QualityMeasurement[]> {
  const rows = await ctx.loaders.measurements.load({ mesCode: p.equipment.mesCode, tag: p.tag.tag, ...range });
  return [...rows].sort((a, b) => a.timeMs - b.timeMs).map((r): QualityMeasurement => {
    const checked = checkSampleValue('MES.Measurement.Value', r.sourceValue);
    const x = checked.value;
    const c = x === null ? null : toCanonical(x, r.sourceUnit);
    if (x !== null && c === null) ctx.normalizer.unmapped('MES.MeasurementUnit');
    const job = /^(.+)-(\d+)$/.exec(r.workOrder);
    const issues: QualityIssue[] = [];
    const normalized: NormalizationStep[] = ['LOCAL_TIME_RESOLVED'];
    if (checked.missingReason === 'SENTINEL') { issues.push({ code: 'SENTINEL', field: 'value', raw: r.sourceValue }); normalized.push('SENTINEL_NULLED'); }
    if (x !== null && c === null) issues.push({ code: 'UNKNOWN_UNIT', field: 'value', raw: r.sourceUnit });
    if (c !== null && c.value !== c.sourceValue) normalized.push('UNIT_CONVERTED');
    return carryUnmapped(r, {
      dataQuality: buildDataQuality({ fields: [c !== null, job !== null], asOf: freshnessField(r).asOf, issues, normalized }),
      measurementId: r.measurementId,
      time: iso(r.timeMs),
      // An unknown unit is labelled UNKNOWN with the source value, never converted by guess.
      value: x === null ? null : { value: c?.value ?? x, unit: c?.unit ?? 'UNKNOWN', sourceValue: x, sourceUnit: r.sourceUnit },
      productionOrder: job === null ? null : { id: `${ctx.erpCompany}/${job[1]}` },
    });
  });
}

export const variableResolvers: Resolvers = {
  ProcessVariable: {
    // The tag's master data comes from the MES equipment list read.
    freshness: (p) => freshnessField(p.equipment),
    __resolveReference: (ref, ctx) => findVariable(ctx, ref.id, 'PV'),
    tag: (p) => p.tag.tag,
    name: (p) => p.tag.name,
    unit: (p) => unitOf(p.tag),
    sourceUnit: (p) => p.tag.sourceUnit,
    dataQuality: (p) => tagQuality(p),
    equipment: (p) => ({ id: p.equipmentId }),
    lowerSpecLimit: (p) => limit(p.tag.lsl, p.tag),
    upperSpecLimit: (p) => limit(p.tag.usl, p.tag),
    samples: async (p, args, ctx) => {
      const range = parseRange(args.range);
      const maxPoints = Math.max(1, parseFirst(args.maxPoints, 500, 10_000));
      // The MES downsamples server-side: ask for a step that yields at most maxPoints samples.
      const intervalSec = Math.max(1, Math.ceil((range.toMs - range.fromMs) / 1000 / maxPoints));
      return loadSamples(ctx, p, range, intervalSec, maxPoints);
    },
    recentSamples: async (p, _a, ctx) => {
      const range = await recentWindow(ctx);
      const intervalSec = Math.max(recentStepSec, Math.ceil((range.toMs - range.fromMs) / 1000 / recentCap));
      return loadSamples(ctx, p, range, intervalSec, recentCap);
    },
    currentValue: async (p, _args, ctx) => {
      if (p.equipment.opcPath === null) return null;
      const r = await ctx.loaders.current.load(`${p.equipment.opcPath}.${p.tag.tag}`);
      if (r.resultId !== null) return null;
      if (r.timeMs === null) throw plantError(Code.MES_BAD_RESPONSE, 'OPC Read answered without an item Timestamp', { source: 'MES', retryable: false });
      const quality = sampleQuality(r.quality);
      const value = quality === 'BAD' || r.value === null || p.tag.sourceUnit === null ? null : toCanonical(r.value, p.tag.sourceUnit)?.value ?? null;
      return { time: iso(r.timeMs), value, quality, sourceValue: r.value === null ? null : String(r.value),
        missingReason: value !== null ? null : quality === 'BAD' ? 'BAD_QUALITY' : r.value === null ? 'NULL' : 'UNKNOWN_UNIT' };
    },
  },
  QualityMeasurement: {
    valueIn: (p, args) => (p.value === null || p.value === undefined ? null : inUnit(p.value, args.unit)),
  },
  QualityCharacteristic: {
    freshness: (p) => freshnessField(p.equipment),
    __resolveReference: (ref, ctx) => findVariable(ctx, ref.id, 'QC'),
    tag: (p) => p.tag.tag,
    name: (p) => p.tag.name,
    unit: (p) => unitOf(p.tag),
    sourceUnit: (p) => p.tag.sourceUnit,
    dataQuality: (p) => tagQuality(p),
    nominal: (p) => limit(p.tag.nominal, p.tag),
    lsl: (p) => limit(p.tag.lsl, p.tag),
    usl: (p) => limit(p.tag.usl, p.tag),
    equipment: (p) => ({ id: p.equipmentId }),
    measurements: async (p, args, ctx) => {
      const range = parseRange(args.range);
      const first = parseFirst(args.first, 500);
      return (await loadMeasurements(ctx, p, range)).slice(0, first);
    },
    recentMeasurements: async (p, _a, ctx) => (await loadMeasurements(ctx, p, await recentWindow(ctx))).slice(-recentCap),
  },
};

import { Code, errorCode, plantError } from '../../../common/index.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { equipmentAnomaly, equipmentEvents, equipmentFindings, equipmentWarnings, processVariableDegradation, processVariableDrift, processVariableStability, qualityStability } from '../analysis.ts';
import { memoized } from '../context.ts';
import type { InterpretationContext } from '../context.ts';
import type { EquipmentRep } from '../models.ts';
import { equipmentRecords, eventItems, timelineConnection } from '../timeline.ts';
import {
  discrepancyId, discrepancyPage, MAX_DISCREPANCY_PAGE, reconcileCompletion, reconcileDowntime, reconcileOrder, reconcileShiftProduction, siteDiscrepancies,
  workCenterDiscrepancies,
} from '../reconciliation.ts';
import type { DiscrepancyParent, DiscrepancyPage, FigureParent } from '../reconciliation.ts';

const iso = (t: number | null): string | null => (t === null ? null : new Date(t).toISOString());

/** One page of a ranked list; `first` out of 1..MAX_DISCREPANCY_PAGE and foreign cursors are INTERP_BAD_ARGUMENT. */
function page(all: readonly DiscrepancyParent[], args: { first?: number | null; after?: string | null }): DiscrepancyPage {
  const n = args.first ?? 100;
  if (!Number.isInteger(n) || n < 1 || n > MAX_DISCREPANCY_PAGE) {
    throw plantError(Code.INTERP_BAD_ARGUMENT, `first must be an integer between 1 and ${MAX_DISCREPANCY_PAGE}, got ${n}; page on with after: pageInfo.endCursor`, { source: 'INTERPRETATION', retryable: false, detail: { argument: 'first' } });
  }
  try {
    return discrepancyPage(all, n, args.after);
  } catch (err) {
    if (err instanceof RangeError) throw plantError(Code.INTERP_BAD_ARGUMENT, 'after is not a cursor of this discrepancy list', { source: 'INTERPRETATION', retryable: false, detail: { argument: 'after' } });
    throw err;
  }
}

/** A TimeRange argument as epoch ms; a bound that is not an ISO instant is INTERP_BAD_ARGUMENT. */
function rangeArg(range: { from?: string | null; to?: string | null } | null | undefined): { fromMs: number | null; toMs: number | null } | undefined {
  if (range === null || range === undefined) return undefined;
  const at = (name: string, v: string | null | undefined): number | null => {
    if (v === null || v === undefined) return null;
    const t = Date.parse(v);
    if (!Number.isFinite(t)) throw plantError(Code.INTERP_BAD_ARGUMENT, `range.${name} must be an ISO-8601 instant, got ${v}`, { source: 'INTERPRETATION', retryable: false, detail: { argument: 'range' } });
    return t;
  };
  return { fromMs: at('from', range.from), toMs: at('to', range.to) };
}

const findings = (ctx: InterpretationContext, eq: EquipmentRep) => memoized(ctx, eq, 'findings', () => equipmentFindings(eq));

/**
 * Records plus derived events of one equipment. The derived events need every detector input; when one is missing
 * (its owner failed and has its own error) the timeline still lists the records it has, without derived events.
 */
function timelineItems(ctx: InterpretationContext, eq: EquipmentRep) {
  const records = equipmentRecords(eq);
  try {
    return [...records, ...eventItems(eq.id, equipmentEvents(findings(ctx, eq)))];
  } catch (err) {
    if (errorCode(err) !== Code.INTERP_INPUT_UNAVAILABLE) throw err;
    return records;
  }
}

/**
 * All interpretation resolvers. Entities resolve to their representation (which carries the
 * @requires inputs); every derived field is computed on read from it, synchronously.
 */
export const resolvers: Resolvers = {
  ProcessVariable: {
    __resolveReference: (ref) => ref,
    drift: (pv, args) => processVariableDrift(pv, args),
    stability: (pv, args) => processVariableStability(pv, args),
    degradation: (pv, args) => processVariableDegradation(pv, args),
  },
  QualityCharacteristic: {
    __resolveReference: (ref) => ref,
    stability: (qc, args) => qualityStability(qc, args),
  },
  Equipment: {
    __resolveReference: (ref) => ref,
    anomaly: (eq, args, ctx) => equipmentAnomaly(eq, args.recentPoints, ctx.anomalyModels, ctx.anomalyOptions),
    events: (eq, _args, ctx) => equipmentEvents(findings(ctx, eq)),
    reconciledDowntime: (eq, _args, ctx) => reconcileDowntime(eq, ctx.reconciliationPolicy),
    reconciledProduction: (eq, args, ctx) => reconcileShiftProduction(eq, ctx.reconciliationPolicy, rangeArg(args.range)),
    warnings: (eq, _args, ctx) => {
      // The anomaly signal uses the same default window as Equipment.anomaly.
      const anomaly = eq.processVariables ? memoized(ctx, eq, 'anomaly', () => equipmentAnomaly(eq, 36, ctx.anomalyModels, ctx.anomalyOptions)) : null;
      return equipmentWarnings(eq.id, findings(ctx, eq), anomaly);
    },
    timeline: (eq, args, ctx) => timelineConnection(timelineItems(ctx, eq), args),
  },
  WorkCenter: {
    __resolveReference: (ref) => ref,
    timeline: (wc, args, ctx) => timelineConnection((wc.equipment ?? []).flatMap((eq) => timelineItems(ctx, eq)), args),
    discrepancies: (w, args, ctx) => page(workCenterDiscrepancies(w, ctx.reconciliationPolicy), args),
  },
  ProductionOrder: {
    __resolveReference: (ref) => ref,
    reconciledQuantities: (o, _args, ctx) => reconcileOrder(o, ctx.reconciliationPolicy),
    reconciledCompletion: (o, _args, ctx) => reconcileCompletion(o, ctx.reconciliationPolicy),
  },
  Site: {
    __resolveReference: (ref) => ref,
    discrepancies: (s, args, ctx) => page(siteDiscrepancies(s, ctx.reconciliationPolicy), args),
  },
  ReconciledFigure: {
    asOf: (f) => iso(f.asOfMs),
    discrepancy: (f) => (f.discrepancy === null ? null : (f as DiscrepancyParent)),
  },
  ReconciliationCandidate: {
    asOf: (c) => iso(c.asOfMs),
    suspect: (c) => c.suspect ?? null,
  },
  ShiftProductionFigure: {
    shiftStart: (w) => new Date(w.shiftStartMs).toISOString(),
    shiftEnd: (w) => new Date(w.shiftEndMs).toISOString(),
  },
  DiscrepancyConnection: {
    edges: (p) => [...p.edges],
  },
  ShiftDowntimeFigure: {
    shiftStart: (w) => new Date(w.shiftStartMs).toISOString(),
    shiftEnd: (w) => new Date(w.shiftEndMs).toISOString(),
  },
  Discrepancy: {
    id: (f) => discrepancyId(f),
    subjectType: (f) => f.subject.subjectType,
    subjectId: (f) => f.subject.subjectId,
    field: (f) => f.subject.field,
    shiftStart: (f) => iso(f.subject.shiftStartMs),
    chosenSource: (f) => f.chosenSource!,
    chosenValue: (f) => f.value!,
    disagreeing: (f) => [...f.discrepancy.disagreeing],
    maxDeviation: (f) => f.discrepancy.maxDeviation,
    tolerance: (f) => f.discrepancy.tolerance,
    impact: (f) => f.discrepancy.impact,
    candidates: (f: FigureParent) => [...f.candidates],
  },
};

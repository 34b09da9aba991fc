import { Code, errorCode, plantError } from '../../../common/index.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { equipmentAnomaly, equipmentEvents, equipmentFindings, equipmentWarnings, processVariableDegradation, processVariableDrift, processVariableStability, qualityStability } from '../analysis.ts';
import { memoized } from '../context.ts';
import type { InterpretationContext } from '../context.ts';
import type { EquipmentRep } from '../models.ts';
import { equipmentRecords, eventItems, timelineConnection } from '../timeline.ts';
import { discrepancyId, reconcileDowntime, reconcileOrder, siteDiscrepancies, workCenterDiscrepancies } from '../reconciliation.ts';
import type { DiscrepancyParent, FigureParent } from '../reconciliation.ts';

const iso = (t: number | null): string | null => (t === null ? null : new Date(t).toISOString());

function firstArg(first: number | null | undefined): number {
  const n = first ?? 100;
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw plantError(Code.INTERP_BAD_ARGUMENT, `first must be an integer in 1..10000, got ${n}`, { source: 'INTERPRETATION' });
  return n;
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
    discrepancies: (w, args, ctx) => workCenterDiscrepancies(w, ctx.reconciliationPolicy, firstArg(args.first)),
  },
  ProductionOrder: {
    __resolveReference: (ref) => ref,
    reconciledQuantities: (o, _args, ctx) => reconcileOrder(o, ctx.reconciliationPolicy),
  },
  Site: {
    __resolveReference: (ref) => ref,
    discrepancies: (s, args, ctx) => siteDiscrepancies(s, ctx.reconciliationPolicy, firstArg(args.first)),
  },
  ReconciledFigure: {
    asOf: (f) => iso(f.asOfMs),
    discrepancy: (f) => (f.discrepancy === null ? null : (f as DiscrepancyParent)),
  },
  ReconciliationCandidate: {
    asOf: (c) => iso(c.asOfMs),
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

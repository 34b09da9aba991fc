import { Code, errorCode } from '../../../common/index.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { equipmentAnomaly, equipmentEvents, equipmentFindings, equipmentWarnings, processVariableDegradation, processVariableDrift, processVariableStability, qualityStability } from '../analysis.ts';
import { memoized } from '../context.ts';
import type { InterpretationContext } from '../context.ts';
import type { EquipmentRep } from '../models.ts';
import { equipmentRecords, eventItems, timelineConnection } from '../timeline.ts';

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
  },
};

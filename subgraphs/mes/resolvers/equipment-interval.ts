import { carryUnmapped, freshnessField } from '../../../common/index.ts';
import { buildDataQuality } from '../../../normalization/index.ts';
import type { NormalizationStep, QualityIssue } from '../../../normalization/index.ts';
import type { EquipmentStateInterval } from '../__generated__/resolvers-types.ts';
import type { MesContext } from '../context.ts';
import { canonicalState } from '../source/index.ts';
import type { MesStateRow } from '../source/index.ts';
import { iso, plantTime } from './args.ts';

/**
 * One MES state row → the canonical interval: vendor state code → EquipmentState, reason text → canonical reason
 * and ISO 22400 loss category (code table, else the trained classifier, else UNMAPPED with the raw text kept),
 * plant-local times with their DST flags, and the interval's data quality (asOf: when the row was read).
 */
export function toInterval(r: MesStateRow, ctx: MesContext): EquipmentStateInterval {
  const asOf = freshnessField(r).asOf;
  const reason = ctx.normalizer.reason(r.reasonText);
  const state = canonicalState(r.stateCode);
  const f = r.timeFlags;
  const startAmbiguous = f?.ambiguous['start'] ?? r.ambiguous;
  const endAmbiguous = f?.ambiguous['end'] ?? r.ambiguous;
  const issues: QualityIssue[] = [];
  const normalized: NormalizationStep[] = ['LOCAL_TIME_RESOLVED'];
  if (f?.gapShifted === true) normalized.push('DST_GAP_SHIFTED');
  if (f?.sequenceResolved === true) normalized.push('DST_SEQUENCE_RESOLVED');
  if (startAmbiguous) issues.push({ code: 'AMBIGUOUS_TIME', field: 'startTime', raw: null });
  if (endAmbiguous) issues.push({ code: 'AMBIGUOUS_TIME', field: 'endTime', raw: null });
  if (reason !== null) {
    normalized.push(reason.method === 'TABLE' ? 'CODE_TABLE' : 'CODE_CLASSIFIED');
    if (reason.code === 'UNMAPPED') issues.push({ code: 'UNMAPPED_CODE', field: 'reasonCode', raw: reason.raw });
  }
  // A stopped machine should say why; a running one has nothing to say.
  const needsReason = state !== 'RUNNING' && state !== 'UNKNOWN';
  // The row's degraded fields (an element the MES no longer serves) stay degraded on the interval.
  return carryUnmapped(r, {
    state,
    sourceState: `${r.stateCode ?? '?'} ${r.stateName}`.trim(),
    startTime: iso(r.startMs), endTime: iso(r.endMs),
    start: plantTime(r.startMs, ctx.zone, startAmbiguous, f?.gap['start'] ?? false),
    end: plantTime(r.endMs, ctx.zone, endAmbiguous, f?.gap['end'] ?? false),
    durationMinutes: Math.round(((r.endMs - r.startMs) / 60_000) * 1000) / 1000,
    reasonText: r.reasonText,
    reasonCode: reason === null || reason.code === 'UNMAPPED' ? null : reason.code,
    lossCategory: reason?.category ?? null,
    reasonConfidence: reason === null ? null : Math.round(reason.confidence * 1000) / 1000,
    timeAmbiguous: r.ambiguous,
    dataQuality: buildDataQuality({
      fields: [r.stateCode !== null, !needsReason || r.reasonText !== null], asOf, issues, normalized,
    }),
  });
}

import { freshnessField } from '../../../common/index.ts';
import {
  buildDataQuality, checkCapacity, classifyScrapReason, convertQuantity, formatLocal, isKnownUnit, toCanonical,
} from '../../../normalization/index.ts';
import type { NormalizationStep, QualityIssue, Quantity, ScrapReason, ScrapReasonResult, UnmappedTally } from '../../../normalization/index.ts';
import type { PlantTime } from '../__generated__/resolvers-types.ts';
import type { EquipmentRow, LaborRow, MaterialRow, OperationRow, ProductionOrderRow, TimeFacts } from '../source/index.ts';

/**
 * The ERP subgraph's normalisation on read: quantities in canonical units (normalization/units, mathjs behind the
 * alias table; EA → ea), a `unit:` argument converting on read, scrap reason texts onto canonical ScrapReason by
 * the code table (UNMAPPED with the raw text kept, counted), plant-local times with DST flags, and data quality.
 */

/** A quantity in `rawUnit` (the ERP's IUM) → canonical; an unknown unit is labelled UNKNOWN with the source value, never guessed. */
export function erpQuantity(value: number, rawUnit: string, asked: string | null | undefined, tally: UnmappedTally): Quantity {
  let q: Quantity;
  if (isKnownUnit(rawUnit)) q = toCanonical(value, rawUnit);
  else { tally.add('ERP.Uom'); q = { value, unit: 'UNKNOWN', sourceValue: value, sourceUnit: rawUnit }; }
  // Throws the coded unit errors (UNIT_INCOMPATIBLE, UNIT_COUNT_FACTOR_MISSING …) for an impossible `unit:`.
  return asked === null || asked === undefined ? q : convertQuantity(q, asked);
}

/** The row's resolved plant time of a field, or null when the field is null or a sentinel. */
export function plantTimeOf(facts: TimeFacts | undefined, field: string, ms: number | null, zone: string): PlantTime | null {
  if (ms === null) return null;
  const t = facts?.times[field];
  return t === undefined
    ? { utc: new Date(ms).toISOString(), local: formatLocal(ms, zone), ambiguous: false, shiftedFromGap: false }
    : { utc: new Date(t.utc).toISOString(), local: t.local, ambiguous: t.ambiguous, shiftedFromGap: t.shiftedFromGap };
}

/**
 * A scrap reason text → ScrapReason: the code table (the ERP's three-letter Reason codes), then the trained scrap
 * classifier for typed text; UNMAPPED below its threshold (counted in `tally` when given, raw kept); null when blank.
 */
export function scrapReasonOf(text: string | null, tally: UnmappedTally | null): ScrapReasonResult | null {
  if (text === null) return null;
  const r = classifyScrapReason(text);
  if (r?.code === 'UNMAPPED') tally?.add('ERP.ScrapReasonCode');
  return r;
}

export function scrapReasonCode(text: string | null, tally: UnmappedTally | null): ScrapReason | 'UNMAPPED' | null {
  return scrapReasonOf(text, tally)?.code ?? null;
}

function timeFindings(facts: TimeFacts | undefined, issues: QualityIssue[], normalized: NormalizationStep[]): void {
  if (facts === undefined) return;
  if (Object.keys(facts.times).length > 0) normalized.push('LOCAL_TIME_RESOLVED');
  for (const [field, t] of Object.entries(facts.times)) {
    if (t.ambiguous) issues.push({ code: 'AMBIGUOUS_TIME', field, raw: null });
    if (t.shiftedFromGap) normalized.push('DST_GAP_SHIFTED');
  }
  for (const field of facts.sentinelDates) { issues.push({ code: 'SENTINEL', field, raw: null }); normalized.push('SENTINEL_NULLED'); }
}

function unitFindings(unit: string, field: string, issues: QualityIssue[]): boolean {
  if (isKnownUnit(unit)) return true;
  issues.push({ code: 'UNKNOWN_UNIT', field, raw: unit });
  return false;
}

export function orderQuality(o: ProductionOrderRow) {
  const issues: QualityIssue[] = [];
  const normalized: NormalizationStep[] = [];
  timeFindings(o.timeFacts, issues, normalized);
  const unitOk = unitFindings(o.unit, 'plannedQuantity', issues);
  if (o.plannedQuantity < 0) issues.push({ code: 'NEGATIVE_QUANTITY', field: 'plannedQuantity', raw: String(o.plannedQuantity) });
  if (o.completedQuantity < 0) issues.push({ code: 'NEGATIVE_QUANTITY', field: 'completedQuantity', raw: String(o.completedQuantity) });
  return buildDataQuality({
    fields: [o.materialId !== null, unitOk, o.scheduledStartMs !== null, o.dueMs !== null, o.createdMs !== null],
    asOf: freshnessField(o).asOf, issues, normalized,
  });
}

export function operationQuality(op: OperationRow) {
  const issues: QualityIssue[] = [];
  const normalized: NormalizationStep[] = [];
  timeFindings(op.timeFacts, issues, normalized);
  const unitOk = unitFindings(op.unit, 'completedQuantity', issues);
  if (op.scrapQuantity < 0) issues.push({ code: 'NEGATIVE_QUANTITY', field: 'scrapQuantity', raw: String(op.scrapQuantity) });
  if (op.completedQuantity < 0) issues.push({ code: 'NEGATIVE_QUANTITY', field: 'completedQuantity', raw: String(op.completedQuantity) });
  return buildDataQuality({
    fields: [op.equipmentId !== null, op.workCenterId !== null, unitOk, op.plannedRatePerHour !== null],
    asOf: freshnessField(op).asOf, issues, normalized,
  });
}

/**
 * A labour record's data quality. `ratePerHour` is its operation's planned rate (JobOper.ProdStandard, null when the
 * ERP states none): good + scrap above what the machine could make in the booked hours is ABOVE_CAPACITY.
 */
export function laborQuality(l: LaborRow, unit: string, ratePerHour: number | null) {
  const issues: QualityIssue[] = [];
  const normalized: NormalizationStep[] = [];
  timeFindings(l.timeFacts, issues, normalized);
  const unitOk = unitFindings(unit, 'quantity', issues);
  if (l.scrapQuantity < 0) issues.push({ code: 'NEGATIVE_QUANTITY', field: 'scrapQuantity', raw: String(l.scrapQuantity) });
  if (l.quantity < 0) issues.push({ code: 'NEGATIVE_QUANTITY', field: 'quantity', raw: String(l.quantity) });
  const capacity = checkCapacity({ field: 'quantity', pieces: l.quantity + Math.max(0, l.scrapQuantity), hours: l.hours, ratePerHour, raw: String(l.quantity) });
  if (capacity !== null) issues.push(capacity);
  const reason = scrapReasonOf(l.scrapReason, null);
  if (reason !== null) normalized.push(reason.method === 'TABLE' ? 'CODE_TABLE' : 'CODE_CLASSIFIED');
  if (reason?.code === 'UNMAPPED') issues.push({ code: 'UNMAPPED_CODE', field: 'scrapReasonCode', raw: l.scrapReason });
  return buildDataQuality({
    fields: [l.equipmentId !== null, unitOk, l.clockInMs !== null, l.clockOutMs !== null, l.scrapQuantity === 0 || l.scrapReason !== null],
    asOf: freshnessField(l).asOf, issues, normalized,
  });
}

export function equipmentQuality(e: EquipmentRow) {
  // The ERP's MES code (UD field) is the crosswalk's anchor: blank is a gap, reported, not filled in here.
  const issues: QualityIssue[] = e.mesCode === null ? [{ code: 'UNMAPPED_EQUIPMENT', field: 'mesCode', raw: null }] : [];
  return buildDataQuality({ fields: [e.workCenterId !== null, e.mesCode !== null], asOf: freshnessField(e).asOf, issues });
}

export function materialQuality(m: MaterialRow) {
  const issues: QualityIssue[] = [];
  const base = unitFindings(m.baseUnit, 'baseUnit', issues);
  const purchasing = unitFindings(m.purchasingUnit, 'purchasingUnit', issues);
  if (!(m.purchasingFactor > 0)) issues.push({ code: 'IMPLAUSIBLE_VALUE', field: 'purchasingFactor', raw: String(m.purchasingFactor) });
  return buildDataQuality({ fields: [m.revision !== null, m.description !== '', base, purchasing, m.purchasingFactor > 0], asOf: freshnessField(m).asOf, issues });
}

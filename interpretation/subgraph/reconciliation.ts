// Reconciliation on the canonical entities: turns the @requires inputs (ERP order status and operations, MES
// recentProduction / recentStates, spreadsheet lines) into candidates per figure and lets core/reconcile.ts
// choose under the plant's policy. Shift windows come from the policy's calendar (luxon, the site's zone).
import { DateTime } from 'luxon';
import { reconcileFigure } from '../core/index.ts';
import type { FigureCandidate, ReconcileSystem, ReconciledFigure } from '../core/index.ts';
import type { DowntimeInputsRep, ProductionOrderRep, SheetDowntimeLineRep, ShiftProductionInputsRep, SiteRep, WorkCenterRep } from './models.ts';
import type { ReconciledField, ReconciliationPolicy } from './reconciliation-policy.ts';

export type FigureParent = ReconciledFigure & { readonly subject: SubjectRef };
export interface QuantitiesParent { readonly goodQuantity: FigureParent; readonly scrapQuantity: FigureParent; readonly producedQuantity: FigureParent }
export interface ShiftFigureParent { readonly shiftStartMs: number; readonly shiftEndMs: number; readonly shift: string; readonly downtimeMinutes: FigureParent }
export interface ShiftProductionParent {
  readonly shiftStartMs: number; readonly shiftEndMs: number; readonly shift: string; readonly closed: boolean;
  readonly goodQuantity: FigureParent; readonly scrapQuantity: FigureParent; readonly producedQuantity: FigureParent;
}
export interface SubjectRef { readonly subjectType: 'ProductionOrder' | 'Equipment'; readonly subjectId: string; readonly field: string; readonly shiftStartMs: number | null }
/** A figure with a discrepancy, as listed (the figure's discrepancy is never null here). */
export type DiscrepancyParent = FigureParent & { readonly discrepancy: NonNullable<ReconciledFigure['discrepancy']> };

const ms = (iso: string | null | undefined): number | null => {
  if (iso === null || iso === undefined) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
};
const isoOf = (t: number): string => new Date(t).toISOString();
const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2));

interface Totals { readonly good: number; readonly scrap: number }
type SourceTotals = { readonly totals: Totals | null; readonly raw: Record<'good' | 'scrap' | 'produced', string>; readonly asOfMs: number | null };

/** Why a source's figure is missing when a vendor upgrade took a field away (the field's own SCHEMA_FIELD_UNMAPPED error says which). */
const UNMAPPED = (what: string): string => `${what} unmapped after a source schema change (SCHEMA_FIELD_UNMAPPED)`;
const unusable = (why: string, asOfMs: number | null = null): SourceTotals => ({ totals: null, raw: { good: why, scrap: why, produced: why }, asOfMs });

/** ERP: good = final operation's completed quantity, scrap = all operations' posted scrap. */
function erpTotals(o: ProductionOrderRep): SourceTotals {
  if (o.operations === null || o.operations === undefined) return unusable('ERP operations unavailable');
  const asOf = ms(o.freshness?.asOf);
  if (o.operations.length === 0) return { totals: { good: 0, scrap: 0 }, raw: { good: 'no operations', scrap: 'no operations', produced: 'no operations' }, asOfMs: asOf };
  const ops = o.operations.flatMap((op) => (op.completedQuantity === null || op.scrapQuantity === null ? [] : [{ ...op, completedQuantity: op.completedQuantity, scrapQuantity: op.scrapQuantity }]));
  if (ops.length < o.operations.length) return unusable(UNMAPPED('ERP operation quantities'), asOf);
  const last = [...ops].sort((a, b) => a.sequence - b.sequence).at(-1)!;
  const scrap = ops.reduce((s, op) => s + op.scrapQuantity.value, 0);
  const good = last.completedQuantity.value;
  return {
    totals: { good, scrap },
    raw: {
      good: `JobOper ${last.sequence} QtyCompleted ${fmt(good)} ${last.completedQuantity.unit ?? ''}`.trim(),
      scrap: `LaborDtl ScrapQty over ${ops.length} operations: ${ops.map((op) => `${op.sequence}=${fmt(op.scrapQuantity.value)}`).join(', ')}`,
      produced: `QtyCompleted ${fmt(good)} + scrap ${fmt(scrap)}`,
    },
    asOfMs: asOf,
  };
}

/** The order's start as far as the inputs tell: the earliest ERP operation start, else the earliest record of any source. */
function orderStartMs(o: ProductionOrderRep): number | null {
  const starts = [
    ...(o.operations ?? []).map((op) => ms(op.actualStart)),
    ...(o.recentProduction?.records ?? []).map((r) => ms(r.startTime)),
    ...(o.spreadsheetProduction?.lines ?? []).map((l) => ms(l.shiftStart)),
  ].filter((t): t is number => t !== null);
  return starts.length === 0 ? null : Math.min(...starts);
}

function finalSequence(o: ProductionOrderRep, seqs: readonly number[]): number | null {
  const erp = (o.operations ?? []).map((op) => op.sequence);
  const all = erp.length > 0 ? erp : seqs;
  return all.length === 0 ? null : Math.max(...all);
}

/** MES: sums of the deduplicated records in its 14-day window, only when the window covers the whole order. */
function mesTotals(o: ProductionOrderRep): SourceTotals {
  const p = o.recentProduction;
  if (p === null || p === undefined) return unusable('MES production unavailable');
  const from = ms(p.from);
  const start = orderStartMs(o);
  const asOf = p.records.reduce<number | null>((m, r) => Math.max(m ?? 0, ms(r.recordedTime) ?? 0), null) ?? ms(p.to);
  if (from === null || (start !== null && start < from)) return unusable(`MES window from ${p.from} does not cover the order (started ${start === null ? '?' : isoOf(start)})`, asOf);
  if (p.records.some((r) => r.goodQuantity === null || r.scrapQuantity === null)) return unusable(UNMAPPED('MES record quantities'), asOf);
  const fin = finalSequence(o, p.records.flatMap((r) => (r.operationSequence === null ? [] : [r.operationSequence])));
  const good = p.records.filter((r) => r.operationSequence === fin).reduce((s, r) => s + r.goodQuantity!.value, 0);
  const scrap = p.records.reduce((s, r) => s + r.scrapQuantity!.value, 0);
  const n = p.records.length;
  return { totals: { good, scrap }, raw: { good: `${fmt(good)} EA in ${p.records.filter((r) => r.operationSequence === fin).length} records of operation ${fin ?? '?'}`, scrap: `${fmt(scrap)} EA in ${n} records`, produced: `${fmt(good)} + ${fmt(scrap)} from ${n} records` }, asOfMs: asOf };
}

/** Spreadsheet: sums of the shift-log lines, only when its coverage includes the whole order. */
function sheetTotals(o: ProductionOrderRep): SourceTotals {
  const p = o.spreadsheetProduction;
  if (p === null || p === undefined) return unusable('no readable shift log for this order');
  const from = ms(p.coverage.from);
  const start = orderStartMs(o);
  const asOf = p.lines.reduce<number | null>((m, l) => Math.max(m ?? 0, ms(l.provenance.modifiedAt) ?? 0), null) ?? ms(p.coverage.to);
  if (from === null || (start !== null && start < from)) return unusable(`shift log from ${p.coverage.from} does not cover the order (started ${start === null ? '?' : isoOf(start)})`, asOf);
  const fin = finalSequence(o, p.lines.map((l) => l.operationSequence));
  const finals = p.lines.filter((l) => l.operationSequence === fin);
  const good = finals.reduce((s, l) => s + l.goodQuantity.value, 0);
  const scrap = p.lines.reduce((s, l) => s + l.scrapQuantity.value, 0);
  const where = (ls: typeof p.lines): string => ls.slice(0, 6).map((l) => `${l.provenance.file} ${l.provenance.sheet}!${l.provenance.row}`).join('; ') + (ls.length > 6 ? `; … ${ls.length - 6} more` : '');
  return { totals: { good, scrap }, raw: { good: `${fmt(good)} EA in ${finals.length} lines (${where(finals)})`, scrap: `${fmt(scrap)} EA in ${p.lines.length} lines`, produced: `${fmt(good)} + ${fmt(scrap)} from ${p.lines.length} lines` }, asOfMs: asOf };
}

function candidate(system: ReconcileSystem, t: SourceTotals, pick: 'good' | 'scrap' | 'produced'): FigureCandidate {
  const normalized = t.totals === null ? null : pick === 'good' ? t.totals.good : pick === 'scrap' ? t.totals.scrap : t.totals.good + t.totals.scrap;
  return { system, raw: t.raw[pick], normalized, asOfMs: t.asOfMs };
}

/** Good, scrap and produced quantities of one order, reconciled. */
export function reconcileOrder(o: ProductionOrderRep, policy: ReconciliationPolicy): QuantitiesParent {
  const sources: [ReconcileSystem, SourceTotals][] = [['ERP', erpTotals(o)], ['MES', mesTotals(o)], ['SPREADSHEET', sheetTotals(o)]];
  const one = (pick: 'good' | 'scrap' | 'produced', field: ReconciledField): FigureParent => ({
    ...reconcileFigure(policy.fields[field], sources.map(([s, t]) => candidate(s, t, pick)), { orderStatus: o.status ?? null }),
    subject: { subjectType: 'ProductionOrder', subjectId: o.id, field: `${pick}Quantity`, shiftStartMs: null },
  });
  return { goodQuantity: one('good', 'ProductionOrder.goodQuantity'), scrapQuantity: one('scrap', 'ProductionOrder.scrapQuantity'), producedQuantity: one('produced', 'ProductionOrder.producedQuantity') };
}

/** Shift windows of the policy calendar that start in [fromMs, toMs), ends clipped to toMs; `closed` when the shift's own end is at or before toMs. */
export function calendarWindows(policy: ReconciliationPolicy, fromMs: number, toMs: number): { startMs: number; endMs: number; shift: string; closed: boolean }[] {
  const zone = policy.calendar.timeZone;
  const starts = Object.entries(policy.calendar.shiftStarts).map(([name, hhmm]) => ({ name, h: Number(hhmm.slice(0, 2)), m: Number(hhmm.slice(3, 5)) }))
    .sort((a, b) => a.h * 60 + a.m - (b.h * 60 + b.m));
  const out: { startMs: number; endMs: number; shift: string; closed: boolean }[] = [];
  let day = DateTime.fromMillis(fromMs, { zone }).startOf('day').minus({ days: 1 });
  const all: { startMs: number; shift: string }[] = [];
  while (day.toMillis() < toMs + 86_400_000) {
    for (const s of starts) all.push({ startMs: day.set({ hour: s.h, minute: s.m }).toMillis(), shift: s.name });
    day = day.plus({ days: 1 });
  }
  for (let i = 0; i + 1 < all.length; i++) {
    const w = all[i]!;
    if (w.startMs >= fromMs && w.startMs < toMs) out.push({ startMs: w.startMs, endMs: Math.min(all[i + 1]!.startMs, toMs), shift: w.shift, closed: all[i + 1]!.startMs <= toMs });
  }
  return out;
}

const isDown = (state: string | null): boolean => state === 'DOWN_UNPLANNED' || state === 'DOWN_PLANNED';

/** Downtime minutes per shift window from MES state history and the spreadsheet's downtime log. */
export function reconcileDowntime(eq: DowntimeInputsRep, policy: ReconciliationPolicy): ShiftFigureParent[] {
  const states = (eq.recentStates ?? []).map((s) => ({ state: s.state, a: ms(s.startTime)!, b: ms(s.endTime)! })).filter((s) => Number.isFinite(s.a) && Number.isFinite(s.b));
  // MES knows the machine when it has any state in its window (a known machine always has one, OFFLINE included).
  const mesSpan = states.length === 0 ? null : { from: Math.min(...states.map((s) => s.a)), to: Math.max(...states.map((s) => s.b)) };
  const sheet = eq.spreadsheetDowntime ?? null;
  const sheetSpan = sheet === null ? null : { from: ms(sheet.coverage.from)!, to: ms(sheet.coverage.to)! };
  const spans = [mesSpan, sheetSpan].filter((s): s is { from: number; to: number } => s !== null);
  if (spans.length === 0) return [];
  const windows = calendarWindows(policy, Math.min(...spans.map((s) => s.from)), Math.max(...spans.map((s) => s.to)));
  const linesByShift = new Map<number, SheetDowntimeLineRep[]>();
  for (const l of sheet?.lines ?? []) {
    const k = ms(l.shiftStart)!;
    const list = linesByShift.get(k);
    if (list === undefined) linesByShift.set(k, [l]); else list.push(l);
  }
  const mesWhy = eq.recentStates === null || eq.recentStates === undefined ? 'MES states unavailable' : 'MES has no states for this equipment';
  return windows.map((w) => {
    const candidates: FigureCandidate[] = [];
    if (mesSpan !== null && w.startMs >= mesSpan.from && w.startMs < mesSpan.to) {
      const end = Math.min(w.endMs, mesSpan.to);
      let minutes = 0, n = 0, unknown = 0;
      for (const s of states) {
        const a = Math.max(s.a, w.startMs), b = Math.min(s.b, end);
        if (b <= a) continue;
        if (s.state === null) unknown++;
        else if (isDown(s.state)) { minutes += (b - a) / 60_000; n++; }
      }
      minutes = Math.round(minutes * 1000) / 1000;
      // An interval whose state a vendor upgrade left unmapped could be downtime: the MES figure is unknown, not smaller.
      candidates.push(unknown > 0 ? { system: 'MES', raw: UNMAPPED(`the state of ${unknown} MES intervals`), normalized: null, asOfMs: null }
        : { system: 'MES', raw: `${fmt(minutes)} min in ${n} DOWN intervals`, normalized: minutes, asOfMs: mesSpan.to });
    } else candidates.push({ system: 'MES', raw: mesSpan === null ? mesWhy : 'outside the MES window', normalized: null, asOfMs: null });
    if (sheet !== null && sheetSpan !== null && w.startMs >= sheetSpan.from && w.startMs < sheetSpan.to) {
      const lines = linesByShift.get(w.startMs) ?? [];
      const minutes = lines.reduce((s, l) => s + l.minutes, 0);
      const asOf = lines.reduce<number | null>((m, l) => Math.max(m ?? 0, ms(l.provenance.modifiedAt) ?? 0), null) ?? sheetSpan.to;
      candidates.push({ system: 'SPREADSHEET', raw: lines.length === 0 ? 'no stop logged' : `${fmt(minutes)} min in ${lines.length} lines (${lines.map((l) => `${l.provenance.file} ${l.provenance.sheet}!${l.provenance.row}`).join('; ')})`, normalized: minutes, asOfMs: asOf });
    } else candidates.push({ system: 'SPREADSHEET', raw: sheet === null ? 'no readable shift log' : 'outside the shift log', normalized: null, asOfMs: null });
    return {
      shiftStartMs: w.startMs, shiftEndMs: w.endMs, shift: w.shift,
      downtimeMinutes: { ...reconcileFigure(policy.fields['Equipment.downtimeMinutes'], candidates), subject: { subjectType: 'Equipment', subjectId: eq.id, field: 'downtimeMinutes', shiftStartMs: w.startMs } },
    };
  });
}

/**
 * Completion of one order as 1 (complete) or 0, from the ERP's status (COMPLETE/CLOSED; HELD says nothing), and
 * from the MES's and the shift log's final-operation good against the ERP's planned quantity (each only when its
 * window covers the whole order, as for the quantities).
 */
export function reconcileCompletion(o: ProductionOrderRep, policy: ReconciliationPolicy): FigureParent {
  const planned = o.plannedQuantity?.value ?? null;
  const status = o.status ?? null;
  const erp: FigureCandidate = status === null ? { system: 'ERP', raw: 'ERP status unavailable', normalized: null, asOfMs: null }
    : status === 'HELD' ? { system: 'ERP', raw: 'JobHead held: the ERP does not say whether production finished', normalized: null, asOfMs: ms(o.freshness?.asOf) }
      : { system: 'ERP', raw: `JobHead status ${status}`, normalized: status === 'COMPLETE' || status === 'CLOSED' ? 1 : 0, asOfMs: ms(o.freshness?.asOf) };
  const against = (system: ReconcileSystem, t: SourceTotals): FigureCandidate => {
    if (t.totals === null) return { system, raw: t.raw.good, normalized: null, asOfMs: t.asOfMs };
    if (planned === null) return { system, raw: 'no planned quantity (ERP) to judge completion against', normalized: null, asOfMs: t.asOfMs };
    return { system, raw: `final operation ${t.raw.good}; planned ${fmt(planned)} EA`, normalized: t.totals.good >= planned ? 1 : 0, asOfMs: t.asOfMs };
  };
  return {
    ...reconcileFigure(policy.fields['ProductionOrder.completion'], [erp, against('MES', mesTotals(o)), against('SPREADSHEET', sheetTotals(o))], { orderStatus: status }),
    subject: { subjectType: 'ProductionOrder', subjectId: o.id, field: 'completion', shiftStartMs: null },
  };
}

interface Span { readonly from: number; readonly to: number }
/** Data-quality codes that say a source's own figure is implausible (schema/shared.graphql DataQualityIssue). */
const implausible: ReadonlySet<string> = new Set(['ABOVE_CAPACITY', 'NEGATIVE_QUANTITY', 'IMPLAUSIBLE_VALUE']);
const spanOf = (from: string | null | undefined, to: string | null | undefined): Span | null => {
  const a = ms(from), b = ms(to);
  return a === null || b === null ? null : { from: a, to: b };
};
const covers = (span: Span | null, startMs: number): boolean => span !== null && startMs >= span.from && startMs < span.to;

/**
 * Good, scrap and produced pieces per shift window of the policy calendar, per equipment: MES records and ERP labour
 * by the shift they started (clocked in) in, the shift log's lines by their shift. A source counts for a window only
 * when its own window covers the shift's start; the MES only for a machine it knows (it has states for it). Shifts
 * are `closed` when their end is at or before the newest source clock (MES or ERP `to`). `range` keeps the shifts
 * that overlap it.
 */
export function reconcileShiftProduction(eq: ShiftProductionInputsRep, policy: ReconciliationPolicy, range?: { fromMs: number | null; toMs: number | null }): ShiftProductionParent[] {
  const mesKnown = (eq.recentStates ?? []).length > 0;
  const mesSpan = mesKnown ? spanOf(eq.recentProduction?.from, eq.recentProduction?.to) : null;
  const erpSpan = spanOf(eq.recentLabor?.from, eq.recentLabor?.to);
  const sheetSpan = spanOf(eq.spreadsheetProduction?.coverage.from, eq.spreadsheetProduction?.coverage.to);
  const spans = [mesSpan, erpSpan, sheetSpan].filter((x): x is Span => x !== null);
  if (spans.length === 0) return [];
  const clocks = [mesSpan, erpSpan].filter((x): x is Span => x !== null).map((x) => x.to);
  const nowMs = clocks.length > 0 ? Math.max(...clocks) : Math.max(...spans.map((x) => x.to));
  const windows = calendarWindows(policy, Math.min(...spans.map((x) => x.from)), nowMs)
    .filter((w) => (range?.fromMs == null || w.endMs > range.fromMs) && (range?.toMs == null || w.startMs < range.toMs));
  if (windows.length === 0) return [];
  const windowIndex = (t: number | null): number => {
    if (t === null) return -1;
    let lo = 0, hi = windows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = windows[mid]!;
      const next = windows[mid + 1]?.startMs ?? (w.closed ? w.endMs : Infinity);
      if (t < w.startMs) hi = mid - 1; else if (t >= next) lo = mid + 1; else return mid;
    }
    return -1;
  };
  // `unmapped`: a record of the window lost its quantities to a vendor upgrade, so the source's sum is unknown.
  type Sum = { good: number; scrap: number; n: number; asOfMs: number | null; where: string[]; suspect: string[]; unmapped: boolean };
  const sums = (): Sum[] => windows.map(() => ({ good: 0, scrap: 0, n: 0, asOfMs: null, where: [], suspect: [], unmapped: false }));
  const mes = sums(), erp = sums(), sheet = sums();
  for (const r of eq.recentProduction?.records ?? []) {
    const i = windowIndex(ms(r.startTime));
    if (i < 0) continue;
    const x = mes[i]!;
    if (r.goodQuantity === null || r.scrapQuantity === null) { x.unmapped = true; continue; }
    x.good += r.goodQuantity.value; x.scrap += r.scrapQuantity.value; x.n++;
    x.asOfMs = Math.max(x.asOfMs ?? 0, ms(r.recordedTime) ?? 0);
  }
  for (const l of eq.recentLabor?.records ?? []) {
    const i = windowIndex(ms(l.clockIn));
    if (i < 0) continue;
    const x = erp[i]!;
    if (l.quantity === null || l.scrapQuantity === null) { x.unmapped = true; continue; }
    x.good += l.quantity.value; x.scrap += l.scrapQuantity.value; x.n++;
    x.asOfMs = Math.max(x.asOfMs ?? 0, ms(l.clockOut) ?? 0);
    // The ERP's own plausibility checks on the record (a count typed twice is ABOVE_CAPACITY) make the shift's figure suspect.
    for (const issue of l.dataQuality?.issues ?? []) if (implausible.has(issue.code)) x.suspect.push(`${issue.code} (${fmt(l.quantity.value)} EA)`);
  }
  for (const l of eq.spreadsheetProduction?.lines ?? []) {
    const i = windows.findIndex((w) => w.startMs === ms(l.shiftStart));
    if (i < 0) continue;
    const x = sheet[i]!;
    x.good += l.goodQuantity.value; x.scrap += l.scrapQuantity.value; x.n++;
    x.asOfMs = Math.max(x.asOfMs ?? 0, ms(l.provenance.modifiedAt) ?? 0);
    if (x.where.length < 6) x.where.push(`${l.provenance.file} ${l.provenance.sheet}!${l.provenance.row}`);
  }
  const why = {
    MES: !mesKnown ? (eq.recentStates === null || eq.recentStates === undefined ? 'MES states unavailable' : 'MES does not know this equipment') : eq.recentProduction == null ? 'MES production unavailable' : 'outside the MES window',
    ERP: eq.recentLabor == null ? 'ERP labour unavailable' : 'outside the ERP labour window',
    SPREADSHEET: eq.spreadsheetProduction == null ? 'no readable shift log' : 'outside the shift log',
  };
  const what = { MES: 'MES records', ERP: 'ERP labour records (LaborDtl)', SPREADSHEET: 'shift-log lines' };
  return windows.map((w, i) => {
    const cand = (system: ReconcileSystem, span: Span | null, x: Sum, pick: 'good' | 'scrap' | 'produced'): FigureCandidate => {
      if (!covers(span, w.startMs)) return { system, raw: why[system], normalized: null, asOfMs: null };
      if (x.unmapped) return { system, raw: UNMAPPED(`${what[system]}' quantities`), normalized: null, asOfMs: null };
      const v = pick === 'good' ? x.good : pick === 'scrap' ? x.scrap : x.good + x.scrap;
      const where = system === 'SPREADSHEET' && x.where.length > 0 ? ` (${x.where.join('; ')}${x.n > x.where.length ? '; …' : ''})` : '';
      const suspect = x.suspect.length === 0 ? null : x.suspect.join('; ');
      return { system, raw: `${fmt(v)} EA ${pick} in ${x.n} ${what[system]}${where}${suspect === null ? '' : `; flagged ${suspect}`}`, normalized: v, asOfMs: x.asOfMs ?? span!.to, suspect };
    };
    const one = (pick: 'good' | 'scrap' | 'produced', field: ReconciledField): FigureParent => ({
      ...reconcileFigure(policy.fields[field], [cand('ERP', erpSpan, erp[i]!, pick), cand('MES', mesSpan, mes[i]!, pick), cand('SPREADSHEET', sheetSpan, sheet[i]!, pick)], { shiftClosed: w.closed }),
      subject: { subjectType: 'Equipment', subjectId: eq.id, field: `${pick}Quantity`, shiftStartMs: w.startMs },
    });
    return {
      shiftStartMs: w.startMs, shiftEndMs: w.endMs, shift: w.shift, closed: w.closed,
      goodQuantity: one('good', 'Equipment.shiftGoodQuantity'), scrapQuantity: one('scrap', 'Equipment.shiftScrapQuantity'), producedQuantity: one('produced', 'Equipment.shiftProducedQuantity'),
    };
  });
}

/** Every discrepancy of the given orders and equipment, each order once, largest impact first (ties: by id). */
export function listDiscrepancies(orders: readonly ProductionOrderRep[], equipment: readonly (DowntimeInputsRep & ShiftProductionInputsRep)[], policy: ReconciliationPolicy): DiscrepancyParent[] {
  const out: DiscrepancyParent[] = [];
  const seen = new Set<string>();
  for (const o of orders) {
    if (seen.has(o.id)) continue;
    seen.add(o.id);
    const q = reconcileOrder(o, policy);
    for (const f of [q.goodQuantity, q.scrapQuantity, q.producedQuantity, reconcileCompletion(o, policy)]) if (f.discrepancy !== null) out.push(f as DiscrepancyParent);
  }
  const seenEq = new Set<string>();
  for (const e of equipment) {
    if (seenEq.has(e.id)) continue;
    seenEq.add(e.id);
    for (const w of reconcileDowntime(e, policy)) if (w.downtimeMinutes.discrepancy !== null) out.push(w.downtimeMinutes as DiscrepancyParent);
    for (const w of reconcileShiftProduction(e, policy)) for (const f of [w.goodQuantity, w.scrapQuantity, w.producedQuantity]) if (f.discrepancy !== null) out.push(f as DiscrepancyParent);
  }
  return out.sort(byRank);
}

/** The lists' order: largest impact first, ties by id. */
function byRank(a: DiscrepancyParent, b: DiscrepancyParent): number {
  return b.discrepancy.impact - a.discrepancy.impact || discrepancyId(a).localeCompare(discrepancyId(b));
}

export interface DiscrepancyPage {
  readonly edges: readonly { readonly cursor: string; readonly node: DiscrepancyParent }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly totalCount: number;
}

/** Largest page a discrepancy list serves: a full page of every Discrepancy field stays inside the gateway's default cost budget. */
export const MAX_DISCREPANCY_PAGE = 500;

/**
 * One page of a ranked list. The cursor names a position in the ranking (impact and id), not an index, so a page
 * read after the figures moved continues after the same place instead of skipping or repeating by position.
 * Throws RangeError on a cursor this function did not make.
 */
export function discrepancyPage(all: readonly DiscrepancyParent[], first: number, after: string | null | undefined): DiscrepancyPage {
  let rest = all;
  if (after !== null && after !== undefined) {
    let pos: unknown;
    try { pos = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')); } catch { throw new RangeError('bad cursor'); }
    if (!Array.isArray(pos) || pos.length !== 2 || typeof pos[0] !== 'number' || typeof pos[1] !== 'string') throw new RangeError('bad cursor');
    const [impact, id] = pos as [number, string];
    rest = all.filter((d) => d.discrepancy.impact < impact || (d.discrepancy.impact === impact && discrepancyId(d).localeCompare(id) > 0));
  }
  const page = rest.slice(0, first);
  const cursor = (d: DiscrepancyParent): string => Buffer.from(JSON.stringify([d.discrepancy.impact, discrepancyId(d)]), 'utf8').toString('base64url');
  const edges = page.map((node) => ({ cursor: cursor(node), node }));
  return { edges, pageInfo: { hasNextPage: rest.length > page.length, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: all.length };
}

export function discrepancyId(f: FigureParent): string {
  const s = f.subject;
  return `${s.subjectType}/${s.subjectId}/${s.field}${s.shiftStartMs === null ? '' : `@${isoOf(s.shiftStartMs)}`}`;
}

/** The orders a work center's list covers: the recent ones (open, and closed within the windows). */
const ordersOf = (w: WorkCenterRep): readonly ProductionOrderRep[] => w.recentProductionOrders ?? [];

export function workCenterDiscrepancies(w: WorkCenterRep, policy: ReconciliationPolicy): DiscrepancyParent[] {
  return listDiscrepancies(ordersOf(w), (w.equipment ?? []) as readonly (DowntimeInputsRep & ShiftProductionInputsRep)[], policy);
}

export function siteDiscrepancies(s: SiteRep, policy: ReconciliationPolicy): DiscrepancyParent[] {
  const wcs = (s.areas ?? []).flatMap((a) => a.workCenters ?? []);
  return listDiscrepancies(wcs.flatMap(ordersOf), wcs.flatMap((w) => w.equipment ?? []) as readonly (DowntimeInputsRep & ShiftProductionInputsRep)[], policy);
}

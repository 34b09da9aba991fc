// Reconciliation on the canonical entities: turns the @requires inputs (ERP order status and operations, MES
// recentProduction / recentStates, spreadsheet lines) into candidates per figure and lets core/reconcile.ts
// choose under the plant's policy. Shift windows come from the policy's calendar (luxon, the site's zone).
import { DateTime } from 'luxon';
import { reconcileFigure } from '../core/index.ts';
import type { FigureCandidate, ReconcileSystem, ReconciledFigure } from '../core/index.ts';
import type { DowntimeInputsRep, ProductionOrderRep, SheetDowntimeLineRep, SiteRep, WorkCenterRep } from './models.ts';
import type { ReconciledField, ReconciliationPolicy } from './reconciliation-policy.ts';

export type FigureParent = ReconciledFigure & { readonly subject: SubjectRef };
export interface QuantitiesParent { readonly goodQuantity: FigureParent; readonly scrapQuantity: FigureParent; readonly producedQuantity: FigureParent }
export interface ShiftFigureParent { readonly shiftStartMs: number; readonly shiftEndMs: number; readonly shift: string; readonly downtimeMinutes: FigureParent }
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

const unusable = (why: string, asOfMs: number | null = null): SourceTotals => ({ totals: null, raw: { good: why, scrap: why, produced: why }, asOfMs });

/** ERP: good = final operation's completed quantity, scrap = all operations' posted scrap. */
function erpTotals(o: ProductionOrderRep): SourceTotals {
  if (o.operations === null || o.operations === undefined) return unusable('ERP operations unavailable');
  const asOf = ms(o.freshness?.asOf);
  if (o.operations.length === 0) return { totals: { good: 0, scrap: 0 }, raw: { good: 'no operations', scrap: 'no operations', produced: 'no operations' }, asOfMs: asOf };
  const last = [...o.operations].sort((a, b) => a.sequence - b.sequence).at(-1)!;
  const scrap = o.operations.reduce((s, op) => s + op.scrapQuantity.value, 0);
  const good = last.completedQuantity.value;
  return {
    totals: { good, scrap },
    raw: {
      good: `JobOper ${last.sequence} QtyCompleted ${fmt(good)} ${last.completedQuantity.unit ?? ''}`.trim(),
      scrap: `LaborDtl ScrapQty over ${o.operations.length} operations: ${o.operations.map((op) => `${op.sequence}=${fmt(op.scrapQuantity.value)}`).join(', ')}`,
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
  const fin = finalSequence(o, p.records.flatMap((r) => (r.operationSequence === null ? [] : [r.operationSequence])));
  const good = p.records.filter((r) => r.operationSequence === fin).reduce((s, r) => s + r.goodQuantity.value, 0);
  const scrap = p.records.reduce((s, r) => s + r.scrapQuantity.value, 0);
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

/** Shift windows of the policy calendar that start in [fromMs, toMs), ends clipped to toMs. */
export function calendarWindows(policy: ReconciliationPolicy, fromMs: number, toMs: number): { startMs: number; endMs: number; shift: string }[] {
  const zone = policy.calendar.timeZone;
  const starts = Object.entries(policy.calendar.shiftStarts).map(([name, hhmm]) => ({ name, h: Number(hhmm.slice(0, 2)), m: Number(hhmm.slice(3, 5)) }))
    .sort((a, b) => a.h * 60 + a.m - (b.h * 60 + b.m));
  const out: { startMs: number; endMs: number; shift: string }[] = [];
  let day = DateTime.fromMillis(fromMs, { zone }).startOf('day').minus({ days: 1 });
  const all: { startMs: number; shift: string }[] = [];
  while (day.toMillis() < toMs + 86_400_000) {
    for (const s of starts) all.push({ startMs: day.set({ hour: s.h, minute: s.m }).toMillis(), shift: s.name });
    day = day.plus({ days: 1 });
  }
  for (let i = 0; i + 1 < all.length; i++) {
    const w = all[i]!;
    if (w.startMs >= fromMs && w.startMs < toMs) out.push({ startMs: w.startMs, endMs: Math.min(all[i + 1]!.startMs, toMs), shift: w.shift });
  }
  return out;
}

const isDown = (state: string): boolean => state === 'DOWN_UNPLANNED' || state === 'DOWN_PLANNED';

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
      let minutes = 0, n = 0;
      for (const s of states) {
        if (!isDown(s.state)) continue;
        const a = Math.max(s.a, w.startMs), b = Math.min(s.b, end);
        if (b > a) { minutes += (b - a) / 60_000; n++; }
      }
      minutes = Math.round(minutes * 1000) / 1000;
      candidates.push({ system: 'MES', raw: `${fmt(minutes)} min in ${n} DOWN intervals`, normalized: minutes, asOfMs: mesSpan.to });
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

/** Every discrepancy of the given orders and equipment, each order once, largest impact first (ties: by id). */
export function listDiscrepancies(orders: readonly ProductionOrderRep[], equipment: readonly DowntimeInputsRep[], policy: ReconciliationPolicy, first: number): DiscrepancyParent[] {
  const out: DiscrepancyParent[] = [];
  const seen = new Set<string>();
  for (const o of orders) {
    if (seen.has(o.id)) continue;
    seen.add(o.id);
    const q = reconcileOrder(o, policy);
    for (const f of [q.goodQuantity, q.scrapQuantity, q.producedQuantity]) if (f.discrepancy !== null) out.push(f as DiscrepancyParent);
  }
  const seenEq = new Set<string>();
  for (const e of equipment) {
    if (seenEq.has(e.id)) continue;
    seenEq.add(e.id);
    for (const w of reconcileDowntime(e, policy)) if (w.downtimeMinutes.discrepancy !== null) out.push(w.downtimeMinutes as DiscrepancyParent);
  }
  return out.sort((a, b) => b.discrepancy.impact - a.discrepancy.impact || discrepancyId(a).localeCompare(discrepancyId(b))).slice(0, first);
}

export function discrepancyId(f: FigureParent): string {
  const s = f.subject;
  return `${s.subjectType}/${s.subjectId}/${s.field}${s.shiftStartMs === null ? '' : `@${isoOf(s.shiftStartMs)}`}`;
}

export function workCenterDiscrepancies(w: WorkCenterRep, policy: ReconciliationPolicy, first: number): DiscrepancyParent[] {
  return listDiscrepancies(w.activeProductionOrders ?? [], w.equipment ?? [], policy, first);
}

export function siteDiscrepancies(s: SiteRep, policy: ReconciliationPolicy, first: number): DiscrepancyParent[] {
  const wcs = (s.areas ?? []).flatMap((a) => a.workCenters ?? []);
  return listDiscrepancies(wcs.flatMap((w) => w.activeProductionOrders ?? []), wcs.flatMap((w) => w.equipment ?? []), policy, first);
}

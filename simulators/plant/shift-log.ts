/**
 * The supervisors' shift log (the plant's "Excel third version") and the disagreements seeded between the
 * systems, both derived from the clean model only, so the ground truth can say exactly what each system
 * will report and which figure is right.
 *
 * The log: one production line per (shift, machine, job operation) with good and scrap counts, and one
 * downtime line per down interval within a shift, for every shift that started in the last `days` local
 * days up to the plant clock (the running shift so far: operators fill the sheet as they go).
 *
 * Seeded disagreements (deterministic picks from the seed's 'reconciliation' stream):
 * - MES_MISSING_RECORD: the MES lost one production record of an order (a posted one: the ERP is right; an
 *   open one: the policy trusts the MES intraday and gets it wrong, on purpose, so the score is honest).
 * - ERP_NOT_POSTED: the ERP's completed quantity of an open order lags the last record (backflush pending).
 * - SHEET_TYPO: a good count typed wrong (a digit dropped or doubled).
 * - SHEET_DOUBLE_ENTRY: a shift line entered twice.
 * - SHEET_DOWNTIME_TYPO: downtime minutes typed wrong.
 * - ERP_COMPLETION_NOT_POSTED: a finished order (every operation complete) the ERP still shows open (JobComplete
 *   not set yet): the MES's production of the final operation has reached the planned quantity.
 * And one that the plant produces on its own: ERP_LABOR_NOT_POSTED, labour (and with it scrap) reaches the
 * ERP only when the shift's labour record closes, so orders worked in the running shift show less ERP scrap,
 * and machines working in the running shift show less (often nothing) in the ERP's labour for that shift.
 *
 * The same mistakes also show on the per-shift figures (good/scrap per machine x shift) and on an order's
 * completion (final operation's good >= planned): those are listed as seeded disagreements of their own (same
 * kind, subject Equipment with a shift, or field `completion`), each with what the default policy makes of it.
 */
import { DateTime } from 'luxon';
import type { Job, ProductionRecord } from './model.ts';
import type { Plant } from './plant-types.ts';
import { createRng, labelUnit } from './rng.ts';

/** Days of shifts the supervisors' log keeps (a rolling two weeks). */
export const SHIFT_LOG_DAYS = 13;

export interface ShiftWindow {
  /** Plant-local date the shift starts on (the 3rd shift belongs to the evening it starts), 'yyyy-MM-dd'. */
  readonly localDate: string;
  readonly shift: 1 | 2 | 3;
  readonly startMs: number;
  /** Shift end, or the plant clock for the running shift. */
  readonly endMs: number;
}

export interface ShiftLogProductionLine {
  readonly localDate: string;
  readonly shift: 1 | 2 | 3;
  readonly shiftStartMs: number;
  readonly machineId: string;
  readonly jobNum: string;
  readonly oprSeq: number;
  readonly good: number;
  readonly scrap: number;
  readonly operatorId: string;
}

export interface ShiftLogDowntimeLine {
  readonly localDate: string;
  readonly shift: 1 | 2 | 3;
  readonly shiftStartMs: number;
  readonly shiftEndMs: number;
  readonly machineId: string;
  /** Start of the down interval within the shift. */
  readonly startMs: number;
  readonly minutes: number;
  readonly reason: string;
}

export type SeededKind = 'MES_MISSING_RECORD' | 'ERP_NOT_POSTED' | 'ERP_LABOR_NOT_POSTED' | 'ERP_COMPLETION_NOT_POSTED' | 'ERP_LABOR_KEYED_TWICE' | 'SHEET_TYPO' | 'SHEET_DOUBLE_ENTRY' | 'SHEET_DOWNTIME_TYPO';

/** Share of labour rows (of 10 pieces or more) whose count the ERP holds typed twice (the implausibleCounts mess). */
const KEYED_TWICE_SHARE = 0.02;

/**
 * The labour rows whose LaborQty the ERP holds keyed twice (120 → 120120) when the implausibleCounts mess is on, by
 * `<Company>/<LaborDtlSeq>`: the ERP renderer types them so, and the per-shift truth lists what they spoil.
 */
export function keyedTwiceLabor(plant: Plant): ReadonlySet<string> {
  return new Set(plant.labor.filter((l) => l.laborQty >= 10 && labelUnit(plant.config.seed, `keyed-twice:${l.company}:${l.laborDtlSeq}`) < KEYED_TWICE_SHARE)
    .map((l) => `${l.company}/${l.laborDtlSeq}`));
}

/** One disagreement between a system and the truth, and whether the default policy still resolves the figure to the truth. */
export interface SeededDisagreement {
  readonly id: string;
  readonly kind: SeededKind;
  /** The system whose figure is wrong. */
  readonly system: 'ERP' | 'MES' | 'SPREADSHEET';
  readonly subject: 'ProductionOrder' | 'Equipment';
  /** ProductionOrder id `<Company>/<JobNum>` or equipment id. */
  readonly subjectId: string;
  /** `completion`: 1 when the order's production is complete, else 0. Equipment good/scrap are per shift. */
  readonly field: 'goodQuantity' | 'scrapQuantity' | 'downtimeMinutes' | 'completion';
  /** Shift start (UTC ISO) for per-shift figures; null for order totals. */
  readonly shiftStartUtc: string | null;
  readonly trueValue: number;
  /** What the wrong system reports. */
  readonly reportedValue: number;
  /** True when the default policy picks another, correct source for this figure. */
  readonly policyResolves: boolean;
  /** False when the wrong system is the only one that reports the figure, so nothing can contradict it. */
  readonly detectable: boolean;
}

export interface ReconciliationPlan {
  readonly coverageFromMs: number;
  readonly coverageToMs: number;
  readonly windows: readonly ShiftWindow[];
  /** The log as the supervisors would have written it without mistakes. */
  readonly production: readonly ShiftLogProductionLine[];
  readonly downtime: readonly ShiftLogDowntimeLine[];
  /** Edits applied to the log when rendered with disagreements on (indexes into production / downtime). */
  readonly sheetEdits: {
    readonly productionTypos: readonly { readonly index: number; readonly good: number }[];
    readonly productionDoubles: readonly number[];
    readonly downtimeTypos: readonly { readonly index: number; readonly minutes: number }[];
  };
  /** MES record ids the MES lost. */
  readonly mesDroppedRecordIds: readonly number[];
  /** ERP JobOper.QtyCompleted shortfalls: `<JobNum>/<OprSeq>` → pieces not yet posted. */
  readonly erpUnposted: ReadonlyMap<string, number>;
  /** Job numbers of finished orders the ERP still shows open (JobComplete 0). */
  readonly erpCompletionUnposted: ReadonlySet<string>;
  readonly seeded: readonly SeededDisagreement[];
  /**
   * Orders whose whole life lies in the log's coverage, with their true totals (final-op good; scrap over all ops)
   * and completion (1 when every operation is complete), and the planned quantity completion is judged against.
   */
  readonly orders: readonly { readonly id: string; readonly status: Job['status']; readonly good: number; readonly scrap: number; readonly produced: number; readonly plannedQuantity: number; readonly completion: 0 | 1 }[];
  /** True good/scrap per machine per shift window of the coverage (records by the shift they started in, as the log counts them). */
  readonly shiftProduction: readonly { readonly equipmentId: string; readonly shiftStartMs: number; readonly shiftEndMs: number; readonly good: number; readonly scrap: number }[];
  /** True downtime minutes (DOWN_UNPLANNED + DOWN_PLANNED) per machine per shift window of the coverage. */
  readonly shiftDowntime: readonly { readonly equipmentId: string; readonly shiftStartMs: number; readonly shiftEndMs: number; readonly minutes: number }[];
}

const plans = new WeakMap<Plant, ReconciliationPlan>();

/** The shift windows of the plant calendar (06/14/22 local) that start in [fromMs, toMs), ends clipped to toMs. */
export function shiftWindows(zone: string, fromMs: number, toMs: number): ShiftWindow[] {
  const out: ShiftWindow[] = [];
  let day = DateTime.fromMillis(fromMs, { zone }).startOf('day').minus({ days: 1 });
  while (day.toMillis() < toMs) {
    for (const [shift, hour] of [[1, 6], [2, 14], [3, 22]] as const) {
      const start = day.set({ hour }).toMillis();
      const end = (shift === 3 ? day.plus({ days: 1 }).set({ hour: 6 }) : day.set({ hour: hour + 8 })).toMillis();
      if (start >= fromMs && start < toMs) out.push({ localDate: day.toFormat('yyyy-MM-dd'), shift, startMs: start, endMs: Math.min(end, toMs) });
    }
    day = day.plus({ days: 1 });
  }
  return out;
}

/**
 * The shift log and the seeded disagreements of `plant` at its anchor. Pure and deterministic (same plant,
 * same plan); memoized per plant object because the ERP, MES and spreadsheet renderers all ask for it.
 */
export function planReconciliation(plant: Plant): ReconciliationPlan {
  const cached = plans.get(plant);
  if (cached !== undefined) return cached;
  const zone = plant.config.timeZone;
  const nowMs = plant.config.anchorMs;
  const fromMs = DateTime.fromMillis(nowMs, { zone }).startOf('day').minus({ days: SHIFT_LOG_DAYS }).set({ hour: 6 }).toMillis();
  const windows = shiftWindows(zone, fromMs, nowMs);
  const windowOf = (ms: number): ShiftWindow | undefined => {
    // Windows are sorted and contiguous; a binary search keeps 50k records cheap.
    let lo = 0, hi = windows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = windows[mid]!;
      if (ms < w.startMs) hi = mid - 1; else if (ms >= w.endMs) lo = mid + 1; else return w;
    }
    return undefined;
  };

  // Production lines: the records of each shift summed per machine and job operation (a record belongs to the shift it started in).
  const recs = plant.productionRecords.filter((r) => r.startMs >= fromMs && r.endMs <= nowMs);
  const lines = new Map<string, { line: ShiftLogProductionLine; records: ProductionRecord[] }>();
  for (const r of recs) {
    const w = windowOf(r.startMs);
    if (w === undefined) continue;
    const k = `${w.startMs}|${r.machineId}|${r.jobNum}|${r.oprSeq}`;
    const e = lines.get(k);
    if (e === undefined) lines.set(k, { line: { localDate: w.localDate, shift: w.shift, shiftStartMs: w.startMs, machineId: r.machineId, jobNum: r.jobNum, oprSeq: r.oprSeq, good: r.goodQty, scrap: r.scrapQty, operatorId: r.operatorId }, records: [r] });
    else { e.line = { ...e.line, good: e.line.good + r.goodQty, scrap: e.line.scrap + r.scrapQty }; e.records.push(r); }
  }
  const production = [...lines.values()].map((e) => e.line)
    .sort((a, b) => a.shiftStartMs - b.shiftStartMs || a.machineId.localeCompare(b.machineId) || a.jobNum.localeCompare(b.jobNum) || a.oprSeq - b.oprSeq);

  // Downtime lines and the true minutes per machine and shift.
  const downtime: ShiftLogDowntimeLine[] = [];
  const shiftDown = new Map<string, number>();
  for (const s of plant.states) {
    if (s.state !== 'DOWN_UNPLANNED' && s.state !== 'DOWN_PLANNED') continue;
    if (s.endMs <= fromMs || s.startMs >= nowMs) continue;
    for (const w of windows) {
      const a = Math.max(s.startMs, w.startMs), b = Math.min(s.endMs, w.endMs);
      if (b <= a) continue;
      const minutes = (b - a) / 60_000;
      shiftDown.set(`${s.machineId}|${w.startMs}`, (shiftDown.get(`${s.machineId}|${w.startMs}`) ?? 0) + minutes);
      downtime.push({ localDate: w.localDate, shift: w.shift, shiftStartMs: w.startMs, shiftEndMs: w.endMs, machineId: s.machineId, startMs: a, minutes, reason: s.reason ?? 'DOWN' });
    }
  }
  downtime.sort((a, b) => a.shiftStartMs - b.shiftStartMs || a.machineId.localeCompare(b.machineId) || a.startMs - b.startMs);
  const shiftDowntime = plant.machines.flatMap((m) => windows.map((w) => ({
    equipmentId: m.id, shiftStartMs: w.startMs, shiftEndMs: w.endMs, minutes: shiftDown.get(`${m.id}|${w.startMs}`) ?? 0,
  })));

  // Orders whose whole life (every operation's actual start) lies in the coverage: every source can see all of them.
  const company = plant.site.company;
  const allByJob = groupBy(plant.productionRecords, (r) => r.jobNum);
  const inLogByJob = groupBy(recs, (r) => r.jobNum);
  const covered = plant.jobs.filter((j) => j.company === company && j.operations.some((o) => o.goodQty + o.scrapQty > 0)
    && j.operations.every((o) => o.actualStartMs === null || o.actualStartMs >= fromMs)
    && (inLogByJob.get(j.jobNum)?.length ?? 0) === (allByJob.get(j.jobNum)?.length ?? 0));
  const totals = (j: Job): { good: number; scrap: number } => ({
    good: j.operations[j.operations.length - 1]?.goodQty ?? 0,
    scrap: j.operations.reduce((s, o) => s + o.scrapQty, 0),
  });
  const isComplete = (j: Job): 0 | 1 => (j.operations.length > 0 && j.operations.every((o) => o.complete) ? 1 : 0);
  const orders = covered.map((j) => ({ id: `${j.company}/${j.jobNum}`, status: j.status, ...totals(j), produced: totals(j).good + totals(j).scrap, plannedQuantity: j.prodQty, completion: isComplete(j) }));

  const rng = createRng(plant.config.seed, 'reconciliation');
  const seeded: SeededDisagreement[] = [];
  const taken = new Set<string>();
  const posted = (j: Job): boolean => j.status === 'COMPLETE' || j.status === 'CLOSED';
  const pickJob = (pred: (j: Job) => boolean): Job | undefined => {
    const pool = covered.filter((j) => !taken.has(j.jobNum) && pred(j));
    if (pool.length === 0) return undefined;
    const j = rng.pick(pool);
    taken.add(j.jobNum);
    return j;
  };
  const finalOp = (j: Job) => j.operations[j.operations.length - 1]!;
  const finalRecords = (j: Job): ProductionRecord[] => (inLogByJob.get(j.jobNum) ?? []).filter((r) => r.oprSeq === finalOp(j).oprSeq && r.goodQty > 0);

  // The MES lost a record: of posted orders (the ERP is right) and of one open order (the policy is wrong there).
  const mesDroppedRecordIds: number[] = [];
  for (const wantPosted of [true, true, false]) {
    const j = pickJob((x) => posted(x) === wantPosted && finalRecords(x).length >= 2);
    if (j === undefined) continue;
    const r = rng.pick(finalRecords(j));
    mesDroppedRecordIds.push(r.recordId);
    const t = totals(j);
    seeded.push({ id: `seed-${seeded.length + 1}`, kind: 'MES_MISSING_RECORD', system: 'MES', subject: 'ProductionOrder', subjectId: `${company}/${j.jobNum}`, field: 'goodQuantity', shiftStartUtc: null, trueValue: t.good, reportedValue: t.good - r.goodQty, policyResolves: wantPosted, detectable: true });
    if (r.scrapQty > 0) seeded.push({ id: `seed-${seeded.length + 1}`, kind: 'MES_MISSING_RECORD', system: 'MES', subject: 'ProductionOrder', subjectId: `${company}/${j.jobNum}`, field: 'scrapQuantity', shiftStartUtc: null, trueValue: t.scrap, reportedValue: t.scrap - r.scrapQty, policyResolves: wantPosted, detectable: true });
  }
  // The ERP has not posted an open order's last record yet.
  const erpUnposted = new Map<string, number>();
  for (let i = 0; i < 3; i++) {
    const j = pickJob((x) => !posted(x) && finalRecords(x).length >= 1);
    if (j === undefined) continue;
    const rs = finalRecords(j);
    const last = rs[rs.length - 1]!;
    erpUnposted.set(`${j.jobNum}/${finalOp(j).oprSeq}`, last.goodQty);
    const t = totals(j);
    seeded.push({ id: `seed-${seeded.length + 1}`, kind: 'ERP_NOT_POSTED', system: 'ERP', subject: 'ProductionOrder', subjectId: `${company}/${j.jobNum}`, field: 'goodQuantity', shiftStartUtc: null, trueValue: t.good, reportedValue: t.good - last.goodQty, policyResolves: true, detectable: true });
  }
  // Typed wrong in the sheet: a good count of the final operation with a digit doubled or dropped.
  const productionTypos: { index: number; good: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const j = pickJob((x) => production.some((l) => l.jobNum === x.jobNum && l.oprSeq === finalOp(x).oprSeq && l.good >= 10));
    if (j === undefined) continue;
    const idxs = production.flatMap((l, k) => (l.jobNum === j.jobNum && l.oprSeq === finalOp(j).oprSeq && l.good >= 10 ? [k] : []));
    const index = rng.pick(idxs);
    const good = production[index]!.good;
    const text = String(good);
    const typo = rng.chance(0.5) ? Number(text + text.slice(-1)) : Number(text.slice(0, -1));
    productionTypos.push({ index, good: typo });
    const t = totals(j);
    seeded.push({ id: `seed-${seeded.length + 1}`, kind: 'SHEET_TYPO', system: 'SPREADSHEET', subject: 'ProductionOrder', subjectId: `${company}/${j.jobNum}`, field: 'goodQuantity', shiftStartUtc: null, trueValue: t.good, reportedValue: t.good - good + typo, policyResolves: true, detectable: true });
  }
  // A shift line entered twice.
  const productionDoubles: number[] = [];
  for (let i = 0; i < 2; i++) {
    const j = pickJob((x) => production.some((l) => l.jobNum === x.jobNum && l.oprSeq === finalOp(x).oprSeq && l.good > 0));
    if (j === undefined) continue;
    const idxs = production.flatMap((l, k) => (l.jobNum === j.jobNum && l.oprSeq === finalOp(j).oprSeq && l.good > 0 ? [k] : []));
    const index = rng.pick(idxs);
    productionDoubles.push(index);
    const t = totals(j);
    seeded.push({ id: `seed-${seeded.length + 1}`, kind: 'SHEET_DOUBLE_ENTRY', system: 'SPREADSHEET', subject: 'ProductionOrder', subjectId: `${company}/${j.jobNum}`, field: 'goodQuantity', shiftStartUtc: null, trueValue: t.good, reportedValue: t.good + production[index]!.good, policyResolves: true, detectable: true });
    if (production[index]!.scrap > 0) seeded.push({ id: `seed-${seeded.length + 1}`, kind: 'SHEET_DOUBLE_ENTRY', system: 'SPREADSHEET', subject: 'ProductionOrder', subjectId: `${company}/${j.jobNum}`, field: 'scrapQuantity', shiftStartUtc: null, trueValue: t.scrap, reportedValue: t.scrap + production[index]!.scrap, policyResolves: true, detectable: true });
  }
  // Machines the MES cannot name under the differentIds mess (simulators/mes/render.ts renderErpCode: a blank
  // alias at index % 5 === 1, a dashless 'swiss01' at index % 5 === 3 that matches no ERP id). With that mess off,
  // or once identity matching learns the dashless form, the MES knows them and the figures come out better than this says.
  const mesBlind = new Set(plant.machines.filter((_, i) => i % 5 === 1 || i % 5 === 3).map((m) => m.id));
  // Downtime minutes typed wrong (an extra zero, or the digits swapped).
  const downtimeTypos: { index: number; minutes: number }[] = [];
  const usedShift = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const idxs = downtime.flatMap((l, k) => (l.minutes >= 12 && Number.isInteger(l.minutes) && !usedShift.has(`${l.machineId}|${l.shiftStartMs}`) ? [k] : []));
    if (idxs.length === 0) break;
    const index = rng.pick(idxs);
    const line = downtime[index]!;
    usedShift.add(`${line.machineId}|${line.shiftStartMs}`);
    const text = String(line.minutes);
    const swapped = text.length >= 2 ? Number(text.slice(1) + text[0]) : line.minutes * 10;
    const minutes = rng.chance(0.5) || swapped === line.minutes ? line.minutes * 10 : swapped;
    downtimeTypos.push({ index, minutes });
    const trueValue = shiftDown.get(`${line.machineId}|${line.shiftStartMs}`) ?? 0;
    // A machine the MES cannot name (its ERP alias is blank there) has only the sheet's figure: nothing contradicts the typo.
    const mesKnows = !mesBlind.has(line.machineId);
    seeded.push({ id: `seed-${seeded.length + 1}`, kind: 'SHEET_DOWNTIME_TYPO', system: 'SPREADSHEET', subject: 'Equipment', subjectId: line.machineId, field: 'downtimeMinutes', shiftStartUtc: new Date(line.shiftStartMs).toISOString(), trueValue, reportedValue: trueValue - line.minutes + minutes, policyResolves: mesKnows, detectable: mesKnows });
  }
  // Labour closes at shift end: orders worked in the running shift show less scrap in the ERP (the plant does this on its own).
  const running = windows[windows.length - 1];
  if (running !== undefined) {
    const laborByJob = groupBy(plant.labor.filter((l) => l.company === company && l.clockOutMs <= nowMs), (l) => l.jobNum);
    for (const j of covered) {
      if (posted(j)) continue;
      const t = totals(j);
      const erpScrap = (laborByJob.get(j.jobNum) ?? []).reduce((s, l) => s + l.scrapQty, 0);
      // Where the MES also lost scrap of this order, the policy's MES figure is wrong too and may even agree with the ERP.
      const mesAlsoWrong = seeded.some((x) => x.kind === 'MES_MISSING_RECORD' && x.field === 'scrapQuantity' && x.subjectId === `${company}/${j.jobNum}`);
      if (erpScrap !== t.scrap) seeded.push({ id: `seed-${seeded.length + 1}`, kind: 'ERP_LABOR_NOT_POSTED', system: 'ERP', subject: 'ProductionOrder', subjectId: `${company}/${j.jobNum}`, field: 'scrapQuantity', shiftStartUtc: null, trueValue: t.scrap, reportedValue: erpScrap, policyResolves: !mesAlsoWrong, detectable: !mesAlsoWrong });
    }
  }

  // The ERP has not flagged finished orders complete yet (after every other pick, so the picks above stay as they were).
  const erpCompletionUnposted = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const j = pickJob((x) => x.status === 'COMPLETE' && isComplete(x) === 1 && finalRecords(x).length >= 1);
    if (j === undefined) continue;
    erpCompletionUnposted.add(j.jobNum);
    seeded.push({ id: `seed-${seeded.length + 1}`, kind: 'ERP_COMPLETION_NOT_POSTED', system: 'ERP', subject: 'ProductionOrder', subjectId: `${company}/${j.jobNum}`, field: 'completion', shiftStartUtc: null, trueValue: 1, reportedValue: 0, policyResolves: true, detectable: true });
  }

  // Completion as each system reports it, after the edits above: the ERP by its job flags, the MES and the sheet by
  // the final operation's good reaching the planned quantity. Where a seeded mistake flips a system's answer it is
  // a disagreement of its own. Default policy: the ERP once it says complete, else the MES (the sheet never chooses).
  const dropped = new Set(mesDroppedRecordIds);
  const typoAt = new Map(productionTypos.map((t) => [t.index, t.good]));
  const doubledAt = new Set(productionDoubles);
  for (const j of covered) {
    const truth = isComplete(j);
    const fin = finalOp(j).oprSeq;
    const erpSaysComplete = (j.status === 'COMPLETE' || j.status === 'CLOSED') && !erpCompletionUnposted.has(j.jobNum);
    const mesGood = (inLogByJob.get(j.jobNum) ?? []).filter((r) => r.oprSeq === fin && !dropped.has(r.recordId)).reduce((a, r) => a + r.goodQty, 0);
    let sheetGood = 0;
    production.forEach((l, k) => { if (l.jobNum === j.jobNum && l.oprSeq === fin) sheetGood += (typoAt.get(k) ?? l.good) * (doubledAt.has(k) ? 2 : 1); });
    const mes: 0 | 1 = mesGood >= j.prodQty ? 1 : 0;
    const sheet: 0 | 1 = sheetGood >= j.prodQty ? 1 : 0;
    const id = `${company}/${j.jobNum}`;
    const kindOf = (system: 'MES' | 'SPREADSHEET'): SeededKind | null => {
      const mine = seeded.filter((x) => x.subjectId === id && x.system === system && x.field !== 'completion');
      return mine[0]?.kind ?? null;
    };
    if (mes !== truth && kindOf('MES') !== null) seeded.push({ id: `seed-${seeded.length + 1}`, kind: kindOf('MES')!, system: 'MES', subject: 'ProductionOrder', subjectId: id, field: 'completion', shiftStartUtc: null, trueValue: truth, reportedValue: mes, policyResolves: erpSaysComplete, detectable: true });
    if (sheet !== truth && kindOf('SPREADSHEET') !== null) seeded.push({ id: `seed-${seeded.length + 1}`, kind: kindOf('SPREADSHEET')!, system: 'SPREADSHEET', subject: 'ProductionOrder', subjectId: id, field: 'completion', shiftStartUtc: null, trueValue: truth, reportedValue: sheet, policyResolves: true, detectable: true });
  }

  // Per-shift production (machine x shift): the truth, and the seeded mistakes as each shift figure sees them.
  const shiftGood = new Map<string, { good: number; scrap: number }>();
  for (const l of production) {
    const k = `${l.machineId}|${l.shiftStartMs}`;
    const e = shiftGood.get(k) ?? { good: 0, scrap: 0 };
    shiftGood.set(k, { good: e.good + l.good, scrap: e.scrap + l.scrap });
  }
  const shiftProduction = plant.machines.flatMap((m) => windows.map((w) => ({
    equipmentId: m.id, shiftStartMs: w.startMs, shiftEndMs: w.endMs, ...(shiftGood.get(`${m.id}|${w.startMs}`) ?? { good: 0, scrap: 0 }),
  })));
  const trueShift = (machineId: string, startMs: number) => shiftGood.get(`${machineId}|${startMs}`) ?? { good: 0, scrap: 0 };
  // Each system's per-shift report, built from what it renders: MES without the lost records, the ERP's labour
  // closed by the plant clock (by clock-in shift), the sheet with its typos and double entries.
  const add = (m: Map<string, { good: number; scrap: number }>, k: string, good: number, scrap: number) => {
    const e = m.get(k) ?? { good: 0, scrap: 0 };
    m.set(k, { good: e.good + good, scrap: e.scrap + scrap });
  };
  const mesShift = new Map<string, { good: number; scrap: number }>();
  for (const r of recs) { const w = windowOf(r.startMs); if (w !== undefined && !dropped.has(r.recordId)) add(mesShift, `${r.machineId}|${w.startMs}`, r.goodQty, r.scrapQty); }
  // With the implausibleCounts mess the ERP holds a few labour counts typed twice; those shifts' ERP figures are wrong too.
  const keyedTwice = keyedTwiceLabor(plant);
  const keyedTwiceShift = new Set<string>();
  const erpShift = new Map<string, { good: number; scrap: number }>();
  for (const l of plant.labor) {
    if (l.company !== company || l.clockOutMs > nowMs) continue;
    const w = windowOf(l.clockInMs);
    if (w === undefined) continue;
    const twice = keyedTwice.has(`${l.company}/${l.laborDtlSeq}`);
    if (twice) keyedTwiceShift.add(`${l.machineId}|${w.startMs}`);
    add(erpShift, `${l.machineId}|${w.startMs}`, twice ? Number(`${l.laborQty}${l.laborQty}`) : l.laborQty, l.scrapQty);
  }
  const sheetShift = new Map<string, { good: number; scrap: number }>();
  production.forEach((l, k) => add(sheetShift, `${l.machineId}|${l.shiftStartMs}`, (typoAt.get(k) ?? l.good) * (doubledAt.has(k) ? 2 : 1), l.scrap * (doubledAt.has(k) ? 2 : 1)));
  const runningStart = running?.startMs ?? null;
  const mistakes = (k: string, system: 'ERP' | 'MES' | 'SPREADSHEET', machineId: string, shiftStartMs: number): SeededKind | null => {
    if (system === 'ERP') return keyedTwiceShift.has(k) ? 'ERP_LABOR_KEYED_TWICE' : shiftStartMs === runningStart ? 'ERP_LABOR_NOT_POSTED' : null;
    if (system === 'MES') return recs.some((r) => dropped.has(r.recordId) && r.machineId === machineId && windowOf(r.startMs)?.startMs === shiftStartMs) ? 'MES_MISSING_RECORD' : null;
    const idx = production.findIndex((l, i) => (typoAt.has(i) || doubledAt.has(i)) && `${l.machineId}|${l.shiftStartMs}` === k);
    return idx < 0 ? null : typoAt.has(idx) ? 'SHEET_TYPO' : 'SHEET_DOUBLE_ENTRY';
  };
  for (const sp of shiftProduction) {
    const k = `${sp.equipmentId}|${sp.shiftStartMs}`;
    const t = trueShift(sp.equipmentId, sp.shiftStartMs);
    // The MES reports every machine here: it records production under its own machine code whatever its ERP alias
    // says (linking the two is the consumer's job, and the identity crosswalk links them all on the demo plant).
    const reports = { ERP: erpShift.get(k) ?? { good: 0, scrap: 0 }, MES: mesShift.get(k) ?? { good: 0, scrap: 0 }, SPREADSHEET: sheetShift.get(k) ?? { good: 0, scrap: 0 } };
    // The default policy: the ERP for a closed shift, the MES for the running one; a figure the ERP's own plausibility
    // check flags (ABOVE_CAPACITY, which a count typed twice always is here) is passed over for the MES.
    const chosen = sp.shiftStartMs !== runningStart && !keyedTwiceShift.has(k) ? 'ERP' : 'MES';
    for (const field of ['goodQuantity', 'scrapQuantity'] as const) {
      const pick = field === 'goodQuantity' ? 'good' : 'scrap';
      for (const system of ['ERP', 'MES', 'SPREADSHEET'] as const) {
        const r = reports[system];
        if (r[pick] === t[pick]) continue;
        const kind = mistakes(k, system, sp.equipmentId, sp.shiftStartMs);
        if (kind === null) continue;
        const chosenValue = reports[chosen][pick];
        // A discrepancy names this system only when the chosen figure differs from it (or, chosen itself, when another differs).
        const named = system === chosen ? (['ERP', 'MES', 'SPREADSHEET'] as const).some((x) => reports[x][pick] !== r[pick]) : chosenValue !== r[pick];
        seeded.push({ id: `seed-${seeded.length + 1}`, kind, system, subject: 'Equipment', subjectId: sp.equipmentId, field, shiftStartUtc: new Date(sp.shiftStartMs).toISOString(), trueValue: t[pick], reportedValue: r[pick], policyResolves: chosenValue === t[pick], detectable: named });
      }
    }
  }

  const plan: ReconciliationPlan = {
    coverageFromMs: fromMs, coverageToMs: nowMs, windows, production, downtime,
    sheetEdits: { productionTypos, productionDoubles, downtimeTypos },
    mesDroppedRecordIds, erpUnposted, erpCompletionUnposted, seeded, orders, shiftDowntime, shiftProduction,
  };
  plans.set(plant, plan);
  return plan;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) { const k = key(t); const l = m.get(k); if (l === undefined) m.set(k, [t]); else l.push(t); }
  return m;
}

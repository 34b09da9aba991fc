/**
 * The seeded demo-plant generator: `generatePlant(config)` simulates the history up to the anchor and
 * returns the clean plant model; `advancePlant(plant, toMs)` continues the same simulation (live mode).
 *
 * Determinism: nothing reads the wall clock or Math.random. Every machine simulates from its own forked
 * streams (rng.ts); global record ids are assigned after each advance in (emit minute, machine, order)
 * order, so the data depend only on the seed and the plant-clock times reached, not on how the time
 * was cut into advances.
 */
import { buildLayout, SAMPLE_INTERVAL_MS, type Layout } from './catalog.ts';
import { createShiftCalendar } from './calendar.ts';
import { MachineSim } from './machine-sim.ts';
import type {
  DriftTruth, Job, LaborRecord, MaintenanceEvent, MaintenanceWorkOrder, Meter, MeterReading, PmSchedule,
  ProductionRecord, QualityMeasurement, StateInterval, WorkOrderStatus,
} from './model.ts';
import type { Plant, PlantConfig } from './plant-types.ts';
import { createRng, type Rng } from './rng.ts';
import type { JobRuntime, OpRuntime, Outbox, WoPlan } from './sim-types.ts';

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Defaults: seed 42, 90 days, 40 machines, 200 parts, America/Chicago, and an anchor of
 * 2026-11-10T00:00:00Z so the history spans the 2026-11-01 fall-back (DST overlap).
 */
export const defaultPlantConfig: PlantConfig = Object.freeze({
  seed: 42, days: 90, anchorMs: Date.UTC(2026, 10, 10), machines: 40, parts: 200, timeZone: 'America/Chicago',
});

/** Records appended to the plant by one advance (live mode hands this to `onAppend`). */
export interface PlantAppend {
  readonly fromMs: number;
  readonly toMs: number;
  readonly productionRecords: readonly ProductionRecord[];
  readonly labor: readonly LaborRecord[];
  readonly quality: readonly QualityMeasurement[];
  /** State intervals that closed during the advance (the open interval of each machine is in plant.states, truncated). */
  readonly states: readonly StateInterval[];
  readonly events: readonly MaintenanceEvent[];
  /** Work orders created or changed (status, updatedMs) during the advance: what a CMMS `updatedAfter` poll returns. */
  readonly workOrders: readonly MaintenanceWorkOrder[];
  /** Jobs created or changed (status, operation quantities or actual times) during the advance. */
  readonly jobs: readonly Job[];
  readonly meterReadings: readonly MeterReading[];
  /** Drift episodes that ended during the advance. */
  readonly drifts: readonly DriftTruth[];
  /** Samples appended per series (every series grows by the same count). */
  readonly samplesPerSeries: number;
}

interface MutableSeries {
  readonly machineId: string;
  readonly tag: string;
  readonly unit: string;
  readonly startMs: number;
  readonly intervalMs: number;
  values: Float64Array;
}

interface MutablePlant {
  readonly config: PlantConfig;
  readonly site: Plant['site'];
  readonly areas: Plant['areas'];
  readonly workCenters: Plant['workCenters'];
  readonly machines: Plant['machines'];
  readonly parts: Plant['parts'];
  readonly employees: Plant['employees'];
  readonly jobs: Job[];
  readonly productionRecords: ProductionRecord[];
  readonly labor: LaborRecord[];
  readonly states: StateInterval[];
  readonly series: MutableSeries[];
  readonly quality: QualityMeasurement[];
  readonly events: MaintenanceEvent[];
  readonly workOrders: MaintenanceWorkOrder[];
  readonly failureCodes: Plant['failureCodes'];
  readonly pmSchedules: PmSchedule[];
  readonly meters: Meter[];
  readonly meterReadings: MeterReading[];
  readonly drifts: DriftTruth[];
}

interface PlantSim {
  readonly config: PlantConfig;
  readonly layout: Layout;
  readonly startMs: number;
  readonly machines: MachineSim[];
  readonly byId: Map<string, MachineSim>;
  readonly jobRng: Rng;
  readonly jobs: JobRuntime[];
  readonly plannedEnd: Map<string, number>;
  readonly meanJobGapMinutes: number;
  nextJobMs: number;
  jobSeq: number;
  nowMs: number;
  readonly woPlans: WoPlan[];
  woSeq: number;
  recordSeq: number;
  laborSeq: number;
  qualitySeq: number;
  readonly closedStates: KeyedList<StateInterval>;
  readonly closedDrifts: KeyedList<DriftTruth>;
  /** Work-order snapshots by woPlans index; DONE and CANCELLED ones are final and reused. */
  readonly woSnaps: MaintenanceWorkOrder[];
  readonly plant: MutablePlant;
  /**
   * Total order for time-sorted arrays: time, then machine order. Ties must not depend on which
   * advance emitted a record, or cutting time differently would reorder the arrays.
   */
  readonly sortKey: (ms: number, machineId: string) => number;
  readonly meterMachine: ReadonlyMap<string, string>;
}

const sims = new WeakMap<Plant, PlantSim>();

/**
 * Generates the demo plant: layout, jobs and `days` of simulated history ending at `anchorMs`.
 * Same config → identical plant (byte-identical ground truth). Throws on a non-positive or fractional
 * size, an anchor off the whole hour, more than 1024 machines or an unknown time zone.
 */
export function generatePlant(config: Partial<PlantConfig> = {}): Plant {
  const cfg: PlantConfig = Object.freeze({ ...defaultPlantConfig, ...config });
  if (!(cfg.days > 0) || !(cfg.machines > 0) || !(cfg.parts > 0)) throw new Error(`generatePlant: days, machines and parts must be positive (got ${cfg.days}, ${cfg.machines}, ${cfg.parts})`);
  if (cfg.anchorMs % HOUR !== 0) throw new Error('generatePlant: anchorMs must be on a whole UTC hour');
  // Whole hours of history keep samples and hourly readings on round clock times.
  if (!Number.isInteger(cfg.days * 24) || !Number.isInteger(cfg.machines) || !Number.isInteger(cfg.parts)) {
    throw new Error('generatePlant: days must be whole hours (days × 24 an integer); machines and parts integers');
  }
  const root = createRng(cfg.seed);
  const layout = buildLayout(cfg, root.fork('layout'));
  const startMs = cfg.anchorMs - cfg.days * DAY;
  const calendar = createShiftCalendar(cfg.timeZone);
  calendar.shiftAt(startMs, 'FIVE_DAY'); // fails fast on an unknown zone
  const machines = layout.profiles.map((p) => new MachineSim(p, calendar, layout.employees, startMs, root.fork(`sim/${p.machine.id}`)));
  const plant: MutablePlant = {
    config: cfg, site: layout.site, areas: layout.areas, workCenters: layout.workCenters, machines: layout.machines,
    parts: layout.parts, employees: layout.employees, jobs: [], productionRecords: [], labor: [], states: [],
    series: machines.flatMap((m) => m.vars.map((v) => ({ machineId: m.machine.id, tag: v.spec.tag, unit: v.spec.unit, startMs, intervalMs: SAMPLE_INTERVAL_MS, values: new Float64Array(0) }))),
    quality: [], events: [], workOrders: [], failureCodes: layout.failureCodes, pmSchedules: [],
    meters: machines.flatMap((m) => m.meters), meterReadings: [], drifts: [],
  };
  const sim: PlantSim = {
    config: cfg, layout, startMs, machines, byId: new Map(machines.map((m) => [m.machine.id, m])), jobRng: root.fork('jobs'),
    jobs: [], plannedEnd: new Map(machines.map((m) => [m.machine.id, startMs])),
    // Demand sized to roughly fill the shop; the backlog cap in createJob trims overloaded work centers.
    meanJobGapMinutes: 1440 / Math.max(1, cfg.machines),
    // Jobs start arriving a week before the history so machines have work on day one.
    nextJobMs: startMs - 7 * DAY, jobSeq: 0, nowMs: startMs, woPlans: [], woSeq: 0, recordSeq: 0, laborSeq: 0, qualitySeq: 0,
    closedStates: new KeyedList(), closedDrifts: new KeyedList(), woSnaps: [], plant,
    sortKey: machineSortKey(machines.map((m) => m.machine.id)),
    meterMachine: new Map(plant.meters.map((m) => [m.id, m.machineId])),
  };
  const result = plant as Plant;
  sims.set(result, sim);
  advance(sim, cfg.anchorMs);
  return result;
}

/**
 * Continues the simulation of a plant from `generatePlant` up to `toMs` (epoch ms, floored to the
 * minute), appending the new records to the plant's arrays and refreshing its snapshots (jobs, work
 * orders, open states, drift episodes, PM schedules, series). A no-op when `toMs` is not later than
 * the plant clock. Throws for an object not made by `generatePlant`.
 */
export function advancePlant(plant: Plant, toMs: number): PlantAppend {
  const sim = sims.get(plant);
  if (!sim) throw new Error('advancePlant: not a plant made by generatePlant');
  return advance(sim, Math.floor(toMs / MIN) * MIN);
}

/** The plant clock: the instant up to which the plant has been simulated (epoch ms). */
export function plantNowMs(plant: Plant): number {
  const sim = sims.get(plant);
  if (!sim) throw new Error('plantNowMs: not a plant made by generatePlant');
  return sim.nowMs;
}

function advance(sim: PlantSim, toMs: number): PlantAppend {
  const fromMs = sim.nowMs;
  const p = sim.plant;
  const empty: PlantAppend = { fromMs, toMs: fromMs, productionRecords: [], labor: [], quality: [], states: [], events: [], workOrders: [], jobs: [], meterReadings: [], drifts: [], samplesPerSeries: 0 };
  if (toMs <= fromMs) return empty;
  const samplesBefore = sim.machines[0]?.series[0]?.n ?? 0;
  while (sim.nextJobMs <= toMs) {
    createJob(sim, sim.nextJobMs);
    sim.nextJobMs += (1 + Math.round(sim.jobRng.exp() * sim.meanJobGapMinutes)) * MIN;
  }
  for (const m of sim.machines) m.advance(toMs);
  sim.nowMs = toMs;

  const boxes: Outbox[] = sim.machines.map((m) => m.drain());
  const ordered = <T extends { emitMs: number }>(pick: (o: Outbox) => readonly T[]): T[] => {
    const all: { item: T; mi: number; i: number }[] = [];
    boxes.forEach((o, mi) => pick(o).forEach((item, i) => all.push({ item, mi, i })));
    all.sort((a, b) => a.item.emitMs - b.item.emitMs || a.mi - b.mi || a.i - b.i);
    return all.map((x) => x.item);
  };
  const production = ordered((o) => o.production).map(({ rec }) => ({ recordId: 88_000 + ++sim.recordSeq, ...rec }));
  const labor = ordered((o) => o.labor).map(({ rec }) => ({ laborDtlSeq: 10_000 + ++sim.laborSeq, ...rec }));
  const quality = ordered((o) => o.quality).map(({ rec }) => ({ measurementId: 500_000 + ++sim.qualitySeq, ...rec }));
  const newWos = ordered((o) => o.workOrders);
  for (const w of newWos) {
    sim.woSeq++;
    w.number = `WO-${new Date(w.reportedMs).getUTCFullYear()}-${String(870 + sim.woSeq).padStart(5, '0')}`;
    sim.woPlans.push(w);
  }
  const bySeqKey = <T>(key: (x: T) => number) => (a: T, b: T): number => key(a) - key(b);
  const k = sim.sortKey;
  const stateKey = (s: StateInterval): number => k(s.startMs, s.machineId);
  const eventKey = (e: MaintenanceEvent): number => k(e.startMs, e.machineId);
  const readingKey = (r: MeterReading): number => k(r.readingMs, sim.meterMachine.get(r.meterId) ?? '');
  const driftKey = (d: DriftTruth): number => k(d.onsetMs, d.machineId);
  const prodKey = (r: ProductionRecord): number => k(r.startMs, r.machineId);
  const laborKey = (r: LaborRecord): number => k(r.clockInMs, r.machineId);
  const qualityKey = (q: QualityMeasurement): number => k(q.measuredMs, q.machineId);
  const states = boxes.flatMap((o) => o.states).sort(bySeqKey(stateKey));
  const events = boxes.flatMap((o) => o.events).sort(bySeqKey(eventKey));
  // Decorated sort: the meter → machine lookup is too slow to repeat in every comparison.
  const readings = boxes.flatMap((o) => o.meterReadings).map((r) => ({ r, k: readingKey(r) })).sort((a, b) => a.k - b.k).map((x) => x.r);
  const drifts = boxes.flatMap((o) => o.drifts).sort(bySeqKey(driftKey));

  appendSorted(p.productionRecords, [...production].sort(bySeqKey(prodKey)), prodKey);
  appendSorted(p.labor, [...labor].sort(bySeqKey(laborKey)), laborKey);
  appendSorted(p.quality, [...quality].sort(bySeqKey(qualityKey)), qualityKey);
  appendSorted(p.events, events, eventKey);
  appendSorted(p.meterReadings, readings, readingKey);
  for (const x of states) sim.closedStates.add(x, stateKey(x));
  for (const x of drifts) sim.closedDrifts.add(x, driftKey(x));
  const jobsBefore = p.jobs.slice();
  refreshSnapshots(sim);

  const newWoIds = new Set(newWos.map((w) => w.id));
  return {
    fromMs, toMs, productionRecords: production, labor, quality, states, events,
    workOrders: p.workOrders.filter((w) => newWoIds.has(w.id) || w.updatedMs > fromMs),
    jobs: p.jobs.filter((j, i) => !sameJob(jobsBefore[i], j)), meterReadings: readings, drifts,
    samplesPerSeries: (sim.machines[0]?.series[0]?.n ?? 0) - samplesBefore,
  };
}

/** ms·1024 + machine index stays an exact integer (< 2^53) for any epoch ms before year 2250. */
function machineSortKey(ids: readonly string[]): (ms: number, machineId: string) => number {
  if (ids.length > 1024) throw new Error('generatePlant: at most 1024 machines');
  const index = new Map(ids.map((id, i) => [id, i]));
  return (ms, machineId) => ms * 1024 + (index.get(machineId) ?? 1023);
}

/** Inserts already sorted `items` into sorted `arr`, keeping it sorted (stable; appends are the common case). */
function appendSorted<T>(arr: T[], items: readonly T[], key: (x: T) => number): void {
  for (const item of items) {
    const k = key(item);
    const last = arr[arr.length - 1];
    if (last === undefined || key(last) <= k) {
      arr.push(item);
      continue;
    }
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (key(arr[mid] as T) <= k) lo = mid + 1;
      else hi = mid;
    }
    arr.splice(lo, 0, item);
  }
}

function replaceAll<T>(arr: T[], items: readonly T[]): void {
  arr.length = 0;
  for (const x of items) arr.push(x);
}

function refreshSnapshots(sim: PlantSim): void {
  const p = sim.plant;
  const now = sim.nowMs;
  // CLOSED and HELD jobs never change again: keep their snapshots (most of the history in live mode).
  replaceAll(p.jobs, sim.jobs.map((j, i) => {
    const prev = p.jobs[i];
    return prev !== undefined && (prev.status === 'CLOSED' || prev.status === 'HELD') ? prev : jobSnapshot(j, now);
  }));
  sim.woPlans.forEach((w, i) => {
    const prev = sim.woSnaps[i];
    if (prev === undefined || (prev.status !== 'DONE' && prev.status !== 'CANCELLED')) sim.woSnaps[i] = woSnapshot(w, now);
  });
  replaceAll(p.workOrders, [...sim.woSnaps].sort((a, b) => a.reportedMs - b.reportedMs));
  const k = sim.sortKey;
  const open = sim.machines.map((m) => m.provisionalState(now)).filter((s): s is NonNullable<typeof s> => s !== null);
  replaceAll(p.states, mergeKeyed(sim.closedStates, open.map((s) => ({ item: s, key: k(s.startMs, s.machineId) }))));
  const openDrifts = sim.machines.flatMap((m) => m.openDrifts(now));
  replaceAll(p.drifts, mergeKeyed(sim.closedDrifts, openDrifts.map((d) => ({ item: d, key: k(d.onsetMs, d.machineId) }))));
  replaceAll(p.pmSchedules, sim.machines.flatMap((m) => {
    const due = m.nextDue();
    const asset = m.currentAssetId();
    const out: PmSchedule[] = [{ id: `pm_${m.machine.id}_PM`, machineId: m.machine.id, cmmsAssetId: asset, title: `${m.profile.pmIntervalDays}-day PM - ${m.machine.cmmsName}`, intervalDays: m.profile.pmIntervalDays, nextDueMs: due.pmMs }];
    if (due.calMs !== null) out.push({ id: `pm_${m.machine.id}_CAL`, machineId: m.machine.id, cmmsAssetId: asset, title: `Sensor calibration - ${m.machine.cmmsName}`, intervalDays: m.profile.calIntervalDays, nextDueMs: due.calMs });
    return out;
  }));
  let si = 0;
  for (const m of sim.machines) {
    for (const s of m.series) {
      const target = p.series[si++];
      if (target) target.values = s.buf.subarray(0, s.n);
    }
  }
}

/** A sorted list with its sort keys alongside, so merges never recompute keys. */
class KeyedList<T> {
  readonly items: T[] = [];
  readonly keys: number[] = [];

  /** Inserts after every equal key (stable); appending is the common case. */
  add(item: T, key: number): void {
    const n = this.keys.length;
    if (n === 0 || (this.keys[n - 1] ?? -Infinity) <= key) {
      this.items.push(item);
      this.keys.push(key);
      return;
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.keys[mid] ?? 0) <= key) lo = mid + 1;
      else hi = mid;
    }
    this.items.splice(lo, 0, item);
    this.keys.splice(lo, 0, key);
  }
}

/** Merges a keyed list with a few extra items (sorted here); list items first on equal keys. */
function mergeKeyed<T>(list: KeyedList<T>, extra: { item: T; key: number }[]): T[] {
  extra.sort((a, b) => a.key - b.key);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  const n = list.items.length;
  while (i < n || j < extra.length) {
    const e = extra[j];
    if (e === undefined || (i < n && (list.keys[i] ?? 0) <= e.key)) out.push(list.items[i++] as T);
    else { out.push(e.item); j++; }
  }
  return out;
}

function sameJob(a: Job | undefined, b: Job): boolean {
  if (a === b) return true;
  if (!a || a.jobNum !== b.jobNum || a.status !== b.status) return false;
  return a.operations.every((o, i) => {
    const x = b.operations[i];
    return x !== undefined && o.goodQty === x.goodQty && o.scrapQty === x.scrapQty && o.complete === x.complete
      && o.actualStartMs === x.actualStartMs && o.actualEndMs === x.actualEndMs;
  });
}

function jobSnapshot(j: JobRuntime, now: number): Job {
  const allDone = j.ops.every((o) => o.complete);
  const lastEnd = Math.max(...j.ops.map((o) => o.actualEndMs ?? 0));
  const status: Job['status'] = j.held ? 'HELD'
    : allDone ? (lastEnd < now - 10 * DAY ? 'CLOSED' : 'COMPLETE')
      : j.ops.some((o) => o.actualStartMs !== null) ? 'IN_PROGRESS' : 'RELEASED';
  return {
    company: j.company, jobNum: j.jobNum, partNum: j.partNum, revision: j.revision, prodQty: j.prodQty, startMs: j.startMs,
    dueMs: j.dueMs, createdMs: j.createdMs, status,
    operations: j.ops.map((o) => ({
      oprSeq: o.oprSeq, opCode: o.opCode, workCenterId: o.workCenterId, machineId: o.machineId, estSetHours: o.estSetHours,
      estProdHours: o.estProdHours, prodStandard: o.prodStandard, actualStartMs: o.actualStartMs, actualEndMs: o.actualEndMs,
      goodQty: o.goodQty, scrapQty: o.scrapQty, complete: o.complete,
    })),
  };
}

function woSnapshot(w: WoPlan, now: number): MaintenanceWorkOrder {
  let status: WorkOrderStatus;
  let updatedMs = w.reportedMs;
  if (now >= w.completedMs) {
    status = w.cancelled ? 'CANCELLED' : 'DONE';
    updatedMs = w.completedMs;
  } else if (now >= w.startedMs && !w.cancelled) {
    status = 'IN_PROGRESS';
    updatedMs = w.startedMs;
  } else if (w.holdFromMs !== null && now >= w.holdFromMs) {
    status = 'ON_HOLD';
    updatedMs = w.holdFromMs;
  } else {
    status = 'OPEN';
  }
  const started = status === 'IN_PROGRESS' || status === 'DONE';
  return {
    id: w.id, number: w.number, title: w.title, description: w.description, type: w.type, status, priority: w.priority,
    machineId: w.machineId, cmmsAssetId: w.cmmsAssetId, failure: w.failure, reportedMs: w.reportedMs,
    startedMs: started ? w.startedMs : null, completedMs: status === 'DONE' ? w.completedMs : null,
    downtimeMinutes: w.downtimeMinutes, laborHours: status === 'DONE' ? w.laborHours : 0, createdMs: w.reportedMs, updatedMs,
  };
}

/** How much longer than the pure work content an operation occupies its machine (shifts, losses) [H]. */
const CALENDAR_FACTOR = { FIVE_DAY: 1.75, SIX_DAY: 1.5, CONTINUOUS: 1.25 } as const;

function createJob(sim: PlantSim, createdMs: number): void {
  const r = sim.jobRng;
  const made = sim.layout.parts.filter((pt) => pt.typeCode === 'M');
  if (made.length === 0) return;
  const part = r.pick(made);
  const routing = sim.layout.routings.get(part.partNum) ?? [];
  const startMs = createdMs + Math.round(r.range(1, 5) * 24) * HOUR;
  const picks = routing.map((wcId) => {
    const candidates = sim.machines.filter((m) => m.machine.workCenterId === wcId);
    let best = candidates[0];
    for (const c of candidates) if ((sim.plannedEnd.get(c.machine.id) ?? 0) < (sim.plannedEnd.get(best?.machine.id ?? '') ?? Infinity)) best = c;
    const [lo, hi] = best?.profile.rate ?? [10, 20];
    return { m: best, rate: Math.round(r.range(lo, hi)), setup: Math.round(r.range(0.5, 2) * 4) / 4 };
  });
  const minRate = Math.min(...picks.map((x) => x.rate));
  const prodQty = Math.max(10, Math.round((minRate * r.range(4, 16)) / 10) * 10);
  const held = r.chance(0.015);
  const revision = r.chance(0.1) && part.revision !== 'A' ? String.fromCharCode(part.revision.charCodeAt(0) - 1) : part.revision;
  if (picks.some((x) => x.m === undefined)) return;
  let prevEnd = startMs;
  const schedule = picks.map((x) => {
    const m = x.m as MachineSim;
    const s = Math.max(prevEnd, sim.plannedEnd.get(m.machine.id) ?? 0, startMs);
    const estProd = Math.round((prodQty / x.rate) * 100) / 100;
    const end = s + (x.setup + estProd) * CALENDAR_FACTOR[m.profile.calendar] * HOUR;
    prevEnd = end;
    return { ...x, m, s, end, estProd };
  });
  // Backlog cap: sales does not book work the shop cannot start within two weeks.
  if ((schedule[0]?.s ?? 0) > createdMs + 14 * DAY) return;
  sim.jobSeq++;
  const ops: OpRuntime[] = [];
  const job: JobRuntime = {
    company: sim.layout.site.company, jobNum: `J${String(4200 + sim.jobSeq * 3 + (sim.jobSeq % 3)).padStart(6, '0')}`, partNum: part.partNum,
    revision, prodQty, startMs, dueMs: Math.round(prevEnd / HOUR) * HOUR + r.int(2, 7) * DAY, createdMs, held, ops,
  };
  schedule.forEach((x, i) => {
    ops.push({
      job, oprSeq: (i + 1) * 10, opCode: x.m.profile.opCode, workCenterId: x.m.machine.workCenterId, machineId: x.m.machine.id,
      estSetHours: x.setup, estProdHours: x.estProd, prodStandard: x.rate, scheduledStartMs: Math.ceil(x.s / MIN) * MIN,
      actualStartMs: null, actualEndMs: null, goodQty: 0, scrapQty: 0, producedGood: 0, complete: false,
    });
  });
  sim.jobs.push(job);
  if (held) return;
  for (const op of ops) {
    const x = sim.byId.get(op.machineId);
    if (!x) continue;
    x.enqueue(op);
    const sched = schedule[ops.indexOf(op)];
    if (sched) sim.plannedEnd.set(op.machineId, sched.end);
  }
}

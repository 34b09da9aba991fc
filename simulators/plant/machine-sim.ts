/**
 * Minute-by-minute simulation of one machine. Everything a machine does comes from its own forked
 * random streams and the jobs queued to it, so machines are independent and the simulation can stop
 * at any minute and resume (live mode) with exactly the same results as an uninterrupted run.
 *
 * The minute loop, in order: eager flushes (hour/shift boundaries), shift calendar → OFFLINE, pending
 * maintenance (asset swap, bearing alarm, PM, calibration, tool change), job changeover (SETUP), then
 * while RUNNING one combined hazard for interruptions whose unplanned-failure part rises with tool wear
 * and bearing degradation, production with scrap drawn from P(dimension ∉ [LSL, USL]), labour, and
 * every 5 minutes the process samples and the drift-truth bookkeeping (signals.ts).
 */
import type { CalendarKind, ShiftCalendar } from './calendar.ts';
import { base62, SAMPLE_INTERVAL_MS, type MachineProfile } from './catalog.ts';
import type {
  DriftTruth, Employee, EquipmentStateCode, LossReason, Machine, MaintenanceEventType, Meter, ScrapReason,
  WorkOrderType,
} from './model.ts';
import type { Rng } from './rng.ts';
import { emptyOutbox, type OpenState, type OpRuntime, type Outbox, type WoPlan } from './sim-types.ts';
import {
  BEARING, bearingShape, CALIBRATION, CAUSES, COLD_AFTER_MS, createVarModel, normalCdf, PHI, quantize, THERMAL, TOOL,
  WARM_TAU_MS, wearShape, type DriftCause, type VarModel,
} from './signals.ts';

const MIN = 60_000;
const SAMPLE_MINUTES = SAMPLE_INTERVAL_MS / MIN;
const HOUR = 3_600_000;
const DAY = 86_400_000;

type ActivityKind = 'setup' | 'tool' | 'pm' | 'cal' | 'bearing' | 'swap' | 'fail' | 'wait';

interface Activity {
  readonly kind: ActivityKind;
  readonly state: EquipmentStateCode;
  readonly reason: LossReason;
  readonly endMs: number;
}

interface Chunk {
  readonly op: OpRuntime;
  readonly startMs: number;
  endMs: number;
  readonly hourEnd: number;
  readonly shiftKey: number;
  readonly shift: 1 | 2 | 3;
  readonly operatorId: string;
  good: number;
  scrap: number;
  readonly reasons: Map<ScrapReason, number>;
}

interface LaborChunk {
  readonly op: OpRuntime;
  readonly employeeNum: string;
  readonly shiftKey: number;
  readonly shift: 1 | 2 | 3;
  readonly type: 'P' | 'S';
  readonly clockIn: number;
  clockOut: number;
  qty: number;
  scrap: number;
  readonly reasons: Map<ScrapReason, number>;
}

const TOOL_LIFE_HOURS: Readonly<Record<Machine['kind'], readonly [number, number]>> = {
  PRESS: [0, 0], LATHE: [25, 60], MILL: [20, 50], GRINDER: [15, 35], WELDER: [40, 80], MOLDER: [80, 160],
};

const SCRAP_CODE: Readonly<Record<ScrapReason, string>> = {
  DIM_OVERSIZE: 'OVR', DIM_UNDERSIZE: 'UND', SURFACE: 'SRF', SETUP: 'SET', MATERIAL: 'MAT',
};

/** Interruptions of a running machine, in the order of MachineSim.rates. */
const HAZARD_REASONS: readonly LossReason[] = ['JAM', 'ELECTRICAL_FAULT', 'HYDRAULIC_FAULT', 'TOOL_BREAK', 'BEARING_FAILURE', 'NO_MATERIAL', 'WAITING_FORKLIFT', 'DOWNSTREAM_BLOCKED', 'NO_OPERATOR'];

const REQUESTS: readonly (readonly [string, WorkOrderType])[] = [
  ['Coolant leak at chuck guard', 'CORRECTIVE'], ['Door interlock switch intermittent', 'CORRECTIVE'],
  ['Way lube low alarm keeps coming back', 'CORRECTIVE'], ['Chip conveyor noisy', 'INSPECTION'],
  ['Light curtain fault on startup', 'CORRECTIVE'], ['Check guarding after near miss', 'INSPECTION'],
  ['Air leak at main regulator', 'CORRECTIVE'], ['Monthly safety inspection', 'INSPECTION'],
];

export class MachineSim {
  readonly profile: MachineProfile;
  readonly machine: Machine;
  readonly vars: VarModel[];
  readonly seriesStartMs: number;
  readonly series: { buf: Float64Array; n: number }[];
  readonly meters: Meter[];
  /** Next minute to simulate (epoch ms, minute aligned). */
  t: number;
  out: Outbox = emptyOutbox();

  private readonly cal: ShiftCalendar;
  private readonly calendar: CalendarKind;
  private readonly operators: readonly (readonly Employee[])[];
  private readonly rs: Rng;
  private readonly rn: Rng;
  private readonly rq: Rng;
  private readonly rw: Rng;
  private readonly hasTool: boolean;
  private readonly toolVars: VarModel[];
  private readonly calVars: VarModel[];
  private readonly vibVar: VarModel | undefined;
  private readonly qualityVar: VarModel | undefined;
  private readonly efficiency: number;
  private readonly rates: number[];
  private readonly baseHazard: number;
  private readonly baseFail: number[];
  private sinceIntrusiveHours = 1e9;

  private queue: OpRuntime[] = [];
  private current: OpRuntime | null = null;
  private partFrac = 0;
  private partsSinceSetup = 0;
  private activity: Activity | null = null;
  private openState: OpenState | null = null;
  private toolHours = 0;
  private toolLife = 1;
  private toolChangeAt = 1;
  private bearingHours = 0;
  private bearingLife = 1;
  private runtimeHours = 0;
  private offSince: number | null = null;
  private coldStartMs: number | null = null;
  private coldScale = 1;
  /** Minutes since seriesStartMs (the history starts on a whole hour): integer modulo beats float modulo on epoch ms. */
  private minuteIdx = 0;
  private runningMinutes = 0;
  private hazCum = 0;
  private hazThr: number;
  private reqCum = 0;
  private reqThr: number;
  private nextPmMs: number;
  private nextCalMs: number;
  private bearingAlarm = false;
  private swapDone = false;
  private assetIndex = 0;
  private eventSeq = 0;
  private chunk: Chunk | null = null;
  private labor: LaborChunk | null = null;
  private lastShiftKey = -1;
  private manualReadingAt = -1;
  private pDimLow = 0;
  private pDimHigh = 0;
  private lastValue: number[];
  private lastMean: number[];

  constructor(profile: MachineProfile, cal: ShiftCalendar, employees: readonly Employee[], startMs: number, rng: Rng) {
    this.profile = profile;
    this.machine = profile.machine;
    this.cal = cal;
    this.calendar = profile.calendar;
    this.seriesStartMs = startMs;
    this.t = startMs;
    this.rs = rng.fork('state');
    this.rn = rng.fork('noise');
    this.rq = rng.fork('quality');
    this.rw = rng.fork('workorders');
    const rv = rng.fork('varmodels');
    this.vars = this.machine.variables.map((v) => createVarModel(v, this.machine.kind, profile.stableTooling, profile.calIntervalDays, rv.fork(v.tag)));
    this.toolVars = this.vars.filter((v) => v.toolAmpRange[1] !== 0);
    // Transmitters on the calibration schedule, whether or not this one happens to drift.
    this.calVars = this.vars.filter((v) => v.spec.tag === 'HYD_PRESS' || v.spec.tag === 'BARREL_TEMP' || v.spec.tag === 'TIP_TEMP');
    this.vibVar = this.vars.find((v) => v.spec.tag === 'VIB');
    this.qualityVar = this.vars.find((v) => v.spec.isQualityCharacteristic);
    this.hasTool = this.toolVars.length > 0 && TOOL_LIFE_HOURS[this.machine.kind][1] > 0;
    this.series = this.vars.map(() => ({ buf: new Float64Array(4096), n: 0 }));
    this.lastValue = this.vars.map(() => NaN);
    this.lastMean = this.vars.map((v) => v.spec.nominal);
    this.efficiency = this.rs.range(0.86, 0.98);
    this.operators = [1, 2, 3].map((s) => employees.filter((e) => e.shift === s));
    this.hazThr = this.rs.exp();
    this.reqThr = this.rs.exp();
    const k = this.machine.kind;
    this.rates = [
      1 / (60 * 90), // JAM
      1 / (60 * 400), // ELECTRICAL_FAULT
      k === 'PRESS' || k === 'MOLDER' ? 1 / (60 * 250) : 0, // HYDRAULIC_FAULT
      0, // TOOL_BREAK: 1/500 h plus a steep rise after 60 % of tool life (set per minute)
      0, // BEARING_FAILURE: ∝ degradation² (set per minute)
      1 / (60 * 30), // NO_MATERIAL
      1 / (60 * 60), // WAITING_FORKLIFT
      1 / (60 * 50), // DOWNSTREAM_BLOCKED
      1 / (60 * 150), // NO_OPERATOR
    ];
    this.baseFail = this.rates.slice(0, 3);
    this.baseHazard = this.rates.slice(5).reduce((a, x) => a + x, 0);

    // Initial condition: every degradation is below the drift threshold at the start of the history,
    // so every drift onset in the truth lies inside the history.
    this.newTool(this.rs.range(0, 0.04));
    this.bearingLife = this.rs.range(600, 3500);
    this.bearingHours = this.rs.range(0, 0.8) * this.bearingLife;
    const calElapsedDays = this.rs.range(0, profile.calIntervalDays / 7);
    for (const v of this.calVars) v.calOffset = v.calRatePerDay * calElapsedDays;
    this.nextCalMs = startMs + Math.round((profile.calIntervalDays - calElapsedDays) * 24) * HOUR;
    this.nextPmMs = startMs + Math.round(this.rs.range(0, profile.pmIntervalDays) * 24) * HOUR;

    this.meters = [];
    this.machine.assets.forEach((a) => {
      const key = a.cmmsAssetId.slice(4, 12);
      this.meters.push({ id: `mtr_${key}RT`, cmmsAssetId: a.cmmsAssetId, machineId: this.machine.id, name: 'Runtime hours', kind: 'cumulative', unit: 'h', rolloverAt: 99_999.9 });
      if (this.vibVar) this.meters.push({ id: `mtr_${key}VB`, cmmsAssetId: a.cmmsAssetId, machineId: this.machine.id, name: 'Vibration RMS velocity', kind: 'gauge', unit: 'mm/s', rolloverAt: null });
      if (this.vars.some((v) => v.spec.tag === 'BRG_TEMP')) this.meters.push({ id: `mtr_${key}BT`, cmmsAssetId: a.cmmsAssetId, machineId: this.machine.id, name: 'Bearing temperature', kind: 'gauge', unit: 'degC', rolloverAt: null });
    });
  }

  /** Queues a job operation (kept in scheduled-start order). */
  enqueue(op: OpRuntime): void {
    let i = this.queue.length;
    while (i > 0 && (this.queue[i - 1]?.scheduledStartMs ?? 0) > op.scheduledStartMs) i--;
    this.queue.splice(i, 0, op);
  }

  /** Simulates every minute in [t, toMs). */
  advance(toMs: number): void {
    while (this.t < toMs) {
      this.step(this.t);
      this.t += MIN;
      this.minuteIdx++;
    }
    // Emit now what step(toMs) would flush first thing, so records that ended by toMs are in this
    // advance (same draws in the same order either way, so cutting time differently changes nothing).
    if (this.chunk && (toMs >= this.chunk.hourEnd || this.chunk.shiftKey !== this.cal.shiftKey(toMs))) this.flushChunk(toMs);
    if (this.labor && this.labor.shiftKey !== this.cal.shiftKey(toMs)) this.flushLabor();
  }

  /** Takes what was emitted since the last call. */
  drain(): Outbox {
    const o = this.out;
    this.out = emptyOutbox();
    return o;
  }

  currentAssetId(): string {
    return this.machine.assets[this.assetIndex]?.cmmsAssetId ?? '';
  }

  /** The open state interval truncated at `nowMs` (null when it would be empty). */
  provisionalState(nowMs: number): { machineId: string; state: EquipmentStateCode; reason: LossReason | null; startMs: number; endMs: number } | null {
    const s = this.openState;
    if (!s || s.startMs >= nowMs) return null;
    return { machineId: this.machine.id, state: s.state, reason: s.reason, startMs: s.startMs, endMs: nowMs };
  }

  /** Drift episodes still open, ended provisionally at `nowMs` (end of data). */
  openDrifts(nowMs: number): DriftTruth[] {
    const out: DriftTruth[] = [];
    for (const v of this.vars) {
      for (const e of v.open) {
        if (!e) continue;
        out.push({ machineId: this.machine.id, tag: v.spec.tag, cause: e.cause, onsetMs: e.onsetMs, endMs: nowMs, magnitudeSigma: round3(e.peak / v.sigmaB), resetEventId: null });
      }
    }
    return out;
  }

  /** Due date of the next PM and calibration (for PmSchedule snapshots). */
  nextDue(): { pmMs: number; calMs: number | null } {
    return { pmMs: this.nextPmMs, calMs: this.calVars.length > 0 ? this.nextCalMs : null };
  }

  // ---------------------------------------------------------------------------------------------

  private step(tm: number): void {
    const shiftKey = this.cal.shiftKey(tm);
    const shift = this.cal.shiftOfKey(shiftKey, this.calendar);
    if (this.chunk && (tm >= this.chunk.hourEnd || this.chunk.shiftKey !== shiftKey)) this.flushChunk(tm);
    if (this.labor && this.labor.shiftKey !== shiftKey) this.flushLabor();
    if (this.activity && tm >= this.activity.endMs) this.activity = null;
    // The asset swap happens exactly at the instant the layout says the new asset was installed, so the
    // asset validity intervals (EquipmentAssetMapping) and everything recorded against an asset agree.
    // It pre-empts whatever the machine was doing (planned weeks ahead; the crew takes the machine).
    if (this.profile.swapMs !== null && !this.swapDone && tm >= this.profile.swapMs) this.startMaintenance(tm, 'swap', 600);

    let state: EquipmentStateCode;
    let reason: LossReason | null;
    if (shift === 0) {
      // Maintenance already under way continues off-shift (crews work weekends); nothing new starts.
      state = 'OFFLINE';
      reason = 'NO_SHIFT';
      if (this.offSince === null) this.offSince = tm;
    } else {
      if (this.offSince !== null) {
        if (tm - this.offSince >= COLD_AFTER_MS) {
          this.coldStartMs = tm;
          // A machine off for a weekend is colder than one off for a night; ±15 % shop-to-day spread [H].
          this.coldScale = (1 - Math.exp(-(tm - this.offSince) / (10 * HOUR))) * this.rs.range(0.85, 1.1);
        }
        this.offSince = null;
      }
      if (!this.activity) this.decide(tm);
      if (this.activity) {
        state = this.activity.state;
        reason = this.activity.reason;
      } else if (this.current) {
        state = 'RUNNING';
        reason = null;
      } else {
        state = 'IDLE_STARVED';
        reason = 'NO_MATERIAL';
      }
    }
    this.setState(tm, state, reason);

    let good = 0;
    let scrap = 0;
    let reasonCounts: Map<ScrapReason, number> | null = null;
    if (state === 'RUNNING' && this.current) {
      const op = this.current;
      this.runningMinutes++;
      this.toolHours += 1 / 60;
      this.bearingHours += 1 / 60;
      this.runtimeHours += 1 / 60;
      this.sinceIntrusiveHours += 1 / 60;
      this.partFrac += (op.prodStandard * this.efficiency) / 60;
      const n = Math.floor(this.partFrac);
      this.partFrac -= n;
      for (let i = 0; i < n; i++) {
        const r = this.scrapReasonOfNextPart();
        this.partsSinceSetup++;
        if (r === null) good++;
        else {
          scrap++;
          reasonCounts ??= new Map();
          reasonCounts.set(r, (reasonCounts.get(r) ?? 0) + 1);
        }
      }
      if (good + scrap > 0) this.addToChunk(tm, shift as 1 | 2 | 3, shiftKey, op, good, scrap, reasonCounts);
      if (this.qualityVar && this.runningMinutes % 30 === 0) this.measure(tm, op);
      op.producedGood += good;
    }
    if (this.current && shift !== 0) this.addLabor(tm, shift, shiftKey, state === 'SETUP' ? 'S' : 'P', good, scrap, reasonCounts);
    if (this.current && this.current.producedGood >= this.current.job.prodQty) this.completeOp(tm);

    if (this.minuteIdx % SAMPLE_MINUTES === 0) this.sample(tm, state);
    this.meterReadings(tm, shift, shiftKey);
    this.lastShiftKey = shiftKey;
  }

  private decide(tm: number): void {
    if (this.bearingAlarm) return this.startMaintenance(tm, 'bearing', this.rs.int(180, 300));
    if (tm >= this.nextPmMs) return this.startMaintenance(tm, 'pm', this.rs.int(120, 240));
    if (this.calVars.length > 0 && tm >= this.nextCalMs) return this.startMaintenance(tm, 'cal', this.rs.int(30, 60));
    if (this.hasTool && this.toolHours / this.toolLife >= this.toolChangeAt) return this.startMaintenance(tm, 'tool', this.rs.int(10, 25));
    if (!this.current) {
      const next = this.queue[0];
      if (next && next.scheduledStartMs <= tm) {
        this.queue.shift();
        this.current = next;
        next.actualStartMs ??= tm;
        this.partsSinceSetup = 0;
        const minutes = Math.max(10, Math.round(next.estSetHours * 60 * this.rs.range(0.8, 1.4)));
        this.activity = { kind: 'setup', state: 'SETUP', reason: 'CHANGEOVER', endMs: tm + minutes * MIN };
      }
      this.updateRequests(tm);
      return;
    }
    this.updateRequests(tm);
    // One combined hazard for every interruption of a running machine; the unplanned-failure rates
    // rise with tool wear (tool break) and bearing degradation (bearing failure) [H].
    const u = this.hasTool ? this.toolHours / this.toolLife : 0;
    const b = this.vibVar ? bearingShape(this.bearingHours, this.bearingLife) : 0;
    const rates = this.rates; // order of HAZARD_REASONS; entries 5–8 are constant per machine
    // Infant mortality after intrusive maintenance (PM, bearing, swap): failures ×3 right after,
    // decaying with a 12 running-hour time constant [H, DOMAIN §6 post-maintenance shift].
    const infant = this.sinceIntrusiveHours < 120 ? 1 + 2 * Math.exp(-this.sinceIntrusiveHours / 12) : 1;
    rates[0] = (this.baseFail[0] ?? 0) * infant;
    rates[1] = (this.baseFail[1] ?? 0) * infant;
    rates[2] = (this.baseFail[2] ?? 0) * infant;
    rates[3] = this.hasTool ? 1 / (60 * 500) + (u > 0.6 ? Math.pow((u - 0.6) / 0.4, 3) / (60 * 20) : 0) : 0; // TOOL_BREAK
    rates[4] = (b * b) / (60 * 30); // BEARING_FAILURE
    const total = this.baseHazard + (rates[0] ?? 0) + (rates[1] ?? 0) + (rates[2] ?? 0) + (rates[3] ?? 0) + (rates[4] ?? 0);
    this.hazCum += total;
    if (this.hazCum < this.hazThr) return;
    this.hazCum = 0;
    this.hazThr = this.rs.exp();
    const reason = this.rs.weighted(HAZARD_REASONS, rates);
    const e = this.rs.exp();
    switch (reason) {
      case 'NO_MATERIAL': return this.startWait(tm, 'IDLE_STARVED', reason, 10 + e * 30);
      case 'WAITING_FORKLIFT': return this.startWait(tm, 'IDLE_STARVED', reason, 5 + e * 15);
      case 'NO_OPERATOR': return this.startWait(tm, 'IDLE_STARVED', reason, 15 + e * 30);
      case 'DOWNSTREAM_BLOCKED': return this.startWait(tm, 'IDLE_BLOCKED', reason, 10 + e * 25);
      case 'JAM': return this.startFailure(tm, reason, 5 + e * 15);
      case 'ELECTRICAL_FAULT': return this.startFailure(tm, reason, 30 + e * 90);
      case 'HYDRAULIC_FAULT': return this.startFailure(tm, reason, 45 + e * 120);
      case 'TOOL_BREAK': return this.startFailure(tm, reason, 20 + e * 30);
      default: return this.startFailure(tm, reason, 240 + e * 240);
    }
  }

  private startWait(tm: number, state: EquipmentStateCode, reason: LossReason, minutes: number): void {
    this.activity = { kind: 'wait', state, reason, endMs: tm + Math.max(1, Math.round(minutes)) * MIN };
  }

  private newTool(u0 = 0): void {
    const [lo, hi] = TOOL_LIFE_HOURS[this.machine.kind];
    if (!this.hasTool) return;
    this.toolLife = this.rs.range(lo, hi);
    this.toolChangeAt = this.profile.stableTooling ? this.rs.range(0.45, 0.55) : this.rs.range(0.85, 1.05);
    this.toolHours = u0 * this.toolLife;
    for (const v of this.toolVars) {
      const [a, b] = v.toolAmpRange;
      v.toolAmp = (a < 0 ? -1 : 1) * this.rs.range(Math.abs(a), Math.abs(b));
    }
  }

  private closeEpisodes(tm: number, vars: readonly VarModel[], cause: DriftCause, eventId: string | null): void {
    const ci = CAUSES.indexOf(cause);
    for (const v of vars) {
      const e = v.open[ci];
      if (!e) continue;
      v.open[ci] = null;
      this.out.drifts.push({ machineId: this.machine.id, tag: v.spec.tag, cause, onsetMs: e.onsetMs, endMs: tm, magnitudeSigma: round3(e.peak / v.sigmaB), resetEventId: eventId });
    }
  }

  private nextEventId(): string {
    this.eventSeq++;
    return `${this.machine.id}-E${String(this.eventSeq).padStart(5, '0')}`;
  }

  private vibNow(): number {
    const i = this.vibVar ? this.vars.indexOf(this.vibVar) : -1;
    return i >= 0 ? (this.lastMean[i] ?? 0) : 0;
  }

  /** Planned maintenance: resets the degradation it addresses, logs the event and its work order. */
  private startMaintenance(tm: number, kind: 'swap' | 'bearing' | 'pm' | 'cal' | 'tool', minutes: number): void {
    const endMs = tm + minutes * MIN;
    const eventId = this.nextEventId();
    const bearingVars = this.vars.filter((v) => v.bearingAmp !== 0);
    const toolTags = this.toolVars.map((v) => v.spec.tag);
    let type: MaintenanceEventType;
    let resets: string[];
    let reason: LossReason;
    let wo: Pick<WoPlan, 'title' | 'description' | 'type' | 'priority' | 'failure'> | null;
    const vib = this.vibNow();
    switch (kind) {
      case 'swap': {
        const oldA = this.machine.assets[0];
        const newA = this.machine.assets[1];
        type = 'ASSET_SWAP';
        reason = 'PREVENTIVE_MAINTENANCE';
        resets = this.vars.map((v) => v.spec.tag);
        wo = { title: `Replace ${this.machine.cmmsName} with new unit`, description: `Replaced ${oldA?.manufacturer ?? ''} ${oldA?.model ?? ''} serial ${oldA?.serialNumber ?? '?'} with new unit serial ${newA?.serialNumber ?? '?'}; old unit scrapped after frame crack found at last PM.`, type: 'CORRECTIVE', priority: 1, failure: null };
        break;
      }
      case 'bearing':
        type = 'BEARING_REPLACEMENT';
        reason = 'PREVENTIVE_MAINTENANCE';
        resets = bearingVars.map((v) => v.spec.tag);
        wo = { title: `Spindle bearing replacement - ${this.machine.cmmsName}`, description: `Replaced worn bearing on spindle, vibration was ${vib.toFixed(1)} mm/s`, type: 'CORRECTIVE', priority: 1, failure: { classCode: 'MECH', problemCode: 'MECH-BRG', causeCode: 'MECH-BRG-WEAR', remedyCode: 'MECH-BRG-WEAR-REPL' } };
        break;
      case 'pm':
        type = 'PREVENTIVE';
        reason = 'PREVENTIVE_MAINTENANCE';
        resets = toolTags; // PM includes fresh tooling
        wo = { title: `${this.profile.pmIntervalDays}-day PM - ${this.machine.cmmsName}`, description: this.rw.pick(['Lubricated ways and ball screws, replaced filters, checked belts', 'PM done: oil sampled, filters changed, way covers inspected', 'Routine PM, greased, tightened guarding, no issues found']), type: 'PREVENTIVE', priority: 2, failure: null };
        break;
      case 'cal': {
        type = 'CALIBRATION';
        reason = 'CALIBRATION';
        resets = this.calVars.map((v) => v.spec.tag);
        const notes = this.calVars.map((v) => `${v.spec.tag} found ${v.calOffset >= 0 ? '+' : ''}${v.calOffset.toFixed(2)} ${v.spec.unit}`).join(', ');
        wo = { title: `Sensor calibration - ${this.machine.cmmsName}`, description: `Calibrated transmitters (${notes}), adjusted to reference`, type: 'CALIBRATION', priority: 2, failure: null };
        break;
      }
      default:
        type = 'TOOL_CHANGE';
        reason = 'TOOL_CHANGE';
        resets = toolTags;
        wo = null; // operators change tools; MES logs it, the CMMS does not
        break;
    }
    this.applyResets(tm, kind, eventId);
    if (kind === 'pm' || kind === 'bearing' || kind === 'swap') this.sinceIntrusiveHours = 0;
    this.activity = { kind, state: 'DOWN_PLANNED', reason, endMs };
    // PM and calibration work orders are generated ahead by the schedule, but never before the asset existed.
    const lead = kind === 'pm' || kind === 'cal' ? this.rw.int(1, 5) * DAY : 0;
    const installed = this.machine.assets[this.assetIndex]?.fromMs ?? tm;
    this.emitEvent(eventId, type, tm, endMs, resets, wo, Math.max(tm - lead, Math.min(installed, tm)));
  }

  private applyResets(tm: number, kind: ActivityKind | 'TOOL_BREAK' | 'BEARING_FAILURE', eventId: string): void {
    const bearingVars = this.vars.filter((v) => v.bearingAmp !== 0);
    const resetTool = (): void => {
      this.closeEpisodes(tm, this.toolVars, 'TOOL_WEAR', eventId);
      this.newTool();
    };
    const resetBearing = (): void => {
      this.closeEpisodes(tm, bearingVars, 'BEARING_DEGRADATION', eventId);
      this.bearingHours = 0;
      this.bearingLife = this.rs.range(600, 3500);
      this.bearingAlarm = false;
      // A new bearing settles at a slightly different baseline (post-maintenance shift, below 0.5 σ_b).
      for (const v of bearingVars) v.baseOffset = this.rs.range(-0.35, 0.35) * v.sigmaB;
    };
    const resetCal = (): void => {
      this.closeEpisodes(tm, this.calVars, 'CALIBRATION_DRIFT', eventId);
      for (const v of this.calVars) v.calOffset = 0;
    };
    switch (kind) {
      case 'swap':
        resetTool();
        resetBearing();
        resetCal();
        for (const v of this.vars) v.baseOffset = this.rs.range(-0.35, 0.35) * v.sigmaB;
        this.swapDone = true;
        this.assetIndex = Math.min(1, this.machine.assets.length - 1);
        this.runtimeHours = 0;
        break;
      case 'bearing': case 'BEARING_FAILURE':
        resetBearing();
        break;
      case 'pm': {
        resetTool();
        const due = this.nextPmMs + this.profile.pmIntervalDays * DAY;
        this.nextPmMs = due > tm ? due : tm + this.profile.pmIntervalDays * DAY;
        break;
      }
      case 'cal': {
        resetCal();
        const due = this.nextCalMs + this.profile.calIntervalDays * DAY;
        this.nextCalMs = due > tm ? due : tm + this.profile.calIntervalDays * DAY;
        break;
      }
      case 'tool': case 'TOOL_BREAK':
        resetTool();
        break;
      default:
        break;
    }
  }

  private startFailure(tm: number, reason: LossReason, minutes: number): void {
    const m = Math.max(1, Math.round(minutes));
    const endMs = tm + m * MIN;
    const eventId = this.nextEventId();
    const r = this.rw;
    let resets: string[] = [];
    let failure: WoPlan['failure'] = null;
    let title = '';
    let description = '';
    const vib = this.vibNow();
    const code = (cls: string, prob: string, cause: string, remedy: string): WoPlan['failure'] => ({ classCode: cls, problemCode: `${cls}-${prob}`, causeCode: `${cls}-${prob}-${cause}`, remedyCode: `${cls}-${prob}-${cause}-${remedy}` });
    switch (reason) {
      case 'BEARING_FAILURE':
        resets = this.vars.filter((v) => v.bearingAmp !== 0).map((v) => v.spec.tag);
        failure = code('MECH', 'BRG', r.pick(['WEAR', 'LUB', 'CONTAM']), 'REPL');
        title = `Spindle bearing failure - ${this.machine.cmmsName}`;
        description = `Bearing seized during run, replaced bearing and seals. Vibration was ${vib.toFixed(1)} mm/s before failure`;
        break;
      case 'TOOL_BREAK':
        resets = this.toolVars.map((v) => v.spec.tag);
        failure = code('TOOL', 'BRK', r.chance(0.7) ? 'WEAR' : 'CRASH', 'REPL');
        title = `Broken tool - ${this.machine.cmmsName}`;
        description = r.pick(['Insert broke mid-cycle, replaced insert and checked offsets', 'Tool snapped, part scrapped, new tool touched off', 'crashed tool, replaced holder + insert']);
        break;
      case 'HYDRAULIC_FAULT':
        failure = r.chance(0.5) ? code('HYD', 'LEAK', r.pick(['SEAL', 'HOSE']), 'REPL') : code('HYD', 'LOWP', r.pick(['PUMP', 'CONTAM']), 'ADJ');
        title = `Hydraulic fault - ${this.machine.cmmsName}`;
        description = failure?.problemCode === 'HYD-LEAK' ? 'Hydraulic leak at cylinder fitting, replaced o-ring and topped up oil' : 'Low pressure alarm, adjusted relief valve and changed filter';
        break;
      case 'ELECTRICAL_FAULT':
        failure = r.chance(0.6) ? code('ELEC', 'DRV', r.pick(['OVHT', 'LOOSE']), r.pick(['RESET', 'REPL'])) : code('ELEC', 'SENS', r.pick(['DRIFT', 'DMG']), 'REPL');
        title = `Electrical fault - ${this.machine.cmmsName}`;
        description = failure?.problemCode === 'ELEC-DRV' ? `Servo drive fault E-0${r.int(100, 999)}, reset drive and reseated connector` : 'Prox sensor damaged, replaced and adjusted';
        break;
      default:
        failure = code('MECH', 'JAM', r.pick(['MAT', 'OPER']), r.pick(['CLEAN', 'ADJ']));
        title = `Jam - ${this.machine.cmmsName}`;
        description = r.pick(['Part jammed, cleared and restarted', 'jammed - cleared', 'Chip wrap on chuck, cleared and adjusted coolant nozzle']);
        break;
    }
    this.applyResets(tm, reason === 'TOOL_BREAK' ? 'TOOL_BREAK' : reason === 'BEARING_FAILURE' ? 'BEARING_FAILURE' : 'fail', eventId);
    this.activity = { kind: 'fail', state: 'DOWN_UNPLANNED', reason, endMs };
    // Short jams are cleared by the operator and never reach the CMMS.
    const wo = reason === 'JAM' && m < 30 ? null : { title, description, type: 'CORRECTIVE' as const, priority: (reason === 'BEARING_FAILURE' ? 0 : 1) as 0 | 1, failure };
    this.emitEvent(eventId, 'CORRECTIVE', tm, endMs, resets, wo, tm);
  }

  private emitEvent(eventId: string, type: MaintenanceEventType, startMs: number, endMs: number, resets: readonly string[],
    wo: Pick<WoPlan, 'title' | 'description' | 'type' | 'priority' | 'failure'> | null, reportedMs: number): void {
    let woId: string | null = null;
    if (wo) {
      woId = `wo_${base62(this.rw, 12)}`;
      const minutes = Math.round((endMs - startMs) / MIN);
      this.out.workOrders.push({
        ...wo, id: woId, number: '', emitMs: startMs, machineId: this.machine.id, cmmsAssetId: this.currentAssetId(), reportedMs,
        holdFromMs: null, startedMs: startMs, completedMs: endMs, cancelled: false, downtimeMinutes: minutes,
        laborHours: Math.round((minutes / 60) * this.rw.pick([1, 1, 2]) * 4) / 4,
      });
    }
    this.out.events.push({ eventId, machineId: this.machine.id, type, startMs, endMs, resetsTags: [...resets], workOrderId: woId });
  }

  /** Maintenance requests that need no downtime (leaks, switches, inspections): the OPEN/ON_HOLD backlog. */
  private updateRequests(tm: number): void {
    this.reqCum += 1 / (60 * 24 * 6);
    if (this.reqCum < this.reqThr) return;
    this.reqCum = 0;
    this.reqThr = this.rs.exp();
    const r = this.rw;
    const [title, type] = r.pick(REQUESTS);
    const started = tm + Math.round(r.range(0.5, 72) * 60) * MIN;
    const held = r.chance(0.25);
    const startedMs = held ? started + Math.round(r.range(2, 6) * 24 * 60) * MIN : started;
    const completedMs = startedMs + Math.round(r.range(0.5, 4) * 60) * MIN;
    this.out.workOrders.push({
      id: `wo_${base62(r, 12)}`, number: '', emitMs: tm, title: `${title} - ${this.machine.cmmsName}`,
      description: held ? `${title}. Waiting on parts from vendor.` : title, type, priority: r.pick([2, 3] as const),
      machineId: this.machine.id, cmmsAssetId: this.currentAssetId(), failure: null, reportedMs: tm,
      holdFromMs: held ? tm + 2 * HOUR : null, startedMs, completedMs, cancelled: r.chance(0.05), downtimeMinutes: 0,
      laborHours: Math.round(((completedMs - startedMs) / HOUR) * 4) / 4,
    });
  }

  private setState(tm: number, state: EquipmentStateCode, reason: LossReason | null): void {
    const s = this.openState;
    if (s && s.state === state && s.reason === reason) return;
    if (s) this.out.states.push({ machineId: this.machine.id, state: s.state, reason: s.reason, startMs: s.startMs, endMs: tm });
    this.openState = { state, reason, startMs: tm };
  }

  private scrapReasonOfNextPart(): ScrapReason | null {
    const x = this.rq.next();
    if (this.partsSinceSetup < 3 && x < 0.12) return 'SETUP'; // first-off parts after setup
    let p = this.pDimHigh;
    if (x < p) return 'DIM_OVERSIZE';
    p += this.pDimLow;
    if (x < p) return 'DIM_UNDERSIZE';
    p += 0.002;
    if (x < p) return 'SURFACE';
    p += 0.0015;
    if (x < p) return 'MATERIAL';
    return null;
  }

  private addToChunk(tm: number, shift: 1 | 2 | 3, shiftKey: number, op: OpRuntime, good: number, scrap: number, reasons: Map<ScrapReason, number> | null): void {
    let c = this.chunk;
    if (c && c.op !== op) {
      this.flushChunk(tm);
      c = null;
    }
    if (!c) {
      c = {
        op, startMs: tm, endMs: tm + MIN, hourEnd: (Math.floor(tm / HOUR) + 1) * HOUR, shiftKey, shift,
        operatorId: this.operatorFor(shift), good: 0, scrap: 0, reasons: new Map(),
      };
      this.chunk = c;
    }
    c.endMs = tm + MIN;
    c.good += good;
    c.scrap += scrap;
    if (reasons) for (const [k, v] of reasons) c.reasons.set(k, (c.reasons.get(k) ?? 0) + v);
  }

  /**
   * Emits the open production record at `atMs` (the hour or shift closed, or the operation completed),
   * which is also when the MES records it: recordedMs ≥ endMs and never ahead of the plant clock.
   */
  private flushChunk(atMs: number): void {
    const c = this.chunk;
    if (!c) return;
    this.chunk = null;
    c.op.goodQty += c.good;
    c.op.scrapQty += c.scrap;
    this.out.production.push({
      emitMs: atMs,
      rec: {
        revision: 1, machineId: this.machine.id, jobNum: c.op.job.jobNum, oprSeq: c.op.oprSeq, startMs: c.startMs, endMs: c.endMs,
        goodQty: c.good, scrapQty: c.scrap, scrapReason: dominant(c.reasons), operatorId: c.operatorId, shift: c.shift,
        recordedMs: atMs,
      },
    });
  }

  private operatorFor(shift: 1 | 2 | 3): string {
    const list = this.operators[shift - 1] ?? [];
    return list[this.profile.index % Math.max(1, list.length)]?.employeeNum ?? '0000';
  }

  private addLabor(tm: number, shift: 1 | 2 | 3, shiftKey: number, type: 'P' | 'S', good: number, scrap: number, reasons: Map<ScrapReason, number> | null): void {
    const op = this.current;
    if (!op) return;
    let l = this.labor;
    if (l && (l.op !== op || l.shiftKey !== shiftKey || l.type !== type)) {
      this.flushLabor();
      l = null;
    }
    if (!l) {
      l = { op, employeeNum: this.operatorFor(shift), shiftKey, shift, type, clockIn: tm, clockOut: tm + MIN, qty: 0, scrap: 0, reasons: new Map() };
      this.labor = l;
    }
    l.clockOut = tm + MIN;
    l.qty += good;
    l.scrap += scrap;
    if (reasons) for (const [k, v] of reasons) l.reasons.set(k, (l.reasons.get(k) ?? 0) + v);
  }

  private flushLabor(): void {
    const l = this.labor;
    if (!l) return;
    this.labor = null;
    const reason = dominant(l.reasons);
    this.out.labor.push({
      emitMs: l.clockOut,
      rec: {
        company: l.op.job.company, employeeNum: l.employeeNum, jobNum: l.op.job.jobNum, oprSeq: l.op.oprSeq, machineId: this.machine.id,
        laborType: l.type, laborQty: l.qty, scrapQty: l.scrap, scrapReasonCode: reason ? SCRAP_CODE[reason] : '',
        clockInMs: l.clockIn, clockOutMs: l.clockOut, shift: l.shift,
      },
    });
  }

  private completeOp(tm: number): void {
    const op = this.current;
    if (!op) return;
    this.flushChunk(tm + MIN);
    this.flushLabor();
    op.complete = true;
    op.actualEndMs = tm + MIN;
    this.current = null;
  }

  private measure(tm: number, op: OpRuntime): void {
    const v = this.qualityVar;
    if (!v) return;
    const i = this.vars.indexOf(v);
    const value = quantize((this.lastMean[i] ?? v.spec.nominal) + v.ar + this.rq.normal() * 0.3 * v.sigmaB, v.perUnit);
    this.out.quality.push({
      emitMs: tm,
      rec: { machineId: this.machine.id, jobNum: op.job.jobNum, oprSeq: op.oprSeq, tag: v.spec.tag, nominal: v.spec.nominal, lsl: v.spec.lsl ?? NaN, usl: v.spec.usl ?? NaN, value, unit: v.spec.unit, measuredMs: tm + this.rq.int(0, 59) * 1000 },
    });
  }

  private sample(tm: number, state: EquipmentStateCode): void {
    const on = state !== 'OFFLINE';
    const thr = 0.5;
    const ambientPhase = Math.sin((2 * Math.PI * (tm / HOUR - 21)) / 24); // peak ≈ 15:00 Chicago
    const thermalDecay = on && this.coldStartMs !== null ? this.coldScale * Math.exp(-(tm - this.coldStartMs) / WARM_TAU_MS) : 0;
    const u = this.hasTool ? this.toolHours / this.toolLife : 0;
    const w = wearShape(u);
    for (let i = 0; i < this.vars.length; i++) {
      const v = this.vars[i] as VarModel;
      v.ar = PHI * v.ar + v.spec.noiseSigma * this.rn.normal();
      v.calOffset += (v.calRatePerDay * SAMPLE_INTERVAL_MS) / DAY;
      const tool = v.toolAmpRange[1] !== 0 && this.hasTool ? v.toolAmp * w : 0;
      const bear = v.bearingAmp !== 0 ? v.bearingAmp * bearingShape(this.bearingHours - v.bearingLag * this.bearingLife, this.bearingLife) : 0;
      const thermal = v.warmAmp * thermalDecay;
      const mean = v.spec.nominal + v.baseOffset + tool + bear + v.calOffset + thermal + v.ambientAmp * ambientPhase;
      this.lastMean[i] = mean;
      const value = !on || (v.spec.isQualityCharacteristic && state !== 'RUNNING') ? NaN : quantize(mean + v.ar, v.perUnit);
      this.lastValue[i] = value;
      const s = this.series[i];
      if (s) {
        if (s.n === s.buf.length) {
          const bigger = new Float64Array(s.buf.length * 2);
          bigger.set(s.buf);
          s.buf = bigger;
        }
        s.buf[s.n++] = value;
      }
      // Drift-truth bookkeeping (definition in signals.ts).
      const limit = thr * v.sigmaB;
      this.track(v, TOOL, tool, limit, tm);
      this.track(v, BEARING, bear, limit, tm);
      this.track(v, CALIBRATION, v.calOffset, limit, tm);
      const th = v.open[THERMAL];
      if (th && (Math.abs(thermal) <= limit || !on)) {
        v.open[THERMAL] = null;
        this.out.drifts.push({ machineId: this.machine.id, tag: v.spec.tag, cause: 'THERMAL', onsetMs: th.onsetMs, endMs: tm, magnitudeSigma: round3(th.peak / v.sigmaB), resetEventId: null });
      } else this.track(v, THERMAL, thermal, limit, tm);
      if (v === this.qualityVar && v.spec.lsl !== null && v.spec.usl !== null) {
        const dimMean = mean; // the parts' mean diameter: wear + offsets (+ sub-threshold thermal/ambient)
        this.pDimHigh = 1 - normalCdf((v.spec.usl - dimMean) / v.sigmaB);
        this.pDimLow = normalCdf((v.spec.lsl - dimMean) / v.sigmaB);
      }
      if (v === this.vibVar && this.profile.conditionMonitored && bear > 0.7 * v.bearingAmp) this.bearingAlarm = true;
    }
  }

  private track(v: VarModel, ci: number, x: number, limit: number, tm: number): void {
    const e = v.open[ci];
    if (e) {
      if (Math.abs(x) > Math.abs(e.peak)) e.peak = x;
    } else if (Math.abs(x) > limit) {
      v.open[ci] = { cause: CAUSES[ci] as DriftCause, onsetMs: tm, peak: x };
    }
  }

  private meterReadings(tm: number, shift: 0 | 1 | 2 | 3, shiftKey: number): void {
    if (this.minuteIdx % 60 === 0 && shift !== 0) {
      const assetKey = this.currentAssetId().slice(4, 12);
      this.vars.forEach((v, i) => {
        const value = this.lastValue[i] ?? NaN;
        if (!Number.isFinite(value)) return;
        if (v.spec.tag === 'VIB') this.out.meterReadings.push({ meterId: `mtr_${assetKey}VB`, value, readingMs: tm, source: 'sensor' });
        if (v.spec.tag === 'BRG_TEMP') this.out.meterReadings.push({ meterId: `mtr_${assetKey}BT`, value, readingMs: tm, source: 'sensor' });
      });
    }
    // A manual runtime reading once per day, some minutes into the 1st shift.
    if (shift === 1 && shiftKey !== this.lastShiftKey) this.manualReadingAt = tm + this.rn.int(5, 50) * MIN;
    if (tm === this.manualReadingAt) {
      const assetKey = this.currentAssetId().slice(4, 12);
      const base = this.assetIndex === 0 ? this.profile.runtimeMeterStart : 0;
      let value = base + this.runtimeHours;
      // The meter display rolls over from 99999.9 to 0.0 (DOMAIN §5.12).
      value = value % 100_000;
      this.out.meterReadings.push({ meterId: `mtr_${assetKey}RT`, value: Math.round(value * 10) / 10, readingMs: tm, source: 'manual' });
    }
  }
}

function dominant(m: Map<ScrapReason, number>): ScrapReason | null {
  let best: ScrapReason | null = null;
  let n = 0;
  for (const [k, v] of m) if (v > n) { best = k; n = v; }
  return best;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

import { DateTime } from 'luxon';
import type { LossReason, Machine, ProcessSeries, ScrapReason, StateInterval, VariableSpec } from '../plant/index.ts';
import type { MessConfig, Plant } from '../plant/index.ts';
import { plantNowMs } from '../plant/index.ts';

/**
 * Renders the clean plant model into the MES vendor's shapes, injecting mess only for the flags that are
 * on. Deterministic: record-level choices hash (plant seed, label); machine-level choices (which machine
 * reports psi vs psig, blank ERP code, …) follow the machine's index so tests can state them by hand.
 */

/** FNV-1a over `${seed}:${label}` → [0, 1). */
export function unitHash(seed: number, label: string): number {
  let h = 0x811c9dc5;
  const s = `${seed}:${label}`;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0) / 4_294_967_296;
}

/** Epoch ms → plant-local naive xsd:dateTime ('2026-03-08T01:30:00'), as legacy MES servers send. */
export function toLocalNaive(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss");
}

/** A request date: naive → plant-local (luxon shifts gap times forward); an explicit offset/Z is honoured. */
export function fromRequestDate(value: unknown, zone: string): number | null {
  const s = typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString() : '';
  if (s === '') return null;
  const dt = DateTime.fromISO(s, { zone, setZone: false });
  return dt.isValid ? dt.toMillis() : null;
}

/** Vendor state codes of this MES (numeric code + display name). */
export const vendorStates: Readonly<Record<StateInterval['state'], readonly [number, string]>> = {
  OFFLINE: [0, 'OFFLINE'], RUNNING: [1, 'RUN'], SETUP: [2, 'SETUP'], IDLE_STARVED: [3, 'STARVED'],
  IDLE_BLOCKED: [4, 'BLOCKED'], DOWN_UNPLANNED: [5, 'DOWN'], DOWN_PLANNED: [6, 'PLANNED DOWN'],
};

/** What operators actually type, per true loss reason (DOMAIN §5.7). */
export const reasonTexts: Readonly<Record<LossReason, readonly string[]>> = {
  JAM: ['JAM', 'jammed - cleared', 'mat jam'], TOOL_BREAK: ['broken tool', 'tool broke'],
  HYDRAULIC_FAULT: ['hyd leak', 'HYDRAULIC FAULT'], BEARING_FAILURE: ['brg noise', 'bearing'],
  ELECTRICAL_FAULT: ['elec fault', 'breaker tripped'], NO_MATERIAL: ["no mat'l", 'NO MATERIAL', 'waiting on coil'],
  WAITING_FORKLIFT: ['waiting fork truck', 'fork truck'], NO_OPERATOR: ['no operator', 'no op'],
  DOWNSTREAM_BLOCKED: ['blocked downstream', 'conveyor full'], CHANGEOVER: ['changeover', 'C/O'],
  TOOL_CHANGE: ['tool chg', 'TOOL CHANGE'], PREVENTIVE_MAINTENANCE: ['PM', 'pm - monthly'],
  CALIBRATION: ['calib', 'CAL'], NO_SHIFT: ['no shift', 'weekend'],
};

export const rejectTexts: Readonly<Record<ScrapReason, readonly string[]>> = {
  DIM_OVERSIZE: ['oversize', 'OD too big'], DIM_UNDERSIZE: ['undersize', 'u/s'], SURFACE: ['scratches', 'surface'],
  SETUP: ['setup pcs', 'first off'], MATERIAL: ["bad mat'l", 'material'],
};

export function renderReason(plant: Plant, mess: MessConfig, reason: LossReason | null, label: string): string {
  if (reason === null) return '';
  if (!mess.freeTextReasons) return reason;
  const opts = reasonTexts[reason];
  return opts[Math.floor(unitHash(plant.config.seed, label) * opts.length)] ?? reason;
}

export function renderReject(plant: Plant, mess: MessConfig, reason: ScrapReason | null, label: string): string {
  if (reason === null) return '';
  if (!mess.freeTextReasons) return reason;
  const opts = rejectTexts[reason];
  return opts[Math.floor(unitHash(plant.config.seed, label) * opts.length)] ?? reason;
}

/** The ERP resource code the MES master carries for a machine (blank / variant / padded under mess). */
export function renderErpCode(mess: MessConfig, machine: Machine, index: number): string {
  if (mess.differentIds && index % 5 === 1) return '';
  if (mess.differentIds && index % 5 === 3) return machine.erpResourceId.replace(/-/g, '').toLowerCase();
  return mess.paddedKeys ? `${machine.erpResourceId.toLowerCase()}  ` : machine.erpResourceId;
}

/** The unit this MES reports a variable in, and the conversion from the canonical value. */
export function sourceUnit(mess: MessConfig, v: VariableSpec, machineIndex: number): { unit: string; convert: (x: number) => number } {
  const id = (x: number): number => x;
  if (!mess.mixedUnits) return { unit: v.unit, convert: id };
  if (v.unit === 'bar') return { unit: machineIndex % 2 === 0 ? 'PSI' : 'psig', convert: (x) => x * 14.5038 };
  if (v.unit === 'degC' && machineIndex % 2 === 0) return { unit: 'degF', convert: (x) => x * 1.8 + 32 };
  if (v.unit === 'mm' && machineIndex % 3 === 1) return { unit: 'in', convert: (x) => x / 25.4 };
  return { unit: v.unit, convert: id };
}

/** Counting unit per machine: presses count strokes (2 parts/stroke) when both counts divide evenly. */
export function countUnit(mess: MessConfig, machine: Machine, machineIndex: number, good: number, scrap: number): { uom: string; perCount: number } {
  if (!mess.mixedUnits) return { uom: 'EA', perCount: 1 };
  // Heuristic for the demo: a 2-up press die reports strokes; odd totals would need half strokes, so those stay in pieces.
  if (machine.kind === 'PRESS' && good % 2 === 0 && scrap % 2 === 0) return { uom: 'STROKE', perCount: 2 };
  return { uom: ['PCS', 'ea', 'EA'][machineIndex % 3]!, perCount: 1 };
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The sample value a series holds at `ms` (last sample at or before it), or NaN. */
export function seriesValueAt(s: ProcessSeries, ms: number): number {
  if (ms < s.startMs || s.values.length === 0) return Number.NaN;
  const i = Math.min(s.values.length - 1, Math.floor((ms - s.startMs) / s.intervalMs));
  return s.values[i] ?? Number.NaN;
}

/**
 * The job number as this MES spells it. Under paddedKeys a deterministic third of the jobs are zero-padded to eight
 * digits ('J004512' → 'J00004512'), the MES's own field width (DOMAIN §5.2); the ERP job is the canonical one.
 */
export function renderMesJobNum(mess: MessConfig, seed: number, jobNum: string): string {
  if (!mess.paddedKeys || unitHash(seed, `mesjob:${jobNum}`) >= 1 / 3) return jobNum;
  return jobNum.replace(/\d+$/, (d) => d.padStart(8, '0'));
}

/**
 * The part number as this MES spells it on a work order. Under paddedKeys a quarter of the parts have their number
 * zero-filled to six digits ('BRK-1001' → 'BRK-001001'); under differentIds a fifth of the parts carry the revision the
 * job builds as a suffix ('BRK-1001-RB'), which is the ERP part's current revision for most jobs and an older one for
 * a job that builds a superseded revision (a different part until a person says otherwise).
 */
export function renderMesPartNum(mess: MessConfig, seed: number, partNum: string, jobRevision: string): string {
  let p = partNum;
  if (mess.paddedKeys && unitHash(seed, `mespart:pad:${partNum}`) < 0.25) p = p.replace(/\d+$/, (d) => d.padStart(6, '0'));
  if (mess.differentIds && unitHash(seed, `mespart:rev:${partNum}`) < 0.2) p = `${p}-R${jobRevision}`;
  return p;
}

/**
 * Work orders only the MES has (unknownParts): trial runs of parts the ERP does not have yet, on job numbers the ERP
 * never issued. Two, planned over the plant's last day; the identity crosswalk must leave them unmatched.
 */
export function mesOnlyWorkOrders(mess: MessConfig, plant: Plant): { orderId: string; jobNum: string; operSeq: number; partNum: string; startMs: number; endMs: number }[] {
  if (!mess.unknownParts) return [];
  const end = plantNowMs(plant);
  return [1, 2].map((i) => ({ orderId: `T90000${i}-10`, jobNum: `T90000${i}`, operSeq: 10, partNum: `NPI-900${i}`, startMs: end - 86_400_000, endMs: end + 86_400_000 }));
}

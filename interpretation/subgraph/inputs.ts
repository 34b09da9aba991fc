// Representation fields → the core's inputs (epoch-ms samples, maintenance resets), with provenance.
// The only place that reads @requires data, so the null/absent rules live here once.
import { Code, invariant, plantError } from '../../common/index.ts';
import type { MaintenanceEvent, Sample } from '../core/index.ts';
import type { EquipmentRep, MaintenanceRep, MeasurementRep, NoteRep, SampleRep, StateRep } from './models.ts';

/** One input field that fed a figure (GraphQL `InputProvenance`). */
export interface Provenance { readonly subgraph: string; readonly field: string; readonly count: number }

/**
 * Which variables a maintenance event restarts. A HEURISTIC from DOMAIN.md §6: a tool change resets
 * wear (dimensions, loads, cycle times); a calibration resets sensor offsets (pressures,
 * temperatures); a bearing replacement resets vibration. A PM counts as a tool change (PMs include
 * fresh tooling); it does not reset sensors, so a calibration drift that a PM did not fix stays
 * visible. ALL is kept for events known to shift everything (none are mapped to it today).
 */
export type ResetScope = 'ALL' | 'TOOL' | 'SENSOR' | 'VIBRATION';

/**
 * A maintenance event that restarts baselines: `t` epoch ms, `kind` human-readable, `scope` what it touches;
 * `tags`, when set, narrows it to those variable tags (an operator note that names the variable).
 */
export type Reset = MaintenanceEvent & { readonly scope: ResetScope; readonly tags?: readonly string[] };

/** The family of a variable by its canonical unit (tag as a fallback); UNKNOWN units only see ALL-scope resets. */
export function variableFamily(unit: string | undefined, id: string): Exclude<ResetScope, 'ALL'> | null {
  const tag = id.slice(id.lastIndexOf('/') + 1).toUpperCase();
  if (unit === 'mm/s' || /VIB|BRG|BEARING/.test(tag)) return 'VIBRATION';
  if (unit === 'mm' || unit === '%' || unit === 's') return 'TOOL';
  if (unit === 'bar' || unit === 'degC') return 'SENSOR';
  return null;
}

/** The resets that apply to a variable of `family` (and id `<equipmentId>/<tag>` for tag-narrowed resets), oldest first. */
export function resetsFor(resets: readonly Reset[], family: ResetScope | null, variableId?: string): Reset[] {
  const tag = variableId === undefined ? undefined : tagOf(variableId);
  return resets.filter((r) => (r.scope === 'ALL' || r.scope === family) && (r.tags === undefined || (tag !== undefined && r.tags.includes(tag))));
}

const tagOf = (variableId: string): string => variableId.slice(variableId.lastIndexOf('/') + 1).toUpperCase();

/**
 * A required field's value. `undefined` means the gateway did not send a field the @requires
 * selection names — a planner bug, so it fails loudly. `null` means the owner failed (its own coded
 * error is already in the response); we answer INTERP_INPUT_UNAVAILABLE rather than computing over
 * nothing, because "no drift" from missing data would be a false claim about the plant.
 */
export function required<T>(value: T | null | undefined, field: string): T {
  invariant(value !== undefined, `representation lacks required field ${field}`);
  if (value === null) throw plantError(Code.INTERP_INPUT_UNAVAILABLE, `${field} is unavailable (its owning subgraph failed)`, { source: 'INTERPRETATION', retryable: true });
  return value;
}

const ms = (iso: string | null | undefined): number => (iso === null || iso === undefined ? Number.NaN : Date.parse(iso));

/** ProcessSample list → core samples, oldest first. Unparsable times become NaN and the core ignores them. */
export function toSamples(rows: readonly SampleRep[]): Sample[] {
  return rows.map((r) => ({ t: ms(r.time), v: r.value })).sort((a, b) => a.t - b.t);
}

/** QualityMeasurement list → core samples (canonical value), oldest first. */
export function measurementSamples(rows: readonly MeasurementRep[]): Sample[] {
  return rows.map((r) => ({ t: ms(r.time), v: r.value?.value ?? null })).sort((a, b) => a.t - b.t);
}

/** MES canonical loss reasons that mean someone changed the process on purpose, with what they touch. */
const stateResetScopes: Readonly<Record<string, ResetScope>> = {
  TOOL_CHANGE: 'TOOL', CALIBRATION: 'SENSOR', PREVENTIVE_MAINTENANCE: 'TOOL', BEARING_REPLACEMENT: 'VIBRATION',
};

/**
 * Is this MES state interval a reset? Only by its canonical reason (TOOL_CHANGE and
 * PREVENTIVE_MAINTENANCE → TOOL, CALIBRATION → SENSOR), in any state: a SETUP for a CHANGEOVER changes the product, not the
 * machine, and DOWN_PLANNED for NO_SHIFT is not maintenance. The reset instant is the interval's
 * end: the new baseline starts when the machine runs again.
 */
export function stateReset(s: StateRep): Reset | null {
  const reason = s.reasonCode?.toUpperCase() ?? '';
  const scope = stateResetScopes[reason];
  const t = ms(s.endTime);
  return scope === undefined || !Number.isFinite(t) ? null : { t, kind: `MES ${s.state ?? '(state unmapped)'} ${reason}`, scope };
}

/**
 * Is this CMMS work order a reset? Only COMPLETED ones with a completion time: PREVENTIVE (TOOL),
 * CALIBRATION (SENSOR), and CORRECTIVE when the failure report says a part was replaced (remedy
 * ending in REPL/RPL): a bearing (problem *BRG*) → VIBRATION, a tool (class TOOL) → TOOL, a sensor
 * (problem *SENS*) → SENSOR. Other repairs (jams, leaks, drive resets) and INSPECTION leave the
 * process as it was. A corrective order without a failure report is not a reset (we cannot tell).
 */
export function workOrderReset(w: MaintenanceRep): Reset | null {
  const t = ms(w.completedAt);
  if (w.status !== 'COMPLETED' || !Number.isFinite(t)) return null;
  if (w.type === 'PREVENTIVE') return { t, kind: 'CMMS PREVENTIVE work order', scope: 'TOOL' };
  if (w.type === 'CALIBRATION') return { t, kind: 'CMMS CALIBRATION work order', scope: 'SENSOR' };
  const f = w.failure;
  if (w.type !== 'CORRECTIVE' || f === null || f === undefined || !/(REPL|RPL)$/i.test(f.remedyCode ?? '')) return null;
  const problem = (f.problemCode ?? '').toUpperCase();
  const scope: ResetScope | null = problem.includes('BRG') ? 'VIBRATION' : f.classCode.toUpperCase() === 'TOOL' ? 'TOOL' : problem.includes('SENS') ? 'SENSOR' : null;
  return scope === null ? null : { t, kind: `CMMS CORRECTIVE work order (${f.remedyCode})`, scope };
}

/** Least classifier confidence for an operator note to act on a figure; below it the note is listed, not used. */
export const noteActionConfidence = 0.6;

const noteResetScopes: Readonly<Record<string, ResetScope>> = {
  // A new tool restarts wear; a new coil, lot or heat moves dimensions, loads and forming pressures alike.
  TOOL_CHANGE: 'TOOL', MATERIAL_LOT_CHANGE: 'ALL',
};

const noteTags = (n: NoteRep): string[] => n.mentions.filter((m) => m.kind === 'VARIABLE_TAG' && m.value !== null).map((m) => m.value!.toUpperCase());
const noteLabel = (n: NoteRep): string => `operator note ${n.id} (${n.category}, confidence ${n.confidence.toFixed(2)})`;

/**
 * Is this operator note a reset? A TOOL_CHANGE (scope TOOL) or MATERIAL_LOT_CHANGE (scope ALL) classified with at
 * least noteActionConfidence; narrowed to the variables it names, if it names any. The instant is the end of the
 * note's period (the change is done), else its time. The kind names the note, so the explanation does.
 */
export function noteReset(n: NoteRep): Reset | null {
  const scope = noteResetScopes[n.category];
  const t = ms(n.endTime ?? n.time);
  if (scope === undefined || n.confidence < noteActionConfidence || !Number.isFinite(t)) return null;
  const tags = noteTags(n);
  return { t, kind: noteLabel(n), scope, ...(tags.length > 0 ? { tags } : {}) };
}

/** An operator's suspicion that a sensor reads wrong, over [from, to) epoch ms. `tags` null: every SENSOR-family variable. */
export interface SensorSuspicion { readonly from: number; readonly to: number; readonly tags: readonly string[] | null; readonly label: string }

/**
 * SENSOR_SUSPECT notes (confidence ≥ noteActionConfidence) as suspicion intervals: from the note's time until its
 * end time, else until the next reset that touches sensors (a calibration or sensor replacement fixes or clears
 * it), else open. HEURISTIC: without named tags the note is taken to mean the equipment's pressure and temperature
 * transmitters (the SENSOR family), not its dimensions or vibration.
 */
export function sensorSuspicions(notes: readonly NoteRep[], resets: readonly Reset[]): SensorSuspicion[] {
  return notes.filter((n) => n.category === 'SENSOR_SUSPECT' && n.confidence >= noteActionConfidence && Number.isFinite(ms(n.time))).map((n) => {
    const from = ms(n.time);
    const fix = resets.find((r) => r.t > from && (r.scope === 'SENSOR' || r.scope === 'ALL'));
    const to = n.endTime !== null ? ms(n.endTime) : fix?.t ?? Number.POSITIVE_INFINITY;
    const tags = noteTags(n);
    return { from, to, tags: tags.length > 0 ? tags : null, label: noteLabel(n) };
  });
}

/** The suspicion covering variable `variableId` of `family` at `atMs`, if any. */
export function suspicionAt(suspicions: readonly SensorSuspicion[], variableId: string, family: ResetScope | null, atMs: number): SensorSuspicion | undefined {
  const tag = tagOf(variableId);
  return suspicions.find((s) => atMs >= s.from && atMs < s.to && (s.tags === null ? family === 'SENSOR' : s.tags.includes(tag)));
}

/**
 * Resets of an equipment from every owner (MES states, CMMS work orders, operator notes), oldest first, with the
 * provenance of each input list and the operator's sensor suspicions. Notes are optional: when the context
 * subgraph failed (recentNotes null) the figures are computed without them and a note says so, because a missing
 * shift log must not blank out drift the sensors show.
 */
export function equipmentResets(eq: EquipmentRep, path: string): { resets: Reset[]; provenance: Provenance[]; suspicions: SensorSuspicion[]; notes: string[] } {
  const states = required(eq.recentStates, `${path}.recentStates`);
  const orders = required(eq.recentMaintenance, `${path}.recentMaintenance`);
  const opNotes = eq.recentNotes ?? null;
  const resets = [...states.map(stateReset), ...orders.map(workOrderReset), ...(opNotes ?? []).map(noteReset)]
    .filter((r): r is Reset => r !== null).sort((a, b) => a.t - b.t || a.kind.localeCompare(b.kind));
  return {
    resets,
    provenance: [
      { subgraph: 'mes', field: 'Equipment.recentStates', count: states.length },
      { subgraph: 'cmms', field: 'Equipment.recentMaintenance', count: orders.length },
      ...(opNotes === null ? [] : [{ subgraph: 'context', field: 'Equipment.recentNotes', count: opNotes.length }]),
    ],
    suspicions: sensorSuspicions(opNotes ?? [], resets),
    notes: eq.recentNotes === null ? ['operator notes unavailable (the context subgraph failed): computed without them'] : [],
  };
}

// Representation fields → the core's inputs (epoch-ms samples, maintenance resets), with provenance.
// The only place that reads @requires data, so the null/absent rules live here once.
import { Code, invariant, plantError } from '../../common/index.ts';
import type { MaintenanceEvent, Sample } from '../core/index.ts';
import type { EquipmentRep, MaintenanceRep, MeasurementRep, SampleRep, StateRep } from './models.ts';

/** One input field that fed a figure (GraphQL `InputProvenance`). */
export interface Provenance { readonly subgraph: string; readonly field: string; readonly count: number }

/** A maintenance event that restarts baselines: `t` epoch ms, `kind` human-readable. */
export type Reset = MaintenanceEvent;

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

/**
 * MES loss reasons that mean someone changed the process on purpose. A HEURISTIC list: the
 * canonical reason codes of subgraphs/mes (reasonCodeFor) that follow tooling or setup work.
 */
const resetReasons: ReadonlySet<string> = new Set(['TOOL_CHANGE', 'CHANGEOVER', 'SETUP', 'CALIBRATION', 'PREVENTIVE_MAINTENANCE', 'BEARING_REPLACEMENT']);

/**
 * Is this MES state interval a reset? SETUP always (a setup re-zeroes the process); DOWN_PLANNED or
 * any other state only with a reset reason (DOWN_PLANNED for NO_SHIFT is not maintenance).
 * The reset instant is the interval's end: the new baseline starts when the machine runs again.
 */
export function stateReset(s: StateRep): Reset | null {
  const reason = s.reasonCode?.toUpperCase() ?? null;
  if (s.state !== 'SETUP' && (reason === null || !resetReasons.has(reason))) return null;
  const t = ms(s.endTime);
  return Number.isFinite(t) ? { t, kind: `MES ${s.state}${reason === null ? '' : ` ${reason}`}` } : null;
}

/**
 * Is this CMMS work order a reset? COMPLETED with a completion time and of a type that touches the
 * machine: PREVENTIVE, CALIBRATION, CORRECTIVE (bearing replacement and repairs). INSPECTION is
 * left out on purpose: looking at a machine does not change its process.
 */
export function workOrderReset(w: MaintenanceRep): Reset | null {
  if (w.status !== 'COMPLETED' || w.type === 'INSPECTION') return null;
  const t = ms(w.completedAt);
  return Number.isFinite(t) ? { t, kind: `CMMS ${w.type} work order` } : null;
}

/** Resets of an equipment from both owners, oldest first, with the provenance of each input list. */
export function equipmentResets(eq: EquipmentRep, path: string): { resets: Reset[]; provenance: Provenance[] } {
  const states = required(eq.recentStates, `${path}.recentStates`);
  const orders = required(eq.recentMaintenance, `${path}.recentMaintenance`);
  const resets = [...states.map(stateReset), ...orders.map(workOrderReset)].filter((r): r is Reset => r !== null).sort((a, b) => a.t - b.t || a.kind.localeCompare(b.kind));
  return {
    resets,
    provenance: [
      { subgraph: 'mes', field: 'Equipment.recentStates', count: states.length },
      { subgraph: 'cmms', field: 'Equipment.recentMaintenance', count: orders.length },
    ],
  };
}

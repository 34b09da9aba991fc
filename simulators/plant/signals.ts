/**
 * Process-variable dynamics (DOMAIN.md §6 recipe), one model per (machine, variable):
 *
 *   x(t) = nominal + baseOffset + toolAmp·wear(u) + bearingAmp·bearing(h) + calOffset(t)
 *          + thermal(t) + ambient(t) + AR(1) noise, then quantized.
 *
 * All shapes and magnitudes are engineering heuristics [H] chosen to look like real shop-floor data and
 * to make drift detectable but not trivial; they are not calibrated to a specific machine.
 *
 * Drift definition used for the ground truth: a drift episode of cause C on a variable starts at the
 * first 5-minute sample time at which |component_C| > 0.5·σ_b, where σ_b = noiseSigma/√(1−φ²) is the
 * stationary standard deviation of the AR(1) baseline noise; it ends at the reset event that zeroes the
 * component (tool change, PM, bearing replacement, calibration, asset swap), or for THERMAL when the
 * warm-up has decayed below the same threshold, or at the end of the data. Components that stay below
 * 0.5·σ_b by construction (ambient sinusoid, post-maintenance baseline offsets, warm-up on dimensions)
 * never make an episode.
 */
import type { DriftTruth, MachineKind, VariableSpec } from './model.ts';
import type { Rng } from './rng.ts';

/** AR(1) coefficient per 5-minute sample. */
export const PHI = 0.7;
/** Warm-up time constant after a cold start. */
export const WARM_TAU_MS = 40 * 60_000;
/** A cold start is a start after at least this long OFFLINE. */
export const COLD_AFTER_MS = 4 * 3_600_000;

export type DriftCause = DriftTruth['cause'];
export const CAUSES: readonly DriftCause[] = ['TOOL_WEAR', 'BEARING_DEGRADATION', 'CALIBRATION_DRIFT', 'THERMAL'];
export const TOOL = 0;
export const BEARING = 1;
export const CALIBRATION = 2;
export const THERMAL = 3;

export interface OpenEpisode {
  readonly cause: DriftCause;
  readonly onsetMs: number;
  peak: number; // signed component with the largest magnitude so far
}

export interface VarModel {
  readonly spec: VariableSpec;
  readonly sigmaB: number;
  /** Quantization steps per unit (1000 → 0.001); an integer so rounding gives clean decimals. */
  readonly perUnit: number;
  /** Mean shift at the end of tool life (u = 1); set per tool. 0 = not affected by tooling. */
  toolAmp: number;
  readonly toolAmpRange: readonly [number, number];
  readonly bearingAmp: number;
  /** Temperature lags vibration: bearing(h − lag·L). */
  readonly bearingLag: number;
  readonly calRatePerDay: number;
  readonly warmAmp: number;
  readonly ambientAmp: number;
  baseOffset: number;
  ar: number;
  calOffset: number;
  /** Open episode per cause, indexed by causeIndex (a 4-slot array is much cheaper than a Map per sample). */
  readonly open: (OpenEpisode | null)[];
}

/** Tool wear shape: quick break-in, long linear stage, accelerating near end of life; wear(1) ≈ 1. */
export function wearShape(u: number): number {
  const late = u > 0.7 ? Math.pow((u - 0.7) / 0.3, 2.5) : 0;
  return 0.05 * (1 - Math.exp(-u / 0.04)) + 0.65 * u + 0.3 * late;
}

/** Bearing degradation: flat for 85 % of life, then exponential; 1 at h = L, capped at 4. */
export function bearingShape(h: number, life: number): number {
  const x = h / life;
  if (x <= 0.85) return 0;
  return Math.min(4, (Math.exp((4 * (x - 0.85)) / 0.15) - 1) / (Math.exp(4) - 1));
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 erf, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y = 1 - (((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t) * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

function quantumFor(spec: VariableSpec, kind: MachineKind): number {
  switch (spec.kind) {
    case 'dimension': return kind === 'GRINDER' ? 10_000 : 1000;
    case 'vibration': return 100;
    case 'cycleTime': return 100;
    default: return 10;
  }
}

/**
 * Builds the dynamics of one variable. `stableTooling` machines get low-wear tooling, so their tool
 * wear stays under the drift threshold (see the module comment); `calIntervalDays` sizes the
 * calibration drift so it reaches 1.5–3 σ_b by the time the calibration is due.
 */
export function createVarModel(spec: VariableSpec, kind: MachineKind, stableTooling: boolean, calIntervalDays: number, rng: Rng): VarModel {
  const sigmaB = spec.noiseSigma / Math.sqrt(1 - PHI * PHI);
  const stableAmp = 0.85 * sigmaB; // × wear(0.55) ≈ 0.4 → stays below 0.5 σ_b
  let toolAmpRange: [number, number] = [0, 0];
  let bearingAmp = 0;
  let bearingLag = 0;
  let calRate = 0;
  let warm = 0.3 * sigmaB; // default: warm-up below the threshold
  switch (spec.tag) {
    case 'OD': case 'WALL':
      toolAmpRange = spec.usl !== null ? [0.75 * (spec.usl - spec.nominal), 1.25 * (spec.usl - spec.nominal)] : [0, 0];
      warm = -0.3 * sigmaB;
      break;
    case 'BORE': // a worn boring tool cuts a smaller bore
      toolAmpRange = spec.lsl !== null ? [-1.2 * (spec.nominal - spec.lsl), -0.8 * (spec.nominal - spec.lsl)] : [0, 0];
      warm = 0.3 * sigmaB;
      break;
    case 'SPINDLE_LOAD':
      toolAmpRange = [0.1 * spec.nominal, 0.3 * spec.nominal];
      break;
    case 'CYCLE_TIME':
      toolAmpRange = kind === 'WELDER' ? [1.5, 3] : [0.3, 0.8];
      break;
    case 'VIB':
      bearingAmp = rng.range(2.5, 3.5);
      warm = 0;
      break;
    case 'BRG_TEMP':
      bearingAmp = rng.range(5, 9);
      bearingLag = 0.02;
      warm = -rng.range(6, 10);
      break;
    case 'OIL_TEMP':
      warm = -rng.range(12, 18);
      break;
    case 'TIP_TEMP':
      warm = -rng.range(20, 30);
      calRate = 1;
      break;
    case 'BARREL_TEMP':
      warm = -rng.range(30, 50);
      calRate = 1;
      break;
    case 'HYD_PRESS':
      calRate = 1;
      break;
    default:
      break;
  }
  if (stableTooling && toolAmpRange[1] !== 0) toolAmpRange = [stableAmp, stableAmp];
  // 60 % of calibrated sensors drift (random sign); the rest stay true between calibrations.
  const calRatePerDay = calRate !== 0 && rng.chance(0.6)
    ? (rng.chance(0.5) ? 1 : -1) * (rng.range(1.5, 3) * sigmaB) / calIntervalDays
    : 0;
  const toolAmp = sign(toolAmpRange[0]) * rng.range(Math.abs(toolAmpRange[0]), Math.abs(toolAmpRange[1]));
  return {
    spec, sigmaB, perUnit: quantumFor(spec, kind), toolAmp, toolAmpRange, bearingAmp, bearingLag, calRatePerDay,
    warmAmp: warm, ambientAmp: 0.3 * sigmaB, baseOffset: 0, ar: rng.normal() * sigmaB, calOffset: 0, open: [null, null, null, null],
  };
}

function sign(x: number): number {
  return x < 0 ? -1 : 1;
}

/** Rounds to the instrument resolution; `perUnit` is steps per unit (see VarModel.perUnit). */
export function quantize(x: number, perUnit: number): number {
  return Math.round(x * perUnit) / perUnit;
}

// Representations in, wire-shaped assessments out: the glue between @requires inputs and
// interpretation/core. Pure apart from the anomaly model cache (which never blocks).
import {
  anomalyModelKey, computeDegradation, computeDrift, computeStability, defaultDriftMonitorParams, deriveEvents,
  hashInputs, rankWarnings, scoreAnomalies, signalsFromResults, ANOMALY_ALGORITHM_VERSION,
} from '../core/index.ts';
import type { AnomalyOptions, DegradationResult, DriftResult, Explanation as CoreExplanation, InterpretationEvent, Sample, StabilityResult, WarningSignal } from '../core/index.ts';
import type { AnomalyAssessment, DegradationAssessment, DriftAssessment, InterpretationEvent as WireEvent, StabilityAssessment, Warning } from './__generated__/resolvers-types.ts';
import { intArg, maxWindowPoints, numberArg, finiteArg } from './args.ts';
import { equipmentResets, measurementSamples, required, resetsFor, suspicionAt, toSamples, variableFamily } from './inputs.ts';
import type { SensorSuspicion } from './inputs.ts';
import type { Provenance, Reset } from './inputs.ts';
import type { ModelCachePort } from './context.ts';
import type { EquipmentRep, ProcessVariableRep, QualityCharacteristicRep } from './models.ts';
import { degradationAssessment, driftAssessment, explanation, iso, stabilityAssessment } from './wire.ts';

const DAY_MS = 86_400_000;

export interface DriftArgs { readonly sensitivity: number; readonly baselinePoints: number }
export interface StabilityArgs { readonly windowPoints: number; readonly confidence: number }
export interface DegradationArgs { readonly threshold: number; readonly direction: 'UP' | 'DOWN'; readonly confidence: number }

export const defaultDriftArgs: DriftArgs = Object.freeze({ sensitivity: 1, baselinePoints: 288 });
export const defaultStabilityArgs: StabilityArgs = Object.freeze({ windowPoints: 2016, confidence: 0.95 });

/** Validates drift arguments: sensitivity 0.25..4, baselinePoints 8..4,100 (INTERP_BAD_ARGUMENT otherwise). */
export function checkDriftArgs(a: DriftArgs): DriftArgs {
  return { sensitivity: numberArg('sensitivity', a.sensitivity, 0.25, 4), baselinePoints: intArg('baselinePoints', a.baselinePoints, 8, maxWindowPoints) };
}
export function checkStabilityArgs(a: StabilityArgs): StabilityArgs {
  return { windowPoints: intArg('windowPoints', a.windowPoints, 2, maxWindowPoints), confidence: numberArg('confidence', a.confidence, 0.5, 0.999) };
}
export function checkDegradationArgs(a: DegradationArgs): DegradationArgs {
  return { threshold: finiteArg('threshold', a.threshold), direction: a.direction, confidence: numberArg('confidence', a.confidence, 0.5, 0.999) };
}

/**
 * Drift of samples against the baseline after the latest reset. `sensitivity` divides both control
 * limits (EWMA L and CUSUM h), so 2 alarms at half the standardised deviation.
 */
export function driftOf(samples: readonly Sample[], resets: readonly Reset[], a: DriftArgs): { result: DriftResult; notes: string[] } {
  // After a recent reset there may be fewer than baselinePoints + a useful monitored tail. Then the
  // baseline shrinks to half the points since the reset (at least 30): a HEURISTIC trading a noisier
  // sigma for seeing wear that starts right after a tool change, instead of INSUFFICIENT_DATA for a day.
  const last = samples.length > 0 ? samples[samples.length - 1]!.t : Number.NaN;
  const reset = [...resets].reverse().find((r) => r.t <= last);
  const since = reset === undefined ? Number.POSITIVE_INFINITY : samples.filter((x) => x.t > reset.t && typeof x.v === 'number' && Number.isFinite(x.v)).length;
  const baselineSize = since >= 2 * a.baselinePoints ? a.baselinePoints : Math.min(a.baselinePoints, Math.max(30, Math.floor(since / 2)));
  const notes = baselineSize < a.baselinePoints ? [`only ${since} points since the latest reset: baseline shortened to ${baselineSize} points`] : [];
  const result = computeDrift(samples, {
    baselineSize,
    resets: resets.map((r) => r.t),
    ewmaL: defaultDriftMonitorParams.ewmaL / a.sensitivity,
    cusumH: defaultDriftMonitorParams.cusumH / a.sensitivity,
  });
  return { result, notes };
}

/** Fixed stand-in limits for a variable without both spec limits: the Nelson rules do not use limits, the indices are nulled. */
const placeholderLimits = { lsl: 0, usl: 1 };

/** Fewest points after a reset for the stability window to start there (the core's own minimum). */
const minStabilityPoints = 20;

/**
 * Stability of the last `windowPoints` samples after the latest reset, so a tool change that
 * re-centres the process is not judged a shift (with fewer than 20 points since the reset, the whole
 * window, noted). Without both spec limits (lsl < usl) only the rules judge.
 */
export function stabilityOf(samples: readonly Sample[], lsl: number | null, usl: number | null, a: StabilityArgs, resets: readonly Reset[] = []): { result: StabilityResult; notes: string[]; limits: { lsl: number | null; usl: number | null } } {
  let window = samples.slice(Math.max(0, samples.length - a.windowPoints));
  const notes: string[] = [];
  const last = window.length > 0 ? window[window.length - 1]!.t : Number.NaN;
  const reset = [...resets].reverse().find((r) => r.t <= last && r.t > window[0]!.t);
  if (reset !== undefined) {
    const after = window.filter((s) => s.t > reset.t);
    if (after.length >= minStabilityPoints) { window = after; notes.push(`window starts after maintenance reset at ${new Date(reset.t).toISOString()} (${reset.kind})`); }
    else notes.push(`only ${after.length} points since the maintenance reset at ${new Date(reset.t).toISOString()}: the window spans it`);
  }
  const hasLimits = lsl !== null && usl !== null && Number.isFinite(lsl) && Number.isFinite(usl) && lsl < usl;
  if (hasLimits) return { result: computeStability(window, { lsl, usl, confidence: a.confidence }), notes, limits: { lsl, usl } };
  const r = computeStability(window, { ...placeholderLimits, confidence: a.confidence });
  const result: StabilityResult = {
    ...r, cp: null, cpk: null, pp: null, ppk: null, cpm: null,
    explanation: { ...r.explanation, parameters: { ...r.explanation.parameters, lsl: null, usl: null } },
  };
  notes.push('no usable spec limits (need lsl < usl): capability indices are null; state from the Nelson rules only');
  return { result, notes, limits: { lsl, usl } };
}

/** Degradation over the samples after the latest reset (a tool change or repair restarts wear). */
export function degradationOf(samples: readonly Sample[], resets: readonly Reset[], a: DegradationArgs): { result: DegradationResult; notes: string[] } {
  const last = samples.length > 0 ? samples[samples.length - 1]!.t : Number.NaN;
  const reset = [...resets].reverse().find((r) => r.t <= last);
  const since = reset === undefined ? samples : samples.filter((s) => s.t > reset.t);
  const notes = reset === undefined ? [] : [`trend restarted after maintenance reset at ${new Date(reset.t).toISOString()} (${reset.kind})`];
  return { result: computeDegradation(since, { threshold: a.threshold, direction: a.direction, confidence: a.confidence }), notes };
}

const sampleProvenance = (n: number): Provenance => ({ subgraph: 'mes', field: 'ProcessVariable.recentSamples', count: n });

/** ProcessVariable.drift from its representation. */
export function processVariableDrift(pv: ProcessVariableRep, args: DriftArgs): DriftAssessment {
  const a = checkDriftArgs(args);
  const rows = required(pv.recentSamples, 'ProcessVariable.recentSamples');
  const eq = required(pv.equipment, 'ProcessVariable.equipment');
  const { resets: all, provenance, suspicions, notes: inputNotes } = equipmentResets(eq, 'ProcessVariable.equipment');
  const family = variableFamily(pv.unit, pv.id);
  const resets = resetsFor(all, family, pv.id);
  const samples = toSamples(rows);
  const { result, notes } = driftOf(samples, resets, a);
  const suspect = suspicionAt(suspicions, pv.id, family, samples.at(-1)?.t ?? Number.NaN);
  const suspectNote = suspect === undefined ? [] : [`${suspect.label} suspects this sensor since ${new Date(suspect.from).toISOString()}: its drift is down-weighted in the equipment's warnings`];
  return driftAssessment(result, resets, [sampleProvenance(rows.length), ...provenance], [...notes, ...inputNotes, ...suspectNote]);
}

export function processVariableStability(pv: ProcessVariableRep, args: StabilityArgs): StabilityAssessment {
  const a = checkStabilityArgs(args);
  const rows = required(pv.recentSamples, 'ProcessVariable.recentSamples');
  const { resets: all, provenance } = equipmentResets(required(pv.equipment, 'ProcessVariable.equipment'), 'ProcessVariable.equipment');
  const resets = resetsFor(all, variableFamily(pv.unit, pv.id), pv.id);
  const { result, notes, limits } = stabilityOf(toSamples(rows), pv.lowerSpecLimit ?? null, pv.upperSpecLimit ?? null, a, resets);
  return stabilityAssessment(result, limits, [sampleProvenance(rows.length), { subgraph: 'mes', field: 'ProcessVariable.lowerSpecLimit/upperSpecLimit', count: 2 }, ...provenance], notes);
}

export function processVariableDegradation(pv: ProcessVariableRep, args: DegradationArgs): DegradationAssessment {
  const a = checkDegradationArgs(args);
  const rows = required(pv.recentSamples, 'ProcessVariable.recentSamples');
  const eq = required(pv.equipment, 'ProcessVariable.equipment');
  const { resets: all, provenance } = equipmentResets(eq, 'ProcessVariable.equipment');
  const resets = resetsFor(all, variableFamily(pv.unit, pv.id), pv.id);
  const { result, notes } = degradationOf(toSamples(rows), resets, a);
  return degradationAssessment(result, [sampleProvenance(rows.length), ...provenance], notes);
}

export function qualityStability(qc: QualityCharacteristicRep, args: StabilityArgs): StabilityAssessment {
  const a = checkStabilityArgs(args);
  const rows = required(qc.recentMeasurements, 'QualityCharacteristic.recentMeasurements');
  const { resets: all, provenance } = equipmentResets(required(qc.equipment, 'QualityCharacteristic.equipment'), 'QualityCharacteristic.equipment');
  const resets = resetsFor(all, variableFamily(qc.unit, qc.id), qc.id);
  const { result, notes, limits } = stabilityOf(measurementSamples(rows), qc.lsl ?? null, qc.usl ?? null, a, resets);
  return stabilityAssessment(result, limits, [{ subgraph: 'mes', field: 'QualityCharacteristic.recentMeasurements', count: rows.length }, { subgraph: 'mes', field: 'QualityCharacteristic.lsl/usl', count: 2 }, ...provenance], notes);
}

// ---------------------------------------------------------------------------------------------
// Anomaly

/**
 * Samples of several variables aligned into rows (time steps × variables, null where a variable has
 * no sample). Times are bucketed to the minute: a HEURISTIC that tolerates the MES stamping tags of
 * one machine a few hundred ms apart; variables sampled faster than once a minute would collapse.
 */
export function alignRows(series: readonly (readonly Sample[])[]): { times: number[]; rows: (number | null)[][] } {
  const bucket = (t: number) => Math.round(t / 60_000) * 60_000;
  const byTime = new Map<number, (number | null)[]>();
  series.forEach((s, j) => {
    for (const p of s) {
      if (!Number.isFinite(p.t)) continue;
      const t = bucket(p.t);
      let row = byTime.get(t);
      if (row === undefined) { row = series.map(() => null); byTime.set(t, row); }
      row[j] = typeof p.v === 'number' && Number.isFinite(p.v) ? p.v : null;
    }
  });
  const times = [...byTime.keys()].sort((a, b) => a - b);
  return { times, rows: times.map((t) => byTime.get(t)!) };
}

/**
 * The training baseline: the rows of the first whole UTC day of the window and the 6 days after it,
 * so the baseline (and the model's cache key) changes once a day, not on every 5-minute sample.
 * With less than a day of rows before the scored tail, the first half of the rows (then the key moves
 * with the data, and the answer stays statistical until a model for that key is ready).
 */
function baselineSlice(times: readonly number[], scoredFrom: number): { from: number; to: number; dayAligned: boolean } {
  const first = times[0]!;
  const dayStart = Math.ceil(first / DAY_MS) * DAY_MS;
  const from = times.findIndex((t) => t >= dayStart);
  if (from >= 0) {
    let to = times.findIndex((t) => t >= dayStart + 7 * DAY_MS);
    if (to < 0) to = times.length;
    to = Math.min(to, scoredFrom);
    if (to > from && times[to - 1]! - dayStart >= DAY_MS - 3_600_000) return { from, to, dayAligned: true };
  }
  return { from: 0, to: Math.min(scoredFrom, Math.ceil(times.length / 2)), dayAligned: false };
}

/** z-threshold of the statistical fallback; a HEURISTIC (4 sigma keeps false alarms rare on noisy sensors). */
const fallbackZ = 4;

export function equipmentAnomaly(eq: EquipmentRep, recentPoints: number, cache: ModelCachePort, modelOptions: AnomalyOptions): AnomalyAssessment {
  intArg('recentPoints', recentPoints, 1, maxWindowPoints);
  const pvs = required(eq.processVariables, 'Equipment.processVariables');
  const series = pvs.map((p) => toSamples(required(p.recentSamples, `ProcessVariable(${p.id}).recentSamples`)));
  const inputs: Provenance[] = [
    { subgraph: 'mes', field: 'Equipment.processVariables', count: pvs.length },
    { subgraph: 'mes', field: 'ProcessVariable.recentSamples', count: series.reduce((a, s) => a + s.length, 0) },
  ];
  const variables = pvs.map((p) => p.id);
  const { times, rows } = alignRows(series);
  const windowSize = modelOptions.windowSize ?? 8;
  const scoredFrom = Math.max(0, rows.length - recentPoints);
  const insufficient = (note: string): AnomalyAssessment => {
    const e: CoreExplanation = {
      method: 'anomaly detection over aligned process variables', algorithmVersion: ANOMALY_ALGORITHM_VERSION, parameters: { recentPoints },
      baseline: null, window: { from: times[0] ?? null, to: times[times.length - 1] ?? null, n: rows.length },
      inputsHash: hashInputs([rows.map((r) => r.map((x) => x ?? Number.NaN))], { recentPoints }, ANOMALY_ALGORITHM_VERSION), notes: [note],
    };
    return { state: 'INSUFFICIENT_DATA', detector: 'STATISTICAL', modelStatus: 'ABSENT', score: null, anomalousSince: null, anomalousPoints: [], variables, explanation: explanation(e, inputs) };
  };
  if (pvs.length === 0) return insufficient('the equipment has no process variables');
  const base = baselineSlice(times, scoredFrom);
  const baseRows = rows.slice(base.from, base.to);
  if (baseRows.length < 4 * windowSize || rows.length - scoredFrom < 1) return insufficient(`need ≥ ${4 * windowSize} baseline rows before the last ${recentPoints}, have ${baseRows.length}`);

  const key = anomalyModelKey(baseRows.map((r) => r.map((x) => x ?? Number.NaN)), modelOptions);
  const model = cache.getOrTrain(key, baseRows);
  const status = cache.status(key);
  const scoredTimes = times.slice(scoredFrom);
  let ratios: (number | null)[];
  let coreExplanation: CoreExplanation;
  const notes: string[] = [];
  if (!base.dayAligned) notes.push('baseline = first half of the rows (less than one whole UTC day available)');
  if (model !== null) {
    // Score the tail with windowSize − 1 rows of history so the first scored row has a full window.
    const histFrom = Math.max(0, scoredFrom - (model.options.windowSize - 1));
    const s = scoreAnomalies(model, rows.slice(histFrom));
    ratios = s.scores.slice(scoredFrom - histFrom).map((x) => (x === null ? null : x / (s.threshold > 0 ? s.threshold : Number.MIN_VALUE)));
    coreExplanation = {
      ...s.explanation,
      baseline: { from: times[base.from] ?? null, to: times[base.to - 1] ?? null, n: baseRows.length, mean: null, sigma: null },
      window: { from: scoredTimes[0] ?? null, to: scoredTimes[scoredTimes.length - 1] ?? null, n: scoredTimes.length },
    };
  } else {
    notes.push(status === 'FAILED'
      ? `autoencoder training failed (${cache.failure(key) ?? 'unknown'}); statistical detectors answered`
      : 'autoencoder is training on the baseline; statistical detectors answered this read (max |z| per row against the baseline, threshold 4 sigma)');
    const stats = variables.map((_, j) => {
      const col = baseRows.map((r) => r[j]).filter((x): x is number => x !== null);
      const mean = col.reduce((a, x) => a + x, 0) / Math.max(1, col.length);
      const sd = col.length > 1 ? Math.sqrt(col.reduce((a, x) => a + (x - mean) ** 2, 0) / (col.length - 1)) : 0;
      return { mean, sd };
    });
    ratios = rows.slice(scoredFrom).map((r) => {
      let worst: number | null = null;
      r.forEach((x, j) => {
        const st = stats[j]!;
        if (x === null || !(st.sd > 0)) return;
        const z = Math.abs(x - st.mean) / st.sd;
        worst = worst === null ? z : Math.max(worst, z);
      });
      return worst === null ? null : worst / fallbackZ;
    });
    const params = { recentPoints, zThreshold: fallbackZ, baselineFrom: times[base.from] ?? null, baselineTo: times[base.to - 1] ?? null };
    coreExplanation = {
      method: 'statistical fallback: max over variables of |x − baseline mean| / baseline sd per row',
      algorithmVersion: `${ANOMALY_ALGORITHM_VERSION}+zfallback`,
      parameters: params,
      baseline: { from: times[base.from] ?? null, to: times[base.to - 1] ?? null, n: baseRows.length, mean: null, sigma: null },
      window: { from: scoredTimes[0] ?? null, to: scoredTimes[scoredTimes.length - 1] ?? null, n: scoredTimes.length },
      inputsHash: hashInputs([rows.map((r) => r.map((x) => x ?? Number.NaN))], params, `${ANOMALY_ALGORITHM_VERSION}+zfallback`),
      notes: [],
    };
  }
  const anomalous = ratios.map((r) => r !== null && r > 1);
  let runStart = anomalous.length;
  while (runStart > 0 && anomalous[runStart - 1]) runStart--;
  const last = ratios[ratios.length - 1] ?? null;
  return {
    state: anomalous[anomalous.length - 1] ? 'ANOMALOUS' : 'NORMAL',
    detector: model !== null ? 'AUTOENCODER' : 'STATISTICAL',
    modelStatus: status,
    score: last,
    anomalousSince: runStart < anomalous.length ? iso(scoredTimes[runStart]) : null,
    anomalousPoints: scoredTimes.filter((_, i) => anomalous[i]).map((t) => iso(t)!),
    variables,
    explanation: explanation(coreExplanation, inputs, notes),
  };
}

// ---------------------------------------------------------------------------------------------
// Warnings and events

interface SubjectResults { subject: string; resets: Reset[]; drift?: DriftResult; stability: StabilityResult; degradation?: DegradationResult; suspectedBy?: SensorSuspicion }

/** Every detector over every variable of the equipment with default arguments (computed once per request). */
export function equipmentFindings(eq: EquipmentRep): { subjects: SubjectResults[]; resets: Reset[] } {
  const { resets: all, suspicions } = equipmentResets(eq, 'Equipment');
  const subjects: SubjectResults[] = [];
  for (const pv of required(eq.processVariables, 'Equipment.processVariables')) {
    const samples = toSamples(required(pv.recentSamples, `ProcessVariable(${pv.id}).recentSamples`));
    const family = variableFamily(pv.unit, pv.id);
    const resets = resetsFor(all, family, pv.id);
    const suspectedBy = suspicionAt(suspicions, pv.id, family, samples.at(-1)?.t ?? Number.NaN);
    const lsl = pv.lowerSpecLimit ?? null;
    const usl = pv.upperSpecLimit ?? null;
    const entry: SubjectResults = { subject: pv.id, resets, drift: driftOf(samples, resets, defaultDriftArgs).result, stability: stabilityOf(samples, lsl, usl, defaultStabilityArgs, resets).result, ...(suspectedBy === undefined ? {} : { suspectedBy }) };
    // HEURISTIC: a variable with a spec limit degrades toward it (USL upward, else LSL downward).
    if (usl !== null) entry.degradation = degradationOf(samples, resets, { threshold: usl, direction: 'UP', confidence: 0.9 }).result;
    else if (lsl !== null) entry.degradation = degradationOf(samples, resets, { threshold: lsl, direction: 'DOWN', confidence: 0.9 }).result;
    subjects.push(entry);
  }
  for (const qc of required(eq.qualityCharacteristics, 'Equipment.qualityCharacteristics')) {
    const samples = measurementSamples(required(qc.recentMeasurements, `QualityCharacteristic(${qc.id}).recentMeasurements`));
    const resets = resetsFor(all, variableFamily(qc.unit, qc.id), qc.id);
    subjects.push({ subject: qc.id, resets, stability: stabilityOf(samples, qc.lsl ?? null, qc.usl ?? null, { windowPoints: 500, confidence: 0.95 }, resets).result });
  }
  return { subjects, resets: all };
}

export function equipmentEvents(f: ReturnType<typeof equipmentFindings>): WireEvent[] {
  const out: (InterpretationEvent & { subject: string })[] = [];
  for (const s of f.subjects) {
    for (const e of deriveEvents({ drift: s.drift ?? null, stability: s.stability, degradation: s.degradation ?? null, maintenance: s.resets })) out.push({ ...e, subject: s.subject });
  }
  out.sort((a, b) => a.at - b.at || a.kind.localeCompare(b.kind) || a.subject.localeCompare(b.subject));
  return out.map((e) => ({ kind: e.kind, at: iso(e.at)!, subject: e.subject, detail: e.detail }));
}

/** Weight of the warning signals of a variable whose sensor an operator note suspects. */
export const suspectWeight = 0.25;

/** Ranked warnings; `anomaly` (when given and ANOMALOUS) adds an equipment-level signal scored r/(1+r), r = score/threshold. */
export function equipmentWarnings(eqId: string, f: ReturnType<typeof equipmentFindings>, anomaly: AnomalyAssessment | null): Warning[] {
  // A sensor an operator suspects keeps its signals, down-weighted (HEURISTIC ×0.25: a real process change on a
  // suspect sensor still surfaces if strong), and each says which note did it.
  const signals: WarningSignal[] = f.subjects.flatMap((s) => signalsFromResults(s.subject, { drift: s.drift ?? null, stability: s.stability, degradation: s.degradation ?? null })
    .map((g) => (s.suspectedBy === undefined ? g : { ...g, score: g.score * suspectWeight, detail: `${g.detail}; down-weighted ×${suspectWeight}: ${s.suspectedBy.label} suspects this sensor` })));
  if (anomaly !== null && anomaly.state === 'ANOMALOUS' && anomaly.score !== null && anomaly.score !== undefined) {
    const r = anomaly.score;
    signals.push({ subject: eqId, kind: 'ANOMALY', score: r / (1 + r), at: anomaly.anomalousSince ? Date.parse(anomaly.anomalousSince) : null, detail: `${anomaly.detector} score ${r.toFixed(2)}× threshold` });
  }
  return rankWarnings(signals).map((w) => ({
    subject: w.subject, severity: w.severity, score: w.score,
    signals: w.signals.map((s) => ({ kind: s.kind, score: s.score, at: iso(s.at), detail: s.detail })),
  }));
}

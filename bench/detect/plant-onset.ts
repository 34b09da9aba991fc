// How close computeDrift's retrospective onset (`since`) lands to the demo plant's ground truth, as
// the interpretation subgraph would answer at the end of the history. plant-drift.ts scores the
// causal alarm times instead; this one scores the backdated onset a reader sees.
import { computeDrift, type DriftOptions } from '../../interpretation/core/index.ts';
import type { PlantDriftInput } from './plant-drift.ts';

export type PlantOnsetScores = {
  /** Series whose latest truth episode is still open at the end (onset ≤ end, episode end ≥ end − 1 h). */
  open: number;
  /** Of those, computeDrift says DRIFTING. */
  detected: number;
  /** since − truth onset per detected series, hours, in series order. */
  delaysHours: number[];
  /** Median of |delay|, hours; null when nothing was detected. */
  medianAbsHours: number | null;
  /** Share of detected series with |delay| ≤ 24 h (0 when none). */
  shareWithin24h: number;
};

/**
 * computeDrift on the last `points` samples of every series, with that series' maintenance resets
 * and the interpretation subgraph's baseline rule (baselinePoints, shortened to half the points since
 * a recent reset, at least 30), scored against the open truth episode. `drift` adds options
 * (e.g. rampOnset: false for the before/after comparison).
 */
export function scorePlantOnsets(plant: PlantDriftInput, opts: { points: number; baselinePoints: number; drift?: DriftOptions }): PlantOnsetScores {
  const delaysHours: number[] = [];
  let open = 0;
  for (const s of plant.series) {
    const n = s.values.length;
    const k = Math.min(opts.points, n);
    if (k === 0) continue;
    const samples = Array.from({ length: k }, (_, j) => { const i = n - k + j; return { t: s.startMs + i * s.intervalMs, v: s.values[i]! }; });
    const endT = samples[k - 1]!.t;
    const truth = plant.drifts.filter((d) => d.machineId === s.machineId && d.tag === s.tag && d.onsetMs <= endT && d.endMs >= endT - 3_600_000);
    if (truth.length === 0) continue;
    open++;
    const resets = plant.events.filter((e) => e.machineId === s.machineId && e.resetsTags.includes(s.tag)).map((e) => e.endMs);
    const lastReset = resets.filter((r) => r <= endT).reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
    const since = samples.filter((p) => p.t > lastReset && Number.isFinite(p.v)).length;
    // Mirrors interpretation/subgraph driftOf (analysis.ts); kept in step by hand.
    const baselineSize = since >= 2 * opts.baselinePoints ? opts.baselinePoints : Math.min(opts.baselinePoints, Math.max(30, Math.floor(since / 2)));
    const r = computeDrift(samples, { ...opts.drift, resets, baselineSize });
    if (r.state !== 'DRIFTING' || r.since === null) continue;
    const onset = Math.max(...truth.map((d) => d.onsetMs));
    delaysHours.push((r.since - onset) / 3_600_000);
  }
  const abs = delaysHours.map(Math.abs).sort((a, b) => a - b);
  const mid = abs.length >> 1;
  return {
    open,
    detected: delaysHours.length,
    delaysHours,
    medianAbsHours: abs.length === 0 ? null : abs.length % 2 ? abs[mid]! : (abs[mid - 1]! + abs[mid]!) / 2,
    shareWithin24h: abs.length === 0 ? 0 : abs.filter((h) => h <= 24).length / abs.length,
  };
}

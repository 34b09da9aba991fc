// computeDegradation: robust trend of a health indicator and the time left until it reaches a threshold.
import { cleanSamples, createRng, hashInputs, normalQuantile, type Point } from './series.ts';
import type { Explanation, Sample } from './types.ts';

export const DEGRADATION_ALGORITHM_VERSION = 'degradation/1.0.0';
const DAY_MS = 86_400_000;

export type DegradationOptions = {
  /** Level at which the equipment is considered failed / due, same unit as the samples. */
  threshold: number;
  /** UP: failure when the indicator rises to the threshold (vibration, temperature); DOWN: when it falls to it (flow, efficiency). */
  direction: 'UP' | 'DOWN';
  /** Confidence of the slope interval and hence the RUL band. Default 0.9. */
  confidence?: number;
  /** Fewest finite points. Default 10. */
  minSamples?: number;
  /** Acceleration: recent-half slope ≥ this × earlier-half slope (toward the threshold). Default 1.5. */
  accelerationRatio?: number;
  /** Above this many point pairs, Theil–Sen uses a seeded random sample of pairs. Default 50,000. */
  maxPairs?: number;
  /** Seed of that sample. Default 1. */
  seed?: number;
};

export type Trend = {
  /** Theil–Sen slope, value units per day. */
  slopePerDay: number;
  /** Sen's distribution-free confidence interval of the slope (Kendall-rank based). */
  slopeLowerPerDay: number;
  slopeUpperPerDay: number;
  /** Fitted level at the last sample (median-intercept line). */
  levelNow: number;
};

export type DegradationResult = {
  state: 'TRENDING_TO_THRESHOLD' | 'NOT_TRENDING' | 'THRESHOLD_REACHED' | 'INSUFFICIENT_DATA';
  trend: Trend | null;
  accelerating: boolean;
  /** Start (epoch ms) of the recent half whose slope is steeper, when accelerating. */
  acceleratingSince: number | null;
  /** Days from the last sample until the fitted line reaches the threshold; 0 when already there; null when not trending toward it. */
  rulDays: number | null;
  /** RUL band from the slope interval: lower from the steep end; upper null when the slow end does not reach the threshold. */
  rulLowerDays: number | null;
  rulUpperDays: number | null;
  /** Predicted crossing time (epoch ms), null with rulDays. */
  crossingAt: number | null;
  explanation: Explanation;
};

/**
 * Trend and remaining useful life of `samples` (a health indicator) toward `threshold`.
 * Missing data ignored. Fewer than `minSamples` finite points or a zero time span → INSUFFICIENT_DATA.
 * Throws RangeError for a non-finite threshold or confidence ∉ (0,1).
 *
 * Choice: Theil–Sen (median of pairwise slopes) rather than least squares, because health
 * indicators carry spikes (a hit, a restart) that would swing a least-squares slope; it tolerates
 * 29 % outliers. The slope interval is Sen's: order statistics (N∓C)/2 of the N pairwise slopes,
 * C = z·√(n(n−1)(2n+5)/18). The RUL band maps that interval through (threshold − level)/slope, a
 * linear-extrapolation assumption that the caller should read as such.
 */
export function computeDegradation(samples: readonly Sample[], opts: DegradationOptions): DegradationResult {
  const confidence = opts.confidence ?? 0.9;
  const minSamples = Math.max(3, opts.minSamples ?? 10);
  const accelerationRatio = opts.accelerationRatio ?? 1.5;
  const maxPairs = opts.maxPairs ?? 50_000;
  const seed = opts.seed ?? 1;
  if (!Number.isFinite(opts.threshold)) throw new RangeError(`computeDegradation: threshold must be finite, got ${opts.threshold}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`computeDegradation: confidence must be in (0,1), got ${confidence}`);
  const pts = cleanSamples(samples);
  const n = pts.length;
  const notes: string[] = [];
  if (samples.length > n) notes.push(`${samples.length - n} sample(s) ignored (null, NaN or non-finite)`);
  const parameters = { threshold: opts.threshold, direction: opts.direction, confidence, minSamples, accelerationRatio, maxPairs, seed };
  const explanation: Explanation = {
    method: 'Theil–Sen trend with Sen slope interval; RUL by linear extrapolation to the threshold',
    algorithmVersion: DEGRADATION_ALGORITHM_VERSION,
    parameters,
    baseline: null,
    window: { from: pts[0]?.t ?? null, to: pts[n - 1]?.t ?? null, n },
    inputsHash: hashInputs([pts], parameters, DEGRADATION_ALGORITHM_VERSION),
    notes,
  };
  const empty = { trend: null, accelerating: false, acceleratingSince: null, rulDays: null, rulLowerDays: null, rulUpperDays: null, crossingAt: null, explanation };
  if (n < minSamples || pts[n - 1]!.t === pts[0]!.t) {
    notes.push(`need ≥ ${minSamples} finite points over a non-zero time span, have ${n}`);
    return { state: 'INSUFFICIENT_DATA', ...empty };
  }
  const trend = theilSen(pts, confidence, maxPairs, seed);
  const dir = opts.direction === 'UP' ? 1 : -1;
  const tLast = pts[n - 1]!.t;

  // Acceleration: compare the two halves' slopes. Needs enough points in each half to be meaningful.
  let accelerating = false;
  let acceleratingSince: number | null = null;
  const half = Math.floor(n / 2);
  if (half >= Math.max(5, Math.ceil(minSamples / 2)) && pts[half - 1]!.t > pts[0]!.t && tLast > pts[half]!.t) {
    const early = theilSen(pts.slice(0, half), confidence, maxPairs, seed);
    const recent = theilSen(pts.slice(half), confidence, maxPairs, seed);
    const recentToward = recent.slopePerDay * dir;
    const recentSignificant = dir > 0 ? recent.slopeLowerPerDay > 0 : recent.slopeUpperPerDay < 0;
    accelerating = recentSignificant && recentToward > accelerationRatio * Math.max(0, early.slopePerDay * dir);
    if (accelerating) acceleratingSince = pts[half]!.t;
  }

  const gap = (opts.threshold - trend.levelNow) * dir; // > 0: threshold still ahead
  if (gap <= 0) {
    return { ...empty, state: 'THRESHOLD_REACHED', trend, accelerating, acceleratingSince, rulDays: 0, rulLowerDays: 0, rulUpperDays: 0, crossingAt: tLast };
  }
  const toward = trend.slopePerDay * dir;
  if (!(toward > 0)) {
    notes.push('slope is flat or points away from the threshold: no remaining-useful-life estimate');
    return { ...empty, state: 'NOT_TRENDING', trend, accelerating, acceleratingSince };
  }
  const steep = Math.max(trend.slopeLowerPerDay * dir, trend.slopeUpperPerDay * dir);
  const slow = Math.min(trend.slopeLowerPerDay * dir, trend.slopeUpperPerDay * dir);
  const rulDays = gap / toward;
  return {
    state: 'TRENDING_TO_THRESHOLD', trend, accelerating, acceleratingSince,
    rulDays,
    rulLowerDays: gap / steep,
    rulUpperDays: slow > 0 ? gap / slow : null,
    crossingAt: Math.round(tLast + rulDays * DAY_MS),
    explanation,
  };
}

function theilSen(pts: readonly Point[], confidence: number, maxPairs: number, seed: number): Trend {
  const n = pts.length;
  const total = (n * (n - 1)) / 2;
  const sampled = total > maxPairs;
  // Typed arrays: a numeric sort of 50k slopes takes a few ms instead of tens with a comparator.
  const buf = new Float64Array(sampled ? maxPairs : total);
  let N = 0;
  const t0 = pts[0]!.t;
  const add = (i: number, j: number) => {
    const dt = pts[j]!.t - pts[i]!.t;
    if (dt !== 0) buf[N++] = ((pts[j]!.v - pts[i]!.v) / dt) * DAY_MS;
  };
  if (!sampled) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) add(i, j);
  } else {
    const rng = createRng(seed);
    for (let k = 0; k < maxPairs; k++) {
      const i = Math.floor(rng() * n);
      let j = Math.floor(rng() * (n - 1));
      if (j >= i) j++;
      add(Math.min(i, j), Math.max(i, j));
    }
  }
  const slopes = buf.subarray(0, N);
  const slope = medianInPlace(slopes);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  // Sen's interval ranks, scaled to the sampled pairs when we sampled.
  const c = z * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18) * (N / total);
  const lo = selectInPlace(slopes, Math.max(0, Math.min(N - 1, Math.floor((N - c) / 2))));
  const hi = selectInPlace(slopes, Math.max(0, Math.min(N - 1, Math.ceil((N + c) / 2))));
  const residuals = new Float64Array(n);
  for (let i = 0; i < n; i++) residuals[i] = pts[i]!.v - (slope * (pts[i]!.t - t0)) / DAY_MS;
  const intercept = medianInPlace(residuals);
  return { slopePerDay: slope, slopeLowerPerDay: lo, slopeUpperPerDay: hi, levelNow: intercept + (slope * (pts[n - 1]!.t - t0)) / DAY_MS };
}

/**
 * k-th smallest (0-based) by Hoare's quickselect with a median-of-three pivot: O(N) expected, and
 * reorders `a`. A full sort of 50k slopes costs several times more on a busy machine.
 */
function selectInPlace(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!; const y = a[mid]!; const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : (x < z ? x : y < z ? z : y);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) { const t = a[i]!; a[i] = a[j]!; a[j] = t; i++; j--; }
    }
    if (k <= j) hi = j; else if (k >= i) lo = i; else return a[k]!;
  }
  return a[k]!;
}

/** Median (mean of the two middle values for even N), reordering `a`. */
function medianInPlace(a: Float64Array): number {
  const n = a.length;
  const upper = selectInPlace(a, n >>> 1);
  if (n % 2 === 1) return upper;
  let lowerMax = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n >>> 1; i++) if (a[i]! > lowerMax) lowerMax = a[i]!;
  return (lowerMax + upper) / 2;
}

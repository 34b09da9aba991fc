// Retrospective changepoints in the mean by binary segmentation with a BIC-style penalty.
// Each split costs O(segment) with prefix sums, so the whole search is O(n log n) for balanced
// splits; callers cap n (2,000 points by default) so the worst case stays bounded too.

export type ChangepointOptions = {
  /** Noise variance used in the penalty; the baseline variance when known. */
  variance: number;
  /** Penalty multiplier β in β·σ²·ln n per split. Default 3 (BIC would be 1 for one parameter; we are more conservative because plant noise is autocorrelated). */
  penaltyFactor?: number;
  /** Minimum points per segment. Default 5. */
  minSegment?: number;
  /** Maximum number of changepoints. Default 10. */
  maxChangepoints?: number;
};

/**
 * Returns the indices (ascending) where a new mean segment starts: index i means values[i] is the
 * first point of the new segment. Returns [] for fewer than 2·minSegment values or zero variance.
 */
export function binarySegmentation(values: readonly number[], opts: ChangepointOptions): number[] {
  const n = values.length;
  const minSeg = Math.max(1, opts.minSegment ?? 5);
  const maxCp = opts.maxChangepoints ?? 10;
  if (n < 2 * minSeg || !(opts.variance > 0)) return [];
  // Prefix sums on values centred at the first value keep precision for 1e12-sized data.
  const c = values[0]!;
  const s = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const x = values[i]! - c;
    s[i + 1] = s[i]! + x;
    s2[i + 1] = s2[i]! + x * x;
  }
  const cost = (a: number, b: number) => {
    const m = b - a;
    const sum = s[b]! - s[a]!;
    return s2[b]! - s2[a]! - (sum * sum) / m;
  };
  const penalty = (opts.penaltyFactor ?? 3) * opts.variance * Math.log(n);
  const found: number[] = [];
  const stack: [number, number][] = [[0, n]];
  while (stack.length > 0 && found.length < maxCp) {
    const [a, b] = stack.pop()!;
    if (b - a < 2 * minSeg) continue;
    const whole = cost(a, b);
    let best = -1;
    let bestGain = 0;
    for (let k = a + minSeg; k <= b - minSeg; k++) {
      const gain = whole - cost(a, k) - cost(k, b);
      if (gain > bestGain) { bestGain = gain; best = k; }
    }
    if (best < 0 || bestGain <= penalty) continue;
    found.push(best);
    stack.push([a, best], [best, b]);
  }
  return found.sort((x, y) => x - y);
}

export type RampFit = {
  /** Index of the break: the fitted value is `level` up to values[start] and rises by `slope` per time unit after it. */
  start: number;
  level: number;
  /** Per unit of `times` (per index when times are omitted). */
  slope: number;
  /** Residual sum of squares of the flat-then-ramp fit. */
  sse: number;
  /** Residual sum of squares of the best single mean step over the same values (same parameter count: two levels + a break). */
  stepSse: number;
  /** Residual sum of squares of one flat mean. */
  flatSse: number;
};

/**
 * Least-squares "flat baseline, then linear ramp in time" (a hinge: y = a + b·max(0, t − t_k)) over
 * every break k with ≥ minSegment points on each side, plus the best single mean step for comparison.
 * `times` (ascending, same length; default the indices) lets gaps such as weekends count as time, not
 * as adjacent points. O(n): each candidate's fit is closed-form from prefix sums of y, t, t², t·y.
 * Returns undefined for fewer than 2·minSegment values or mismatched lengths.
 */
export function fitFlatThenRamp(values: readonly number[], times?: readonly number[], minSegment = 5): RampFit | undefined {
  const n = values.length;
  const minSeg = Math.max(2, minSegment);
  if (n < 2 * minSeg || (times !== undefined && times.length !== n)) return undefined;
  // Centred at the first value and first time for precision on large magnitudes and epoch times.
  const c = values[0]!;
  const t0 = times?.[0] ?? 0;
  const tt = (i: number) => (times ? times[i]! - t0 : i);
  const s = new Float64Array(n + 1); // prefix Σy
  const s2 = new Float64Array(n + 1); // prefix Σy²
  const st = new Float64Array(n + 1); // prefix Σt
  const stt = new Float64Array(n + 1); // prefix Σt²
  const sty = new Float64Array(n + 1); // prefix Σt·y
  for (let i = 0; i < n; i++) {
    const y = values[i]! - c;
    const x = tt(i);
    s[i + 1] = s[i]! + y;
    s2[i + 1] = s2[i]! + y * y;
    st[i + 1] = st[i]! + x;
    stt[i + 1] = stt[i]! + x * x;
    sty[i + 1] = sty[i]! + x * y;
  }
  const segCost = (a: number, b: number) => { const sum = s[b]! - s[a]!; return s2[b]! - s2[a]! - (sum * sum) / (b - a); };
  const flatSse = segCost(0, n);
  const sy = s[n]!;
  let best: RampFit | undefined;
  for (let k = minSeg - 1; k <= n - minSeg; k++) {
    // x_i = max(0, t_i − t_k): 0 up to k, then the elapsed time for the m = n − k points from k on.
    const m = n - k;
    const tk = tt(k);
    const sufT = st[n]! - st[k]!;
    const sx = sufT - m * tk;
    const sxx = (stt[n]! - stt[k]!) - 2 * tk * sufT + m * tk * tk;
    const sxy = (sty[n]! - sty[k]!) - tk * (s[n]! - s[k]!);
    const cxx = sxx - (sx * sx) / n;
    if (!(cxx > 0)) continue;
    const cxy = sxy - (sx * sy) / n;
    const sse = Math.max(0, flatSse - (cxy * cxy) / cxx);
    if (!best || sse < best.sse) {
      const b = cxy / cxx;
      best = { start: k, level: c + (sy - b * sx) / n, slope: b, sse, stepSse: 0, flatSse };
    }
  }
  if (!best) return undefined;
  let stepSse = flatSse;
  for (let k = minSeg; k <= n - minSeg; k++) stepSse = Math.min(stepSse, segCost(0, k) + segCost(k, n));
  best.stepSse = stepSse;
  return best;
}

/** A least-squares line through time with a fixed origin: y = level + slope·(t − origin). */
export type AnchoredRampFit = {
  /** The fitted value at the origin. */
  level: number;
  /** Per unit of time. */
  slope: number;
  /** Residual sum of squares of the line. */
  sse: number;
  /** Residual sum of squares of one flat mean over the same values. */
  flatSse: number;
};

/**
 * Ordinary least squares of `values` on `times − origin` (a ramp that began at a known instant, e.g. the
 * last maintenance before the window). Two parameters; returns undefined for fewer than 3 values, mismatched
 * lengths or times that do not vary. Sums are centred for precision on epoch-ms times.
 */
export function fitAnchoredRamp(values: readonly number[], times: readonly number[], origin: number): AnchoredRampFit | undefined {
  const n = values.length;
  if (n < 3 || times.length !== n) return undefined;
  let my = 0, mt = 0;
  for (let i = 0; i < n; i++) { my += values[i]!; mt += times[i]! - origin; }
  my /= n; mt /= n;
  let stt = 0, sty = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dt = times[i]! - origin - mt, dy = values[i]! - my;
    stt += dt * dt; sty += dt * dy; syy += dy * dy;
  }
  if (!(stt > 0)) return undefined;
  const slope = sty / stt;
  return { level: my - slope * mt, slope, sse: Math.max(0, syy - (sty * sty) / stt), flatSse: syy };
}

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

/** How a counter moved between two readings. */
export type CounterStep = 'NORMAL' | 'ROLLOVER' | 'RESET';

/** A counter's per-source behaviour. */
export interface CounterSpec {
  /** Number of distinct values before it wraps to 0: 65536 for a 16-bit PLC counter, 100000 for a 99999.9-style meter scaled by 10 … */
  readonly rolloverAt: number;
  /**
   * A drop counts as a rollover only when the previous reading was within this fraction of the top
   * (default 0.1: the last 10 % of the range). Heuristic: a counter read every few minutes cannot travel
   * further than that between readings; a drop from lower down is a reset (shift start, meter replaced).
   */
  readonly nearTopFraction?: number;
}

/** One step's delta and how it was read. */
export interface CounterDelta {
  readonly delta: number;
  readonly step: CounterStep;
}

/**
 * The increase between two readings. `curr ≥ prev` → NORMAL, curr − prev. A drop with `prev` in the top
 * `nearTopFraction` of the range and `curr` in the bottom `nearTopFraction` → ROLLOVER, rolloverAt − prev + curr. Any other drop → RESET, and the new
 * value counts as the delta (counted since the reset). Throws RangeError for non-finite readings, which
 * callers must have turned into nulls (records/ sentinels) first.
 */
export function counterDelta(prev: number, curr: number, spec: CounterSpec): CounterDelta {
  if (!Number.isFinite(prev) || !Number.isFinite(curr)) throw new RangeError(`Counter readings must be finite, got ${prev} → ${curr}`);
  if (curr >= prev) return { delta: curr - prev, step: 'NORMAL' };
  const band = spec.rolloverAt * (spec.nearTopFraction ?? 0.1);
  // Both ends must be plausible for a wrap: prev near the top and curr near zero.
  if (prev >= spec.rolloverAt - band && curr < band) {
    return { delta: spec.rolloverAt - prev + curr, step: 'ROLLOVER' };
  }
  return { delta: curr, step: 'RESET' };
}

/**
 * Deltas along a series of readings, one per consecutive pair of non-null readings. null readings (sentinels,
 * bad quality) are skipped: the next good reading is compared with the last good one, so a gap is neither
 * a reset nor a zero.
 */
export function counterDeltas(readings: readonly (number | null)[], spec: CounterSpec): CounterDelta[] {
  const out: CounterDelta[] = [];
  let last: number | null = null;
  for (const r of readings) {
    if (r === null) continue;
    if (last !== null) out.push(counterDelta(last, r, spec));
    last = r;
  }
  return out;
}

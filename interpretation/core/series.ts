// Numeric helpers shared by the detectors: the missing-data rule, Welford moments, quantiles,
// the normal and chi-square quantile functions and the stable input hash.
import { createHash } from 'node:crypto';
import type { ParamValue, Sample } from './types.ts';

/** A finite sample plus its position in the caller's array (so violations can point back). */
export type Point = { t: number; v: number; index: number };

export const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Applies the folder's missing-data rule: drops samples whose `t` or `v` is null, undefined, NaN or
 * infinite, then orders by time (stable, so equal timestamps keep input order).
 */
export function cleanSamples(samples: readonly Sample[]): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (s && isFiniteNumber(s.t) && isFiniteNumber(s.v)) out.push({ t: s.t, v: s.v, index: i });
  }
  // Callers usually pass sorted series; only sort when needed to keep the common path O(n).
  for (let i = 1; i < out.length; i++) {
    if (out[i - 1]!.t > out[i]!.t) return out.sort((a, b) => a.t - b.t || a.index - b.index);
  }
  return out;
}

/** Running mean/variance by Welford's update: stable for 1e12-sized values with small spread. */
export type Moments = { n: number; mean: number; m2: number };

export const emptyMoments = (): Moments => ({ n: 0, mean: 0, m2: 0 });

export function pushMoment(m: Moments, x: number): void {
  m.n += 1;
  const d = x - m.mean;
  m.mean += d / m.n;
  m.m2 += d * (x - m.mean);
}

export function momentsOf(values: readonly number[]): Moments {
  const m = emptyMoments();
  for (const x of values) pushMoment(m, x);
  return m;
}

/** Sample standard deviation (n−1); 0 for fewer than two values. */
export const sampleSd = (m: Moments): number => (m.n < 2 ? 0 : Math.sqrt(Math.max(0, m.m2 / (m.n - 1))));

/** Linear-interpolation quantile (type 7, as R and numpy default) of an ascending array. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(n - 1, lo + 1)]!;
  return a + (h - lo) * (b - a);
}

export const median = (values: readonly number[]): number =>
  quantileSorted([...values].sort((a, b) => a - b), 0.5);

/**
 * Standard normal quantile by Acklam's rational approximation (relative error < 1.2e-9), which is
 * plenty for confidence bounds on capability indices.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0,1), got ${p}`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const pl = 0.02425;
  if (p < pl) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - pl) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/**
 * Chi-square quantile by the Wilson–Hilferty cube-root approximation:
 * χ²_p(ν) ≈ ν·(1 − 2/(9ν) + z_p·√(2/(9ν)))³. Within ~1 % of table values for ν ≥ 5, which is
 * below the sampling error of any capability index computed from that few points.
 */
export function chiSquareQuantile(p: number, dof: number): number {
  if (!(dof > 0)) throw new RangeError(`chiSquareQuantile: dof must be > 0, got ${dof}`);
  const z = normalQuantile(p);
  const k = 2 / (9 * dof);
  return dof * Math.max(0, 1 - k + z * Math.sqrt(k)) ** 3;
}

/** Deterministic PRNG (mulberry32) for sampling and shuffles; never Math.random in this folder. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Stable hash of inputs + parameters + algorithm version: sha256 over the raw float64 bytes of the
 * finite points (so no float→string formatting differences) and a key-sorted JSON of the parameters.
 */
export function hashInputs(
  series: readonly (readonly Point[] | readonly (readonly number[])[])[],
  parameters: Record<string, ParamValue | undefined>,
  algorithmVersion: string,
): string {
  const h = createHash('sha256');
  h.update(algorithmVersion);
  h.update(JSON.stringify(Object.keys(parameters).sort().map((k) => [k, parameters[k] ?? null])));
  for (const s of series) {
    h.update(`|${s.length}|`);
    const buf = new Float64Array(2 * Math.min(s.length, 4096));
    let j = 0;
    const flush = () => { h.update(new Uint8Array(buf.buffer, 0, j * 8)); j = 0; };
    for (const p of s) {
      if (Array.isArray(p)) {
        flush();
        h.update(new Uint8Array(Float64Array.from(p as number[]).buffer));
        continue;
      }
      const q = p as Point;
      buf[j++] = q.t;
      buf[j++] = q.v;
      if (j === buf.length) flush();
    }
    flush();
  }
  return h.digest('hex').slice(0, 16);
}

/** Lag-1 sample autocorrelation around `mean`; 0 when undefined (fewer than 3 points or no spread). */
export function lag1Autocorrelation(values: readonly number[], mean: number): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - mean;
    den += d * d;
    if (i > 0) num += d * (values[i - 1]! - mean);
  }
  return values.length < 3 || den === 0 ? 0 : num / den;
}

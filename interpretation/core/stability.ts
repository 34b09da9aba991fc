// computeStability: process capability (Cp, Cpk, Pp, Ppk with confidence intervals), the Nelson
// rules, and a one-word verdict.
import { nelsonRules, nelsonRuleDescriptions } from './nelson.ts';
import { chiSquareQuantile, cleanSamples, hashInputs, lag1Autocorrelation, momentsOf, normalQuantile, sampleSd } from './series.ts';
import type { Explanation, Sample } from './types.ts';

export const STABILITY_ALGORITHM_VERSION = 'stability/1.0.0';

/** d2 control-chart constants for subgroup sizes 2..10 (ASTM E2587 / Montgomery Appendix VI). */
const D2: Readonly<Record<number, number>> = { 2: 1.128, 3: 1.693, 4: 2.059, 5: 2.326, 6: 2.534, 7: 2.704, 8: 2.847, 9: 2.97, 10: 3.078 };

export type StabilityOptions = {
  /** Lower and upper specification limits, same unit as the samples; lsl < usl. */
  lsl: number;
  usl: number;
  /** Nominal value; reported as Cpm when given. */
  target?: number;
  /** 1 (default): individuals, within sigma = MR̄/1.128. 2..10: consecutive subgroups, within sigma = R̄/d2(n). */
  subgroupSize?: number;
  /** Two-sided confidence level of the intervals. Default 0.95. */
  confidence?: number;
  /** Fewest finite points for any figure. Default 20 (fewer gives capability intervals wider than the index). */
  minSamples?: number;
  /** Only violations among the last `recentPoints` points decide the state. Default 25 (a chart page; the rules' false-alarm rate grows with the window). */
  recentPoints?: number;
  /**
   * Rules that may decide the state (all eight are always reported). Default [1, 2, 5, 6], the
   * Western Electric set (in-control ARL ≈ 92 points). Every extra rule adds false alarms: on 300
   * seeded iid series, judged over the last 25 points, all of 1–6 and 8 flag 28 % of them, the
   * default 22 %, rule 1 alone 8 %; all catch a 1.5-sigma shift in the last 30 points.
   */
  stateRules?: readonly (1 | 2 | 3 | 4 | 5 | 6 | 7 | 8)[];
  /** Judge the Nelson rules on AR(1) residuals when the first half is significantly autocorrelated. Default true. */
  autocorrelationAdjust?: boolean;
};

/** An index with its confidence interval. */
export type IndexWithCi = { value: number; lower: number; upper: number };

export type StabilityState = 'STABLE' | 'DRIFTING' | 'UNSTABLE' | 'INSUFFICIENT_DATA';

export type RuleViolation = {
  rule: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  description: string;
  /** Indices into the caller's `samples` array of the points at which the rule fired. */
  indices: number[];
  /** Their timestamps (epoch ms). */
  times: number[];
};

export type StabilityResult = {
  state: StabilityState;
  /** Null when INSUFFICIENT_DATA or when the needed sigma is 0 (constant series). */
  cp: IndexWithCi | null;
  cpk: IndexWithCi | null;
  pp: IndexWithCi | null;
  ppk: IndexWithCi | null;
  cpm: number | null;
  mean: number | null;
  sigmaWithin: number | null;
  sigmaOverall: number | null;
  /** Only rules that fired, ascending by rule. */
  violations: RuleViolation[];
  /** Time (epoch ms) of the earliest recent violation that decided an UNSTABLE/DRIFTING state; else null. */
  stateSince: number | null;
  explanation: Explanation;
};

/**
 * Capability and control of `samples` against [lsl, usl]. Missing data is ignored (null, NaN,
 * non-finite). Fewer than `minSamples` finite points → INSUFFICIENT_DATA with null indices.
 * Throws RangeError when lsl ≥ usl, subgroupSize is not an integer in 1..10 or confidence ∉ (0,1).
 *
 * Intervals: Cp and Pp use the exact chi-square interval Cp·√(χ²_{α/2,ν}/ν)..Cp·√(χ²_{1−α/2,ν}/ν)
 * with ν = n−1 and χ² from Wilson–Hilferty; Cpk and Ppk use Bissell's normal approximation
 * Cpk ± z_{1−α/2}·√(1/(9n) + Cpk²/(2(n−1))).
 *
 * State rule (Nelson rules judged on the last `recentPoints` points, centre = mean, sigma = within sigma;
 * on AR(1) residuals instead when the first half is significantly autocorrelated, see the body):
 * among `stateRules` (default 1, 2, 5, 6): UNSTABLE if rule 1, 4 or 8 fired (special causes:
 * outliers, over-adjustment, mixtures); else DRIFTING if rule 2, 3, 5 or 6 fired (shift or trend);
 * else STABLE. Rule 7 (hugging the centre line) is only noted: it usually means sigma was overestimated.
 */
export function computeStability(samples: readonly Sample[], opts: StabilityOptions): StabilityResult {
  const { lsl, usl } = opts;
  const subgroupSize = opts.subgroupSize ?? 1;
  const confidence = opts.confidence ?? 0.95;
  const minSamples = Math.max(2, opts.minSamples ?? 20);
  const recentPoints = opts.recentPoints ?? 25;
  const autocorrelationAdjust = opts.autocorrelationAdjust ?? true;
  const stateRules = [...(opts.stateRules ?? [1, 2, 5, 6])].sort((a, b) => a - b);
  if (!(Number.isFinite(lsl) && Number.isFinite(usl) && lsl < usl)) throw new RangeError(`computeStability: need finite lsl < usl, got ${lsl} and ${usl}`);
  if (!Number.isInteger(subgroupSize) || subgroupSize < 1 || subgroupSize > 10) throw new RangeError(`computeStability: subgroupSize must be an integer in 1..10, got ${subgroupSize}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`computeStability: confidence must be in (0,1), got ${confidence}`);

  const pts = cleanSamples(samples);
  const values = pts.map((p) => p.v);
  const n = values.length;
  const notes: string[] = [];
  if (samples.length > n) notes.push(`${samples.length - n} sample(s) ignored (null, NaN or non-finite)`);
  const m = momentsOf(values);
  const sigmaOverall = sampleSd(m);
  const sigmaWithin = withinSigma(values, subgroupSize);
  const parameters = { lsl, usl, target: opts.target ?? null, subgroupSize, confidence, minSamples, recentPoints, autocorrelationAdjust, stateRules };
  const explanation: Explanation = {
    method: subgroupSize === 1
      ? 'capability with within sigma = MR̄/1.128 (individuals), overall sigma = sample sd; Nelson rules 1–8'
      : `capability with within sigma = R̄/d2(${subgroupSize}), overall sigma = sample sd; Nelson rules 1–8`,
    algorithmVersion: STABILITY_ALGORITHM_VERSION,
    parameters,
    baseline: { from: pts[0]?.t ?? null, to: pts[n - 1]?.t ?? null, n, mean: n > 0 ? m.mean : null, sigma: n >= minSamples ? sigmaWithin : null },
    window: { from: pts[0]?.t ?? null, to: pts[n - 1]?.t ?? null, n },
    inputsHash: hashInputs([pts], parameters, STABILITY_ALGORITHM_VERSION),
    notes,
  };
  if (n < minSamples) {
    notes.push(`need ≥ ${minSamples} finite points, have ${n}`);
    return { state: 'INSUFFICIENT_DATA', cp: null, cpk: null, pp: null, ppk: null, cpm: null, mean: n > 0 ? m.mean : null, sigmaWithin: null, sigmaOverall: null, violations: [], stateSince: null, explanation };
  }
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const chiLo = chiSquareQuantile((1 - confidence) / 2, n - 1);
  const chiHi = chiSquareQuantile(1 - (1 - confidence) / 2, n - 1);
  const cpLike = (sigma: number): IndexWithCi | null => {
    if (!(sigma > 0)) return null;
    const v = (usl - lsl) / (6 * sigma);
    return { value: v, lower: v * Math.sqrt(chiLo / (n - 1)), upper: v * Math.sqrt(chiHi / (n - 1)) };
  };
  const cpkLike = (sigma: number): IndexWithCi | null => {
    if (!(sigma > 0)) return null;
    const v = Math.min(usl - m.mean, m.mean - lsl) / (3 * sigma);
    const half = z * Math.sqrt(1 / (9 * n) + (v * v) / (2 * (n - 1)));
    return { value: v, lower: v - half, upper: v + half };
  };
  const cpm = opts.target !== undefined && sigmaOverall > 0
    ? (usl - lsl) / (6 * Math.sqrt(sigmaOverall ** 2 * ((n - 1) / n) + (m.mean - opts.target) ** 2))
    : null;

  // Shewhart rules assume independent points. Plant signals are often autocorrelated (AR noise,
  // slow wander): MR̄/1.128 then underestimates sigma by √(1−φ) and runs are long by nature, so every
  // rule fires on a healthy series. When the lag-1 autocorrelation φ of the reference part (the first
  // half, so a later shift is not mistaken for autocorrelation) exceeds Bartlett's 2/√n bound, the
  // rules are judged on AR(1) residuals e_t = (x_t − μ) − φ(x_{t−1} − μ) (Montgomery, "control charts
  // for autocorrelated data"), centre 0, sigma = MR̄(e)/1.128; the first point has no residual.
  const ref = values.slice(0, Math.max(3, Math.floor(n / 2)));
  const refMean = ref.reduce((a, x) => a + (x - ref[0]!), 0) / ref.length + ref[0]!;
  const phiRef = lag1Autocorrelation(ref, refMean);
  const useResiduals = autocorrelationAdjust && phiRef > 2 / Math.sqrt(ref.length) && sigmaWithin > 0;
  let fired: ReturnType<typeof nelsonRules>;
  if (useResiduals) {
    const phi = Math.min(0.99, phiRef);
    const resid = values.slice(1).map((x, i) => (x - m.mean) - phi * (values[i]! - m.mean));
    const sigmaResid = withinSigma(resid, 1);
    const onResid = nelsonRules(resid, 0, sigmaResid);
    fired = { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [], 8: [] };
    for (const rule of [1, 2, 3, 4, 5, 6, 7, 8] as const) fired[rule] = onResid[rule].map((i) => i + 1);
    notes.push(`lag-1 autocorrelation ${phiRef.toFixed(2)} in the first half: Nelson rules judged on AR(1) residuals; Cp/Cpk use short-term sigma and overstate capability, prefer Pp/Ppk`);
  } else {
    fired = nelsonRules(values, m.mean, sigmaWithin);
  }
  const violations: RuleViolation[] = [];
  for (const rule of [1, 2, 3, 4, 5, 6, 7, 8] as const) {
    const idx = fired[rule];
    if (idx.length > 0) violations.push({ rule, description: nelsonRuleDescriptions[rule], indices: idx.map((i) => pts[i]!.index), times: idx.map((i) => pts[i]!.t) });
  }
  const recentFrom = Math.max(0, n - recentPoints);
  const firedRecently = (rule: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8) => stateRules.includes(rule) && fired[rule].some((i) => i >= recentFrom);
  let state: StabilityState;
  if (!(sigmaWithin > 0)) {
    notes.push('within sigma is 0 (constant series): Nelson rules and Cp/Cpk are not defined');
    state = sigmaOverall > 0 ? 'UNSTABLE' : 'STABLE';
  } else if (firedRecently(1) || firedRecently(4) || firedRecently(8)) state = 'UNSTABLE';
  else if (firedRecently(2) || firedRecently(3) || firedRecently(5) || firedRecently(6)) state = 'DRIFTING';
  else state = 'STABLE';
  const deciding = (state === 'UNSTABLE' ? [1, 4, 8] as const : state === 'DRIFTING' && sigmaWithin > 0 ? [2, 3, 5, 6] as const : []).filter((r) => stateRules.includes(r));
  const decidingIdx = deciding.flatMap((r) => fired[r].filter((i) => i >= recentFrom));
  const stateSince = decidingIdx.length > 0 ? pts[Math.min(...decidingIdx)]!.t : null;
  if (fired[7].some((i) => i >= recentFrom)) notes.push('rule 7 fired: points hug the centre line; within sigma may be overestimated (stratified sampling?)');
  return {
    state,
    cp: cpLike(sigmaWithin), cpk: cpkLike(sigmaWithin), pp: cpLike(sigmaOverall), ppk: cpkLike(sigmaOverall), cpm,
    mean: m.mean, sigmaWithin, sigmaOverall, violations, stateSince, explanation,
  };
}

/** Within-subgroup sigma: MR̄/1.128 for individuals, R̄/d2 for consecutive subgroups (a short tail is dropped). */
function withinSigma(values: readonly number[], subgroupSize: number): number {
  if (subgroupSize === 1) {
    if (values.length < 2) return 0;
    let sum = 0;
    for (let i = 1; i < values.length; i++) sum += Math.abs(values[i]! - values[i - 1]!);
    return sum / (values.length - 1) / D2[2]!;
  }
  const groups = Math.floor(values.length / subgroupSize);
  if (groups === 0) return 0;
  let sumR = 0;
  for (let g = 0; g < groups; g++) {
    const sub = values.slice(g * subgroupSize, (g + 1) * subgroupSize);
    sumR += Math.max(...sub) - Math.min(...sub);
  }
  return sumR / groups / D2[subgroupSize]!;
}


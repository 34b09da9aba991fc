// Online (causal) drift statistics: EWMA with exact time-varying limits and a two-sided tabular
// CUSUM, both on values standardised by a fixed baseline mean and sigma. One `push` per
// observation; the state after a push depends only on that value and earlier ones, which is what
// makes the CSV analyser and the benchmark causal.

/** Tuning of the online detectors, in baseline-sigma units. */
export type DriftMonitorParams = {
  /** EWMA weight λ of the newest point, 0 < λ ≤ 1. Default 0.2 (Montgomery's common choice). */
  ewmaLambda: number;
  /** EWMA control-limit width L in sigmas of the EWMA statistic. Default 3. */
  ewmaL: number;
  /** CUSUM reference value k (half the shift to detect, in sigmas). Default 0.5. */
  cusumK: number;
  /** CUSUM decision interval h in sigmas. Default 5 (in-control ARL ≈ 465 for k = 0.5). */
  cusumH: number;
  /**
   * Standardised values are clipped to ±clipSigma before both statistics (a Huber-style robust
   * CUSUM/EWMA). Default 4. Without it one wild reading (a sensor hit) keeps a CUSUM alarmed for
   * z/k steps and is reported as drift; isolated outliers are the stability rules' business.
   */
  clipSigma: number;
};

export const defaultDriftMonitorParams: Readonly<DriftMonitorParams> = Object.freeze({
  ewmaLambda: 0.2,
  ewmaL: 3,
  cusumK: 0.5,
  cusumH: 5,
  clipSigma: 4,
});

/** The detectors' state after one observation. */
export type DriftStep = {
  /** Standardised value (x − μ0)/σ0, before clipping. */
  z: number;
  /** EWMA of z. */
  ewma: number;
  /** Current EWMA limit (in z units); grows to L·√(λ/(2−λ)) as the statistic warms up. */
  ewmaLimit: number;
  /** Upper and lower CUSUM sums, ≥ 0, in sigmas. */
  cusumUp: number;
  cusumDown: number;
  /** True while any statistic is beyond its limit. */
  alarm: boolean;
  /** Which side is out: UP, DOWN or NONE (UP wins a tie; both at once means wild data). */
  direction: 'UP' | 'DOWN' | 'NONE';
  /**
   * max(|ewma|/ewmaLimit, cusum/h): 1 at the alarm boundary. A heuristic severity ratio, not a
   * probability.
   */
  ratio: number;
};

export type DriftMonitor = { push(x: number): DriftStep; readonly steps: number };

/**
 * Creates a causal EWMA + CUSUM monitor against a fixed baseline. `sigma` must be > 0 (callers
 * handle a constant baseline before getting here); throws RangeError otherwise.
 */
export function createDriftMonitor(mean: number, sigma: number, params: DriftMonitorParams = defaultDriftMonitorParams): DriftMonitor {
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new RangeError(`createDriftMonitor: sigma must be finite and > 0, got ${sigma}`);
  const { ewmaLambda: lam, ewmaL: L, cusumK: k, cusumH: h, clipSigma } = params;
  let ewma = 0;
  let up = 0;
  let down = 0;
  let t = 0;
  let decay = 1; // (1−λ)^(2t), for the exact EWMA variance during warm-up
  return {
    get steps() { return t; },
    push(x: number): DriftStep {
      t += 1;
      const z = (x - mean) / sigma;
      const zc = Math.max(-clipSigma, Math.min(clipSigma, z));
      ewma = lam * zc + (1 - lam) * ewma;
      decay *= (1 - lam) * (1 - lam);
      const ewmaLimit = L * Math.sqrt((lam / (2 - lam)) * (1 - decay));
      up = Math.max(0, up + zc - k);
      down = Math.max(0, down - zc - k);
      const ewmaRatio = Math.abs(ewma) / ewmaLimit;
      const ratio = Math.max(ewmaRatio, up / h, down / h);
      const outUp = up > h || (ewmaRatio > 1 && ewma > 0);
      const outDown = down > h || (ewmaRatio > 1 && ewma < 0);
      const direction = outUp ? 'UP' : outDown ? 'DOWN' : 'NONE';
      return { z, ewma, ewmaLimit, cusumUp: up, cusumDown: down, alarm: outUp || outDown, direction, ratio };
    },
  };
}

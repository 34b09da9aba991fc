// computeDrift: is a series moving away from its baseline, which way, by how much and since when.
import { binarySegmentation, fitAnchoredRamp, fitFlatThenRamp } from './changepoint.ts';
import { createDriftMonitor, defaultDriftMonitorParams, type DriftStep } from './drift-monitor.ts';
import { cleanSamples, hashInputs, lag1Autocorrelation, momentsOf, sampleSd, type Point } from './series.ts';
import type { Explanation, Sample } from './types.ts';

export const DRIFT_ALGORITHM_VERSION = 'drift/1.2.0';

export type DriftOptions = {
  /** Baseline = first `baselineSize` finite points after the last reset. Default 30. Ignored when `baselineRange` is set. */
  baselineSize?: number;
  /** Baseline = finite points with from ≤ t < to (epoch ms), taken after the last reset. */
  baselineRange?: { from: number; to: number };
  /** Maintenance events (epoch ms). The baseline restarts after the latest reset ≤ the last sample, so a tool change is not drift. */
  resets?: readonly number[];
  /** Fewest baseline points accepted. Default 8. */
  minBaseline?: number;
  /** Fewest monitored points (after the baseline) accepted. Default 5. */
  minMonitored?: number;
  ewmaLambda?: number;
  ewmaL?: number;
  cusumK?: number;
  cusumH?: number;
  /** Clip of standardised values before EWMA/CUSUM (robustness to single outliers). Default 4. */
  clipSigma?: number;
  /** A mean segment counts as part of the drift when it is this many baseline sigmas off, on the alarm's side. Default 0.5. */
  onsetSigma?: number;
  /** Widen the detector sigma for the baseline's lag-1 autocorrelation φ (×√((1+φ)/(1−φ))). Default true. */
  autocorrelationAdjust?: boolean;
  /** Clamp of φ for that adjustment. Default 0.9 (at most ×4.4). */
  maxAutocorrelation?: number;
  /** Most recent points searched for the onset changepoint. Default 2,000. */
  onsetWindowMax?: number;
  /** Date slow ramps by a flat-then-ramp fit (see computeDrift). Default true; false keeps mean-changepoint dating only. */
  rampOnset?: boolean;
  /** Date a ramp from the latest reset, its known origin (see computeDrift). Default true; needs rampOnset. */
  anchoredRamp?: boolean;
};

export type DriftState = 'DRIFTING' | 'IN_CONTROL' | 'INSUFFICIENT_DATA';

export type DriftResult = {
  state: DriftState;
  /**
   * 0..1 heuristic: r²/(1+r²) with r = the detectors' final alarm ratio (1 at the limit), so 0.5 is
   * "just at the control limit" and 0.9 is three times it. Not a probability.
   */
  score: number;
  direction: 'UP' | 'DOWN' | 'NONE';
  /** Signed mean shift of the points since the onset (or of the last ≤ 30 points) in baseline sigmas; null when sigma is 0 and the level moved. */
  magnitudeSigma: number | null;
  /** Estimated onset (epoch ms) when DRIFTING, else null. */
  since: number | null;
  /** First time (epoch ms) a detector alarmed since the baseline ended, even if it later recovered; null if never. */
  firstAlarmAt: number | null;
  explanation: Explanation;
};

/**
 * Drift of `samples` against a baseline. Never throws on data: empty, short, NaN-ridden or constant
 * series give state INSUFFICIENT_DATA or IN_CONTROL with a note. Throws RangeError for invalid
 * options (λ outside (0,1], non-positive limits, baselineRange with from ≥ to).
 *
 * Method: baseline mean μ0 and sample sigma σ0 (Welford); every later point feeds a causal EWMA
 * (λ, L) and a two-sided CUSUM (k, h) on (x−μ0)/σ0. The state is DRIFTING when a detector is beyond
 * its limit at the last point. The onset comes from mean changepoints (binary segmentation, BIC-like
 * penalty, on the last ≤ onsetWindowMax points) at or before the first alarm of the current
 * excursion: the start of the earliest run of consecutive segments, up to the alarm, whose means are
 * ≥ onsetSigma off the baseline on the alarm's side (so a ramp dates from its start); without a
 * changepoint, the CUSUM's last zero before that alarm (the textbook CUSUM onset). Slow ramps are
 * then backdated (heuristic, option rampOnset, default on): when a "flat then linear ramp in time"
 * fit of the same window has its slope on the alarm's side, beats one flat mean by more than
 * 3·σ²·ln n and beats the best single mean step (equal parameter counts, so BIC compares SSE), the
 * onset is where the fitted ramp is onsetSigma baseline sigmas above its flat level, if not after
 * the alarm.
 */
export function computeDrift(samples: readonly Sample[], opts: DriftOptions = {}): DriftResult {
  const params = {
    baselineSize: opts.baselineSize ?? 30,
    baselineFrom: opts.baselineRange?.from ?? null,
    baselineTo: opts.baselineRange?.to ?? null,
    resets: [...(opts.resets ?? [])].filter(Number.isFinite).sort((a, b) => a - b),
    minBaseline: opts.minBaseline ?? 8,
    minMonitored: opts.minMonitored ?? 5,
    ewmaLambda: opts.ewmaLambda ?? defaultDriftMonitorParams.ewmaLambda,
    ewmaL: opts.ewmaL ?? defaultDriftMonitorParams.ewmaL,
    cusumK: opts.cusumK ?? defaultDriftMonitorParams.cusumK,
    cusumH: opts.cusumH ?? defaultDriftMonitorParams.cusumH,
    clipSigma: opts.clipSigma ?? defaultDriftMonitorParams.clipSigma,
    onsetWindowMax: opts.onsetWindowMax ?? 2000,
    onsetSigma: opts.onsetSigma ?? 0.5,
    rampOnset: opts.rampOnset ?? true,
    anchoredRamp: opts.anchoredRamp ?? true,
    autocorrelationAdjust: opts.autocorrelationAdjust ?? true,
    maxAutocorrelation: opts.maxAutocorrelation ?? 0.9,
  };
  if (!(params.ewmaLambda > 0 && params.ewmaLambda <= 1)) throw new RangeError(`computeDrift: ewmaLambda must be in (0,1], got ${params.ewmaLambda}`);
  if (!(params.ewmaL > 0 && params.cusumH > 0 && params.cusumK >= 0 && params.clipSigma > 0)) throw new RangeError('computeDrift: ewmaL, cusumH and clipSigma must be > 0 and cusumK ≥ 0');
  if (opts.baselineRange && !(opts.baselineRange.from < opts.baselineRange.to)) throw new RangeError('computeDrift: baselineRange.from must be < baselineRange.to');

  const all = cleanSamples(samples);
  const notes: string[] = [];
  const dropped = samples.length - all.length;
  if (dropped > 0) notes.push(`${dropped} sample(s) ignored (null, NaN or non-finite)`);
  const lastT = all.length > 0 ? all[all.length - 1]!.t : null;
  const reset = lastT === null ? null : [...params.resets].reverse().find((r) => r <= lastT) ?? null;
  const pts = reset === null ? all : all.filter((p) => p.t > reset);
  if (reset !== null) notes.push(`baseline restarted after maintenance reset at ${new Date(reset).toISOString()}`);

  let baseline: Point[];
  let monitored: Point[];
  if (params.baselineFrom !== null && params.baselineTo !== null) {
    const from = params.baselineFrom;
    const to = params.baselineTo;
    baseline = pts.filter((p) => p.t >= from && p.t < to);
    monitored = pts.filter((p) => p.t >= to);
  } else {
    baseline = pts.slice(0, params.baselineSize);
    monitored = pts.slice(params.baselineSize);
  }
  const bm = momentsOf(baseline.map((p) => p.v));
  const sigma = sampleSd(bm);
  const explanation: Explanation = {
    method: 'EWMA + two-sided CUSUM against a baseline; onset by binary segmentation on the mean',
    algorithmVersion: DRIFT_ALGORITHM_VERSION,
    parameters: { ...params, baselineFrom: params.baselineFrom, baselineTo: params.baselineTo },
    baseline: {
      from: baseline[0]?.t ?? null,
      to: baseline[baseline.length - 1]?.t ?? null,
      n: baseline.length,
      mean: baseline.length > 0 ? bm.mean : null,
      sigma: baseline.length > 1 ? sigma : null,
    },
    window: { from: monitored[0]?.t ?? null, to: monitored[monitored.length - 1]?.t ?? null, n: monitored.length },
    inputsHash: hashInputs([all], { ...params, resets: params.resets }, DRIFT_ALGORITHM_VERSION),
    notes,
  };
  const result = (r: Omit<DriftResult, 'explanation'>): DriftResult => ({ ...r, explanation });
  const none = { score: 0, direction: 'NONE' as const, since: null, firstAlarmAt: null };

  if (baseline.length < params.minBaseline || monitored.length < params.minMonitored) {
    notes.push(`need ≥ ${params.minBaseline} baseline and ≥ ${params.minMonitored} monitored finite points, have ${baseline.length} and ${monitored.length}`);
    return result({ state: 'INSUFFICIENT_DATA', ...none, magnitudeSigma: null });
  }

  if (sigma === 0) {
    // A constant baseline has no noise scale: any change is infinitely many sigmas. We report the
    // direction of the change and leave the magnitude null rather than invent a sigma.
    const firstOff = monitored.find((p) => p.v !== bm.mean);
    if (!firstOff) {
      notes.push('constant series: baseline and monitored values are identical');
      return result({ state: 'IN_CONTROL', ...none, magnitudeSigma: 0 });
    }
    const last = monitored[monitored.length - 1]!;
    notes.push('baseline is constant (sigma 0); any departure counts as drift and magnitudeSigma is null');
    if (last.v === bm.mean) return result({ state: 'IN_CONTROL', ...none, firstAlarmAt: firstOff.t, magnitudeSigma: 0 });
    const since = [...monitored].reverse().find((p, i, arr) => p.v !== bm.mean && (arr[i + 1]?.v ?? bm.mean) === bm.mean) ?? firstOff;
    return result({ state: 'DRIFTING', score: 1, direction: last.v > bm.mean ? 'UP' : 'DOWN', magnitudeSigma: null, since: since.t, firstAlarmAt: firstOff.t });
  }

  const { phi, sigmaMonitor } = baselineStats(baseline.map((p) => p.v), params);
  if (phi > 0) notes.push(`baseline lag-1 autocorrelation ${phi.toFixed(2)}: detector sigma inflated ×${(sigmaMonitor / sigma).toFixed(2)}`);
  const monitor = createDriftMonitor(bm.mean, sigmaMonitor, params);
  const steps: DriftStep[] = monitored.map((p) => monitor.push(p.v));
  const lastStep = steps[steps.length - 1]!;
  const firstAlarm = steps.findIndex((s) => s.alarm);
  const firstAlarmAt = firstAlarm >= 0 ? monitored[firstAlarm]!.t : null;
  const score = (lastStep.ratio * lastStep.ratio) / (1 + lastStep.ratio * lastStep.ratio);
  const tailMean = (from: number) => momentsOf(monitored.slice(from).map((p) => p.v)).mean;

  if (!lastStep.alarm) {
    const mag = (tailMean(Math.max(0, monitored.length - 30)) - bm.mean) / sigma;
    return result({ state: 'IN_CONTROL', score, direction: 'NONE', magnitudeSigma: mag, since: null, firstAlarmAt });
  }

  // The alarm that is still active began at the first alarming step after the last quiet one.
  let excursionStart = steps.length - 1;
  while (excursionStart > 0 && steps[excursionStart - 1]!.alarm) excursionStart--;
  // CUSUM onset: the last step before the excursion where the alarming side's sum was zero.
  const side = lastStep.direction;
  let cusumOnset = excursionStart;
  while (cusumOnset > 0) {
    const s = steps[cusumOnset - 1]!;
    if ((side === 'UP' ? s.cusumUp : s.cusumDown) === 0) break;
    cusumOnset--;
  }
  // Retrospective changepoint on a bounded window that includes the baseline tail.
  const series = [...baseline, ...monitored];
  const offset = Math.max(0, series.length - params.onsetWindowMax);
  const win = series.slice(offset);
  // The penalty uses the autocorrelation-widened variance so AR wander is not cut into steps.
  const cps = binarySegmentation(win.map((p) => p.v), { variance: sigmaMonitor * sigmaMonitor });
  const alarmIdxInSeries = baseline.length + excursionStart - offset;
  const candidates = cps.filter((c) => c <= alarmIdxInSeries && c >= baseline.length - offset);
  let onsetIdx: number; // index into monitored
  let onsetMethod = '';
  if (candidates.length > 0) {
    // A ramp is cut into several mean steps; the drift began at the first of the consecutive
    // segments (ending with the one holding the alarm) whose mean is already ≥ onsetSigma away from
    // the baseline on the alarm's side, not at the last step before the alarm.
    const sign = side === 'UP' ? 1 : -1;
    const bounds = [0, ...cps, win.length];
    const segMean = (a: number, b: number) => momentsOf(win.slice(a, b).map((p) => p.v)).mean;
    let k = candidates.length - 1;
    let start = candidates[k]!;
    while (k > 0) {
      const prev = candidates[k - 1]!;
      const segEnd = bounds[bounds.indexOf(prev) + 1]!;
      if (sign * (segMean(prev, segEnd) - bm.mean) < params.onsetSigma * sigma) break;
      start = prev;
      k--;
    }
    onsetIdx = start + offset - baseline.length;
    onsetMethod = ' (onset: changepoint)';
  } else {
    onsetIdx = cusumOnset;
    notes.push('no significant mean changepoint before the alarm; onset is the CUSUM last-zero estimate');
  }
  // Ramp backdating (heuristic). Mean changepoints cut a slow ramp (tool wear, calibration drift)
  // into steps and the alarm's side of them starts 100–200 h after the ramp became material. So we
  // also fit "flat, then linear ramp" on the same window and use it when (1) its slope is on the
  // alarm's side, (2) it beats one flat mean by more than the changepoint penalty β·σ²·ln n, and
  // (3) it fits better than the best single mean step: both models have three parameters (two
  // levels or level+slope, and a break), so BIC reduces to comparing SSE. The onset is then the
  // first point where the fitted ramp is onsetSigma baseline sigmas above its flat level, the same
  // threshold the plant's ground truth uses, and only if that is not after the alarm. Steps keep
  // the changepoint dating above, because a step is fitted better by a step.
  const winValues = win.map((p) => p.v);
  const winTimes = win.map((p) => p.t);
  const ramp = params.rampOnset ? fitFlatThenRamp(winValues, winTimes) : undefined;
  const rampPenalty = 3 * sigmaMonitor * sigmaMonitor * Math.log(win.length);
  const sign = side === 'UP' ? 1 : -1;
  if (ramp && sign * ramp.slope > 0 && ramp.sse < ramp.stepSse && ramp.flatSse - ramp.sse > rampPenalty) {
    const crossT = win[ramp.start]!.t + (params.onsetSigma * sigma) / Math.abs(ramp.slope);
    // First monitored point at or after the crossing time.
    let rampIdx = monitored.findIndex((p) => p.t >= crossT);
    if (rampIdx < 0) rampIdx = monitored.length;
    if (rampIdx <= excursionStart) {
      onsetIdx = rampIdx;
      onsetMethod = ' (onset: flat-then-ramp fit)';
    }
  }
  // Anchored ramp (heuristic, same option). Wear grows from the tool change, a calibration drift from
  // the calibration: the ramp's origin is known, it is the latest reset. A free ramp fit cannot see that
  // origin when the baseline already holds part of the ramp (the reset was before the window, or the
  // baseline right after it spans the early wear), and dates the crossing from the baseline's level,
  // days late. With the reset time as the origin, "level + slope·(t − reset)" is identified from the
  // window alone: the level at the reset is the pre-drift level, and the onset is where the line is
  // onsetSigma baseline sigmas off it. It is used when its slope is on the alarm's side, it beats one
  // flat mean by the ramp penalty, and it fits at least as well as the free ramp once the free ramp pays
  // BIC for its extra parameter (the break). The onset may precede the first sample; the notes say so.
  let sinceT: number | null = null;
  if (params.rampOnset && params.anchoredRamp && reset !== null) {
    const anchored = fitAnchoredRamp(winValues, winTimes, reset);
    const freeSse = ramp ? Math.min(ramp.sse, ramp.flatSse) : Number.POSITIVE_INFINITY;
    const bicOneParam = sigmaMonitor * sigmaMonitor * Math.log(win.length);
    if (anchored && sign * anchored.slope > 0 && anchored.flatSse - anchored.sse > rampPenalty && anchored.sse <= freeSse + bicOneParam) {
      const crossT = reset + (params.onsetSigma * sigma) / Math.abs(anchored.slope);
      if (crossT <= monitored[excursionStart]!.t) {
        sinceT = crossT;
        const firstAfter = monitored.findIndex((p) => p.t >= crossT);
        onsetIdx = firstAfter < 0 ? monitored.length - 1 : firstAfter;
        onsetMethod = ' (onset: ramp anchored at the last reset)';
        if (crossT < pts[0]!.t) notes.push(`onset ${new Date(crossT).toISOString()} precedes the first sample: extrapolated from a ramp anchored at the reset at ${new Date(reset).toISOString()}`);
      }
    }
  }
  explanation.method += onsetMethod;
  onsetIdx = Math.min(Math.max(0, onsetIdx), monitored.length - 1);
  const mag = (tailMean(onsetIdx) - bm.mean) / sigma;
  return result({ state: 'DRIFTING', score, direction: side, magnitudeSigma: mag, since: sinceT ?? monitored[onsetIdx]!.t, firstAlarmAt });
}

/** What a drift monitor needs from a baseline. */
export type BaselineStats = {
  n: number;
  mean: number;
  /** Sample standard deviation (n−1), Welford. */
  sigma: number;
  /** Lag-1 autocorrelation used (0 when not significant or adjustment is off). */
  phi: number;
  /** Sigma to give `createDriftMonitor`: sigma·√((1+φ)/(1−φ)). */
  sigmaMonitor: number;
};

/**
 * Baseline mean and sigma for the drift monitor, missing values (null/NaN/±Infinity) ignored.
 * Plant signals are autocorrelated: a short baseline under-covers their slow wander, and EWMA/CUSUM
 * limits (derived for independent points) then alarm on noise. For AR(1) noise the variance of a
 * running mean is inflated by (1+φ)/(1−φ), so `sigmaMonitor` = σ·√((1+φ)/(1−φ)) with φ the lag-1
 * autocorrelation, clamped to maxAutocorrelation (default 0.9) and used only above Bartlett's 2/√n
 * noise bound so independent noise is not widened by chance. computeDrift, the CSV analyser and the
 * demo-plant benchmark all go through this function.
 */
export function baselineStats(values: readonly (number | null | undefined)[], opts: { autocorrelationAdjust?: boolean; maxAutocorrelation?: number } = {}): BaselineStats {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const m = momentsOf(xs);
  const sigma = sampleSd(m);
  const phiHat = lag1Autocorrelation(xs, m.mean);
  const phi = (opts.autocorrelationAdjust ?? true) && phiHat > 2 / Math.sqrt(Math.max(1, xs.length)) ? Math.min(opts.maxAutocorrelation ?? 0.9, phiHat) : 0;
  return { n: xs.length, mean: m.mean, sigma, phi, sigmaMonitor: sigma * Math.sqrt((1 + phi) / (1 - phi)) };
}

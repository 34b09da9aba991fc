import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baselineStats, computeDrift } from './drift.ts';
import { createDriftMonitor } from './drift-monitor.ts';
import { binarySegmentation, fitAnchoredRamp, fitFlatThenRamp } from './changepoint.ts';
import { createRng } from './series.ts';
import type { Sample } from './types.ts';

const T0 = Date.UTC(2026, 0, 1);
const MIN = 60_000;

/** Seeded standard-normal noise (Box–Muller over mulberry32). */
function noise(n: number, seed: number): number[] {
  const r = createRng(seed);
  return Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r()));
}
const series = (values: readonly (number | null)[]): Sample[] => values.map((v, i) => ({ t: T0 + i * MIN, v }));
const close = (a: number | null, b: number, tol: number, what: string) =>
  assert.ok(a !== null && Math.abs(a - b) <= tol, `${what}: expected ${b} ± ${tol}, got ${a}`);

test('createDriftMonitor follows the hand-computed EWMA and CUSUM on a 2-sigma step', () => {
  const m = createDriftMonitor(0, 1);
  const steps = [0, 0, 0, 2, 2, 2, 2].map((x) => m.push(x));
  // λ=0.2: ewma 0.4, 0.72, 0.976, 1.1808; limit 3√(λ/(2−λ)(1−0.64^t)); CUSUM up = Σ(z−0.5)⁺.
  assert.deepEqual(steps.map((s) => [Number(s.ewma.toFixed(6)), Number(s.ewmaLimit.toFixed(6)), s.cusumUp, s.cusumDown, s.alarm, s.direction]), [
    [0, 0.6, 0, 0, false, 'NONE'],
    [0, 0.768375, 0, 0, false, 'NONE'],
    [0, 0.858985, 0, 0, false, 'NONE'],
    [0.4, 0.912265, 1.5, 0, false, 'NONE'],
    [0.72, 0.944789, 3, 0, false, 'NONE'],
    [0.976, 0.965029, 4.5, 0, true, 'UP'],
    [1.1808, 0.977763, 6, 0, true, 'UP'],
  ]);
});

test('createDriftMonitor rejects a zero sigma with the exact message', () => {
  assert.throws(() => createDriftMonitor(0, 0), { name: 'RangeError', message: 'createDriftMonitor: sigma must be finite and > 0, got 0' });
});

test('binarySegmentation finds a planted mean shift within 3 points and nothing in pure noise', () => {
  const z = noise(300, 7);
  assert.deepEqual(binarySegmentation(z, { variance: 1 }), []);
  const stepped = z.map((x, i) => (i >= 180 ? x + 2 : x));
  const cps = binarySegmentation(stepped, { variance: 1 });
  assert.equal(cps.length, 1);
  close(cps[0]!, 180, 3, 'changepoint');
});

test('computeDrift flags an upward 2-sigma step with onset within 5 points of the plant', () => {
  const values = noise(200, 11).map((x, i) => 50 + (i >= 120 ? x + 2 : x));
  const r = computeDrift(series(values));
  assert.equal(r.state, 'DRIFTING');
  assert.equal(r.direction, 'UP');
  close(r.since, T0 + 120 * MIN, 5 * MIN, 'since');
  close(r.magnitudeSigma, 2, 0.6, 'magnitudeSigma');
  assert.ok(r.score > 0.5 && r.score <= 1, `score ${r.score}`);
  assert.ok(r.firstAlarmAt !== null && r.firstAlarmAt >= T0 + 120 * MIN);
  assert.deepEqual(r.explanation.baseline && { ...r.explanation.baseline, mean: null, sigma: null }, { from: T0, to: T0 + 29 * MIN, n: 30, mean: null, sigma: null });
  assert.deepEqual(r.explanation.window, { from: T0 + 30 * MIN, to: T0 + 199 * MIN, n: 170 });
  assert.equal(r.explanation.algorithmVersion, 'drift/1.2.0');
  assert.match(r.explanation.inputsHash, /^[0-9a-f]{16}$/);
});

test('computeDrift flags a downward step as DOWN', () => {
  const r = computeDrift(series(noise(150, 3).map((x, i) => (i >= 90 ? x - 3 : x))));
  assert.deepEqual([r.state, r.direction], ['DRIFTING', 'DOWN']);
  close(r.since, T0 + 90 * MIN, 5 * MIN, 'since');
});

test('computeDrift stays IN_CONTROL on stationary noise', () => {
  const r = computeDrift(series(noise(300, 5)));
  assert.deepEqual([r.state, r.direction, r.since], ['IN_CONTROL', 'NONE', null]);
  assert.ok(r.score < 0.5);
});

test('computeDrift restarts the baseline after a maintenance reset so a tool change is not drift', () => {
  const values = noise(200, 13).map((x, i) => (i >= 100 ? x + 4 : x));
  assert.equal(computeDrift(series(values)).state, 'DRIFTING');
  const r = computeDrift(series(values), { resets: [T0 + 99.5 * MIN] });
  assert.equal(r.state, 'IN_CONTROL');
  assert.equal(r.explanation.baseline?.from, T0 + 100 * MIN);
  assert.deepEqual(r.explanation.notes, ['baseline restarted after maintenance reset at 2026-01-01T01:39:30.000Z']);
});

test('computeDrift accepts an explicit baseline range [from, to)', () => {
  const values = noise(120, 17).map((x, i) => (i >= 80 ? x + 3 : x));
  const r = computeDrift(series(values), { baselineRange: { from: T0, to: T0 + 50 * MIN } });
  assert.equal(r.state, 'DRIFTING');
  assert.equal(r.explanation.baseline?.n, 50);
  assert.throws(() => computeDrift([], { baselineRange: { from: 2, to: 1 } }), { name: 'RangeError', message: 'computeDrift: baselineRange.from must be < baselineRange.to' });
});

test('computeDrift edge cases: empty, one point, constant, constant then a jump', () => {
  const empty = computeDrift([]);
  assert.deepEqual({ ...empty, explanation: undefined }, { state: 'INSUFFICIENT_DATA', score: 0, direction: 'NONE', magnitudeSigma: null, since: null, firstAlarmAt: null, explanation: undefined });
  assert.deepEqual(empty.explanation.notes, ['need ≥ 8 baseline and ≥ 5 monitored finite points, have 0 and 0']);
  assert.equal(computeDrift(series([1])).state, 'INSUFFICIENT_DATA');
  const constant = computeDrift(series(new Array(60).fill(7)));
  assert.deepEqual([constant.state, constant.score, constant.magnitudeSigma, constant.direction], ['IN_CONTROL', 0, 0, 'NONE']);
  const jump = computeDrift(series([...new Array(40).fill(7), ...new Array(10).fill(8)]));
  assert.deepEqual([jump.state, jump.direction, jump.magnitudeSigma, jump.since, jump.score], ['DRIFTING', 'UP', null, T0 + 40 * MIN, 1]);
});

test('computeDrift ignores null, undefined and NaN samples (same figures and hash as without them)', () => {
  const values = noise(160, 19).map((x, i) => (i >= 100 ? x + 2.5 : x));
  const clean = computeDrift(series(values));
  const holey: Sample[] = series(values).flatMap((s, i) => (i % 10 === 0 ? [s, { t: s.t + 1, v: null }, { t: s.t + 2, v: Number.NaN }, { t: Number.NaN, v: 1 }, { t: s.t + 3, v: undefined }] : [s]));
  const r = computeDrift(holey);
  assert.deepEqual({ ...r, explanation: { ...r.explanation, notes: [] } }, { ...clean, explanation: { ...clean.explanation, notes: [] } });
  assert.deepEqual(r.explanation.notes, ['64 sample(s) ignored (null, NaN or non-finite)']);
});

test('computeDrift gives the same verdict on 1e12-sized values (Welford, centred sums)', () => {
  const values = noise(200, 23).map((x, i) => (i >= 120 ? x + 2 : x));
  const small = computeDrift(series(values));
  const huge = computeDrift(series(values.map((x) => 1e12 + x)));
  assert.deepEqual([huge.state, huge.direction, huge.since], [small.state, small.direction, small.since]);
  close(huge.magnitudeSigma, small.magnitudeSigma!, 1e-3, 'magnitudeSigma');
});

test('computeDrift dates a slow linear ramp from its start, not from its last mean step', () => {
  // Ramp from index 100 at 0.04 sigma per point: 0.5 sigma is reached at ~112, 2 sigma at 150.
  // Deliberately insensitive limits make the alarm late (~160), after several mean steps; taking
  // the last step before the alarm would date the drift at ~160.
  const values = noise(260, 29).map((x, i) => x + (i >= 100 ? 0.04 * (i - 100) : 0));
  const r = computeDrift(series(values), { cusumH: 40, ewmaL: 8 });
  assert.deepEqual([r.state, r.direction], ['DRIFTING', 'UP']);
  close(r.since, T0 + 110 * MIN, 15 * MIN, 'since');
  assert.ok(r.firstAlarmAt! > r.since!, 'the alarm comes after the onset it dates');
});

test('fitFlatThenRamp finds a planted ramp break within 3 points and its slope; a step fits better as a step; noise beats flat by less than the penalty', () => {
  const z = noise(300, 41);
  const ramp = fitFlatThenRamp(z.map((x, i) => 10 + x + (i >= 150 ? 0.05 * (i - 150) : 0)))!;
  close(ramp.start, 150, 3, 'ramp start');
  close(ramp.slope, 0.05, 0.01, 'slope per point');
  close(ramp.level, 10, 0.3, 'flat level');
  assert.ok(ramp.sse < ramp.stepSse, `ramp sse ${ramp.sse} < step sse ${ramp.stepSse}`);
  const step = fitFlatThenRamp(z.map((x, i) => x + (i >= 150 ? 3 : 0)))!;
  assert.ok(step.stepSse < step.sse, `step sse ${step.stepSse} < ramp sse ${step.sse}`);
  const flat = fitFlatThenRamp(z)!;
  // computeDrift's rule: a ramp counts only when it beats one flat mean by more than 3·σ²·ln n.
  assert.ok(flat.flatSse - flat.sse < 3 * Math.log(300), `noise gain ${flat.flatSse - flat.sse}`);
});

test('fitFlatThenRamp measures the ramp in time, so a gap in sampling is not a jump; too few points or mismatched times give undefined', () => {
  // 100 flat points, a 100-minute gap (no samples), then a ramp of 0.05 per minute from the break.
  const times = [...Array.from({ length: 100 }, (_, i) => i), ...Array.from({ length: 100 }, (_, i) => 200 + i)];
  const values = times.map((t, i) => noise(200, 43)[i]! * 0.2 + (t >= 200 ? 0.05 * (t - 200) : 0));
  const fit = fitFlatThenRamp(values, times)!;
  close(fit.start, 100, 3, 'ramp start index');
  close(fit.slope, 0.05, 0.005, 'slope per minute');
  assert.equal(fitFlatThenRamp([1, 2, 3]), undefined);
  assert.equal(fitFlatThenRamp(values, times.slice(1)), undefined);
});

test('computeDrift with default limits dates a planted ramp where it reaches 0.5 sigma, within a few points, by the ramp fit', () => {
  // Ramp from index 120 at 0.02 sigma per point: 0.5 sigma (the ground truth's threshold) at 145.
  const values = noise(400, 47).map((x, i) => 20 + x + (i >= 120 ? 0.02 * (i - 120) : 0));
  const r = computeDrift(series(values));
  assert.deepEqual([r.state, r.direction], ['DRIFTING', 'UP']);
  close(r.since, T0 + 145 * MIN, 8 * MIN, 'since');
  assert.match(r.explanation.method, /\(onset: flat-then-ramp fit\)$/);
  // Without the ramp fit the mean changepoints date it later: what this heuristic fixes.
  const old = computeDrift(series(values), { rampOnset: false });
  assert.ok(old.since! > r.since!, `changepoint onset ${(old.since! - T0) / MIN} vs ramp ${(r.since! - T0) / MIN}`);
});

test('computeDrift keeps dating a step by its mean changepoint, not by the ramp fit', () => {
  const values = noise(400, 53).map((x, i) => 20 + x + (i >= 250 ? 2 : 0));
  const r = computeDrift(series(values));
  assert.deepEqual([r.state, r.direction], ['DRIFTING', 'UP']);
  close(r.since, T0 + 250 * MIN, 3 * MIN, 'since');
  assert.match(r.explanation.method, /\(onset: changepoint\)$/);
});

test('computeDrift gives no onset on noise alone, with or without the ramp fit', () => {
  for (const seed of [59, 61, 67]) {
    const r = computeDrift(series(noise(400, seed).map((x) => 5 + x)));
    assert.deepEqual([r.state, r.since, r.direction], ['IN_CONTROL', null, 'NONE'], `seed ${seed}`);
  }
});

test('computeDrift widens its limits for autocorrelated noise so a stationary AR(1) series is not drift', () => {
  // AR(1) with φ = 0.8: stationary, but a 30-point baseline sees only a slice of its wander.
  const e = noise(400, 37);
  const ar: number[] = [];
  e.forEach((x, i) => ar.push(i === 0 ? x : 0.8 * ar[i - 1]! + x));
  const naive = computeDrift(series(ar), { autocorrelationAdjust: false });
  const adjusted = computeDrift(series(ar));
  assert.deepEqual([naive.state, adjusted.state], ['DRIFTING', 'IN_CONTROL']);
  assert.match(adjusted.explanation.notes[0] ?? '', /^baseline lag-1 autocorrelation 0\.\d\d: detector sigma inflated ×\d\.\d\d$/);
  // Independent noise stays below Bartlett's 2/√n bound and is not widened.
  assert.deepEqual(computeDrift(series(noise(200, 5))).explanation.notes, []);
});

test('baselineStats ignores missing values and reports the autocorrelation it used', () => {
  assert.deepEqual(baselineStats([1, null, 2, Number.NaN, 3, undefined, 4]), { n: 4, mean: 2.5, sigma: Math.sqrt(5 / 3), phi: 0, sigmaMonitor: Math.sqrt(5 / 3) });
  const smooth = Array.from({ length: 50 }, (_, i) => Math.sin(i / 8)); // strongly autocorrelated
  const s = baselineStats(smooth);
  assert.equal(s.phi, 0.9); // clamped
  close(s.sigmaMonitor, s.sigma * Math.sqrt(1.9 / 0.1), 1e-12, 'sigmaMonitor');
  assert.equal(baselineStats(smooth, { autocorrelationAdjust: false }).phi, 0);
});

test('fitAnchoredRamp recovers level at the origin and slope of a noiseless line; undefined for constant times or < 3 points', () => {
  const times = [10, 20, 30, 40], origin = -90;
  const fit = fitAnchoredRamp(times.map((t) => 5 + 0.25 * (t - origin)), times, origin)!;
  close(fit.level, 5, 1e-9, 'level at origin');
  close(fit.slope, 0.25, 1e-12, 'slope');
  close(fit.sse, 0, 1e-9, 'sse');
  assert.equal(fitAnchoredRamp([1, 2, 3], [7, 7, 7], 0), undefined);
  assert.equal(fitAnchoredRamp([1, 2], [1, 2], 0), undefined);
});

test('computeDrift dates a ramp that began at a reset before the first sample from that reset, not from the window start', () => {
  // A calibration 200 points before the window; the sensor then drifts 0.002 sigma per point, so it is
  // 0.5 sigma off its calibrated level 250 points after the calibration = window index 50, while the
  // window's own first 30 points (the baseline) are already 0.4-0.46 sigma off.
  const values = noise(1000, 41).map((x, i) => x + 0.002 * (i + 200));
  const reset = T0 - 200 * MIN;
  const r = computeDrift(series(values), { resets: [reset] });
  assert.deepEqual([r.state, r.direction], ['DRIFTING', 'UP']);
  close(r.since, T0 + 50 * MIN, 40 * MIN, 'since (anchored)');
  assert.match(r.explanation.method, /anchored at the last reset/);
  const free = computeDrift(series(values), { resets: [reset], anchoredRamp: false });
  assert.ok(free.since! > T0 + 150 * MIN, `without the anchor the onset is dated late: ${new Date(free.since!).toISOString()}`);
});

test('computeDrift dates wear from the tool change inside the window when the baseline after it already holds the early ramp', () => {
  // Flat until a tool change at index 300, then wear at 0.004 sigma per point: 0.5 sigma at index 425.
  const values = noise(1200, 43).map((x, i) => x + (i > 300 ? 0.004 * (i - 300) : 0));
  const r = computeDrift(series(values), { resets: [T0 + 300 * MIN], baselineSize: 100 });
  assert.deepEqual([r.state, r.direction], ['DRIFTING', 'UP']);
  close(r.since, T0 + 425 * MIN, 40 * MIN, 'since (anchored at the tool change)');
  assert.match(r.explanation.method, /anchored at the last reset/);
});

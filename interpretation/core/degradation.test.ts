import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeDegradation } from './degradation.ts';
import { createRng } from './series.ts';
import type { Sample } from './types.ts';

const T0 = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;
const daily = (values: readonly (number | null)[]): Sample[] => values.map((v, i) => ({ t: T0 + i * DAY, v }));
const close = (a: number | null | undefined, b: number, tol: number, what: string) =>
  assert.ok(a !== null && a !== undefined && Math.abs(a - b) <= tol, `${what}: expected ${b} ± ${tol}, got ${a}`);

test('computeDegradation: exact linear trend gives slope, level and RUL by hand', () => {
  // v = 1 + 0.5·day over days 0..19: level now 10.5, threshold 21 → (21 − 10.5)/0.5 = 21 days.
  const r = computeDegradation(daily(Array.from({ length: 20 }, (_, i) => 1 + 0.5 * i)), { threshold: 21, direction: 'UP' });
  assert.deepEqual({ ...r, explanation: undefined }, {
    state: 'TRENDING_TO_THRESHOLD',
    trend: { slopePerDay: 0.5, slopeLowerPerDay: 0.5, slopeUpperPerDay: 0.5, levelNow: 10.5 },
    accelerating: false, acceleratingSince: null,
    rulDays: 21, rulLowerDays: 21, rulUpperDays: 21, crossingAt: T0 + (19 + 21) * DAY,
    explanation: undefined,
  });
});

test('computeDegradation: noisy trend has a band around the true RUL and shrugs off spikes (Theil–Sen)', () => {
  const rng = createRng(3);
  const values = Array.from({ length: 60 }, (_, i) => 2 + 0.1 * i + (rng() - 0.5) * 0.4);
  values[20] = 50; // a hit on the sensor
  values[40] = -30;
  const r = computeDegradation(daily(values), { threshold: 12, direction: 'UP' });
  // True line: level at day 59 = 7.9, RUL = (12 − 7.9)/0.1 = 41 days.
  close(r.trend?.slopePerDay, 0.1, 0.01, 'slope');
  close(r.rulDays, 41, 5, 'rul');
  assert.ok(r.rulLowerDays! <= r.rulDays! && r.rulDays! <= r.rulUpperDays!, JSON.stringify(r));
});

test('computeDegradation: DOWN direction, away from threshold, already past it', () => {
  const falling = daily(Array.from({ length: 30 }, (_, i) => 100 - 2 * i));
  close(computeDegradation(falling, { threshold: 0, direction: 'DOWN' }).rulDays, 21, 1e-9, 'falling rul'); // level 42, 42/2
  const away = computeDegradation(falling, { threshold: 200, direction: 'UP' });
  assert.deepEqual([away.state, away.rulDays, away.rulLowerDays, away.rulUpperDays, away.crossingAt], ['NOT_TRENDING', null, null, null, null]);
  const past = computeDegradation(falling, { threshold: 60, direction: 'DOWN' });
  assert.deepEqual([past.state, past.rulDays, past.crossingAt], ['THRESHOLD_REACHED', 0, T0 + 29 * DAY]);
});

test('computeDegradation flags acceleration when the recent half is steeper', () => {
  const values = Array.from({ length: 40 }, (_, i) => (i < 20 ? 0.1 * i : 2 + 1.0 * (i - 20)));
  const r = computeDegradation(daily(values), { threshold: 100, direction: 'UP' });
  assert.deepEqual([r.accelerating, r.acceleratingSince], [true, T0 + 20 * DAY]);
  const linear = computeDegradation(daily(Array.from({ length: 40 }, (_, i) => i)), { threshold: 100, direction: 'UP' });
  assert.equal(linear.accelerating, false);
});

test('computeDegradation edge cases: empty, one point, constant, NaN gaps, 1e12 magnitudes', () => {
  assert.equal(computeDegradation([], { threshold: 1, direction: 'UP' }).state, 'INSUFFICIENT_DATA');
  assert.equal(computeDegradation(daily([1]), { threshold: 1, direction: 'UP' }).state, 'INSUFFICIENT_DATA');
  const sameTime = computeDegradation(Array.from({ length: 12 }, (_, i) => ({ t: T0, v: i })), { threshold: 100, direction: 'UP' });
  assert.deepEqual(sameTime.explanation.notes, ['need ≥ 10 finite points over a non-zero time span, have 12']);
  const constant = computeDegradation(daily(new Array(20).fill(3)), { threshold: 5, direction: 'UP' });
  assert.deepEqual([constant.state, constant.rulDays, constant.trend?.slopePerDay], ['NOT_TRENDING', null, 0]);
  const holes = computeDegradation(daily(Array.from({ length: 20 }, (_, i) => (i % 3 === 1 ? Number.NaN : i % 3 === 2 ? null : 1 + 0.5 * i))), { threshold: 21, direction: 'UP' });
  assert.equal(holes.state, 'INSUFFICIENT_DATA'); // 7 finite points < 10
  const huge = computeDegradation(daily(Array.from({ length: 20 }, (_, i) => 1e12 + 0.5 * i)), { threshold: 1e12 + 20, direction: 'UP' });
  close(huge.rulDays, (20 - 9.5) / 0.5, 1e-3, 'rul at 1e12');
});

test('computeDegradation samples pairs deterministically above maxPairs', () => {
  const rng = createRng(9);
  const s = daily(Array.from({ length: 400 }, (_, i) => 0.05 * i + rng()));
  const a = computeDegradation(s, { threshold: 100, direction: 'UP', maxPairs: 5000 });
  const b = computeDegradation(s, { threshold: 100, direction: 'UP', maxPairs: 5000 });
  assert.deepEqual(a, b);
  close(a.trend?.slopePerDay, 0.05, 0.003, 'sampled slope');
});

test('computeDegradation medians match a sort-based reference on odd and even pair counts', () => {
  for (const n of [11, 12, 37]) {
    const rng = createRng(n);
    const values = Array.from({ length: n }, () => rng() * 10);
    const r = computeDegradation(daily(values), { threshold: 1e6, direction: 'UP', minSamples: 3 });
    const slopes: number[] = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) slopes.push((values[j]! - values[i]!) / (j - i));
    slopes.sort((a, b) => a - b);
    const m = slopes.length;
    const ref = m % 2 ? slopes[(m - 1) / 2]! : (slopes[m / 2 - 1]! + slopes[m / 2]!) / 2;
    close(r.trend?.slopePerDay, ref, 1e-9, `median slope n=${n}`);
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeDegradation } from './degradation.ts';
import { computeDrift } from './drift.ts';
import { deriveEvents, rankWarnings, signalsFromResults } from './events.ts';
import { computeStability } from './stability.ts';
import type { Sample } from './types.ts';

const T0 = Date.UTC(2026, 0, 1);
const MIN = 60_000;
const series = (values: readonly number[]): Sample[] => values.map((v, i) => ({ t: T0 + i * MIN, v }));
// Irregular noise-like pattern: not alternating (rule 4), no long runs (rules 2, 3).
const wiggle = (i: number) => [0, 0.5, 0.2, -0.3, 0.8, 0.1, -0.6, -0.2][i % 8]!;

test('deriveEvents dates drift, stability loss, acceleration and a post-maintenance excursion', () => {
  const values = Array.from({ length: 120 }, (_, i) => 10 + wiggle(i) + (i >= 80 ? 3 : 0));
  values[50] = 30; // an excursion 5 minutes after the maintenance at minute 45; the robust drift detector ignores it
  const drift = computeDrift(series(values));
  const quality = Array.from({ length: 120 }, (_, i) => (i === 50 ? 30 : 10 + wiggle(i)));
  const stability = computeStability(series(quality), { lsl: 0, usl: 40, recentPoints: 100 });
  const degradation = computeDegradation(series(Array.from({ length: 40 }, (_, i) => (i < 20 ? 0.1 * i : 2 + (i - 20)))), { threshold: 1e6, direction: 'UP' });
  const events = deriveEvents({ drift, stability, degradation, maintenance: [{ t: T0 + 45 * MIN, kind: 'tool change' }] });
  assert.deepEqual(events.map((e) => [e.kind, (e.at - T0) / MIN]), [
    ['DEGRADATION_ACCELERATING', 20],
    ['QUALITY_EXCURSION_AFTER_MAINTENANCE', 50],
    ['STABILITY_LOST', 50],
    ['DRIFT_BEGAN', 80],
  ]);
  assert.equal(events[1]!.detail, 'point beyond 3 sigma 5 min after tool change');
});

test('deriveEvents returns nothing for insufficient or quiet inputs', () => {
  assert.deepEqual(deriveEvents({}), []);
  assert.deepEqual(deriveEvents({ drift: computeDrift([]), stability: computeStability([], { lsl: 0, usl: 1 }) }), []);
});

test('rankWarnings combines signals by noisy-OR and orders subjects by urgency', () => {
  const ranked = rankWarnings([
    { subject: 'press-2', kind: 'DRIFT', score: 0.6, at: 1, detail: 'a' },
    { subject: 'press-1', kind: 'DRIFT', score: 0.5, at: 1, detail: 'b' },
    { subject: 'press-1', kind: 'STABILITY', score: 0.6, at: 2, detail: 'c' },
    { subject: 'oven', kind: 'ANOMALY', score: 0.2, at: null, detail: 'd' },
    { subject: 'idle', kind: 'DRIFT', score: 0, at: null, detail: 'e' },
    { subject: 'bad', kind: 'DRIFT', score: Number.NaN, at: null, detail: 'f' },
  ]);
  assert.deepEqual(ranked.map((w) => [w.subject, w.severity, Number(w.score.toFixed(3)), w.signals.map((s) => s.kind)]), [
    ['press-1', 'CRITICAL', 0.8, ['STABILITY', 'DRIFT']], // 1 − 0.5·0.4
    ['press-2', 'WARNING', 0.6, ['DRIFT']],
    ['oven', 'INFO', 0.2, ['ANOMALY']],
  ]);
});

test('signalsFromResults turns detector results into scored signals', () => {
  const values = Array.from({ length: 120 }, (_, i) => 10 + wiggle(i) + (i >= 80 ? 3 : 0));
  const signals = signalsFromResults('m1', {
    drift: computeDrift(series(values)),
    degradation: computeDegradation(series(Array.from({ length: 20 }, (_, i) => i)), { threshold: 10, direction: 'UP' }),
  });
  assert.deepEqual(signals.map((s) => [s.kind, s.detail]), [['DRIFT', 'DRIFTING UP'], ['DEGRADATION', 'THRESHOLD_REACHED']]);
  const quality = Array.from({ length: 40 }, (_, i) => (i === 35 ? 30 : 10 + wiggle(i)));
  const unstable = signalsFromResults('m2', { stability: computeStability(series(quality), { lsl: 0, usl: 40 }) });
  assert.deepEqual(unstable.map((s) => [s.kind, s.score, s.detail]), [['STABILITY', 0.7, 'UNSTABLE']]);
});

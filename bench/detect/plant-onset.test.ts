import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scorePlantOnsets } from './plant-onset.ts';

const H = 3_600_000;
const wiggle = (i: number) => [0, 0.5, 0.2, -0.3, 0.8, 0.1, -0.6, -0.2][i % 8]!;

test('scorePlantOnsets scores the open ramp and step episodes, skips a stable series, and rampOnset: false leaves the step as it was', () => {
  // Hourly points. 'ramp' rises 0.05 per hour from hour 200: 0.5 baseline sigma (≈0.47) is reached
  // ~9 h later, the truth onset we declare at 209 h. 'step' jumps +3 at hour 300. 'flat' never drifts.
  const n = 400;
  const ramp = Array.from({ length: n }, (_, i) => 10 + wiggle(i) + (i >= 200 ? 0.05 * (i - 200) : 0));
  const step = Array.from({ length: n }, (_, i) => 10 + wiggle(i) + (i >= 300 ? 3 : 0));
  const flat = Array.from({ length: n }, (_, i) => 10 + wiggle(i));
  const plant = {
    series: [ramp, step, flat].map((values, k) => ({ machineId: 'm', tag: ['RAMP', 'STEP', 'FLAT'][k]!, startMs: 0, intervalMs: H, values })),
    events: [],
    drifts: [{ machineId: 'm', tag: 'RAMP', onsetMs: 209 * H, endMs: (n - 1) * H }, { machineId: 'm', tag: 'STEP', onsetMs: 300 * H, endMs: (n - 1) * H }],
  };
  const after = scorePlantOnsets(plant, { points: n, baselinePoints: 48 });
  assert.deepEqual([after.open, after.detected], [2, 2]);
  assert.ok(Math.abs(after.delaysHours[0]!) <= 6, `ramp delay ${after.delaysHours[0]} h`);
  assert.ok(Math.abs(after.delaysHours[1]!) <= 2, `step delay ${after.delaysHours[1]} h`);
  assert.equal(after.shareWithin24h, 1);
  const before = scorePlantOnsets(plant, { points: n, baselinePoints: 48, drift: { rampOnset: false } });
  assert.equal(before.detected, 2);
  assert.equal(before.delaysHours[1], after.delaysHours[1]);
});

test('scorePlantOnsets gives null median and zero share when nothing is open', () => {
  const r = scorePlantOnsets({ series: [{ machineId: 'm', tag: 'X', startMs: 0, intervalMs: H, values: [1, 2, 3] }], events: [], drifts: [] }, { points: 10, baselinePoints: 48 });
  assert.deepEqual(r, { open: 0, detected: 0, delaysHours: [], medianAbsHours: null, shareWithin24h: 0 });
});

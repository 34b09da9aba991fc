import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultDriftMonitorParams } from '../../interpretation/core/index.ts';
import { scorePlantDrift } from './plant-drift.ts';

const MIN = 60_000;
const wiggle = (i: number) => [0, 0.5, 0.2, -0.3, 0.8, 0.1, -0.6, -0.2][i % 8]!;

test('scorePlantDrift counts a detected episode, its delay, a false alarm and honours a reset', () => {
  // 400 points at 1 min: step +5 at 200 (true episode 200..260, ended by a tool change at 260 that
  // restores the level), then an untrue step +5 at 330 (a false alarm).
  const values = Array.from({ length: 400 }, (_, i) => 10 + wiggle(i) + ((i >= 200 && i < 260) || i >= 330 ? 5 : 0));
  const r = scorePlantDrift({
    series: [{ machineId: 'm', tag: 'LOAD', startMs: 0, intervalMs: MIN, values }],
    events: [{ machineId: 'm', startMs: 259 * MIN, endMs: 260 * MIN, resetsTags: ['LOAD'] }],
    drifts: [{ machineId: 'm', tag: 'LOAD', onsetMs: 200 * MIN, endMs: 260 * MIN }],
  }, { ...defaultDriftMonitorParams, baselinePoints: 36 });
  assert.deepEqual({ ...r, seriesWeeks: Number(r.seriesWeeks.toFixed(6)), falseAlarmsPerSeriesWeek: Math.round(r.falseAlarmsPerSeriesWeek) }, {
    // Delay 1 min: z is clipped at 4, so the first shifted point lifts the CUSUM to 3.5 < h = 5 and the EWMA to 0.8 < its limit.
    episodes: 1, detected: 1, detectionRate: 1, medianDelayMinutes: 1, falseAlarms: 1,
    // scored points: 400 − 36 baseline − 36 baseline after the reset = 328 minutes
    seriesWeeks: Number((328 / (7 * 1440)).toFixed(6)), falseAlarmsPerSeriesWeek: Math.round(1 / (328 / (7 * 1440))),
  });
});

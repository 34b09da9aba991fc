import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { advancePlant, generatePlant, plantNowMs } from './generate.ts';
import { startLivePlant } from './live.ts';
import type { Plant } from './plant-types.ts';

const HOUR = 3_600_000;
const SMALL = { days: 3, machines: 6, parts: 40 } as const;

/** Everything a renderer can see, with series as plain arrays (NaN-safe through deepEqual). */
function view(p: Plant): unknown {
  return {
    jobs: p.jobs, productionRecords: p.productionRecords, labor: p.labor, states: p.states, quality: p.quality,
    events: p.events, workOrders: p.workOrders, meterReadings: p.meterReadings, drifts: p.drifts, pmSchedules: p.pmSchedules,
    series: p.series.map((s) => ({ ...s, values: Array.from(s.values) })),
  };
}

test('advancing in uneven steps gives exactly the data of one advance to the same plant time', () => {
  const a = generatePlant(SMALL);
  const b = generatePlant(SMALL);
  const anchor = a.config.anchorMs;
  advancePlant(a, anchor + 30 * HOUR);
  let t = anchor;
  for (const step of [1, 7, 13, 59, 61, 240, 3, 600, 17]) {
    t += step * 60_000;
    advancePlant(b, t);
  }
  advancePlant(b, anchor + 30 * HOUR);
  assert.equal(plantNowMs(b), anchor + 30 * HOUR);
  assert.deepEqual(view(b), view(a));
});

test('advancePlant appends new records, grows the series and keeps states covering the clock', () => {
  const p = generatePlant(SMALL);
  const anchor = p.config.anchorMs;
  const before = { prod: p.productionRecords.length, samples: p.series[0]?.values.length ?? 0 };
  const batch = advancePlant(p, anchor + 6 * HOUR + 30_000); // floored to the minute
  assert.equal(batch.fromMs, anchor);
  assert.equal(batch.toMs, anchor + 6 * HOUR);
  assert.equal(batch.samplesPerSeries, 72);
  for (const s of p.series) assert.equal(s.values.length, before.samples + 72);
  assert.equal(p.productionRecords.length, before.prod + batch.productionRecords.length);
  assert.ok(batch.productionRecords.length > 0 || batch.states.length > 0);
  for (const r of batch.productionRecords) assert.ok(p.productionRecords.includes(r) && r.endMs > anchor && r.endMs <= batch.toMs);
  for (const m of p.machines) {
    const s = p.states.filter((x) => x.machineId === m.id);
    for (let i = 1; i < s.length; i++) assert.equal(s[i]?.startMs, s[i - 1]?.endMs);
    assert.equal(s[s.length - 1]?.endMs, batch.toMs);
  }
  // Jobs and work orders in the batch are exactly those created or changed during the advance.
  const jobsBefore = new Map(generatePlant(SMALL).jobs.map((j) => [j.jobNum, JSON.stringify(j)]));
  const changed = p.jobs.filter((j) => jobsBefore.get(j.jobNum) !== JSON.stringify(j)).map((j) => j.jobNum);
  assert.ok(changed.length > 0);
  assert.deepEqual(batch.jobs.map((j) => j.jobNum), changed);
  for (const w of batch.workOrders) assert.ok(w.updatedMs > anchor || w.createdMs > anchor, w.number);
  const noop = advancePlant(p, anchor);
  assert.deepEqual({ from: noop.fromMs, to: noop.toMs, n: noop.productionRecords.length }, { from: batch.toMs, to: batch.toMs, n: 0 });
  assert.throws(() => advancePlant({ ...p }, anchor + 7 * HOUR), /advancePlant: not a plant made by generatePlant/);
});

test('startLivePlant runs the plant clock at speed × wall time from the anchor and reports appends', () => {
  const p = generatePlant(SMALL);
  let wall = 1_000;
  const batches: number[] = [];
  const live = startLivePlant(p, { speed: 120, tickMs: 60_000, wallClockMs: () => wall, onAppend: (b) => batches.push(b.toMs - b.fromMs) });
  try {
    assert.equal(live.nowMs(), p.config.anchorMs);
    wall += 30_000; // 30 wall s × 120 = 1 plant hour
    assert.equal(live.nowMs(), p.config.anchorMs + HOUR);
    live.tick();
    assert.equal(plantNowMs(p), p.config.anchorMs + HOUR);
    live.tick(); // nothing new: no append reported
    assert.deepEqual(batches, [HOUR]);
  } finally {
    live.stop();
    live.stop();
  }
});

test('startLivePlant ticks on its own timer until stopped', async () => {
  const p = generatePlant(SMALL);
  let appends = 0;
  const live = startLivePlant(p, { speed: 36_000, tickMs: 20, onAppend: () => appends++ });
  await sleep(150);
  live.stop();
  const reached = plantNowMs(p);
  assert.ok(appends >= 1 && reached > p.config.anchorMs, `${appends} appends, clock at ${reached}`);
  await sleep(60);
  assert.equal(plantNowMs(p), reached, 'no advance after stop');
});

test('startLivePlant rejects a non-positive speed or tick', () => {
  const p = generatePlant({ days: 1, machines: 2, parts: 10 });
  assert.throws(() => startLivePlant(p, { speed: 0 }), /startLivePlant: speed must be a positive number \(got 0\)/);
  assert.throws(() => startLivePlant(p, { speed: 1, tickMs: 0 }), /startLivePlant: tickMs must be positive \(got 0\)/);
});

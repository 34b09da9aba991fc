import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { dstTransitions } from './local-time.ts';
import { generatePlant } from './generate.ts';
import { buildGroundTruth, groundTruthJson } from './truth.ts';
import type { Plant } from './plant-types.ts';

const DAY = 86_400_000;
const SMALL = { days: 14, machines: 10, parts: 60 } as const;
const plant = generatePlant(SMALL);
const startMs = plant.config.anchorMs - plant.config.days * DAY;

function seriesHashes(p: Plant): string[] {
  return p.series.map((s) => `${s.machineId}/${s.tag}:` + createHash('sha256').update(new Uint8Array(s.values.buffer, s.values.byteOffset, s.values.byteLength)).digest('hex'));
}

test('the same seed gives a byte-identical ground truth and identical series and records', () => {
  const again = generatePlant(SMALL);
  assert.equal(groundTruthJson(again), groundTruthJson(plant));
  assert.deepEqual(seriesHashes(again), seriesHashes(plant));
  assert.deepEqual(again.productionRecords, plant.productionRecords);
  assert.deepEqual(again.workOrders, plant.workOrders);
  assert.deepEqual(again.meterReadings, plant.meterReadings);
});

test('a different seed gives a different plant', () => {
  const other = generatePlant({ ...SMALL, seed: 7 });
  assert.notEqual(groundTruthJson(other), groundTruthJson(plant));
  const a = seriesHashes(plant);
  const b = seriesHashes(other);
  assert.ok(a.every((h, i) => h !== b[i]), 'every series differs');
});

test('generatePlant rejects a non-positive size and an unknown time zone', () => {
  assert.throws(() => generatePlant({ days: 0 }), /days, machines and parts must be positive \(got 0, 40, 200\)/);
  assert.throws(() => generatePlant({ ...SMALL, timeZone: 'Mars/Olympus' }), /unknown time zone 'Mars\/Olympus'/);
  assert.throws(() => generatePlant({ ...SMALL, days: 0.01 }), /days must be whole hours/);
  assert.throws(() => generatePlant({ ...SMALL, anchorMs: Date.UTC(2026, 0, 1, 0, 30) }), /anchorMs must be on a whole UTC hour/);
});

test('machines carry their identity in every system in the vendor formats', () => {
  assert.equal(plant.machines.length, 10);
  for (const m of plant.machines) {
    assert.match(m.id, /^[A-Z]+-\d{2}$/);
    assert.equal(m.erpResourceId, m.id);
    assert.match(m.mesCode, /^[A-Z]\d{2}$/);
    assert.match(m.opcPath, /^Site1\.[A-Z][a-z]+\.[A-Z][a-z]+\d{2}$/);
    assert.match(m.cmmsName, /^[A-Za-z ]+ #\d+$/);
    for (const a of m.assets) {
      assert.match(a.cmmsAssetId, /^ast_[0-9A-Za-z]{10}$/);
      assert.match(a.assetTag, /^\d{6}$/);
    }
  }
  assert.equal(new Set(plant.machines.map((m) => m.mesCode)).size, plant.machines.length);
  assert.equal(new Set(plant.machines.flatMap((m) => m.assets.map((a) => a.cmmsAssetId))).size, plant.machines.reduce((n, m) => n + m.assets.length, 0));
});

test('parts, jobs and employees look like an Epicor job shop', () => {
  assert.equal(plant.parts.length, 60);
  assert.ok(plant.parts.some((p) => p.pum === 'BX' && p.purchasingFactor === 12 && p.ium === 'EA'));
  assert.ok(plant.parts.some((p) => p.revision !== 'A'));
  for (const p of plant.parts) assert.match(p.partNum, /^[A-Z]{3}-\d{4}$/);
  assert.equal(new Set(plant.jobs.map((j) => j.jobNum)).size, plant.jobs.length);
  for (const j of plant.jobs) {
    assert.match(j.jobNum, /^J\d{6}$/);
    assert.ok(j.operations.length >= 1 && j.operations.length <= 3);
    assert.deepEqual(j.operations.map((o) => o.oprSeq), j.operations.map((_, i) => (i + 1) * 10));
    for (const o of j.operations) assert.equal(plant.machines.find((m) => m.id === o.machineId)?.workCenterId, o.workCenterId);
  }
  const statuses = new Set(plant.jobs.map((j) => j.status));
  for (const s of ['RELEASED', 'IN_PROGRESS', 'COMPLETE'] as const) assert.ok(statuses.has(s), `a ${s} job`);
  assert.ok(plant.jobs.some((j) => j.status === 'RELEASED' && j.startMs > plant.config.anchorMs), 'a future-released job');
  assert.deepEqual([1, 2, 3].map((s) => plant.employees.some((e) => e.shift === s)), [true, true, true]);
});

test('job operation quantities equal the sums of their production records', () => {
  const sums = new Map<string, { good: number; scrap: number; machineId: string }>();
  for (const r of plant.productionRecords) {
    const k = `${r.jobNum}/${r.oprSeq}`;
    const s = sums.get(k) ?? { good: 0, scrap: 0, machineId: r.machineId };
    s.good += r.goodQty;
    s.scrap += r.scrapQty;
    assert.equal(s.machineId, r.machineId);
    sums.set(k, s);
  }
  let ops = 0;
  for (const j of plant.jobs) {
    for (const o of j.operations) {
      const s = sums.get(`${j.jobNum}/${o.oprSeq}`) ?? { good: 0, scrap: 0, machineId: o.machineId };
      assert.deepEqual({ good: o.goodQty, scrap: o.scrapQty, machineId: o.machineId }, s, `${j.jobNum}/${o.oprSeq}`);
      if (o.complete) assert.ok(o.goodQty >= j.prodQty, `${j.jobNum}/${o.oprSeq} complete with ${o.goodQty} of ${j.prodQty}`);
      sums.delete(`${j.jobNum}/${o.oprSeq}`);
      ops++;
    }
  }
  assert.ok(ops > 50);
  assert.deepEqual([...sums.keys()], [], 'no production record without a job operation');
  assert.equal(new Set(plant.productionRecords.map((r) => r.recordId)).size, plant.productionRecords.length);
});

test('nothing is recorded after the plant clock, and records are recorded after they end', () => {
  const clock = plant.config.anchorMs;
  for (const r of plant.productionRecords) assert.ok(r.startMs < r.endMs && r.endMs <= r.recordedMs && r.recordedMs <= clock, `record ${r.recordId}`);
  for (const q of plant.quality) assert.ok(q.measuredMs >= startMs && q.measuredMs < clock);
  for (const r of plant.meterReadings) assert.ok(r.readingMs >= startMs && r.readingMs < clock);
  for (const l of plant.labor) assert.ok(l.clockInMs < l.clockOutMs && l.clockOutMs <= clock);
  for (const e of plant.events) assert.ok(e.startMs < clock && e.endMs > e.startMs);
  for (const w of plant.workOrders) assert.ok(w.createdMs <= w.updatedMs && w.updatedMs <= clock, w.number);
});

test('state intervals of each machine cover the whole history without gaps or overlaps', () => {
  for (const m of plant.machines) {
    const s = plant.states.filter((x) => x.machineId === m.id);
    assert.equal(s[0]?.startMs, startMs, m.id);
    assert.equal(s[s.length - 1]?.endMs, plant.config.anchorMs, m.id);
    for (let i = 1; i < s.length; i++) {
      assert.equal(s[i]?.startMs, s[i - 1]?.endMs, `${m.id} interval ${i}`);
      assert.ok((s[i]?.endMs ?? 0) > (s[i]?.startMs ?? 0));
    }
  }
  const states = new Set(plant.states.map((s) => s.state));
  for (const s of ['RUNNING', 'SETUP', 'IDLE_STARVED', 'DOWN_UNPLANNED', 'DOWN_PLANNED', 'OFFLINE'] as const) assert.ok(states.has(s), s);
  assert.ok(plant.states.every((s) => (s.state === 'RUNNING') === (s.reason === null)));
});

test('series are sampled every 5 minutes over the history and are NaN exactly while OFFLINE', () => {
  for (const s of plant.series) {
    assert.equal(s.startMs, startMs);
    assert.equal(s.values.length, (plant.config.days * DAY) / s.intervalMs);
    const m = plant.machines.find((x) => x.id === s.machineId);
    const spec = m?.variables.find((v) => v.tag === s.tag);
    assert.ok(spec);
    const states = plant.states.filter((x) => x.machineId === s.machineId);
    let k = 0;
    for (let i = 0; i < s.values.length; i++) {
      const t = s.startMs + i * s.intervalMs;
      while ((states[k]?.endMs ?? Infinity) <= t) k++;
      const st = states[k]?.state;
      const v = s.values[i] ?? NaN;
      if (st === 'OFFLINE') assert.ok(Number.isNaN(v), `${s.machineId}/${s.tag} at ${new Date(t).toISOString()} is OFFLINE`);
      else if (!spec.isQualityCharacteristic || st === 'RUNNING') assert.ok(Number.isFinite(v), `${s.machineId}/${s.tag} at ${new Date(t).toISOString()} (${st})`);
    }
  }
});

test('work orders and events reference machines and assets that exist', () => {
  const woIds = new Set(plant.workOrders.map((w) => w.id));
  assert.equal(woIds.size, plant.workOrders.length);
  assert.equal(new Set(plant.workOrders.map((w) => w.number)).size, plant.workOrders.length);
  for (const w of plant.workOrders) {
    const m = plant.machines.find((x) => x.id === w.machineId);
    assert.ok(m, w.machineId);
    const asset = m.assets.find((a) => a.cmmsAssetId === w.cmmsAssetId);
    assert.ok(asset && asset.fromMs <= w.reportedMs && w.reportedMs < (asset.toMs ?? Infinity), `${w.number} reported while its asset stood there`);
    assert.match(w.number, /^WO-\d{4}-\d{5}$/);
    if (w.status === 'DONE') assert.ok(w.completedMs !== null && w.completedMs <= plant.config.anchorMs);
    else assert.equal(w.completedMs, null);
  }
  for (const e of plant.events) {
    assert.ok(plant.machines.some((m) => m.id === e.machineId));
    if (e.workOrderId !== null) assert.ok(woIds.has(e.workOrderId), e.eventId);
  }
  const codes = new Set(plant.failureCodes.map((f) => f.code));
  for (const w of plant.workOrders) {
    if (!w.failure) continue;
    for (const c of [w.failure.classCode, w.failure.problemCode, w.failure.causeCode, w.failure.remedyCode]) assert.ok(codes.has(c), c);
  }
  assert.ok(plant.workOrders.some((w) => w.failure !== null));
  for (const f of plant.failureCodes) if (f.parentCode !== null) assert.ok(codes.has(f.parentCode));
});

test('drift truth onsets lie inside the history and end at a reset event or the end of data', () => {
  assert.ok(plant.drifts.length > 0);
  const events = new Map(plant.events.map((e) => [e.eventId, e]));
  for (const d of plant.drifts) {
    assert.ok(d.onsetMs >= startMs && d.onsetMs <= plant.config.anchorMs, `${d.machineId}/${d.tag} onset`);
    assert.ok(d.endMs >= d.onsetMs && d.endMs <= plant.config.anchorMs);
    assert.ok(Math.abs(d.magnitudeSigma) > 0.5, `${d.machineId}/${d.tag} ${d.cause} ${d.magnitudeSigma}`);
    if (d.resetEventId !== null) {
      const e = events.get(d.resetEventId);
      assert.ok(e && e.machineId === d.machineId && e.startMs === d.endMs && e.resetsTags.includes(d.tag), d.resetEventId);
    }
  }
  const truth = buildGroundTruth(plant);
  assert.ok(truth.stableVariables.length > 0, 'some variables never drift');
  for (const s of truth.stableVariables) assert.ok(!plant.drifts.some((d) => d.machineId === s.machineId && d.tag === s.tag));
  assert.equal(truth.stableVariables.length + new Set(plant.drifts.map((d) => `${d.machineId}/${d.tag}`)).size, plant.series.length);
});

test('scrap rises with tool wear: the last 20 % of each tool life scraps more than the first 20 %', () => {
  const p = generatePlant({ days: 30, machines: 12, parts: 60 });
  const early = { scrap: 0, n: 0 };
  const late = { scrap: 0, n: 0 };
  for (const m of p.machines) {
    const q = m.variables.find((v) => v.isQualityCharacteristic);
    if (!q) continue;
    const resets = p.events.filter((e) => e.machineId === m.id && e.resetsTags.includes(q.tag)).map((e) => e.startMs);
    const recs = p.productionRecords.filter((r) => r.machineId === m.id);
    for (let i = 0; i + 1 < resets.length; i++) {
      const life = recs.filter((r) => r.startMs >= (resets[i] ?? 0) && r.startMs < (resets[i + 1] ?? 0));
      const total = life.reduce((s, r) => s + r.goodQty + r.scrapQty, 0);
      let done = 0;
      for (const r of life) {
        const n = r.goodQty + r.scrapQty;
        const f = done / total;
        done += n;
        const bucket = f < 0.2 ? early : f >= 0.8 ? late : null;
        if (bucket) {
          bucket.scrap += r.scrapQty;
          bucket.n += n;
        }
      }
    }
  }
  assert.ok(early.n > 1000 && late.n > 1000, `enough parts (${early.n}, ${late.n})`);
  assert.ok(late.scrap / late.n > 2 * (early.scrap / early.n), `late ${late.scrap}/${late.n} vs early ${early.scrap}/${early.n}`);
});

test('one position has an asset swap: two physical assets, an ASSET_SWAP event, work orders on the right asset', () => {
  const swapped = plant.machines.filter((m) => m.assets.length === 2);
  assert.equal(swapped.length, 1);
  const m = swapped[0];
  assert.ok(m);
  const [oldA, newA] = m.assets;
  assert.ok(oldA && newA);
  assert.equal(oldA.toMs, newA.fromMs);
  assert.equal(newA.toMs, null);
  assert.notEqual(oldA.serialNumber, newA.serialNumber);
  const swap = plant.events.filter((e) => e.machineId === m.id && e.type === 'ASSET_SWAP');
  assert.equal(swap.length, 1);
  assert.equal(swap[0]?.startMs, newA.fromMs);
  assert.ok(newA.fromMs > startMs && newA.fromMs < plant.config.anchorMs);
  const wos = plant.workOrders.filter((x) => x.machineId === m.id);
  for (const w of wos) assert.equal(w.cmmsAssetId, w.reportedMs < newA.fromMs ? oldA.cmmsAssetId : newA.cmmsAssetId, w.number);
  assert.ok(wos.some((w) => w.cmmsAssetId === newA.cmmsAssetId && w.title.startsWith('Replace ')), 'the swap work order is on the new asset');
  assert.ok(plant.meters.some((x) => x.cmmsAssetId === newA.cmmsAssetId) && plant.meters.some((x) => x.cmmsAssetId === oldA.cmmsAssetId));
});

test('meter readings reference existing meters and the gauges mirror the vibration series', () => {
  const meters = new Map(plant.meters.map((x) => [x.id, x]));
  for (const r of plant.meterReadings) assert.ok(meters.has(r.meterId), r.meterId);
  const vib = plant.meterReadings.find((r) => meters.get(r.meterId)?.unit === 'mm/s');
  assert.ok(vib);
  const meter = meters.get(vib.meterId);
  const s = plant.series.find((x) => x.machineId === meter?.machineId && x.tag === 'VIB');
  assert.ok(s);
  assert.equal(s.values[(vib.readingMs - s.startMs) / s.intervalMs], vib.value);
});

test('the default plant (90 days, 40 machines) spans a DST change and has the full cast', (t) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const p = generatePlant();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  t.diagnostic(`default plant generated in ${wall.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
  console.log(`generatePlant() default: ${wall.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
  assert.equal(p.machines.length, 40);
  assert.equal(p.parts.length, 200);
  assert.equal(p.workCenters.length, 12);
  assert.deepEqual(dstTransitions(p.site.timeZone, p.config.anchorMs - 90 * DAY, p.config.anchorMs).map((x) => x.kind), ['overlap']);
  const overlap = Date.UTC(2026, 10, 1, 6, 0); // 01:00–02:00 CDT, then again as CST
  assert.ok(p.productionRecords.some((r) => r.startMs >= overlap && r.startMs < overlap + 2 * 3_600_000), 'production inside the DST overlap');
  const woStatuses = new Set(p.workOrders.map((w) => w.status));
  assert.ok(woStatuses.has('DONE') && (woStatuses.has('OPEN') || woStatuses.has('ON_HOLD') || woStatuses.has('IN_PROGRESS')));
  const causes = new Set(p.drifts.map((d) => d.cause));
  assert.deepEqual([...causes].sort(), ['BEARING_DEGRADATION', 'CALIBRATION_DRIFT', 'THERMAL', 'TOOL_WEAR']);
  const types = new Set(p.events.map((e) => e.type));
  for (const x of ['TOOL_CHANGE', 'PREVENTIVE', 'BEARING_REPLACEMENT', 'CALIBRATION', 'CORRECTIVE', 'ASSET_SWAP'] as const) assert.ok(types.has(x), x);
  // A runtime meter rolls over inside the history (DOMAIN §5.12).
  const runtime = new Set(p.meters.filter((m) => m.kind === 'cumulative').map((m) => m.id));
  const last = new Map<string, number>();
  let rollovers = 0;
  for (const r of p.meterReadings) {
    if (!runtime.has(r.meterId)) continue;
    const prev = last.get(r.meterId);
    if (prev !== undefined && r.value < prev) rollovers++;
    last.set(r.meterId, r.value);
  }
  assert.ok(rollovers >= 1, 'a runtime meter rolls over');
});

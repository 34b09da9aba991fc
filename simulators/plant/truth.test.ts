import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatePlant } from './generate.ts';
import { buildGroundTruth, groundTruthJson, stableStringify } from './truth.ts';

const plant = generatePlant({ days: 5, machines: 4, parts: 20 });

test('stableStringify sorts object keys recursively and keeps array order', () => {
  assert.equal(stableStringify({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } }), '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
});

test('the ground truth names every identity of a machine, with asset validity as UTC strings', () => {
  const truth = buildGroundTruth(plant);
  const m = plant.machines[0];
  assert.ok(m);
  assert.deepEqual(truth.identities[0], {
    equipmentId: m.id, erpResourceId: m.erpResourceId, mesCode: m.mesCode, opcPath: m.opcPath, cmmsName: m.cmmsName,
    cmmsAssets: m.assets.map((a) => ({ cmmsAssetId: a.cmmsAssetId, assetTag: a.assetTag, serialNumber: a.serialNumber, fromUtc: new Date(a.fromMs).toISOString(), toUtc: a.toMs === null ? null : new Date(a.toMs).toISOString() })),
  });
  assert.equal(truth.identities.length, 4);
  assert.equal(truth.seed, 42);
});

test('the ground truth round-trips through JSON and carries drifts, job quantities and downtime', () => {
  const json = groundTruthJson(plant);
  const parsed = JSON.parse(json) as ReturnType<typeof buildGroundTruth>;
  assert.deepEqual(parsed, JSON.parse(stableStringify(buildGroundTruth(plant))));
  assert.equal(parsed.drifts.length, plant.drifts.length);
  for (const d of parsed.drifts) assert.match(d.onsetUtc, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  assert.equal(parsed.jobQuantities.length, plant.jobs.reduce((n, j) => n + j.operations.length, 0));
  assert.deepEqual(Object.keys(parsed.downtimeMinutesByMachine), plant.machines.map((m) => m.id).sort());
  const down = plant.states.filter((s) => s.machineId === plant.machines[0]?.id && s.state.startsWith('DOWN_')).reduce((n, s) => n + (s.endMs - s.startMs) / 60_000, 0);
  assert.equal(parsed.downtimeMinutesByMachine[plant.machines[0]?.id ?? ''], down);
});

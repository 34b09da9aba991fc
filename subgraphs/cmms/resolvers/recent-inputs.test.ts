import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generatePlant } from '../../../simulators/plant/index.ts';
import { noMess } from '../../../simulators/plant/plant-types.ts';
import type { CmmsWorkOrder } from '../source/index.ts';
import { startKit } from '../test-utils/kit.ts';
import { recentWorkOrders } from './recent-inputs.ts';

const DAY = 86_400_000;
const wo = (id: string, reportedMs: number, completedMs: number | null = null, startedMs: number | null = null): CmmsWorkOrder => ({
  id, number: id, title: id, description: null, type: 'PREVENTIVE', status: completedMs === null ? 'OPEN' : 'COMPLETED', priority: null, assetId: 'a',
  failure: null, reportedMs, startedMs, completedMs, downtimeMinutes: null, laborHours: null, updatedMs: completedMs ?? reportedMs,
});

test('recentWorkOrders keeps orders with any activity in the 90 days up to the latest activity, newest reported first', () => {
  const t = Date.UTC(2026, 2, 31);
  const orders = [
    wo('old', t - 120 * DAY, t - 119 * DAY),                 // all activity before the window
    wo('long', t - 135 * DAY, t - 20 * DAY),                // reported before, completed inside
    wo('edge', t - 90 * DAY),                              // exactly at the window start
    wo('latest', t - 2 * DAY, t),                          // sets the anchor
    wo('mid', t - 10 * DAY, null, t - 9 * DAY),
  ];
  assert.deepEqual(recentWorkOrders(orders).map((w) => w.id), ['latest', 'mid', 'edge', 'long']);
  assert.deepEqual(recentWorkOrders([]), []);
});

test('Equipment.recentMaintenance answers through the same batched reads: one asset walk and one work-order query for 1 or 12 equipment', async (t) => {
  const plant = generatePlant({ days: 7, machines: 12, parts: 40 });
  const ids = plant.machines.map((m) => m.id);
  const q = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Equipment { id recentMaintenance { id type status reportedAt startedAt completedAt } } } }';
  const counts: Record<string, number>[] = [];
  for (const n of [1, ids.length]) {
    const kit = await startKit(t, { sim: { plant, mess: noMess } });
    const res = await kit.run(q, { reps: ids.slice(0, n).map((id) => ({ __typename: 'Equipment', id })) });
    assert.equal(res.errors, undefined);
    const ents = (res.data as { _entities: { id: string; recentMaintenance: { reportedAt: string; startedAt: string | null; completedAt: string | null }[] }[] })._entities;
    assert.deepEqual(ents.map((e) => e.id), ids.slice(0, n));
    for (const e of ents) {
      const times = e.recentMaintenance.flatMap((w) => [w.reportedAt, w.startedAt, w.completedAt]).filter((x): x is string => x !== null).map(Date.parse);
      if (times.length === 0) continue;
      const anchor = Math.max(...times);
      for (const w of e.recentMaintenance) {
        assert.ok([w.reportedAt, w.startedAt, w.completedAt].some((x) => x !== null && Date.parse(x) >= anchor - 90 * DAY), `${e.id}: ${JSON.stringify(w)} inside 90 days of ${new Date(anchor).toISOString()}`);
      }
    }
    if (n > 1) assert.ok(ents.filter((e) => e.recentMaintenance.length > 0).length >= 6, 'most machines have recent maintenance');
    counts.push(kit.sim.stats().byRoute);
  }
  assert.deepEqual(counts[0], { 'POST /auth': 1, 'GET /openapi.json': 1, 'GET /assets': 1, 'GET /work-orders': 1 });
  assert.deepEqual(counts[1], counts[0]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Code, plantError } from '../../common/index.ts';
import { createLoaders, MAX_BATCH } from './loaders.ts';
import type { ErpSource } from './source/index.ts';
import type { EquipmentRow, JobKey, ProductionOrderRow } from './source/index.ts';

const eq = (id: string): EquipmentRow => ({ id, name: id, kind: 'OTHER', workCenterId: null, erpResourceId: id, mesCode: null, assetTag: null, active: true });
const ord = (company: string, job: string): ProductionOrderRow => ({ id: `${company}/${job}`, company, jobNumber: job, materialId: null,
  plannedQuantity: 1, completedQuantity: 0, unit: 'EA', status: 'RELEASED', scheduledStartMs: null, dueMs: null, createdMs: null });

function source(over: Partial<ErpSource>): ErpSource {
  const none = async () => { throw new Error('not used'); };
  return { sites: none, areas: none, workCenters: none, equipment: none, equipmentByIds: none, equipmentByWorkCenters: none,
    materials: none, materialsByIds: none, onHand: none, orders: none, ordersByKeys: none, operationsByOrders: none,
    laborByOrders: none, laborByEquipment: none, ordersStartedSince: none, serverTime: async () => 0, ping: async () => true, stats: () => ({ calls: 0, byOp: {} }), resetStats: () => {}, close: async () => {}, ...over };
}

test('equipment loads are batched up to MAX_BATCH keys, canonicalized, and answered in key order', async () => {
  const loadCalls: string[][] = [];
  const loaders = createLoaders(source({ equipmentByIds: async (ids) => { loadCalls.push([...ids]); return ids.filter((i) => i !== 'GONE').map(eq).reverse(); } }));
  const ids = Array.from({ length: MAX_BATCH + 2 }, (_, i) => `m-${i} `);
  const got = await Promise.all([...ids, 'GONE'].map((id) => loaders.equipment.load(id)));
  assert.deepEqual(loadCalls.map((c) => c.length), [MAX_BATCH, 3]);
  assert.deepEqual(loadCalls[1], [`M-${MAX_BATCH}`, `M-${MAX_BATCH + 1}`, 'GONE']);
  assert.deepEqual(got.map((e) => e?.id ?? null), [...ids.map((i) => i.trim().toUpperCase()), null]);
});

test('orders are keyed by company: the same job number in two companies stays two orders; malformed ids are null', async () => {
  const seen: JobKey[][] = [];
  const loaders = createLoaders(source({ ordersByKeys: async (keys) => { seen.push([...keys]); return [ord('ACME', 'J1'), ord('ACME-MX', 'J1')]; } }));
  const got = await Promise.all(['ACME/J1', 'acme-mx/J1', 'no-slash', 'ACME/J2'].map((id) => loaders.order.load(id)));
  assert.deepEqual(got.map((o) => o?.id ?? null), ['ACME/J1', 'ACME-MX/J1', null, null]);
  assert.deepEqual(seen, [[{ company: 'ACME', jobNumber: 'J1' }, { company: 'ACME-MX', jobNumber: 'J1' }, { company: 'ACME', jobNumber: 'J2' }]]);
});

test('a failed batch rejects each load with the coded error and does not poison later requests', async () => {
  let fail = true;
  const src = source({ equipmentByIds: async (ids) => {
    if (fail) throw plantError(Code.ERP_TIMEOUT, 'ERP query ran past its timeout', { source: 'ERP', retryable: true });
    return ids.map(eq);
  } });
  const first = createLoaders(src);
  const results = await Promise.allSettled([first.equipment.load('A'), first.equipment.load('B')]);
  assert.deepEqual(results.map((r) => (r.status === 'rejected' ? (r.reason as { extensions: { code: string } }).extensions.code : 'ok')), ['ERP_TIMEOUT', 'ERP_TIMEOUT']);
  fail = false;
  assert.deepEqual((await createLoaders(src).equipment.load('A'))?.id, 'A');
});

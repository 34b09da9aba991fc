import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Code, plantError, silentLogger } from '../../common/index.ts';
import { createErpSubgraph, createServer, loadConfig } from './index.ts';
import type { ErpSource } from './index.ts';
import type { EquipmentRow, OperationRow, ProductionOrderRow } from './source/index.ts';

const config = loadConfig({ ERP_DEMO: 'true' });
const eq = (id: string, wc: string, mesCode: string | null): EquipmentRow =>
  ({ id, name: id, kind: 'PRESS', workCenterId: wc, erpResourceId: id, mesCode, assetTag: null, active: true });
const order: ProductionOrderRow = {
  id: 'ACME/J1', company: 'ACME', jobNumber: 'J1', materialId: 'ACME/BRK-1', plannedQuantity: 100, completedQuantity: 40,
  unit: 'EA', status: 'IN_PROGRESS', scheduledStartMs: Date.UTC(2026, 2, 9, 12, 30), dueMs: null, createdMs: null,
};
const op: OperationRow = {
  id: 'ACME/J1/10', orderId: 'ACME/J1', sequence: 10, opCode: 'PRESS', workCenterId: 'PRS', equipmentId: 'PRESS-04',
  plannedSetupHours: 0.5, plannedRunHours: 3, plannedRatePerHour: 35, completedQuantity: 40, scrapQuantity: 2, unit: 'EA',
  actualStartMs: null, complete: false,
};

/** A fake port over arrays; `fail` makes the named method reject with a coded error. Records the batches it saw. */
function fakeSource(fail: Partial<Record<keyof ErpSource, boolean>> = {}) {
  const seen: Record<string, unknown[]> = {};
  const down = (m: keyof ErpSource) => {
    if (fail[m] === true) throw plantError(Code.ERP_UNAVAILABLE, 'ERP database unreachable', { source: 'ERP', retryable: true });
  };
  const record = (m: string, v: unknown) => { (seen[m] ??= []).push(v); };
  const equipment = [eq('PRESS-04', 'PRS', 'P04'), eq('PRESS-01', 'PRS', null)];
  const source: ErpSource = {
    sites: async () => [{ id: 'SITE1', name: 'Springfield', company: 'ACME', plant: 'MfgSys' }],
    areas: async () => [{ id: 'FAB', name: 'Fabrication' }],
    workCenters: async () => { down('workCenters'); return [{ id: 'PRS', name: 'Presses', areaId: 'FAB', areaName: 'Fabrication' }]; },
    equipment: async () => equipment,
    equipmentByIds: async (ids) => { record('equipmentByIds', ids); down('equipmentByIds'); return equipment.filter((e) => ids.includes(e.id)); },
    equipmentByWorkCenters: async (ids) => equipment.filter((e) => ids.includes(e.workCenterId ?? '')),
    materials: async () => [],
    materialsByIds: async () => [],
    onHand: async () => [],
    orders: async () => [order],
    ordersByKeys: async (keys) => { record('ordersByKeys', keys); return keys.some((k) => k.jobNumber === 'J1') ? [order] : []; },
    operationsByOrders: async (keys) => { record('operationsByOrders', keys); down('operationsByOrders'); return [op]; },
    laborByOrders: async () => [],
    laborByEquipment: async () => [],
    ordersStartedSince: async () => [],
    serverTime: async () => Date.UTC(2026, 2, 9),
    ping: async () => true,
    stats: () => ({ calls: 0, byOp: {} }),
    resetStats: () => {},
    close: async () => {},
  };
  return { source, seen };
}

async function run(source: ErpSource, query: string, variables: Record<string, unknown> = {}) {
  const runtime = await createErpSubgraph(config, { logger: silentLogger, source });
  const server = createServer(runtime);
  const res = await server.executeOperation({ query, variables }, { contextValue: runtime.createContext({ requestId: 't', headers: {} }) });
  await runtime.close();
  assert.equal(res.body.kind, 'single');
  return res.body.kind === 'single' ? JSON.parse(JSON.stringify(res.body.singleResult)) : null;
}

test('equipment is null without errors when the ERP has no such resource', async () => {
  const { source } = fakeSource();
  assert.deepEqual(await run(source, '{ equipment(id: "NOPE-1") { id } }'), { data: { equipment: null } });
});

test('equipment maps the UD MES code and its work center; a blank UD code is null', async () => {
  const { source } = fakeSource();
  assert.deepEqual(await run(source, '{ a: equipment(id: "press-04 ") { id mesCode workCenter { id name area { id } } } b: equipment(id: "PRESS-01") { id mesCode } }'), {
    data: { a: { id: 'PRESS-04', mesCode: 'P04', workCenter: { id: 'PRS', name: 'Presses', area: { id: 'FAB' } } }, b: { id: 'PRESS-01', mesCode: null } },
  });
});

test('_entities over many equipment references costs one batched source call', async () => {
  const { source, seen } = fakeSource();
  const res = await run(source, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { id } } }', {
    r: [{ __typename: 'Equipment', id: 'PRESS-04' }, { __typename: 'Equipment', id: 'PRESS-01' }, { __typename: 'Equipment', id: 'X' }],
  });
  assert.deepEqual(res, { data: { _entities: [{ id: 'PRESS-04' }, { id: 'PRESS-01' }, null] } });
  assert.deepEqual(seen['equipmentByIds'], [['PRESS-04', 'PRESS-01', 'X']]);
});

test('a failed operations read is a coded error at its path; only that list is null, the order and sibling root fields resolve', async () => {
  const { source } = fakeSource({ operationsByOrders: true });
  const q = '{ productionOrder(id: "ACME/J1") { id operations { id } } equipment(id: "PRESS-04") { id } }';
  assert.deepEqual(await run(source, q), {
    data: { productionOrder: { id: 'ACME/J1', operations: null }, equipment: { id: 'PRESS-04' } },
    errors: [{
      message: 'ERP database unreachable', path: ['productionOrder', 'operations'],
      locations: [{ line: 1, column: q.indexOf('operations') + 1 }],
      extensions: { code: 'ERP_UNAVAILABLE', source: 'ERP', retryable: true },
    }],
  });
});

test('partial failure: a failing work-center read nulls only the nullable workCenter field', async () => {
  const { source } = fakeSource({ workCenters: true });
  const q = '{ equipment(id: "PRESS-04") { id workCenter { id } } }';
  assert.deepEqual(await run(source, q), {
    data: { equipment: { id: 'PRESS-04', workCenter: null } },
    errors: [{
      message: 'ERP database unreachable', path: ['equipment', 'workCenter'], locations: [{ line: 1, column: q.indexOf('workCenter') + 1 }],
      extensions: { code: 'ERP_UNAVAILABLE', source: 'ERP', retryable: true },
    }],
  });
});

test('productionOrders pages with opaque cursors and rejects a foreign cursor with INVALID_CURSOR', async () => {
  const { source } = fakeSource();
  const page = await run(source, '{ productionOrders(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status scheduledStart } } } }');
  const cursor = Buffer.from('erp:orders:0').toString('base64url');
  assert.deepEqual(page, { data: { productionOrders: {
    totalCount: 1, pageInfo: { hasNextPage: false, endCursor: cursor },
    edges: [{ node: { id: 'ACME/J1', status: 'IN_PROGRESS', scheduledStart: '2026-03-09T12:30:00.000Z' } }],
  } } });
  const bad = await run(source, `{ equipmentList(after: "${cursor}") { totalCount } }`);
  assert.deepEqual(bad.errors.map((e: { path: string[]; extensions: { code: string } }) => [e.path, e.extensions.code]), [[['equipmentList'], 'INVALID_CURSOR']]);
});

test('a reversed time range is INVALID_TIME_RANGE', async () => {
  const { source } = fakeSource();
  const res = await run(source, '{ productionOrders(filter: { from: "2026-03-09T00:00:00Z", to: "2026-03-01T00:00:00Z" }) { totalCount } }');
  assert.deepEqual(res, { data: { productionOrders: null }, errors: [{ message: 'filter.from is after filter.to', path: ['productionOrders'], locations: [{ line: 1, column: 3 }], extensions: { code: 'INVALID_TIME_RANGE' } }] });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createMemoryStore, createSchemaWatcher, findRepoRoot, silentLogger } from '../../../common/index.ts';
import { openApiDocument } from '../../../simulators/cmms/openapi.ts';
import { cmmsContract, openApiEntities } from './contract.ts';
import { assetWire, canonicalUnit, pageWire, toAsset, toPriority, toReading, toWorkOrder, workOrderWire } from './wire.ts';

const fixture = JSON.parse(readFileSync(new URL('subgraphs/cmms/fixtures/odd-shapes.json', findRepoRoot(import.meta.url)), 'utf8')) as { assets: unknown; workOrders: unknown };

test('odd asset payloads map to canonical assets: padded aliases resolve, null or missing aliases stay unmapped', () => {
  const page = pageWire(assetWire).parse(fixture.assets);
  assert.deepEqual(page.data.map(toAsset), [
    { id: 'ast_A', assetTag: '100234', name: 'Press #4', serialNumber: null, manufacturer: null, model: null, status: 'ACTIVE', criticality: null, locationId: null,
      installedMs: null, retiredMs: null, updatedMs: null, equipmentId: 'PRESS-04' },
    { id: 'ast_B', assetTag: '100235', name: 'Press #5', serialNumber: null, manufacturer: null, model: null, status: 'RETIRED', criticality: null, locationId: null,
      installedMs: null, retiredMs: Date.UTC(2026, 1, 12, 6), updatedMs: null, equipmentId: null },
    { id: 'ast_C', assetTag: '100236', name: 'Lathe', serialNumber: null, manufacturer: null, model: null, status: 'DOWN', criticality: 'B', locationId: null,
      installedMs: null, retiredMs: null, updatedMs: null, equipmentId: null },
  ]);
});

test('odd work orders read through the 2024-06-01 value maps (COMPLETED is DONE, named priorities) map to canonical statuses and priorities; unknown priorities are reported, not fatal', async () => {
  // The schema watch over the 2024-06-01 OpenAPI document: status COMPLETED and named priorities go through the contract's value maps.
  const watch = createSchemaWatcher({ contract: cmmsContract, store: createMemoryStore(), logger: silentLogger, subgraph: 'cmms', intervalMs: 0,
    fingerprint: async () => ({ system: 'CMMS', version: '2024-06-01', entities: openApiEntities(openApiDocument('2024-06-01'), ['WorkOrder']) }) });
  await watch.check('manual');
  const names = cmmsContract.entities.find((e) => e.entity === 'WorkOrder')!.fields.map((f) => f.name);
  const project = (x: Record<string, unknown>) => Object.fromEntries(names.map((n) => [n, watch.read('WorkOrder', x, n)]).filter(([, v]) => v !== undefined));
  const raw = fixture.workOrders as { data: Record<string, unknown>[] };
  const page = pageWire(workOrderWire).parse({ ...raw, data: raw.data.map(project) });
  const unknown: string[] = [];
  assert.deepEqual(page.data.map((w) => toWorkOrder(w, (v) => unknown.push(v))), [
    { id: 'wo_1', number: 'WO-1', title: 'Leak', description: null, type: 'CORRECTIVE', status: 'COMPLETED', priority: 'URGENT', assetId: 'ast_A',
      failure: { classCode: 'HYD', problemCode: null, causeCode: null, remedyCode: null }, reportedMs: Date.UTC(2026, 2, 1, 7), startedMs: null,
      completedMs: Date.UTC(2026, 2, 1, 9, 30), downtimeMinutes: null, laborHours: null, updatedMs: Date.UTC(2026, 2, 1, 9, 30, 0, 250) },
    { id: 'wo_2', number: 'WO-2', title: 'PM', description: '', type: 'PREVENTIVE', status: 'COMPLETED', priority: 'LOW', assetId: 'ast_C', failure: null,
      reportedMs: Date.UTC(2026, 2, 2), startedMs: null, completedMs: null, downtimeMinutes: null, laborHours: null, updatedMs: Date.UTC(2026, 2, 2) },
    { id: 'wo_3', number: 'WO-3', title: 'Odd priority', description: null, type: 'INSPECTION', status: 'ON_HOLD', priority: null, assetId: 'ast_C', failure: null,
      reportedMs: Date.UTC(2026, 2, 3), startedMs: null, completedMs: null, downtimeMinutes: null, laborHours: null, updatedMs: Date.UTC(2026, 2, 3) },
  ]);
  assert.deepEqual(unknown, ['P1']);
});

test('a work order with an unknown status or type is rejected, naming the field', () => {
  const r = workOrderWire.safeParse({ id: 'w', number: 'n', title: 't', type: 'REPAIR', status: 'CLOSED', assetId: 'a', reportedAt: '2026-03-01T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z' });
  assert.equal(r.success, false);
  assert.deepEqual(r.error?.issues.map((i) => i.path.join('.')), ['type', 'status']);
});

test('toPriority maps ints 0–3 and the vendor spellings; anything else is undefined', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 1.5, 'low', 'Medium', ' HIGH ', 'urgent', 'none', 'P1', null].map((p) => toPriority(p)),
    ['LOW', 'MEDIUM', 'HIGH', 'URGENT', undefined, undefined, 'LOW', 'MEDIUM', 'HIGH', 'URGENT', 'LOW', undefined, null]);
});

test('units through normalization/: psi, °F and inches convert to bar, degC and mm; psig stays gauge; unknown units are UNKNOWN, never guessed', () => {
  const r = (value: number, unit: string) => { const x = toReading('m', { value, unit, readingAt: '2026-11-01T00:00:00Z', source: 'sensor' }); return [x.value, x.unit]; };
  assert.deepEqual([r(14.5038, 'PSI'), r(212, '°F'), r(0.75, 'in'), r(3, 'mm/s'), r(7, 'furlongs')],
    [[1.00000180823, 'bar'], [100, 'degC'], [19.05, 'mm'], [3, 'mm/s'], [7, 'UNKNOWN']]);
  assert.deepEqual(['psig', 'degF', 'Hours', 'cycles', 'furlongs'].map(canonicalUnit), ['barg', 'degC', 'h', 'cycle', 'UNKNOWN']);
});

test('toWorkOrder: the -9999 "not entered" sentinel becomes null and is named; DONE maps to COMPLETED through the status table', () => {
  const w = workOrderWire.parse({ id: 'wo_9', number: 'WO-9', title: 't', type: 'CORRECTIVE', status: 'DONE', priority: 2, assetId: 'ast_A',
    reportedAt: '2026-03-01T00:00:00Z', updatedAt: '2026-03-02T00:00:00Z', laborHours: -9999, downtimeMinutes: 45 });
  const got = toWorkOrder(w, () => assert.fail('priority is known'));
  assert.deepEqual([got.status, got.laborHours, got.downtimeMinutes, got.sentinelFields], ['COMPLETED', null, 45, ['laborHours']]);
});

test('toWorkOrder: without an ISO reportedAt the legacy reportedAtEpoch is decoded, seconds or milliseconds by magnitude; neither is CMMS_BAD_RESPONSE', () => {
  const base = { id: 'wo_7', number: 'WO-7', title: 't', type: 'CORRECTIVE', status: 'OPEN', priority: 1, assetId: 'ast_A', updatedAt: '2026-03-02T00:00:00Z' };
  const at = Date.parse('2026-03-01T14:35:00Z');
  const read = (extra: Record<string, unknown>) => toWorkOrder(workOrderWire.parse({ ...base, ...extra }), () => assert.fail('priority is known'));
  assert.deepEqual([read({ reportedAt: null, reportedAtEpoch: at / 1000 })].map((w) => [w.reportedMs, w.reportedEpochUnit]), [[at, 's']]);
  assert.deepEqual([read({ reportedAtEpoch: at })].map((w) => [w.reportedMs, w.reportedEpochUnit]), [[at, 'ms']]);
  // The ISO field wins when present: the epoch is only the legacy copy.
  assert.deepEqual([read({ reportedAt: '2026-03-01T14:35:00Z', reportedAtEpoch: 12 })].map((w) => [w.reportedMs, w.reportedEpochUnit]), [[at, undefined]]);
  for (const bad of [{ reportedAt: null }, { reportedAt: null, reportedAtEpoch: 12345 }]) {
    assert.throws(() => read(bad), (e: { extensions?: { code?: string } }) => e.extensions?.code === 'CMMS_BAD_RESPONSE', JSON.stringify(bad));
  }
});

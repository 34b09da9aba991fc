import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore, silentLogger } from '../../common/index.ts';
import { createCrosswalk } from '../../normalization/index.ts';
import type { KeyObservation } from '../../normalization/index.ts';
import { withMesIdentity } from './identity.ts';
import type { MesProductionRow, MesSource, MesWorkOrderRow } from './source/index.ts';

const job = (nativeId: string, company = 'ACME', partNum = 'BRK-1001'): KeyObservation =>
  ({ kind: 'PRODUCTION_ORDER', system: 'ERP', nativeId, scope: { company, plant: 'MfgSys' }, revision: null, partNum });
const row = (recordId: string, workOrder: string): MesProductionRow => ({
  recordId, revision: 1, mesCode: 'P04', workOrder, goodSource: 1, rejectSource: 0, uom: 'EA', perCount: 1, rejectReason: null, startMs: 0, endMs: 1, recordedMs: 1,
});

/** A MES port that lists one recent work order and serves production of an old one too; records what it was asked. */
function fakeMes(calls: string[]): MesSource {
  const orders: MesWorkOrderRow[] = [{ orderId: 'J00004600-10', jobNum: 'J00004600', operSeq: 10, partNum: 'BRK-001001', mesCode: 'P04' }];
  const never = (): never => { throw new Error('not used'); };
  return {
    serverInfo: async () => ({ serverTimeMs: 100 * 86_400_000, version: '6.2.4', timeZone: 'UTC', siteCode: 'SITE1' }),
    equipmentList: async () => [],
    stateHistory: never, processSamples: never, qualityMeasurements: never, readCurrent: never,
    productionRecords: async () => { calls.push('productionRecords'); return [row('1', 'J00004600-10'), row('2', 'J00004100-20'), row('3', 'J004999-10'), row('4', 'T900001-10')]; },
    workOrders: async (fromMs, toMs) => { calls.push(`workOrders ${fromMs / 86_400_000}..${toMs / 86_400_000}`); return orders; },
    stats: () => ({ calls: 0, byOp: {} }), resetStats: () => {}, close: async () => {},
  };
}

test('MES production joins ERP jobs through LINKED order links only; order ids older than the published window are published when read', async () => {
  const calls: string[] = [];
  const crosswalk = createCrosswalk(createMemoryStore());
  const raw = fakeMes(calls);
  const mes = withMesIdentity(raw, crosswalk, { erpCompany: 'ACME', logger: silentLogger, orderDays: 14 });
  // Before the ERP's jobs are in the store: the ids as sent (the direct rule).
  assert.deepEqual((await mes.source.productionRecords(null, 0, 1)).map((r) => r.workOrder), ['J00004600-10', 'J00004100-20', 'J004999-10', 'T900001-10']);
  await crosswalk.publishKeys('PRODUCTION_ORDER', 'ERP', [job('J004600'), job('J004100'), job('J004100', 'ACME-MX')], { complete: true });
  await crosswalk.publishKeys('MATERIAL', 'ERP', [{ kind: 'MATERIAL', system: 'ERP', nativeId: 'BRK-1001', scope: { company: 'ACME', plant: null }, revision: 'A', partNum: null }], { complete: true });
  await mes.sync();
  assert.deepEqual(calls, ['productionRecords', 'workOrders 86..160']);
  // J00004600-10 was published by the sync; J00004100-20 (older) is published by this read and linked; J004999 and
  // T900001 are jobs the ERP does not have: no production order, never the MES's text taken as one.
  assert.deepEqual((await mes.source.productionRecords(null, 0, 1)).map((r) => r.workOrder), ['J004600-10', 'J004100-20', '', '']);
  assert.deepEqual((await crosswalk.keyAliasesOf('PRODUCTION_ORDER', 'ACME/J004100')).map((a) => [a.system, a.nativeId, a.status]), [['ERP', 'J004100', 'LINKED'], ['MES', 'J00004100-20', 'LINKED']]);
  assert.deepEqual(await crosswalk.keyAliasesOf('PRODUCTION_ORDER', 'ACME-MX/J004100').then((l) => l.map((a) => a.system)), ['ERP']);
  // The work order's zero-filled part number is the ERP part (NORMALISED_REFERENCE, linked).
  assert.deepEqual((await mes.source.workOrders!(0, 1)).map((w) => [w.orderId, w.partNum, w.materialId]), [['J004600-10', 'BRK-001001', 'ACME/BRK-1001']]);
});

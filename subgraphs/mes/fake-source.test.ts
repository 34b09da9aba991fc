import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../common/index.ts';
import { createMesSubgraph, createServer, loadConfig } from './index.ts';
import type { MesSource } from './index.ts';
import { localNaiveToUtc } from './source/index.ts';
import type { MesEquipment, MesProductionRow, MesSampleRow, MesStateRow } from './source/index.ts';
import { plantError, Code } from '../../common/index.ts';

// Edge cases the simulator does not produce, through a fake MES port (STYLE: resolvers in-process with a fake source).
const press: MesEquipment = { mesCode: 'P09', equipmentId: 'PRESS-09', erpAliasRaw: 'PRESS-09', parentId: 'LINE-P', parentDescription: null, level: 'MACHINE', description: 'Press 9', opcPath: null,
  tags: [{ tag: 'CLAMP', name: 'Clamp force', kind: 'PV', sourceUnit: 'kgf/cm2', nominal: 10, lsl: null, usl: null }] };
const overlap = localNaiveToUtc('2026-11-01T01:30:00', 'America/Chicago')!;
const state: MesStateRow = { mesCode: 'P09', stateCode: 42, stateName: 'WEIRD', reasonText: 'gremlins', startMs: overlap.ms, endMs: overlap.ms + 600_000, ambiguous: overlap.ambiguous };
const rec: MesProductionRow = { recordId: '7', revision: 1, mesCode: 'P09', workOrder: 'REWORK', goodSource: 3, rejectSource: 0, uom: 'BX', perCount: 1,
  rejectReason: null, startMs: overlap.ms, endMs: overlap.ms + 600_000, recordedMs: overlap.ms + 600_000 };
const sample: MesSampleRow = { mesCode: 'P09', tag: 'CLAMP', timeMs: overlap.ms, sourceValue: '12.5', sourceUnit: 'kgf/cm2', quality: 'GOOD' };

function fake(overrides: Partial<MesSource> = {}): MesSource {
  return {
    serverInfo: async () => ({ serverTimeMs: overlap.ms, version: 'x', timeZone: 'America/Chicago', siteCode: 'S' }),
    equipmentList: async () => [press],
    stateHistory: async () => [state],
    productionRecords: async () => [rec],
    processSamples: async () => [sample],
    qualityMeasurements: async () => [],
    readCurrent: async (paths) => paths.map((p) => ({ itemPath: p, value: null, quality: null, timeMs: null, resultId: 'E_UNKNOWNITEMNAME' })),
    stats: () => ({ calls: 0, byOp: {} }), resetStats: () => {}, close: async () => {},
    ...overrides,
  };
}

async function run(source: MesSource, query: string): Promise<unknown> {
  const config = loadConfig({}, { wsdlUrl: 'http://mes.invalid/ShopFloorService.asmx?wsdl', user: 'u', password: 'p', siteTimeZone: 'America/Chicago', erpCompany: 'ACME' });
  const runtime = await createMesSubgraph(config, { logger: silentLogger, source });
  const server = createServer(runtime);
  await server.start();
  try {
    const res = await server.executeOperation({ query }, { contextValue: runtime.createContext({ requestId: 'f', headers: {} }) });
    return JSON.parse(JSON.stringify(res.body.kind === 'single' ? res.body.singleResult : null));
  } finally { await server.stop(); await runtime.close(); }
}

const range = '{ from: "2026-11-01T00:00:00Z", to: "2026-11-02T00:00:00Z" }';

test('unknown units, unknown state codes and unmapped reasons are reported as such, never guessed', async () => {
  assert.deepEqual(await run(fake(), `{ processVariable(id: "PRESS-09/CLAMP") { unit sourceUnit samples(range: ${range}) { value sourceValue quality } currentValue { value } }
    productionRecords(filter: { range: ${range} }) { edges { node { productionOrder { id } operationSequence goodQuantity { value unit sourceValue sourceUnit } } } }
    _entities(representations: [{ __typename: "Equipment", id: "PRESS-09" }]) { ... on Equipment { states(range: ${range}) { state sourceState reasonText reasonCode timeAmbiguous startTime } } } }`), {
    data: {
      processVariable: { unit: 'UNKNOWN', sourceUnit: 'kgf/cm2', samples: [{ value: null, sourceValue: '12.5', quality: 'GOOD' }], currentValue: null },
      productionRecords: { edges: [{ node: { productionOrder: null, operationSequence: null, goodQuantity: { value: 3, unit: 'UNKNOWN', sourceValue: 3, sourceUnit: 'BX' } } }] },
      _entities: [{ states: [{ state: 'UNKNOWN', sourceState: '42 WEIRD', reasonText: 'gremlins', reasonCode: null, timeAmbiguous: true, startTime: '2026-11-01T06:30:00.000Z' }] }],
    },
  });
});

test('one failing read is an error on its own field; the other MES fields still resolve', async () => {
  const source = fake({ stateHistory: async () => { throw plantError(Code.MES_BUSY, 'MES is busy (GetEquipmentStateHistory)', { source: 'MES', retryable: true, detail: { errorCode: 'MES-9001' } }); } });
  assert.deepEqual(await run(source, `{ _entities(representations: [{ __typename: "Equipment", id: "PRESS-09" }]) { ... on Equipment { mesMachineCode processVariables { id } recentStates { state } } } }`), {
    data: { _entities: [{ mesMachineCode: 'P09', processVariables: [{ id: 'PRESS-09/CLAMP' }], recentStates: null }] },
    errors: [{ message: 'MES is busy (GetEquipmentStateHistory)', locations: [{ line: 1, column: 137 }], path: ['_entities', 0, 'recentStates'],
      extensions: { code: 'MES_BUSY', source: 'MES', retryable: true, detail: { errorCode: 'MES-9001' } } }],
  });
});

test('normalised fields: reason category by table or classifier, UNMAPPED with raw kept, plant-local times, data quality, unit argument', async () => {
  const states: MesStateRow[] = [
    { ...state, stateCode: 5, stateName: 'DOWN', reasonText: 'jammed at the feeder again' },
    { ...state, stateCode: 5, stateName: 'DOWN', reasonText: 'PM', startMs: overlap.ms + 600_000, endMs: overlap.ms + 1_200_000, ambiguous: false },
    { ...state, stateCode: 5, stateName: 'DOWN', reasonText: 'gremlins', startMs: overlap.ms + 1_200_000, endMs: overlap.ms + 1_800_000, ambiguous: false },
  ];
  const pieces: MesProductionRow = { ...rec, uom: 'STROKE', perCount: 4, goodSource: 10, rejectSource: 1, rejectReason: 'u/s', workOrder: 'J1-10' };
  const res = await run(fake({ stateHistory: async () => states, productionRecords: async () => [pieces, { ...pieces, revision: 2, goodSource: 9 }, { ...pieces, revision: 2, goodSource: 9 }] }),
    `{ productionRecords(filter: { range: ${range} }) { edges { node { revision goodQuantity { value unit } inch: scrapQuantity(unit: "pcs") { value unit sourceValue sourceUnit }
      rejectReason start { utc local ambiguous shiftedFromGap } dataQuality { completeness issues { code field raw } normalized } } } }
    _entities(representations: [{ __typename: "Equipment", id: "PRESS-09" }]) { ... on Equipment { states(range: ${range}) { reasonCode lossCategory reasonConfidence
      dataQuality { completeness issues { code field raw } normalized } } } } }`) as {
      data: { productionRecords: unknown; _entities: [{ states: { reasonCode: string | null; lossCategory: string; reasonConfidence: number; dataQuality: unknown }[] }] } };
  assert.deepEqual(res.data.productionRecords, { edges: [{ node: {
    revision: 2, goodQuantity: { value: 36, unit: 'ea' }, inch: { value: 4, unit: 'ea', sourceValue: 1, sourceUnit: 'STROKE' }, rejectReason: 'DIM_UNDERSIZE',
    start: { utc: '2026-11-01T06:30:00.000Z', local: '2026-11-01T01:30:00.000-05:00', ambiguous: false, shiftedFromGap: false },
    dataQuality: { completeness: 1, issues: [], normalized: ['LOCAL_TIME_RESOLVED', 'UNIT_CONVERTED', 'CODE_TABLE', 'REVISION_REPLACED', 'DUPLICATE_DROPPED'] },
  } }] });
  const [jam, pm, gremlins] = res.data._entities[0].states;
  assert.deepEqual([jam!.reasonCode, jam!.lossCategory, pm!.reasonCode, pm!.lossCategory, pm!.reasonConfidence, gremlins!.reasonCode, gremlins!.lossCategory],
    ['JAM', 'UNPLANNED_DOWN', 'PREVENTIVE_MAINTENANCE', 'PLANNED_MAINTENANCE', 1, null, 'UNMAPPED']);
  assert.ok(jam!.reasonConfidence >= 0.5 && jam!.reasonConfidence < 1, String(jam!.reasonConfidence));
  assert.deepEqual(gremlins!.dataQuality, { completeness: 1, issues: [{ code: 'UNMAPPED_CODE', field: 'reasonCode', raw: 'gremlins' }], normalized: ['LOCAL_TIME_RESOLVED', 'CODE_CLASSIFIED'] });
});

test('a unit argument across kinds is a coded UNIT_INCOMPATIBLE error, not a number', async () => {
  const res = await run(fake({ productionRecords: async () => [{ ...rec, uom: 'EA' }] }), `{ productionRecords(filter: { range: ${range} }) { edges { node { goodQuantity(unit: "mm") { value } } } } }`) as
    { data: unknown; errors: { message: string; extensions: { code: string } }[] };
  assert.deepEqual(res.errors.map((e) => [e.message, e.extensions.code]), [['Cannot convert ea (count) to mm (length)', 'UNIT_INCOMPATIBLE']]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../common/index.ts';
import { createMesSubgraph, createServer, loadConfig } from './index.ts';
import type { MesSource } from './index.ts';
import { localNaiveToUtc } from './source/index.ts';
import type { MesEquipment, MesProductionRow, MesSampleRow, MesStateRow } from './source/index.ts';
import { plantError, Code } from '../../common/index.ts';

// Edge cases the simulator does not produce, through a fake MES port (STYLE: resolvers in-process with a fake source).
const press: MesEquipment = { mesCode: 'P09', equipmentId: 'PRESS-09', erpAliasRaw: 'PRESS-09', parentId: 'LINE-P', level: 'MACHINE', description: 'Press 9', opcPath: null,
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

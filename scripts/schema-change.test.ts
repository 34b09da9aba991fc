// Surviving upstream schema change end to end: the demo plant, every subgraph embedded and the gateway, as
// `npm start` runs them. Each vendor-upgrade mode is switched on while PlantGraph runs; the same canonical queries
// return the same answers, and `schemaChanges` (registry subgraph) reports what changed. Every change is
// unannounced: nobody tells the subgraph, and the very first query after an upgrade must answer without errors.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { noMess } from '../simulators/index.ts';
import { startPlantGraph } from './plantgraph.ts';
import type { RunningPlantGraph } from './plantgraph.ts';
import { postGraphql } from '../test-utils/index.ts';

// No read caching: a cached answer from before the upgrade would pass without the source ever being read again.
const env = {
  ...process.env,
  ERP_CACHE_TTL_MASTER_S: '0', ERP_CACHE_TTL_TRANSACTIONAL_S: '0',
  MES_CACHE_TTL_MASTER_S: '0', MES_CACHE_TTL_TRANSACTIONAL_S: '0', MES_CACHE_TTL_CURRENT_S: '0',
  CMMS_CACHE_TTL_MASTER_S: '0', CMMS_CACHE_TTL_WORK_ORDERS_S: '0', CMMS_CACHE_TTL_READINGS_S: '0',
  ERP_SCHEMA_CHECK_INTERVAL_S: '0', MES_SCHEMA_CHECK_INTERVAL_S: '0', CMMS_SCHEMA_CHECK_INTERVAL_S: '0',
  // Follow the CMMS's default API version (no X-Api-Version pinned), so its upgrade reaches the subgraph.
  CMMS_API_VERSION: 'server',
};

let pg: RunningPlantGraph;
before(async () => {
  pg = await startPlantGraph({ env, demo: { plant: { days: 3, machines: 6, parts: 20 }, mess: noMess }, gateway: { port: 0 } });
});
after(async () => { await pg.close(); });

async function gql(query: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const res = await postGraphql(pg.gateway.url, query);
  assert.equal(res.status, 200);
  return res.body as { data?: Record<string, unknown>; errors?: unknown[] };
}
const changesQuery = (system: string) => `{ schemaChanges(system: ${system}) { system entity field kind remappedTo confidence degradedFields detectedBy sourceVersion } }`;
type Change = { system: string; entity: string; field: string; kind: string; remappedTo: string | null; confidence: number | null; degradedFields: string[]; detectedBy: string; sourceVersion: string | null };
const sortChanges = (xs: Change[]) => [...xs].sort((a, b) => `${a.entity}/${a.field}/${a.kind}`.localeCompare(`${b.entity}/${b.field}/${b.kind}`));

describe('ERP views v1 → v2 (vw_JobOperStatus.QtyCompleted renamed CompletedQty, LastLaborDate added)', () => {
  const q = `{ productionOrders(first: 30) { edges { node { id status completedQuantity { value unit }
    operations { id sequence opCode completedQuantity { value unit } scrapQuantity { value } actualStart complete workCenter { id } } } } } }`;
  test('unannounced: the very first query after the upgrade returns the same production orders and operations; the rename is in schemaChanges', async (t) => {
    const before = await gql(q);
    assert.equal(before.errors, undefined);
    assert.ok(JSON.stringify(before).includes('"operations":[{'), 'operations were read');
    t.after(async () => { pg.demo!.erp.setUpgrade('v1'); await pg.runtimes['erp']!.checkSchema!(); });
    pg.demo!.erp.setUpgrade('v2');
    assert.deepEqual(await gql(q), before);
    const log = await gql(changesQuery('ERP'));
    assert.deepEqual(sortChanges((log.data!['schemaChanges'] as Change[])), [
      { system: 'ERP', entity: 'dbo.vw_JobOperStatus', field: 'LastLaborDate', kind: 'ADDITIVE', remappedTo: null, confidence: null, degradedFields: [], detectedBy: 'erp', sourceVersion: null },
      { system: 'ERP', entity: 'dbo.vw_JobOperStatus', field: 'QtyCompleted', kind: 'RENAMED', remappedTo: 'CompletedQty', confidence: 1, degradedFields: [], detectedBy: 'erp', sourceVersion: null },
    ]);
  });
});

describe('MES WSDL v1 → v2 (ErpResourceCode moved into ExternalRefs/ErpCode, GoodQty/RejectQty renamed, Reason wrapped in Reason/Text)', () => {
  const range = () => {
    const to = pg.demo!.plant.config.anchorMs;
    return `{ from: "${new Date(to - 86_400_000).toISOString()}", to: "${new Date(to).toISOString()}" }`;
  };
  const q = () => `{ equipmentList(first: 6) { edges { node { id mesMachineCode
    states(range: ${range()}) { state sourceState startTime endTime reasonText reasonCode }
    productionRecords(range: ${range()}) { recordId revision goodQuantity { value unit } scrapQuantity { value unit } rejectReasonText startTime } } } }
    mesServerInfo { siteCode unmappedEquipmentCount } }`;
  test('unannounced: the very first query after the upgrade returns the same states, reasons and counts without errors; the moves and renames are in schemaChanges', async (t) => {
    const before = await gql(q());
    assert.equal(before.errors, undefined);
    const text = JSON.stringify(before);
    assert.ok(text.includes('"goodQuantity":{"value":') && /"reasonText":"[^"]/.test(text) && /"mesMachineCode":"[^"]/.test(text), 'states, reasons, counts and the crosswalk were read');
    t.after(async () => { pg.demo!.mes.setUpgrade('v1'); await pg.runtimes['mes']!.checkSchema!(); });
    pg.demo!.mes.setUpgrade('v2');
    assert.deepEqual(await gql(q()), before);
    const log = (await gql(changesQuery('MES'))).data!['schemaChanges'] as Change[];
    assert.deepEqual(sortChanges(log.filter((c) => c.kind !== 'ADDITIVE')).map((c) => [c.entity, c.field, c.kind, c.remappedTo, c.confidence, c.sourceVersion]), [
      ['', '', 'VERSION_CHANGED', null, null, '7.0.1'],
      ['Equipment', 'ErpResourceCode', 'MOVED', 'ExternalRefs/ErpCode', 0.976, '7.0.1'],
      ['ProductionRecord', 'GoodQty', 'RENAMED', 'QtyGood', 1, '7.0.1'],
      ['ProductionRecord', 'RejectQty', 'RENAMED', 'QtyRejected', 1, '7.0.1'],
      ['StateInterval', 'Reason', 'MOVED', 'Reason/Text', 0.97, '7.0.1'],
    ]);
    assert.deepEqual(sortChanges(log.filter((c) => c.kind === 'ADDITIVE')).map((c) => c.field), ['ExternalRefs/CmmsRef', 'Reason/Category']);
    // The first v2 equipment list was sampled before the re-fingerprint: the move is backed by its values too (0.88 on the name alone).
    const evidence = (await gql('{ schemaChanges(system: MES) { field evidence { nameSimilarity valueProfile valueProfileDetail runnerUp } } }')).data!['schemaChanges'] as { field: string; evidence: unknown }[];
    const moved = evidence.find((c) => c.field === 'ErpResourceCode')?.evidence as { nameSimilarity: number; valueProfile: number; valueProfileDetail: string; runnerUp: number };
    assert.deepEqual([moved.nameSimilarity, moved.valueProfile, moved.runnerUp], [0.8, 1, 0.52]);
    // n before depends on how often the list was read before the upgrade; after is the first v2 list's six machines.
    assert.match(moved.valueProfileDetail, /^before \(ErpResourceCode\): code, 100% distinct, 0% empty \(n=\d+\); after \(ExternalRefs\/ErpCode\): code, 100% distinct, 0% empty \(n=6\)$/);
  });
});

describe('CMMS X-Api-Version 2023-01-15 → 2024-06-01 (DONE renamed COMPLETED, integer priority became a name)', () => {
  const q = `{ all: maintenanceWorkOrders(first: 200) { edges { node { id number status priority type reportedAt completedAt equipment { id } } } }
    done: maintenanceWorkOrders(filter: { status: [COMPLETED] }, first: 200) { edges { node { id status priority } } }
    cmmsInfo { assetCount unmappedAssetCount } }`;
  test('unannounced: the very first query after the upgrade returns the same work orders, statuses, priorities and status filter; the vocabulary changes are in schemaChanges', async (t) => {
    const before = await gql(q);
    assert.equal(before.errors, undefined);
    const text = JSON.stringify(before.data!['done']);
    assert.ok(text.includes('"status":"COMPLETED"') && /"priority":"(LOW|MEDIUM|HIGH|URGENT)"/.test(text), 'completed work orders with priorities were read');
    t.after(async () => { pg.demo!.cmms.setUpgrade(null); await pg.runtimes['cmms']!.checkSchema!(); });
    pg.demo!.cmms.setUpgrade('2024-06-01');
    assert.deepEqual(await gql(q), before);
    const log = (await gql(changesQuery('CMMS'))).data!['schemaChanges'] as Change[];
    assert.deepEqual(sortChanges(log).map((c) => [c.entity, c.field, c.kind, c.remappedTo, c.confidence, c.sourceVersion]), [
      ['', '', 'VERSION_CHANGED', null, null, '2024-06-01'],
      ['WorkOrder', 'priority', 'TYPE_CHANGED', 'priority via value map', 1, '2024-06-01'],
      ['WorkOrder', 'status', 'ENUM_CHANGED', 'COMPLETED→DONE', 1, '2024-06-01'],
    ]);
  });
});

describe('a field removed with nothing to remap it to', () => {
  test('through the gateway, unannounced: the canonical field degrades with SCHEMA_FIELD_UNMAPPED naming the source field, the rest is served, and schemaChanges says REMOVED', async (t) => {
    const q = '{ productionOrders(first: 3) { edges { node { id operations { sequence opCode actualStart } } } } }';
    const before = await gql(q);
    assert.equal(before.errors, undefined);
    t.after(async () => { pg.demo!.erp.dropViewColumns({}); await pg.runtimes['erp']!.checkSchema!(); });
    pg.demo!.erp.dropViewColumns({ vw_JobOperStatus: ['ActualStartDate', 'ActualStartHour'] });
    const after = await gql(q);
    type Orders = { productionOrders: { edges: { node: { id: string; operations: { sequence: number; opCode: string; actualStart: string | null }[] } }[] } };
    const strip = (d: Orders) => d.productionOrders.edges.map((e) => ({ ...e.node, operations: e.node.operations.map((o) => ({ ...o, actualStart: null })) }));
    assert.deepEqual(strip(after.data as Orders), strip(before.data as Orders), 'every other field is served as before');
    const errors = after.errors as { message: string; path: (string | number)[]; extensions: Record<string, unknown> }[];
    const ops = (after.data as Orders).productionOrders.edges.reduce((n, e) => n + e.node.operations.length, 0);
    assert.equal(errors.length, ops, 'one error per degraded field');
    assert.deepEqual(errors[0], {
      message: 'ERP no longer serves dbo.vw_JobOperStatus.ActualStartDate, dbo.vw_JobOperStatus.ActualStartHour and no replacement could be mapped',
      path: ['productionOrders', 'edges', 0, 'node', 'operations', 0, 'actualStart'],
      extensions: { code: 'SCHEMA_FIELD_UNMAPPED', source: 'ERP', retryable: false, detail: { entity: 'dbo.vw_JobOperStatus', field: 'ActualStartDate,ActualStartHour', canonical: 'ProductionOrderOperation.actualStart' }, serviceName: 'erp' },
    });
    const log = (await gql(changesQuery('ERP'))).data!['schemaChanges'] as Change[];
    assert.deepEqual(sortChanges(log.filter((c) => c.kind === 'REMOVED')).map((c) => [c.field, c.degradedFields]), [
      ['ActualStartDate', ['ProductionOrderOperation.actualStart']], ['ActualStartHour', ['ProductionOrderOperation.actualStart']]]);
  });
});

type GqlError = { message: string; path: (string | number)[]; extensions: Record<string, unknown> };

describe('MES and CMMS fields removed unannounced, with nothing to remap them to', () => {
  const range = () => {
    const to = pg.demo!.plant.config.anchorMs;
    return `{ from: "${new Date(to - 86_400_000).toISOString()}", to: "${new Date(to).toISOString()}" }`;
  };
  test('MES ProductionRecord loses WorkOrder (required) and RejectReason: every record is still served, only the fields they feed are null, each with SCHEMA_FIELD_UNMAPPED', async (t) => {
    const q = `{ equipmentList(first: 6) { edges { node { id productionRecords(range: ${range()}) {
      recordId revision goodQuantity { value unit } startTime productionOrder { id } operationSequence rejectReasonText rejectReason rejectReasonConfidence } } } } }`;
    type Rec = { recordId: string; productionOrder: unknown; operationSequence: unknown; rejectReasonText: unknown; rejectReason: unknown; rejectReasonConfidence: unknown };
    type Data = { equipmentList: { edges: { node: { id: string; productionRecords: Rec[] } }[] } };
    const before = await gql(q);
    assert.equal(before.errors, undefined);
    const records = (before.data as Data).equipmentList.edges.flatMap((e) => e.node.productionRecords);
    assert.ok(records.length > 0 && records.some((r) => r.rejectReasonText !== null) && records.every((r) => r.productionOrder !== null), 'orders and reject reasons were read');
    t.after(async () => { pg.demo!.mes.setDroppedFields({}); await pg.runtimes['mes']!.checkSchema!(); });
    pg.demo!.mes.setDroppedFields({ ProductionRecord: ['WorkOrder', 'RejectReason'] });
    const after = await gql(q);
    const blank = (d: Data) => d.equipmentList.edges.map((e) => ({ ...e.node, productionRecords: e.node.productionRecords.map((r) => ({
      ...r, productionOrder: null, operationSequence: null, rejectReasonText: null, rejectReason: null, rejectReasonConfidence: null })) }));
    assert.deepEqual(blank(after.data as Data), blank(before.data as Data), 'the same records, every other field as before');
    const errors = after.errors as GqlError[];
    assert.equal(errors.length, records.length * 5, 'one error per degraded field');
    const first = errors.find((e) => e.path.at(-1) === 'productionOrder')!;
    assert.deepEqual({ ...first, path: first.path.slice(-2) }, {
      message: 'MES no longer serves ProductionRecord.WorkOrder and no replacement could be mapped',
      path: [0, 'productionOrder'],
      extensions: { code: 'SCHEMA_FIELD_UNMAPPED', source: 'MES', retryable: false, serviceName: 'mes',
        detail: { entity: 'ProductionRecord', field: 'WorkOrder', canonical: 'ProductionRecord.productionOrder' } },
    });
    assert.deepEqual([...new Set(errors.map((e) => `${String(e.path.at(-1))}<-${String((e.extensions['detail'] as { field: string }).field)}`))].sort(),
      ['operationSequence<-WorkOrder', 'productionOrder<-WorkOrder', 'rejectReason<-RejectReason', 'rejectReasonConfidence<-RejectReason', 'rejectReasonText<-RejectReason']);
    const log = (await gql(changesQuery('MES'))).data!['schemaChanges'] as Change[];
    assert.deepEqual(sortChanges(log.filter((c) => c.kind === 'REMOVED')).map((c) => [c.entity, c.field, c.degradedFields]), [
      ['ProductionRecord', 'RejectReason', ['ProductionRecord.rejectReasonText', 'ProductionRecord.rejectReason', 'ProductionRecord.rejectReasonConfidence']],
      ['ProductionRecord', 'WorkOrder', ['ProductionRecord.productionOrder', 'ProductionRecord.operationSequence']]]);
  });

  test('MES ProductionRecord loses GoodQty with nothing like it left: every record is still served with its scrap, goodQuantity null with SCHEMA_FIELD_UNMAPPED; the reconciled figure says MES is unknown, not zero', async (t) => {
    const q = `{ equipmentList(first: 6) { edges { node { id productionRecords(range: ${range()}) { recordId goodQuantity { value } scrapQuantity { value } } } } } }`;
    type Rec = { recordId: string; goodQuantity: { value: number } | null; scrapQuantity: { value: number } | null };
    type Data = { equipmentList: { edges: { node: { id: string; productionRecords: Rec[] } }[] } };
    const before = await gql(q);
    assert.equal(before.errors, undefined);
    const nodes = (before.data as Data).equipmentList.edges.map((e) => e.node);
    const n = nodes.reduce((k, e) => k + e.productionRecords.length, 0);
    assert.ok(n > 0 && nodes.every((e) => e.productionRecords.every((r) => r.goodQuantity !== null)));
    t.after(async () => { pg.demo!.mes.setDroppedFields({}); await pg.runtimes['mes']!.checkSchema!(); });
    pg.demo!.mes.setDroppedFields({ ProductionRecord: ['GoodQty'] });
    const after = await gql(q);
    // goodQuantity is nullable for this reason: non-null, its null would have blanked every record list.
    assert.deepEqual((after.data as Data).equipmentList.edges.map((e) => e.node),
      nodes.map((e) => ({ ...e, productionRecords: e.productionRecords.map((r) => ({ ...r, goodQuantity: null })) })));
    const errors = after.errors as GqlError[];
    assert.equal(errors.length, n, 'one error per record');
    assert.ok(errors.every((e) => e.extensions['code'] === 'SCHEMA_FIELD_UNMAPPED' && e.path.at(-1) === 'goodQuantity'
      && (e.extensions['detail'] as { canonical: string }).canonical === 'ProductionRecord.goodQuantity'), JSON.stringify(errors[0]));
    // Downstream, interpretation treats the MES figure as unknown (not as zero pieces) and names why.
    const busy = nodes.find((e) => e.productionRecords.length > 0)!;
    const shifts = await gql(`{ equipment(id: "${busy.id}") { reconciledProduction { goodQuantity { candidates { system raw normalized } } } } }`);
    type Shifts = { equipment: { reconciledProduction: { goodQuantity: { candidates: { system: string; raw: string; normalized: number | null }[] } }[] } };
    const mes = (shifts.data as Shifts).equipment.reconciledProduction.flatMap((x) => x.goodQuantity.candidates.filter((c) => c.system === 'MES' && /unmapped/.test(c.raw)));
    assert.ok(mes.length > 0 && mes.every((c) => c.normalized === null), JSON.stringify(shifts).slice(0, 600));
  });

  test('CMMS WorkOrder loses description and laborHours: every work order is still served, those two fields null with SCHEMA_FIELD_UNMAPPED', async (t) => {
    const q = '{ maintenanceWorkOrders(first: 50) { edges { node { id number title status priority description laborHours } } } }';
    type Data = { maintenanceWorkOrders: { edges: { node: Record<string, unknown> }[] } };
    const before = await gql(q);
    assert.equal(before.errors, undefined);
    const n = (before.data as Data).maintenanceWorkOrders.edges.length;
    assert.ok(n > 0);
    t.after(async () => { pg.demo!.cmms.setDroppedFields({}); await pg.runtimes['cmms']!.checkSchema!(); });
    pg.demo!.cmms.setDroppedFields({ WorkOrder: ['description', 'laborHours'] });
    const after = await gql(q);
    const blank = (d: Data) => d.maintenanceWorkOrders.edges.map((e) => ({ ...e.node, description: null, laborHours: null }));
    assert.deepEqual(blank(after.data as Data), blank(before.data as Data));
    const errors = after.errors as GqlError[];
    assert.equal(errors.length, n * 2);
    assert.deepEqual(errors.find((e) => e.path.at(-1) === 'laborHours'), {
      message: 'CMMS no longer serves WorkOrder.laborHours and no replacement could be mapped',
      path: ['maintenanceWorkOrders', 'edges', 0, 'node', 'laborHours'],
      extensions: { code: 'SCHEMA_FIELD_UNMAPPED', source: 'CMMS', retryable: false, serviceName: 'cmms',
        detail: { entity: 'WorkOrder', field: 'laborHours', canonical: 'MaintenanceWorkOrder.laborHours' } },
    });
    const log = (await gql(changesQuery('CMMS'))).data!['schemaChanges'] as Change[];
    assert.deepEqual(sortChanges(log.filter((c) => c.kind === 'REMOVED')).map((c) => [c.entity, c.field, c.degradedFields]), [
      ['WorkOrder', 'description', ['MaintenanceWorkOrder.description']], ['WorkOrder', 'laborHours', ['MaintenanceWorkOrder.laborHours']]]);
  });
});

describe('a rename whose name says nothing, unannounced (MES ProductionRecord.GoodQty → Yield)', () => {
  const range = () => {
    const to = pg.demo!.plant.config.anchorMs;
    return `{ from: "${new Date(to - 86_400_000).toISOString()}", to: "${new Date(to).toISOString()}" }`;
  };
  test('the values seen before and after carry it: the first query answers as before, and schemaChanges shows the value evidence', async (t) => {
    const q = `{ productionRecords(filter: { range: ${range()} }, first: 200) { totalCount edges { node { recordId revision goodQuantity { value unit } scrapQuantity { value } } } } }`;
    const before = await gql(q);
    assert.equal(before.errors, undefined);
    assert.ok(JSON.stringify(before).match(/"goodQuantity":\{"value":[1-9]/), 'good counts were read');
    t.after(async () => { pg.demo!.mes.setRenamedFields({}); await pg.runtimes['mes']!.checkSchema!(); });
    pg.demo!.mes.setRenamedFields({ ProductionRecord: { GoodQty: 'Yield' } });
    assert.deepEqual(await gql(q), before);
    type Logged = { field: string; kind: string; remappedTo: string; confidence: number; evidence: { nameSimilarity: number; typeMatch: number; valueProfile: number; valueProfileDetail: string; runnerUp: number } };
    const log = (await gql('{ schemaChanges(system: MES) { field kind remappedTo confidence evidence { nameSimilarity typeMatch valueProfile valueProfileDetail runnerUp } } }')).data!['schemaChanges'] as Logged[];
    const c = log.find((x) => x.field === 'GoodQty' && x.remappedTo === 'Yield')!;
    assert.equal(c.kind, 'RENAMED');
    // On name and type alone it scores 0.6 × 0 + 0.4 = 0.4 and would degrade; its values (the same counts) carry it.
    assert.deepEqual([c.evidence.nameSimilarity, c.evidence.typeMatch], [0, 1]);
    assert.ok(c.evidence.valueProfile >= 0.9 && c.confidence >= 0.75, JSON.stringify(c));
    assert.match(c.evidence.valueProfileDetail, /^before \(GoodQty\): integer .*; after \(Yield\): integer /);
  });
});

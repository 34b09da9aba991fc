import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../common/index.ts';
import { allMess } from '../../simulators/plant/plant-types.ts';
import { buildErpRows, fixturePlant, startErpSimulator } from '../../simulators/erp/index.ts';
import { createErpSubgraph, createServer, loadConfig } from './index.ts';

// The subgraph against the demo ERP over the real protocol (mssql → TDS on 127.0.0.1), every mess on.
const plant = fixturePlant();
const sim = await startErpSimulator({ plant, mess: allMess });
const config = loadConfig({ ERP_DEMO: 'true', ERP_SQL_SERVER: '127.0.0.1', ERP_SQL_PORT: String(sim.port), ERP_QUERY_TIMEOUT_MS: '400', ERP_CONNECT_TIMEOUT_MS: '1000',
  // Coalesce-only caching, so call counts below measure batching, not cache hits.
  ERP_CACHE_TTL_MASTER_S: '0', ERP_CACHE_TTL_TRANSACTIONAL_S: '0' });
const runtime = await createErpSubgraph(config, { logger: silentLogger });
const server = createServer(runtime);
after(async () => { await runtime.close(); await sim.close(); });

async function run(query: string, variables: Record<string, unknown> = {}) {
  const res = await server.executeOperation({ query, variables }, { contextValue: runtime.createContext({ requestId: 't', headers: {} }) });
  return res.body.kind === 'single' ? JSON.parse(JSON.stringify(res.body.singleResult)) : null;
}

test('a production order over TDS: trimmed keys, company scoping, DST-gap times, sentinel → null, scrap from labour', async () => {
  const res = await run(`{ productionOrder(id: "ACME/J004503") {
    id company jobNumber status scheduledStart dueAt createdAt plannedQuantity { value unit } material { id baseUnit }
    scheduledStartPlantTime { utc local ambiguous shiftedFromGap } dataQuality { issues { code field } normalized }
    operations { id sequence opCode equipment { id } workCenter { id } completedQuantity { value } scrapQuantity { value } actualStart complete
      dataQuality { issues { code field } normalized } }
    laborRecords { employeeNumber laborType equipment { id } quantity { value unit } clockIn clockOut hours }
  } }`);
  assert.deepEqual(res, { data: { productionOrder: {
    id: 'ACME/J004503', company: 'ACME', jobNumber: 'J004503', status: 'IN_PROGRESS',
    // Written as 02:30 (inside the 2026-03-08 DST gap) by an unadjusted clock; shift-forward recovers 03:30 CDT.
    scheduledStart: '2026-03-08T08:30:00.000Z', dueAt: '2026-03-10T08:30:00.000Z',
    // A naive datetime column: tedious (useUTC) hands back the wall clock 02:30 as 02:30Z; localized it is 08:30Z.
    createdAt: '2026-03-07T08:30:00.000Z',
    // The ERP's 'EA' is normalization's canonical count unit 'ea'; baseUnit stays as the ERP spells it.
    plannedQuantity: { value: 100, unit: 'ea' }, material: { id: 'ACME/BRK-1043', baseUnit: 'EA' },
    scheduledStartPlantTime: { utc: '2026-03-08T08:30:00.000Z', local: '2026-03-08T03:30:00.000-05:00', ambiguous: false, shiftedFromGap: true },
    dataQuality: { issues: [], normalized: ['LOCAL_TIME_RESOLVED', 'DST_GAP_SHIFTED'] },
    operations: [
      { id: 'ACME/J004503/10', sequence: 10, opCode: 'PRESS', equipment: { id: 'PRESS-01' }, workCenter: { id: 'PRS' },
        completedQuantity: { value: 97 }, scrapQuantity: { value: 0 }, actualStart: '2026-03-08T08:30:00.000Z', complete: true,
        dataQuality: { issues: [], normalized: ['LOCAL_TIME_RESOLVED', 'DST_GAP_SHIFTED'] } },
      { id: 'ACME/J004503/20', sequence: 20, opCode: 'PRESS', equipment: { id: 'PRESS-04' }, workCenter: { id: 'PRS' },
        completedQuantity: { value: 0 }, scrapQuantity: { value: 0 }, actualStart: null, complete: false,
        dataQuality: { issues: [{ code: 'SENTINEL', field: 'actualStart' }], normalized: ['SENTINEL_NULLED'] } },
    ],
    laborRecords: [{ employeeNumber: 'E103', laborType: 'PRODUCTION', equipment: { id: 'PRESS-01' }, quantity: { value: 97, unit: 'ea' },
      clockIn: '2026-03-08T08:30:00.000Z', clockOut: '2026-03-08T11:45:00.000Z', hours: 3.25 }],
  } } });
});

test('productionOrders never leaks the second company that reuses job numbers and plant code', async () => {
  const res = await run('{ productionOrders(first: 100) { totalCount edges { node { id company plannedQuantity { value } } } } }');
  assert.equal(res.data.productionOrders.totalCount, plant.jobs.length);
  assert.deepEqual(new Set(res.data.productionOrders.edges.map((e: { node: { company: string } }) => e.node.company)), new Set(['ACME']));
  assert.deepEqual(res.data.productionOrders.edges.map((e: { node: { plannedQuantity: { value: number } } }) => e.node.plannedQuantity.value), plant.jobs.map(() => 100));
});

test('equipment ids are trimmed ERP ResourceIDs; blank or lower-case UD codes become null or upper case', async () => {
  const res = await run('{ equipmentList { totalCount edges { node { id mesCode erpResourceId kind } } } }');
  assert.equal(res.data.equipmentList.totalCount, plant.machines.length);
  for (const { node } of res.data.equipmentList.edges as { node: { id: string; mesCode: string | null; erpResourceId: string } }[]) {
    const m = plant.machines.find((x) => x.id === node.id);
    assert.ok(m !== undefined, node.id);
    assert.ok(node.mesCode === null || node.mesCode === m.mesCode, `${node.id} ${node.mesCode}`);
    assert.equal(node.erpResourceId, m.erpResourceId);
  }
});

test('upstream SQL statements for equipment references do not grow with N (1 vs all)', async () => {
  const reps = (n: number) => plant.machines.slice(0, n).map((m) => ({ __typename: 'Equipment', id: m.id }));
  const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { id name workCenter { id name } } } }';
  const count = async (n: number) => {
    runtime.resetStats(); sim.resetStats();
    const res = await run(q, { r: reps(n) });
    assert.equal(res.data._entities.length, n);
    // The pool's connection validation ('SELECT 1' on acquire) is not a data read; count view queries only.
    const views = Object.entries(sim.stats().byStatement).filter(([text]) => /FROM dbo\.vw_/.test(text)).reduce((n, [, c]) => n + c, 0);
    return { subgraph: runtime.upstreamStats().calls, simulator: views };
  };
  const one = await count(1);
  const all = await count(plant.machines.length);
  assert.deepEqual(all, one);
  assert.deepEqual(one, { subgraph: 2, simulator: 2 });
});

const EQ = '{ equipment(id: "PRESS-04") { id name } }';
const errorOf = (code: string, message: string, detail?: Record<string, unknown>) => ({
  data: { equipment: null },
  errors: [{ message, path: ['equipment'], locations: [{ line: 1, column: 3 }],
    extensions: { code, source: 'ERP', retryable: code !== 'ERP_QUERY_FAILED', ...(detail === undefined ? {} : { detail }) } }],
});

test('ERP down → ERP_UNAVAILABLE on the field; reads recover when it is back', async (t) => {
  t.after(() => sim.setFault({ mode: 'none' }));
  sim.setFault({ mode: 'down' });
  // An open pooled connection gets SQL Server's 40613 "database not currently available" before the server
  // closes it; a connection opened after that (the pool may have dropped its idle one, as under a loaded full
  // suite) is closed at login and has no error number. Either way the code is ERP_UNAVAILABLE.
  const down = await run(EQ) as { errors?: { extensions?: { detail?: unknown } }[] };
  const sawServerError = down.errors?.[0]?.extensions?.detail !== undefined;
  assert.deepEqual(down, errorOf('ERP_UNAVAILABLE', 'ERP database unreachable', sawServerError ? { errorNumber: 40613 } : undefined));
  sim.setFault({ mode: 'none' });
  assert.deepEqual(await run(EQ), { data: { equipment: { id: 'PRESS-04', name: 'Press 4' } } });
});

test('a query that hangs past ERP_QUERY_TIMEOUT_MS → ERP_TIMEOUT, and the connection is usable afterwards', async (t) => {
  t.after(() => sim.setFault({ mode: 'none' }));
  sim.setFault({ mode: 'hang' });
  const t0 = Date.now();
  assert.deepEqual(await run(EQ), errorOf('ERP_TIMEOUT', 'ERP query ran past its timeout'));
  assert.ok(Date.now() - t0 < 3000, 'cancelled near the 400 ms timeout');
  sim.setFault({ mode: 'none' });
  assert.deepEqual(await run(EQ), { data: { equipment: { id: 'PRESS-04', name: 'Press 4' } } });
});

test('a SQL Server error → ERP_QUERY_FAILED with its error number, never the SQL text', async (t) => {
  t.after(() => sim.setFault({ mode: 'none' }));
  sim.setFault({ mode: 'error', errorNumber: 1205 });
  assert.deepEqual(await run(EQ), errorOf('ERP_QUERY_FAILED', 'ERP query failed', { errorNumber: 1205 }));
});

test('vendor upgrade v2 while running, unannounced: the first read fails on the renamed column, re-fingerprints within the read and answers as before', async (t) => {
  const q = '{ productionOrder(id: "ACME/J004503") { id operations { id completedQuantity { value } scrapQuantity { value } } } equipment(id: "PRESS-04") { id } }';
  const before = await run(q);
  t.after(async () => { sim.setUpgrade('v1'); await runtime.checkSchema!(); });
  sim.setUpgrade('v2');
  const calls = runtime.upstreamStats().byOp['schema'] ?? 0;
  assert.deepEqual(await run(q), before);
  assert.equal((runtime.upstreamStats().byOp['schema'] ?? 0) - calls, 1, 'one re-fingerprint of the views within the read');
  assert.deepEqual(runtime.upstreamStats().schemaChanges, 2);
});

test('a view column dropped with nothing to remap it to: the canonical field it feeds degrades with SCHEMA_FIELD_UNMAPPED, the rest is served', async (t) => {
  t.after(async () => { sim.dropViewColumns({}); await runtime.checkSchema!(); });
  sim.dropViewColumns({ vw_JobOperStatus: ['ActualStartDate', 'ActualStartHour'] });
  await runtime.checkSchema!();
  const q = '{ productionOrder(id: "ACME/J004503") { id operations { sequence actualStart completedQuantity { value } } } }';
  const error = (i: number) => ({
    message: 'ERP no longer serves dbo.vw_JobOperStatus.ActualStartDate, dbo.vw_JobOperStatus.ActualStartHour and no replacement could be mapped',
    path: ['productionOrder', 'operations', i, 'actualStart'], locations: [{ line: 1, column: q.indexOf('actualStart') + 1 }],
    extensions: { code: 'SCHEMA_FIELD_UNMAPPED', source: 'ERP', retryable: false, detail: { entity: 'dbo.vw_JobOperStatus', field: 'ActualStartDate,ActualStartHour', canonical: 'ProductionOrderOperation.actualStart' } },
  });
  assert.deepEqual(await run(q), {
    data: { productionOrder: { id: 'ACME/J004503', operations: [
      { sequence: 10, actualStart: null, completedQuantity: { value: 97 } }, { sequence: 20, actualStart: null, completedQuantity: { value: 0 } }] } },
    errors: [error(0), error(1)],
  });
});

test('wrong password → ERP_UNAVAILABLE (not retryable), with no credentials in the message', async () => {
  const bad = loadConfig({ ERP_DEMO: 'true', ERP_SQL_PORT: String(sim.port), ERP_SQL_PASSWORD: 'wrong', ERP_CONNECT_TIMEOUT_MS: '1000' });
  const rt = await createErpSubgraph(bad, { logger: silentLogger });
  const srv = createServer(rt);
  const res = await srv.executeOperation({ query: EQ }, { contextValue: rt.createContext({ requestId: 't', headers: {} }) });
  await rt.close();
  assert.deepEqual(res.body.kind === 'single' ? JSON.parse(JSON.stringify(res.body.singleResult)) : null, {
    data: { equipment: null },
    errors: [{ message: 'ERP refused the login', path: ['equipment'], locations: [{ line: 1, column: 3 }],
      extensions: { code: 'ERP_UNAVAILABLE', source: 'ERP', retryable: false } }],
  });
});

test('materials carry EA/BX units with the purchasing factor and on-hand summed over warehouses', async () => {
  const res = await run('{ a: material(id: "ACME/BRK-1041") { id partNumber revision baseUnit purchasingUnit purchasingFactor onHand { value unit } } b: material(id: "ACME/NOPE") { id } }');
  const rows = buildErpRows(plant, allMess, plant.config.anchorMs)['PartWhse'] ?? [];
  const onHand = rows.filter((r) => r['Company'] === 'ACME' && String(r['PartNum']).trimEnd() === 'BRK-1041').reduce((n, r) => n + Number(r['OnHandQty']), 0);
  assert.ok(onHand > 0);
  assert.deepEqual(res, { data: {
    a: { id: 'ACME/BRK-1041', partNumber: 'BRK-1041', revision: 'B', baseUnit: 'EA', purchasingUnit: 'BX', purchasingFactor: 12, onHand: { value: onHand, unit: 'ea' } },
    b: null,
  } });
});

test('with master-data TTL > 0 a repeated query is served from the read cache (no SQL)', async () => {
  const cached = await createErpSubgraph(loadConfig({ ERP_DEMO: 'true', ERP_SQL_PORT: String(sim.port) }), { logger: silentLogger });
  const srv = createServer(cached);
  const once = async () => {
    const res = await srv.executeOperation({ query: '{ equipment(id: "PRESS-04") { id workCenter { id } } }' }, { contextValue: cached.createContext({ requestId: 't', headers: {} }) });
    return res.body.kind === 'single' ? JSON.parse(JSON.stringify(res.body.singleResult)) : null;
  };
  const first = await once();
  const callsAfterFirst = cached.upstreamStats().calls;
  const second = await once();
  await cached.close();
  assert.deepEqual(second, first);
  // The first read fingerprints the views (one INFORMATION_SCHEMA query), then reads vw_Resources and vw_WorkCenters.
  assert.deepEqual([callsAfterFirst, cached.upstreamStats().calls], [3, 3]);
});

/** A second runtime over the same simulator with its own config; closed by the test. */
async function runtimeWith(t: { after(fn: () => Promise<void>): void }, env: Record<string, string>) {
  const rt = await createErpSubgraph(loadConfig({ ERP_DEMO: 'true', ERP_SQL_PORT: String(sim.port), ERP_QUERY_TIMEOUT_MS: '400', ERP_CONNECT_TIMEOUT_MS: '1000', ...env }), { logger: silentLogger });
  t.after(() => rt.close());
  const srv = createServer(rt);
  return async (query: string) => {
    const res = await srv.executeOperation({ query }, { contextValue: rt.createContext({ requestId: 't', headers: {} }) });
    return res.body.kind === 'single' ? JSON.parse(JSON.stringify(res.body.singleResult)) : null;
  };
}

test('a read returning more than ERP_MAX_ROWS rows is ERP_BAD_RESPONSE, never a truncated list', async (t) => {
  const q = await runtimeWith(t, { ERP_MAX_ROWS: '2', ERP_CACHE_TTL_MASTER_S: '0' });
  assert.deepEqual(await q('{ equipmentList { totalCount } }'), {
    data: { equipmentList: null },
    errors: [{ message: 'ERP vw_Resources returned more than 2 rows', path: ['equipmentList'], locations: [{ line: 1, column: 3 }],
      extensions: { code: 'ERP_BAD_RESPONSE', source: 'ERP', retryable: false, detail: { maxRows: 2 } } }],
  });
});

test('ERP down past the TTL: the last good equipment is served with freshness stale and its asOf, without an error', async (t) => {
  const q = await runtimeWith(t, { ERP_CACHE_TTL_MASTER_S: '1', ERP_STALE_MAX_AGE_S: '60', ERP_RETRIES: '0' });
  const query = '{ equipment(id: "PRESS-04") { id name freshness { stale asOf } } }';
  const good = await q(query);
  assert.equal(good.data.equipment.freshness.stale, false);
  await new Promise((r) => setTimeout(r, 1100));
  sim.setFault({ mode: 'down' });
  t.after(() => sim.setFault({ mode: 'none' }));
  const stale = await q(query);
  assert.deepEqual(stale, { data: { equipment: { ...good.data.equipment, freshness: { stale: true, asOf: good.data.equipment.freshness.asOf } } } });
});

// End to end: the demo plant + every subgraph + the gateway, started exactly as `npm start` starts them
// (startPlantGraph), queried over HTTP, answers compared with the plant's clean model (its ground truth).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { noMess } from '../simulators/index.ts';
import type { Plant } from '../simulators/index.ts';
import { postGraphql } from '../test-utils/index.ts';
import { startPlantGraph } from './plantgraph.ts';
import { silentLogger } from '../common/index.ts';
import { loadGatewayConfig, startGateway } from '../gateway/index.ts';
import type { RunningGateway } from '../gateway/index.ts';
import { startSubgraphServer as startErpServer } from '../subgraphs/erp/index.ts';
import { startSubgraphServer as startMesServer } from '../subgraphs/mes/index.ts';
import { startSubgraphServer as startCmmsServer } from '../subgraphs/cmms/index.ts';
import { startSubgraphServer as startSpreadsheetServer } from '../subgraphs/spreadsheet/index.ts';
import { startSubgraphServer as startInterpretationServer } from '../interpretation/subgraph/index.ts';
import { startSubgraphServer as startRegistryServer } from '../subgraphs/registry/index.ts';
import { startSubgraphServer as startContextServer } from '../subgraphs/context/index.ts';
import type { RunningPlantGraph } from './plantgraph.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const openStatuses = new Set(['OPEN', 'IN_PROGRESS', 'ON_HOLD']);

/** Open CMMS work orders of a machine as of the plant clock, from the clean model (newest reported first). */
function expectedOpenWorkOrders(plant: Plant, machineId: string, clockMs: number): string[] {
  return plant.workOrders
    .filter((w) => w.machineId === machineId && w.reportedMs <= clockMs && w.createdMs <= clockMs && w.status !== 'CANCELLED')
    .filter((w) => !(w.completedMs !== null && w.completedMs <= clockMs))
    .map((w) => w.number)
    .sort();
}

const crossQuery = `query Cross($range: TimeRange!) {
  equipmentList(first: 500) {
    totalCount
    edges { node {
      id name workCenter { id } erpResourceId
      mesMachineCode
      states(range: $range) { state startTime endTime }
      physicalAssets { id serialNumber }
      openMaintenanceWorkOrders { number status }
    } }
  }
}`;

describe('PlantGraph over the demo plant, with the messes the layer does not normalise yet switched off', () => {
  let pg: RunningPlantGraph;
  before(async () => {
    pg = await startPlantGraph({ demo: { plant: { days: 10, machines: 12, parts: 40 }, mess: noMess }, gateway: { port: 0 } });
  });
  after(() => pg.close());

  test('equipment with its ERP work center, MES state history, CMMS assets and open work orders equals the ground truth', async () => {
    const plant = pg.demo!.plant;
    const clock = pg.demo!.clock();
    const from = clock - 24 * 3600_000;
    const res = await postGraphql(pg.gateway.url, crossQuery, { variables: { range: { from: iso(from), to: iso(clock) } } });
    assert.equal(res.status, 200);
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    type Node = { id: string; name: string; workCenter: { id: string }; erpResourceId: string; mesMachineCode: string | null;
      states: { state: string; startTime: string; endTime: string }[]; physicalAssets: { id: string; serialNumber: string }[];
      openMaintenanceWorkOrders: { number: string; status: string }[] };
    const nodes = (res.body.data.equipmentList.edges as { node: Node }[]).map((e) => e.node);
    assert.equal(res.body.data.equipmentList.totalCount, plant.machines.length);

    const actual = Object.fromEntries(nodes.map((n) => [n.id, {
      name: n.name, workCenter: n.workCenter.id, erpResourceId: n.erpResourceId, mesMachineCode: n.mesMachineCode,
      states: n.states, assets: n.physicalAssets.map((a) => [a.id, a.serialNumber]).sort(),
      openWorkOrders: n.openMaintenanceWorkOrders.map((w) => w.number).sort(),
    }]));
    const expected = Object.fromEntries(plant.machines.map((m) => [m.id, {
      name: m.name, workCenter: m.workCenterId, erpResourceId: m.erpResourceId, mesMachineCode: m.mesCode,
      states: plant.states.filter((s) => s.machineId === m.id && s.endMs > from && s.startMs < clock)
        .map((s) => ({ state: s.state, startTime: iso(s.startMs), endTime: iso(s.endMs) })),
      assets: m.assets.map((a) => [a.cmmsAssetId, a.serialNumber]).sort(),
      openWorkOrders: expectedOpenWorkOrders(plant, m.id, clock),
    }]));
    assert.deepEqual(actual, expected);
    for (const n of nodes) for (const w of n.openMaintenanceWorkOrders) assert.ok(openStatuses.has(w.status), w.status);
  });
});

/** Every cache TTL at 0: each query goes upstream (in-flight coalescing still applies), so counts compare. */
const noCacheEnv = {
  ...process.env,
  ERP_CACHE_TTL_MASTER_S: '0', ERP_CACHE_TTL_TRANSACTIONAL_S: '0',
  MES_CACHE_TTL_MASTER_S: '0', MES_CACHE_TTL_TRANSACTIONAL_S: '0', MES_CACHE_TTL_CURRENT_S: '0',
  CMMS_CACHE_TTL_MASTER_S: '0', CMMS_CACHE_TTL_WORK_ORDERS_S: '0', CMMS_CACHE_TTL_READINGS_S: '0',
};

describe('upstream calls per query over 200 equipment', () => {
  let pg: RunningPlantGraph;
  before(async () => {
    // One multi-valued CMMS request carries all 200 asset ids (the default chunk of 50 keeps URLs short for
    // real servers, which adds one request per 50 equipment: proportional to N/50, never to N).
    pg = await startPlantGraph({ env: { ...noCacheEnv, CMMS_BATCH_CHUNK_SIZE: '200' }, demo: { plant: { days: 2, machines: 200, parts: 60 }, mess: noMess }, gateway: { port: 0 } });
  });
  after(() => pg.close());

  test('a cross-system query over 1 and over 200 equipment costs the same SQL statements, SOAP operations and HTTP requests', async () => {
    const clock = pg.demo!.clock();
    // One hour keeps the site-wide state read on one MES page (500 rows): pages grow with rows, not with N.
    const range = { from: iso(clock - 3600_000), to: iso(clock) };
    const calls = async (first: number) => {
      for (const r of Object.values(pg.runtimes)) r.resetStats();
      const res = await postGraphql(pg.gateway.url, crossQuery.replace('equipmentList(first: 500)', `equipmentList(first: ${first})`), { variables: { range } });
      assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
      assert.equal(res.body.data.equipmentList.edges.length, first);
      return Object.fromEntries(Object.entries(pg.runtimes).map(([n, r]) => [n, r.upstreamStats().byOp]));
    };
    await calls(1); // warm-up: the CMMS token and SOAP clients are per process, not per query
    const one = await calls(1);
    const all = await calls(200);
    // The same operations, each called a constant number of times: one batched call per kind of read, plus
    // at most one more page where 200 machines' rows overflow a page (CMMS pages hold 100 work orders).
    // Per-entity fetching would make 200 calls of each.
    assert.deepEqual(Object.keys(all).map((n) => [n, Object.keys(all[n] ?? {}).sort()]), Object.keys(one).map((n) => [n, Object.keys(one[n] ?? {}).sort()]));
    for (const [n, ops] of Object.entries(all)) {
      for (const [op, count] of Object.entries(ops)) assert.ok(count <= (one[n]?.[op] ?? 0) + 1, `${n} ${op}: ${count} calls for 200 vs ${one[n]?.[op]} for 1`);
    }
    process.stdout.write(`upstream calls, 1 equipment: ${JSON.stringify(one)}\nupstream calls, 200 equipment: ${JSON.stringify(all)}\n`);
    for (const n of ['erp', 'mes', 'cmms']) assert.ok(Object.keys(one[n] ?? {}).length > 0, `${n} was called`);
  });
});

describe('partial failure: each upstream down in turn', () => {
  let pg: RunningPlantGraph;
  before(async () => {
    // Each test checks one system's outage on its own. The masters are read at start (identity sync), so an outage
    // serves them stale and the per-machine reads that follow fail: enough calls to open a breaker, which would carry
    // one test's outage into the next. Breakers are tested in the fault matrix; here they are off.
    const noBreakers = { ERP_BREAKER_ENABLED: 'false', MES_BREAKER_ENABLED: 'false', CMMS_BREAKER_ENABLED: 'false' };
    pg = await startPlantGraph({ env: { ...noCacheEnv, ...noBreakers }, demo: { plant: { days: 3, machines: 8, parts: 30 }, mess: noMess }, gateway: { port: 0 } });
  });
  after(() => pg.close());

  const query = `query Q($range: TimeRange!) {
    equipmentList(first: 3) { edges { node { id name mesMachineCode states(range: $range) { state } openMaintenanceWorkOrders { number } } } }
    maintenanceWorkOrders(first: 2) { edges { node { number equipment { id mesMachineCode } } } }
    mesServerInfo { siteCode }
  }`;
  const run = async () => {
    const clock = pg.demo!.clock();
    return postGraphql(pg.gateway.url, query, { variables: { range: { from: iso(clock - 3600_000), to: iso(clock) } } });
  };
  const codesOf = (errors: { extensions: { code: string; source?: string } }[] | undefined) =>
    [...new Set((errors ?? []).map((e) => `${e.extensions.code}/${e.extensions.source ?? '-'}`))].sort();

  test('MES down: ERP and CMMS data are there; MES fields are null with MES_UNAVAILABLE', async (t) => {
    pg.demo!.mes.setFault({ mode: 'down' });
    t.after(() => pg.demo!.mes.setFault({ mode: 'none' }));
    const res = await run();
    assert.equal(res.status, 200);
    assert.deepEqual(codesOf(res.body.errors), ['MES_UNAVAILABLE/MES']);
    const nodes = res.body.data.equipmentList.edges.map((e: { node: unknown }) => e.node);
    assert.equal(nodes.length, 3);
    for (const n of nodes) {
      assert.equal(typeof n.name, 'string');
      assert.equal(n.states, null);
      assert.ok(Array.isArray(n.openMaintenanceWorkOrders));
    }
    assert.equal(res.body.data.maintenanceWorkOrders.edges.length, 2);
    assert.equal(res.body.data.mesServerInfo, null);
  });

  test('CMMS down: ERP and MES data are there; CMMS fields are null with CMMS_UNAVAILABLE', async (t) => {
    pg.demo!.cmms.setFault({ mode: 'down' });
    t.after(() => pg.demo!.cmms.setFault({ mode: 'none' }));
    const res = await run();
    assert.equal(res.status, 200);
    assert.deepEqual(codesOf(res.body.errors), ['CMMS_UNAVAILABLE/CMMS']);
    const nodes = res.body.data.equipmentList.edges.map((e: { node: unknown }) => e.node);
    for (const n of nodes) {
      assert.equal(typeof n.name, 'string');
      assert.ok(Array.isArray(n.states));
      assert.equal(n.openMaintenanceWorkOrders, null);
    }
    assert.equal(res.body.data.maintenanceWorkOrders, null);
    assert.deepEqual(res.body.data.mesServerInfo, { siteCode: pg.demo!.plant.site.id });
  });

  test('ERP down: MES and CMMS data are there; ERP-rooted fields are null with ERP_UNAVAILABLE', async (t) => {
    pg.demo!.erp.setFault({ mode: 'down' });
    t.after(() => pg.demo!.erp.setFault({ mode: 'none' }));
    const res = await run();
    assert.equal(res.status, 200);
    assert.deepEqual(codesOf(res.body.errors), ['ERP_UNAVAILABLE/ERP']);
    assert.equal(res.body.data.equipmentList, null);
    const wos = res.body.data.maintenanceWorkOrders.edges.map((e: { node: { number: string; equipment: { id: string; mesMachineCode: string } } }) => e.node);
    assert.equal(wos.length, 2);
    for (const w of wos) assert.equal(typeof w.equipment.mesMachineCode, 'string');
    assert.deepEqual(res.body.data.mesServerInfo, { siteCode: pg.demo!.plant.site.id });
  });
});

describe('distributed topology: each subgraph as its own HTTP server', () => {
  let pg: RunningPlantGraph;
  let servers: Record<string, { url: string; close(): Promise<void> }>;
  let gw: RunningGateway;
  before(async () => {
    pg = await startPlantGraph({ env: noCacheEnv, demo: { plant: { days: 3, machines: 6, parts: 20 }, mess: noMess }, gateway: { port: 0 } });
    const opts = { port: 0, host: '127.0.0.1' };
    servers = {
      erp: await startErpServer(pg.runtimes['erp'] as never, opts),
      mes: await startMesServer(pg.runtimes['mes'] as never, opts),
      cmms: await startCmmsServer(pg.runtimes['cmms'] as never, opts),
      spreadsheet: await startSpreadsheetServer(pg.runtimes['spreadsheet'] as never, opts),
      interpretation: await startInterpretationServer(pg.runtimes['interpretation'] as never, opts),
      registry: await startRegistryServer(pg.runtimes['registry'] as never, opts),
      context: await startContextServer(pg.runtimes['context'] as never, opts),
    };
    gw = await startGateway(loadGatewayConfig({}, {
      port: 0, topology: 'distributed', subgraphTimeoutMs: 5000,
      subgraphUrls: { erp: servers['erp']!.url, mes: servers['mes']!.url, cmms: servers['cmms']!.url, spreadsheet: servers['spreadsheet']!.url, interpretation: servers['interpretation']!.url, registry: servers['registry']!.url, context: servers['context']!.url },
    }), { logger: silentLogger });
  });
  after(async () => {
    await gw.close();
    await Promise.allSettled(Object.values(servers).map((s) => s.close()));
    await pg.close();
  });

  const query = '{ equipmentList(first: 2) { edges { node { id name mesMachineCode openMaintenanceWorkOrders { number } } } } }';

  test('the gateway answers the same cross-system query over HTTP subgraphs as embedded, request id forwarded', async () => {
    const [distributed, embedded] = await Promise.all([
      postGraphql(gw.url, query, { headers: { 'x-request-id': 'dist-1' } }),
      postGraphql(pg.gateway.url, query),
    ]);
    assert.equal(distributed.headers.get('x-request-id'), 'dist-1');
    assert.equal(distributed.body.errors, undefined, JSON.stringify(distributed.body.errors));
    assert.deepEqual(distributed.body, embedded.body);
  });

  test('a subgraph process that is gone gives its system\'s UNAVAILABLE code, the rest of the answer stays', async () => {
    await servers['mes']!.close();
    const res = await postGraphql(gw.url, query);
    assert.equal(res.status, 200);
    assert.deepEqual([...new Set(res.body.errors.map((e: { extensions: { code: string; serviceName?: string } }) => `${e.extensions.code}/${e.extensions.serviceName}`))], ['MES_UNAVAILABLE/mes']);
    for (const { node } of res.body.data.equipmentList.edges) {
      assert.equal(typeof node.name, 'string');
      assert.equal(node.mesMachineCode, null);
      assert.ok(Array.isArray(node.openMaintenanceWorkOrders));
    }
  });
});

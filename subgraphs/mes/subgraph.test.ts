import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../common/index.ts';
import { buildFixturePlant, startMesSimulator } from '../../simulators/mes/index.ts';
import { generatePlant } from '../../simulators/plant/index.ts';
import type { MesSimulatorHandle } from '../../simulators/mes/index.ts';
import { allMess, noMess } from '../../simulators/plant/index.ts';
import type { MessConfig } from '../../simulators/plant/index.ts';
import { createMesSubgraph, createServer, loadConfig } from './index.ts';
import type { MesConfig } from './index.ts';

const plant = buildFixturePlant();
const day0 = '2026-03-07T12:00:00.000Z';
const day2 = '2026-03-09T12:00:00.000Z';
const H = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();

type Run = (query: string, variables?: Record<string, unknown>) => Promise<unknown>;

async function start(t: { after(fn: () => Promise<void>): void }, mess: MessConfig = noMess, cfg: Partial<MesConfig> = {}): Promise<{ sim: MesSimulatorHandle; run: Run; stats: () => unknown; ready: () => Promise<boolean> }> {
  const sim = await startMesSimulator({ plant, mess });
  const config = loadConfig({}, { wsdlUrl: sim.wsdlUrl, opcWsdlUrl: sim.opcWsdlUrl, user: 'plantgraph', password: 'demo-only-password',
    siteTimeZone: 'America/Chicago', erpCompany: 'ACME', timeoutMs: 1000, cacheTtlMasterS: 0, cacheTtlTransactionalS: 0, ...cfg });
  const runtime = await createMesSubgraph(config, { logger: silentLogger });
  const server = createServer(runtime);
  await server.start();
  t.after(async () => { await server.stop(); await runtime.close(); await sim.close(); });
  const run: Run = async (query, variables) => {
    const res = await server.executeOperation({ query, ...(variables === undefined ? {} : { variables }) },
      { contextValue: runtime.createContext({ requestId: 'test', headers: {} }) });
    assert.equal(res.body.kind, 'single');
    return JSON.parse(JSON.stringify(res.body.kind === 'single' ? res.body.singleResult : null));
  };
  return { sim, run, stats: () => runtime.upstreamStats(), ready: () => runtime.ready() };
}

test('Equipment.states resolves through _entities with canonical states, durations and mapped reasons', async (t) => {
  const { run } = await start(t);
  const res = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { id mesMachineCode states(range: { from: "${day0}", to: "2026-03-08T00:00:00.000Z" }, first: 3) {
    state sourceState startTime endTime durationMinutes reasonText reasonCode timeAmbiguous } } } }`, { r: [{ __typename: 'Equipment', id: 'PRESS-04' }] });
  const t0 = Date.parse(day0);
  assert.deepEqual(res, { data: { _entities: [{ id: 'PRESS-04', mesMachineCode: 'P04', states: [
    { state: 'RUNNING', sourceState: '1 RUN', startTime: iso(t0), endTime: iso(t0 + 5 * H), durationMinutes: 300, reasonText: null, reasonCode: null, timeAmbiguous: false },
    { state: 'DOWN_UNPLANNED', sourceState: '5 DOWN', startTime: iso(t0 + 5 * H), endTime: iso(t0 + 6 * H), durationMinutes: 60, reasonText: 'JAM', reasonCode: 'JAM', timeAmbiguous: false },
    { state: 'RUNNING', sourceState: '1 RUN', startTime: iso(t0 + 6 * H), endTime: iso(t0 + 10 * H), durationMinutes: 240, reasonText: null, reasonCode: null, timeAmbiguous: false },
  ] }] } });
});

test('free-text reasons keep the raw text and map known phrases to canonical codes', async (t) => {
  const { run } = await start(t, allMess);
  const res = await run(`{ _entities(representations: [{ __typename: "Equipment", id: "PRESS-04" }]) { ... on Equipment { states(range: { from: "${day0}", to: "${day2}" }) { state reasonText reasonCode } } } }`) as
    { data: { _entities: [{ states: { state: string; reasonText: string | null; reasonCode: string | null }[] }] } };
  const truth = plant.states.filter((s) => s.machineId === 'PRESS-04');
  assert.deepEqual(res.data._entities[0].states.map((s) => [s.state, s.reasonCode]), truth.map((s) => [s.state, s.reason]));
  assert.ok(res.data._entities[0].states.some((s) => s.reasonText !== null && s.reasonText !== s.reasonCode), 'some reason is free text');
});

test('productionRecords: a connection over deduplicated records, ERP order refs, quantities in pieces', async (t) => {
  const { run } = await start(t);
  const q = `query($after: String) { productionRecords(filter: { range: { from: "${day0}", to: "${day2}" }, equipmentId: "PRESS-04" }, first: 1, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { recordId revision equipment { id } productionOrder { id } operationSequence
    goodQuantity { value unit sourceValue sourceUnit } scrapQuantity { value unit sourceValue sourceUnit } rejectReasonText startTime endTime recordedTime } } } }`;
  const res = await run(q) as { data: { productionRecords: { pageInfo: { endCursor: string } } } };
  const cursor = res.data.productionRecords.pageInfo.endCursor;
  const t0 = Date.parse(day0);
  assert.deepEqual(res, { data: { productionRecords: { totalCount: 12, pageInfo: { hasNextPage: true, endCursor: cursor }, edges: [{ node: {
    recordId: '88000', revision: 2, equipment: { id: 'PRESS-04' }, productionOrder: { id: 'ACME/J004510' }, operationSequence: 10,
    goodQuantity: { value: 80, unit: 'ea', sourceValue: 80, sourceUnit: 'EA' }, scrapQuantity: { value: 2, unit: 'ea', sourceValue: 2, sourceUnit: 'EA' },
    rejectReasonText: 'DIM_OVERSIZE', startTime: iso(t0), endTime: iso(t0 + 4 * H), recordedTime: iso(t0 + 7 * H) } }] } } });
  const next = await run(q, { after: cursor }) as { data: { productionRecords: { edges: { node: { recordId: string } }[] } } };
  assert.deepEqual(next.data.productionRecords.edges.map((e) => e.node.recordId), ['88001']);
  assert.deepEqual(await run(q, { after: 'bm9wZQ' }), { data: { productionRecords: null }, errors: [{ message: 'after is not a cursor of this list', locations: [{ line: 1, column: 25 }],
    path: ['productionRecords'], extensions: { code: 'INVALID_CURSOR' } }] });
});

test('under mess: resends and late revisions collapse to one record each; press strokes become pieces', async (t) => {
  const { run } = await start(t, allMess);
  const res = await run(`{ productionRecords(filter: { range: { from: "${day0}", to: "${day2}" }, equipmentId: "PRESS-04" }, first: 100) {
    totalCount edges { node { recordId revision goodQuantity { value unit sourceValue sourceUnit } } } } }`) as
    { data: { productionRecords: { totalCount: number; edges: { node: { recordId: string; revision: number; goodQuantity: unknown } }[] } } };
  const truth = plant.productionRecords.filter((r) => r.machineId === 'PRESS-04');
  const finals = new Map<number, (typeof truth)[number]>();
  for (const r of truth) if ((finals.get(r.recordId)?.revision ?? 0) < r.revision) finals.set(r.recordId, r);
  assert.equal(res.data.productionRecords.totalCount, finals.size);
  assert.deepEqual(res.data.productionRecords.edges.map((e) => [e.node.recordId, e.node.revision]), [...finals.values()].map((r) => [String(r.recordId), r.revision]));
  assert.deepEqual(res.data.productionRecords.edges[0]!.node.goodQuantity, { value: 80, unit: 'ea', sourceValue: 40, sourceUnit: 'STROKE' });
});

test('process variables: psi samples become bar, sentinels become null, current value comes from OPC Read', async (t) => {
  const { run } = await start(t, allMess);
  const from = Date.parse('2026-03-08T00:00:00.000Z');
  const res = await run(`{ processVariable(id: "PRESS-04/HYD_PRESS") { id tag unit sourceUnit equipment { id }
    samples(range: { from: "${iso(from)}", to: "${iso(from + 40 * 60_000)}" }, maxPoints: 40) { time value quality sourceValue } currentValue { time quality } } }`) as
    { data: { processVariable: { samples: { sourceValue: string }[] } } };
  const s = plant.series.find((x) => x.machineId === 'PRESS-04' && x.tag === 'HYD_PRESS')!;
  const i0 = (from - s.startMs) / s.intervalMs;
  const samples = res.data.processVariable.samples.map((got, k) => {
    const sent = Math.round(s.values[i0 + k]! * 14.5038 * 1e4) / 1e4;
    const sentinel = got.sourceValue === '-9999' || got.sourceValue === 'N/A';
    // mathjs (through normalization/) gives 1 psi = 0.0689475729276459 bar; HMIs round it to 1/14.5038.
    return { time: iso(from + k * 60_000), value: sentinel ? null : Number((sent * 0.0689475729276459).toPrecision(12)), quality: sentinel ? 'BAD' : 'GOOD', sourceValue: sentinel ? got.sourceValue : String(sent) };
  });
  assert.equal(samples.length, 40);
  assert.deepEqual(res, { data: { processVariable: { id: 'PRESS-04/HYD_PRESS', tag: 'HYD_PRESS', unit: 'bar', sourceUnit: 'PSI', equipment: { id: 'PRESS-04' },
    samples, currentValue: { time: day2, quality: (res as unknown as { data: { processVariable: { currentValue: { quality: string } } } }).data.processVariable.currentValue.quality } } } });
  assert.deepEqual(await run('{ processVariable(id: "PRESS-04/NOPE") { id } a: processVariable(id: "garbage") { id } }'), { data: { processVariable: null, a: null } });
});

test('quality characteristics in inches are served in mm with spec limits', async (t) => {
  const { run } = await start(t, allMess);
  const res = await run(`{ qualityCharacteristic(id: "MILL-07/OD") { id } q: _entities(representations: [{ __typename: "Equipment", id: "PRESS-04" }]) { ... on Equipment {
    qualityCharacteristics { id unit sourceUnit nominal lsl usl measurements(range: { from: "${day0}", to: "${day2}" }, first: 1) { measurementId time value { value unit } productionOrder { id } } } } } }`);
  assert.deepEqual(res, { data: { qualityCharacteristic: null, q: [{ qualityCharacteristics: [{ id: 'PRESS-04/OD', unit: 'mm', sourceUnit: 'mm', nominal: 25, lsl: 24.9, usl: 25.1,
    // Without the identity crosswalk the MES's own zero-padded job number (paddedKeys) is used as it is: nothing guesses.
    measurements: [{ measurementId: '5000', time: iso(Date.parse(day0) + H), value: { value: 25.01, unit: 'mm' }, productionOrder: { id: 'ACME/J00004510' } }] }] }] } });
});

test('equipment whose MES alias is blank resolves with mesMachineCode null and empty lists, and is counted', async (t) => {
  const { run } = await start(t, allMess);
  const res = await run(`{ mesServerInfo { version timeZone siteCode serverTime unmappedEquipmentCount }
    _entities(representations: [{ __typename: "Equipment", id: "LATHE-02" }]) { ... on Equipment { id mesMachineCode states(range: { from: "${day0}", to: "${day2}" }) { state } processVariables { id } } } }`);
  assert.deepEqual(res, { data: { mesServerInfo: { version: '6.2.4', timeZone: 'America/Chicago', siteCode: 'SITE1', serverTime: day2, unmappedEquipmentCount: 1 },
    _entities: [{ id: 'LATHE-02', mesMachineCode: null, states: [], processVariables: [] }] } });
});

test('a query over all equipment costs the same SOAP calls as over one (batched, site-wide reads)', async (t) => {
  const { sim, run, stats } = await start(t);
  const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { id mesMachineCode
    states(range: { from: "${day0}", to: "${day2}" }) { state } productionRecords(range: { from: "${day0}", to: "${day2}" }) { recordId }
    qualityCharacteristics { measurements(range: { from: "${day0}", to: "${day2}" }) { measurementId } } } } }`;
  const reps = (ids: string[]): Record<string, unknown> => ({ r: ids.map((id) => ({ __typename: 'Equipment', id })) });
  sim.resetStats();
  const one = await run(q, reps(['PRESS-04'])) as { errors?: unknown };
  const oneCalls = sim.stats().byOp;
  sim.resetStats();
  const all = await run(q, reps(plant.machines.map((m) => m.id))) as { errors?: unknown; data: { _entities: { states: unknown[] }[] } };
  const allCalls = sim.stats().byOp;
  assert.equal(one.errors, undefined);
  assert.equal(all.errors, undefined);
  assert.equal(all.data._entities.length, 3);
  assert.ok(all.data._entities.every((e) => e.states.length > 0));
  assert.deepEqual(oneCalls, { GetEquipmentList: 1, GetEquipmentStateHistory: 1, GetProductionRecords: 1, GetQualityMeasurements: 1 });
  assert.deepEqual(allCalls, oneCalls);
  const { calls, byOp } = stats() as { calls: number; byOp: unknown };
  assert.deepEqual({ calls, byOp }, { calls: 8, byOp: { GetEquipmentList: 2, GetEquipmentStateHistory: 2, GetProductionRecords: 2, GetQualityMeasurements: 2 } });
});

test('ProductionOrder.productionRecords batches orders into one site-wide read and ignores other companies', async (t) => {
  const { sim, run } = await start(t);
  sim.resetStats();
  const res = await run(`{ _entities(representations: [{ __typename: "ProductionOrder", id: "ACME/J004511" }, { __typename: "ProductionOrder", id: "ACME/J004512" }, { __typename: "ProductionOrder", id: "ACME-MX/J004511" }]) {
    ... on ProductionOrder { id productionRecords(range: { from: "${day0}", to: "${day2}" }, first: 2) { recordId equipment { id } } } } }`);
  assert.deepEqual(res, { data: { _entities: [
    { id: 'ACME/J004511', productionRecords: [{ recordId: '88012', equipment: { id: 'LATHE-02' } }, { recordId: '88013', equipment: { id: 'LATHE-02' } }] },
    { id: 'ACME/J004512', productionRecords: [{ recordId: '88024', equipment: { id: 'MILL-07' } }, { recordId: '88025', equipment: { id: 'MILL-07' } }] },
    { id: 'ACME-MX/J004511', productionRecords: [] },
  ] } });
  assert.deepEqual(sim.stats().byOp, { GetProductionRecords: 1, GetEquipmentList: 1 });
});

test('partial failure: MES down gives coded errors on the MES fields, bad ranges are INVALID_TIME_RANGE', async (t) => {
  const { sim, run, ready } = await start(t);
  assert.equal(await ready(), true);
  assert.deepEqual(await run(`{ _entities(representations: [{ __typename: "Equipment", id: "PRESS-04" }]) { ... on Equipment { states(range: { from: "${day2}", to: "${day0}" }) { state } } } }`),
    { data: { _entities: [{ states: null }] }, errors: [{ message: 'range.from must not be after range.to', locations: [{ line: 1, column: 98 }], path: ['_entities', 0, 'states'], extensions: { code: 'INVALID_TIME_RANGE' } }] });
  sim.setFault({ mode: 'down' });
  assert.deepEqual(await run('{ _entities(representations: [{ __typename: "Equipment", id: "PRESS-04" }]) { ... on Equipment { id mesMachineCode } } }'),
    { data: { _entities: [{ id: 'PRESS-04', mesMachineCode: null }] }, errors: [{ message: 'MES unreachable (GetEquipmentList)', locations: [{ line: 1, column: 101 }],
      path: ['_entities', 0, 'mesMachineCode'], extensions: { code: 'MES_UNAVAILABLE', source: 'MES', retryable: true } }] });
  assert.equal(await ready(), false);
});

test('over a generated plant (7 days, 12 machines): states match the ground truth and all machines cost the SOAP calls of one', async (t) => {
  const gen = generatePlant({ days: 7, machines: 12, parts: 40 });
  const sim = await startMesSimulator({ plant: gen, mess: noMess });
  const config = loadConfig({}, { wsdlUrl: sim.wsdlUrl, user: 'plantgraph', password: 'demo-only-password', siteTimeZone: gen.site.timeZone,
    erpCompany: gen.site.company, cacheTtlMasterS: 0, cacheTtlTransactionalS: 0 });
  const runtime = await createMesSubgraph(config, { logger: silentLogger });
  const server = createServer(runtime);
  await server.start();
  t.after(async () => { await server.stop(); await runtime.close(); await sim.close(); });
  const run = async (ids: readonly string[]): Promise<{ data: { _entities: { id: string; states: { state: string; startTime: string; endTime: string }[] }[] } }> => {
    const res = await server.executeOperation({ query: `query($r: [_Any!]!, $range: TimeRange!) { _entities(representations: $r) { ... on Equipment { id
      states(range: $range, first: 5000) { state startTime endTime } productionRecords(range: $range, first: 5000) { recordId } } } }`,
    variables: { r: ids.map((id) => ({ __typename: 'Equipment', id })), range: { from: iso(fromMs), to: iso(toMs) } } },
    { contextValue: runtime.createContext({ requestId: 'gen', headers: {} }) });
    assert.ok(res.body.kind === 'single' && res.body.singleResult.errors === undefined);
    return JSON.parse(JSON.stringify(res.body.singleResult));
  };
  // Two days keep the site-wide answers within one 500-row page, so the comparison is about N, not volume.
  const toMs = gen.config.anchorMs, fromMs = toMs - 2 * 86_400_000;
  const ids = gen.machines.map((m) => m.id);
  sim.resetStats();
  await run([ids[0]!]);
  const one = sim.stats().byOp;
  sim.resetStats();
  const all = await run(ids);
  assert.deepEqual(sim.stats().byOp, one);
  assert.deepEqual(one, { GetEquipmentList: 1, GetEquipmentStateHistory: 1, GetProductionRecords: 1 });
  const truth = ids.map((id) => ({ id, states: gen.states.filter((s) => s.machineId === id && s.startMs < toMs && s.endMs > fromMs)
    .map((s) => ({ state: s.state, startTime: iso(s.startMs), endTime: iso(Math.min(s.endMs, toMs)) })) }));
  assert.deepEqual(all.data._entities.map((e) => ({ id: e.id, states: e.states })), truth);
});

test('recent* fields (for interpretation @requires) cover 14 days before the MES clock, samples at 5-minute steps', async (t) => {
  const { sim, run } = await start(t);
  sim.resetStats();
  const res = await run(`{ _entities(representations: [{ __typename: "Equipment", id: "PRESS-04" }]) { ... on Equipment {
    recentStates { startTime } processVariables { id recentSamples { time } } qualityCharacteristics { id recentMeasurements { time } } } } }`) as
    { data: { _entities: [{ recentStates: { startTime: string }[]; processVariables: { id: string; recentSamples: { time: string }[] }[]; qualityCharacteristics: { id: string; recentMeasurements: unknown[] }[] }] } };
  const e = res.data._entities[0];
  const t0 = Date.parse(day0);
  assert.deepEqual(e.recentStates.map((s) => s.startTime), plant.states.filter((s) => s.machineId === 'PRESS-04').map((s) => iso(s.startMs)));
  assert.deepEqual(e.processVariables.map((p) => [p.id, p.recentSamples.length, p.recentSamples[0]?.time, p.recentSamples.at(-1)?.time]), [
    ['PRESS-04/HYD_PRESS', 576, iso(t0), iso(t0 + 575 * 300_000)], ['PRESS-04/OIL_TEMP', 576, iso(t0), iso(t0 + 575 * 300_000)]]);
  assert.deepEqual(e.qualityCharacteristics.map((q) => [q.id, q.recentMeasurements.length]), [['PRESS-04/OD', 8]]);
  // Both tags of the machine in one paged sample read (1152 rows = 3 pages of 500); one server-clock read per request.
  assert.deepEqual(sim.stats().byOp, { GetServerInfo: 1, GetEquipmentList: 1, GetEquipmentStateHistory: 1, GetProcessSamples: 3, GetQualityMeasurements: 1 });
});

test('MES_CACHE_MAX_MB bounds the read cache: a scan over budget keeps less and answers the same', async (t) => {
  const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { processVariables { recentSamples { time value } } } } }`;
  const r = plant.machines.map((m) => ({ __typename: 'Equipment', id: m.id }));
  // Budgets in fractions of a MiB (config overrides are not range-checked as env is) keep the fixture plant small.
  const scan = async (cacheMaxMb: number): Promise<{ answer: unknown; bytes: number; evicted: number }> => {
    const { run, stats } = await start(t, noMess, { cacheTtlMasterS: 300, cacheTtlTransactionalS: 300, cacheMaxMb });
    const answer = await run(q, { r });
    const { cache } = stats() as { cache: { bytes: number; evicted: number } };
    return { answer, ...cache };
  };
  const roomy = await scan(512);
  const budget = roomy.bytes / 2;
  const tight = await scan(budget / 1024 / 1024);
  assert.deepEqual(tight.answer, roomy.answer, 'a tight budget changes what is kept, never the answer');
  assert.equal(roomy.evicted, 0);
  // Over budget a window is evicted, or (over a quarter of the budget) served and not kept.
  assert.ok(tight.bytes <= budget && tight.bytes < roomy.bytes, `half budget: ${tight.bytes} of ${roomy.bytes} bytes kept`);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphQLError } from 'graphql';
import { createReadCache, defaultUpstreamPolicy, silentLogger } from '../../../common/index.ts';
import { buildFixturePlant, startMesSimulator } from '../../../simulators/mes/index.ts';
import type { MesSimulatorHandle } from '../../../simulators/mes/index.ts';
import { allMess, noMess } from '../../../simulators/plant/index.ts';
import type { MessConfig } from '../../../simulators/plant/index.ts';
import { loadConfig } from '../config.ts';
import type { MesConfig } from '../config.ts';
import { createSoapMesSource } from './soap-mes-source.ts';
import type { MesSource } from './types.ts';

const plant = buildFixturePlant();
const day0 = Date.UTC(2026, 2, 7, 12);
const day2 = Date.UTC(2026, 2, 9, 12);

async function setup(t: { after(fn: () => Promise<void> | void): void }, opts: { mess?: MessConfig; config?: Partial<MesConfig> } = {}): Promise<{ sim: MesSimulatorHandle; source: MesSource }> {
  const sim = await startMesSimulator({ plant, mess: opts.mess ?? noMess });
  const cache = createReadCache();
  const cfg = loadConfig({}, { wsdlUrl: sim.wsdlUrl, opcWsdlUrl: sim.opcWsdlUrl, user: 'plantgraph', password: 'demo-only-password',
    siteTimeZone: 'America/Chicago', erpCompany: 'ACME', timeoutMs: 2000, cacheTtlMasterS: 0, cacheTtlTransactionalS: 0, ...opts.config });
  const source = createSoapMesSource(cfg, { logger: silentLogger, cache });
  t.after(async () => { cache.close(); await source.close(); await sim.close(); });
  return { sim, source };
}

async function codeOf(p: Promise<unknown>): Promise<unknown> {
  try { await p; return 'resolved'; } catch (e: unknown) {
    assert.ok(e instanceof GraphQLError, `expected a GraphQLError, got ${String(e)}`);
    return e.toJSON();
  }
}

test('equipmentList maps MES machines to canonical ids from ErpResourceCode, trimmed and upper-cased; blank → null', async (t) => {
  const { source } = await setup(t, { mess: allMess });
  const list = await source.equipmentList();
  assert.deepEqual(list.map((m) => [m.mesCode, m.equipmentId, m.erpAliasRaw, m.opcPath]), [
    ['P04', 'PRESS-04', 'press-04', 'Site1.Fab.Press04'], // node-soap trims the padding; upper-casing is ours
    ['L02', null, '', 'Site1.Mach.Lathe02'],
    ['M07', 'MILL-07', 'mill-07', 'Site1.Mach.Mill07'],
  ]);
  assert.deepEqual(list[0]!.tags.map((x) => [x.tag, x.kind, x.sourceUnit]), [['HYD_PRESS', 'PV', 'PSI'], ['OIL_TEMP', 'PV', 'degF'], ['OD', 'QC', 'mm']]);
});

test('stateHistory returns the plant truth in UTC across the spring-forward gap', async (t) => {
  const { source } = await setup(t);
  const rows = await source.stateHistory('P04', day0, day2);
  const truth = plant.states.filter((s) => s.machineId === 'PRESS-04');
  assert.deepEqual(rows.map((r) => [r.startMs, r.endMs, r.ambiguous]), truth.map((s) => [s.startMs, s.endMs, false]));
  assert.deepEqual(rows.slice(0, 3).map((r) => [r.stateCode, r.stateName, r.reasonText]), [[1, 'RUN', null], [5, 'DOWN', 'JAM'], [1, 'RUN', null]]);
});

test('productionRecords pages until MoreData is false and counts one SOAP call per page', async (t) => {
  const { sim, source } = await setup(t, { config: { pageSize: 5 } });
  sim.resetStats();
  const rows = await source.productionRecords(null, day0, day2);
  // Without the lateAndCorrected mess the MES shows only the final revision of each record.
  const unique = new Set(plant.productionRecords.map((r) => r.recordId)).size;
  assert.equal(rows.length, unique);
  const pages = Math.ceil(unique / 5);
  assert.deepEqual(sim.stats().byOp, { GetProductionRecords: pages });
  assert.deepEqual(source.stats().byOp, { GetProductionRecords: pages });
  assert.deepEqual(rows.find((r) => r.recordId === '88000'), {
    recordId: '88000', revision: 2, mesCode: 'P04', workOrder: 'J004510-10', goodSource: 80, rejectSource: 2, uom: 'EA', perCount: 1,
    rejectReason: 'DIM_OVERSIZE', startMs: Date.UTC(2026, 2, 7, 12), endMs: Date.UTC(2026, 2, 7, 16), recordedMs: Date.UTC(2026, 2, 7, 19),
    timeFlags: { ambiguous: { start: false, end: false, recorded: false }, gap: { start: false, end: false, recorded: false }, gapShifted: false, sequenceResolved: false } });
});

test('v2 upgrade: after a re-fingerprint of the WSDL, renamed and moved fields are read where they are now, from the v1-built client', async (t) => {
  const { sim, source } = await setup(t, { mess: allMess });
  await source.equipmentList(); // client built from the v1 WSDL
  sim.setUpgrade('v2');
  const changes = await source.schema!.check('manual');
  assert.deepEqual(changes.filter((c) => c.kind !== 'ADDITIVE').map((c) => [c.entity, c.field, c.kind, c.remappedTo]), [
    ['Equipment', 'ErpResourceCode', 'MOVED', 'ExternalRefs/ErpCode'], ['StateInterval', 'Reason', 'MOVED', 'Reason/Text'],
    ['ProductionRecord', 'GoodQty', 'RENAMED', 'QtyGood'], ['ProductionRecord', 'RejectQty', 'RENAMED', 'QtyRejected']]);
  const [list, states, recs] = await Promise.all([source.equipmentList(), source.stateHistory('P04', day0, day2), source.productionRecords('P04', day0, day2)]);
  assert.equal(list[0]!.equipmentId, 'PRESS-04');
  assert.ok(states.some((s) => s.reasonText !== null && s.reasonText !== ''));
  const first = recs.find((r) => r.recordId === '88000' && r.revision === 2)!;
  assert.deepEqual([first.goodSource, first.rejectSource, first.uom, first.perCount], [40, 1, 'STROKE', 2]);
});

test('readCurrent reads known items and reports unknown items in-band', async (t) => {
  const { source } = await setup(t);
  const [a, b] = await source.readCurrent(['Site1.Fab.Press04.HYD_PRESS', 'Site1.Fab.Press04.NOPE']);
  const s = plant.series.find((x) => x.machineId === 'PRESS-04' && x.tag === 'HYD_PRESS')!;
  assert.deepEqual(a, { itemPath: 'Site1.Fab.Press04.HYD_PRESS', value: Math.round(s.values[s.values.length - 1]! * 1e4) / 1e4, quality: 'good', timeMs: day2, resultId: null });
  assert.deepEqual(b, { itemPath: 'Site1.Fab.Press04.NOPE', value: null, quality: null, timeMs: null, resultId: 'E_UNKNOWNITEMNAME' });
});

/** The breaker off: these tests are about the code each fault maps to, not about failing fast after several. */
const noBreaker = { ...defaultUpstreamPolicy, breaker: { ...defaultUpstreamPolicy.breaker, enabled: false } };

test('faults become coded errors naming the MES: down, 503, busy, garbage, timeout, bad credentials, reversed range', async (t) => {
  const { sim, source } = await setup(t, { config: { timeoutMs: 300, resilience: noBreaker } });
  await source.equipmentList();
  const cases: [Parameters<MesSimulatorHandle['setFault']>[0], unknown][] = [
    [{ mode: 'down' }, { message: 'MES unreachable (GetEquipmentList)', extensions: { code: 'MES_UNAVAILABLE', source: 'MES', retryable: true } }],
    [{ mode: 'http503' }, { message: 'MES answered GetEquipmentList with HTTP 503', extensions: { code: 'MES_UNAVAILABLE', source: 'MES', retryable: true, detail: { status: 503 } } }],
    [{ mode: 'busy' }, { message: 'MES is busy (GetEquipmentList)', extensions: { code: 'MES_BUSY', source: 'MES', retryable: true, detail: { errorCode: 'MES-9001' } } }],
    [{ mode: 'garbage' }, { message: 'MES answered GetEquipmentList with an unreadable response', extensions: { code: 'MES_BAD_RESPONSE', source: 'MES', retryable: true } }],
    [{ mode: 'timeout' }, { message: 'MES GetEquipmentList timed out', extensions: { code: 'MES_TIMEOUT', source: 'MES', retryable: true } }],
    [{ mode: 'latency', latencyMs: 1000 }, { message: 'MES GetEquipmentList timed out', extensions: { code: 'MES_TIMEOUT', source: 'MES', retryable: true } }],
  ];
  for (const [f, expected] of cases) {
    sim.setFault(f);
    assert.deepEqual(await codeOf(source.equipmentList()), expected, f.mode);
  }
  sim.setFault({ mode: 'none' });
  assert.equal((await source.equipmentList()).length, 3);
  assert.deepEqual(await codeOf(source.stateHistory('P04', day2, day0)), {
    message: 'MES answered GetEquipmentStateHistory with a SOAP Fault MES-1042',
    extensions: { code: 'MES_SOAP_FAULT', source: 'MES', retryable: false, detail: { errorCode: 'MES-1042' } } });
});

test('hostile responses are refused before any XML parser sees them: XXE, entity expansion, oversized bodies', async (t) => {
  const { sim, source } = await setup(t, { config: { resilience: noBreaker, maxResponseBytes: 256 * 1024 } });
  await source.equipmentList();
  const doctype = { message: 'MES answered with a DOCTYPE/ENTITY declaration (refused unparsed)', extensions: { code: 'MES_BAD_RESPONSE', source: 'MES', retryable: false, detail: { refused: 'doctype' } } };
  const cases: [Parameters<MesSimulatorHandle['setFault']>[0], unknown][] = [
    [{ mode: 'xxe' }, doctype],
    [{ mode: 'entityExpansion' }, doctype],
    [{ mode: 'oversized', bytes: 1024 * 1024 }, { message: 'MES answered larger than 262144 bytes', extensions: { code: 'MES_BAD_RESPONSE', source: 'MES', retryable: false, detail: { refused: 'oversized' } } }],
  ];
  for (const [f, expected] of cases) {
    sim.setFault(f);
    assert.deepEqual(await codeOf(source.serverInfo()), expected, f.mode);
  }
  sim.setFault({ mode: 'none' });
  assert.equal((await source.equipmentList()).length, 3);
});

test('the breaker opens after repeated failures, fails fast without calling the MES, and closes after a successful probe', async (t) => {
  const resilience = { ...defaultUpstreamPolicy, retries: 0, breaker: { ...defaultUpstreamPolicy.breaker, volumeThreshold: 2, resetTimeoutMs: 200 } };
  const { sim, source } = await setup(t, { config: { resilience } });
  await source.equipmentList();
  sim.setFault({ mode: 'busy' });
  for (let i = 0; i < 2; i++) await codeOf(source.equipmentList());
  sim.resetStats();
  assert.deepEqual(await codeOf(source.equipmentList()), {
    message: 'MES is failing; GetEquipmentList not attempted (circuit breaker open)',
    extensions: { code: 'MES_UNAVAILABLE', source: 'MES', retryable: true, detail: { breaker: 'open' } } });
  assert.equal(sim.stats().calls, 0, 'failing fast: the MES was not called');
  sim.setFault({ mode: 'none' });
  await new Promise((r) => setTimeout(r, 250));
  assert.equal((await source.equipmentList()).length, 3, 'the half-open probe succeeded');
  assert.equal((await source.equipmentList()).length, 3, 'closed again');
});

test('wrong credentials are MES_AUTH_FAILED', async (t) => {
  const { source } = await setup(t, { config: { password: 'wrong' } });
  assert.deepEqual(await codeOf(source.equipmentList()), {
    message: 'MES refused the credentials for GetEquipmentList',
    extensions: { code: 'MES_AUTH_FAILED', source: 'MES', retryable: false, detail: { errorCode: 'MES-1001' } } });
});

test('an MES that is down before the first call is MES_UNAVAILABLE, and the client is built once it is back', async (t) => {
  const { sim, source } = await setup(t);
  sim.setFault({ mode: 'down' });
  assert.deepEqual(await codeOf(source.equipmentList()), { message: 'MES unreachable (GetEquipmentList)', extensions: { code: 'MES_UNAVAILABLE', source: 'MES', retryable: true } });
  sim.setFault({ mode: 'none' });
  assert.equal((await source.equipmentList()).length, 3);
});

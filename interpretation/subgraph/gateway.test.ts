// Gateway-level: the real interpretation runtime behind @apollo/gateway with fixture erp/mes/cmms
// subgraphs (embedded, LocalGraphQLDataSource), so the @requires plumbing runs end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../common/index.ts';
import { loadGatewayConfig, startGateway } from '../../gateway/index.ts';
import { postGraphql } from '../../test-utils/index.ts';
import { AnomalyModelCache } from '../core/index.ts';
import { createInterpretationSubgraph, loadConfig } from './index.ts';
import { composeFixtureSupergraph, createFixturePlantSubgraphs, series, timeAt, toolChangeAt, STEP_MS } from './fixtures.ts';
import type { FixturePlant } from './fixtures.ts';

function plant(): FixturePlant {
  return {
    equipment: [{ id: 'PRESS-04', name: 'Press 4' }, { id: 'LATHE-12', name: 'Lathe 12' }],
    variables: [
      // Drifts up from sample 400 on; nothing explains it.
      { id: 'PRESS-04/HYD_PRESS', equipmentId: 'PRESS-04', unit: 'bar', lsl: 9, usl: 11, samples: series(600, { shift: 0.3, stepAt: 400, seed: 31 }) },
      { id: 'PRESS-04/OIL_TEMP', equipmentId: 'PRESS-04', unit: 'degC', lsl: null, usl: null, samples: series(600, { level: 40, sigma: 0.5, seed: 32 }) },
      // Steps at sample 300 exactly when the tool was changed: a new baseline, not drift.
      { id: 'LATHE-12/OD', equipmentId: 'LATHE-12', unit: 'mm', lsl: 24.9, usl: 25.1, samples: series(600, { level: 25, sigma: 0.01, shift: 0.05, stepAt: 300, seed: 33 }) },
    ],
    states: { 'LATHE-12': [toolChangeAt(300)] },
    maintenance: { 'PRESS-04': [{ id: 'wo_1', type: 'INSPECTION', status: 'COMPLETED', completedAt: timeAt(390) }] },
    cmmsDown: false,
    calls: {},
  };
}

async function start(t: { after: (fn: () => Promise<void>) => void }, p: FixturePlant) {
  const anomalyOptions = { epochs: 2, windowSize: 4, hiddenUnits: 8, bottleneckUnits: 2, batchSize: 64 };
  const interpretation = await createInterpretationSubgraph(loadConfig({}), { logger: silentLogger, anomalyModels: new AnomalyModelCache(anomalyOptions), anomalyOptions });
  const gw = await startGateway(loadGatewayConfig({}, { port: 0, graphiql: false }), {
    logger: silentLogger, supergraphSdl: composeFixtureSupergraph(),
    embedded: { ...createFixturePlantSubgraphs(p), interpretation },
  });
  t.after(async () => { await gw.close(); await interpretation.close(); });
  return gw;
}

const driftQuery = `{ equipmentList { id processVariables { id drift(baselinePoints: 50) { state direction since resets { at kind } } } } }`;

test('through the gateway: drift on the drifting variable with its onset, none on the stable one, and a tool change resets the baseline', async (t) => {
  const p = plant();
  const gw = await start(t, p);
  const res = await postGraphql(gw.url, driftQuery);
  assert.equal(res.status, 200);
  const since = res.body.data?.equipmentList?.[0]?.processVariables?.[0]?.drift?.since;
  assert.deepEqual(res.body, { data: { equipmentList: [
    { id: 'PRESS-04', processVariables: [
      { id: 'PRESS-04/HYD_PRESS', drift: { state: 'DRIFTING', direction: 'UP', since, resets: [] } },
      { id: 'PRESS-04/OIL_TEMP', drift: { state: 'IN_CONTROL', direction: 'NONE', since: null, resets: [] } },
    ] },
    { id: 'LATHE-12', processVariables: [
      { id: 'LATHE-12/OD', drift: { state: 'IN_CONTROL', direction: 'NONE', since: null, resets: [{ at: timeAt(300), kind: 'MES SETUP TOOL_CHANGE' }] } },
    ] },
  ] } });
  assert.ok(Math.abs(Date.parse(since) - Date.parse(timeAt(400))) <= 10 * STEP_MS, `onset ${since} near ${timeAt(400)}`);
  // Inputs were resolved once per representation (3 variables → 3 `equipment` representations),
  // not once per derived field; the real subgraphs' DataLoaders collapse the duplicate PRESS-04.
  assert.deepEqual(p.calls, { 'mes.ProcessVariable.recentSamples': 3, 'mes.Equipment.recentStates': 3, 'cmms.Equipment.recentMaintenance': 3, 'context.Equipment.recentNotes': 3 });
});

test('through the gateway: stability of a variable starts after its tool change, so the re-centring step is not a shift', async (t) => {
  const p = plant();
  const gw = await start(t, p);
  const res = await postGraphql(gw.url, '{ processVariable(id: "LATHE-12/OD") { stability { state explanation { window { from n } notes } } } }');
  const st = res.body.data.processVariable.stability;
  assert.deepEqual([st.state, st.explanation.window], ['STABLE', { from: timeAt(301), n: 299 }]);
  // The core may add its own notes (e.g. rule 7 by chance); ours is the last.
  assert.equal(st.explanation.notes.at(-1), `window starts after maintenance reset at ${timeAt(300)} (MES SETUP TOOL_CHANGE)`);
  p.states = {};
  const without = await postGraphql(gw.url, '{ processVariable(id: "LATHE-12/OD") { stability { state } } }');
  assert.deepEqual(without.body, { data: { processVariable: { stability: { state: 'UNSTABLE' } } } });
});

test('through the gateway: without the tool change the same step is reported as drift', async (t) => {
  const p = plant();
  p.states = {};
  const gw = await start(t, p);
  const res = await postGraphql(gw.url, '{ equipmentList { processVariables { id drift(baselinePoints: 50) { state } } } }');
  assert.deepEqual(res.body.data.equipmentList[1], { processVariables: [{ id: 'LATHE-12/OD', drift: { state: 'DRIFTING' } }] });
});

test('through the gateway: when CMMS fails, drift is null with INTERP_INPUT_UNAVAILABLE beside the CMMS error, and the MES inputs still answer', async (t) => {
  const p = plant();
  p.cmmsDown = true;
  const gw = await start(t, p);
  const res = await postGraphql(gw.url, '{ processVariable(id: "LATHE-12/OD") { id tag drift { state } } }');
  assert.deepEqual(res.body.data, { processVariable: { id: 'LATHE-12/OD', tag: 'OD', drift: null } });
  const codes = (res.body.errors as { extensions: { code: string }; path?: unknown[] }[]).map((e) => [e.extensions.code, e.path]);
  assert.deepEqual(codes.find((c) => c[0] === 'INTERP_INPUT_UNAVAILABLE'), ['INTERP_INPUT_UNAVAILABLE', ['processVariable', 'drift']]);
  assert.ok(codes.some((c) => c[0] === 'CMMS_UNAVAILABLE'), JSON.stringify(codes));
});

test('through the gateway: equipment warnings and events combine MES and CMMS inputs', async (t) => {
  const gw = await start(t, plant());
  const res = await postGraphql(gw.url, '{ equipmentList { id warnings { subject severity signals { kind } } events { kind subject } anomaly { detector variables } } }');
  assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
  const [press, lathe] = res.body.data.equipmentList;
  assert.equal(press.warnings[0].subject, 'PRESS-04/HYD_PRESS');
  assert.ok(press.warnings[0].signals.some((s: { kind: string }) => s.kind === 'DRIFT'));
  assert.deepEqual(press.events.filter((e: { kind: string }) => e.kind === 'DRIFT_BEGAN'), [{ kind: 'DRIFT_BEGAN', subject: 'PRESS-04/HYD_PRESS' }]);
  assert.deepEqual(lathe.events.filter((e: { kind: string }) => e.kind === 'DRIFT_BEGAN'), []);
  assert.deepEqual(press.anomaly, { detector: 'STATISTICAL', variables: ['PRESS-04/HYD_PRESS', 'PRESS-04/OIL_TEMP'] });
});

const note = (id: string, i: number, category: string, confidence: number, tags: string[] = []) => ({
  id, time: timeAt(i), endTime: null, category, confidence, text: `${category} note`,
  mentions: tags.map((tag) => ({ kind: 'VARIABLE_TAG', text: tag, value: tag, confidence: 0.9 })),
});

test('through the gateway: an operator note of a tool change resets the drift baseline like a recorded one, and the explanation names the note', async (t) => {
  const p = plant();
  p.states = {};
  p.notes = { 'LATHE-12': [note('note-7', 300, 'TOOL_CHANGE', 0.91)] };
  const gw = await start(t, p);
  const q = '{ processVariable(id: "LATHE-12/OD") { drift(baselinePoints: 50) { state resets { at kind } explanation { inputs { subgraph field count } } } } }';
  const res = await postGraphql(gw.url, q);
  assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
  const d = res.body.data.processVariable.drift;
  assert.deepEqual([d.state, d.resets], ['IN_CONTROL', [{ at: timeAt(300), kind: 'operator note note-7 (TOOL_CHANGE, confidence 0.91)' }]]);
  assert.ok(d.explanation.inputs.some((i: { subgraph: string; field: string; count: number }) => i.subgraph === 'context' && i.field === 'Equipment.recentNotes' && i.count === 1));
  // Below the action threshold the note is data, not a reset: the step is drift again.
  p.notes = { 'LATHE-12': [note('note-7', 300, 'TOOL_CHANGE', 0.4)] };
  const weak = await postGraphql(gw.url, q);
  assert.equal(weak.body.data.processVariable.drift.state, 'DRIFTING');
  // A tool-change note that names another variable does not reset this one.
  p.notes = { 'LATHE-12': [note('note-8', 300, 'TOOL_CHANGE', 0.95, ['BORE'])] };
  assert.equal((await postGraphql(gw.url, q)).body.data.processVariable.drift.state, 'DRIFTING');
});

test('through the gateway: a suspect-sensor note down-weights that variable\'s warnings and says so; without it the warning is full weight', async (t) => {
  const p = plant();
  const gw = await start(t, p);
  const q = '{ equipmentList { id warnings { subject score signals { kind score detail } } } processVariable(id: "PRESS-04/HYD_PRESS") { drift { state explanation { notes } } } }';
  const before = (await postGraphql(gw.url, q)).body.data;
  const w0 = before.equipmentList[0].warnings.find((w: { subject: string }) => w.subject === 'PRESS-04/HYD_PRESS');
  p.notes = { 'PRESS-04': [note('note-9', 380, 'SENSOR_SUSPECT', 0.88, ['HYD_PRESS'])] };
  const after = (await postGraphql(gw.url, q)).body.data;
  const w1 = after.equipmentList[0].warnings.find((w: { subject: string }) => w.subject === 'PRESS-04/HYD_PRESS');
  const drift0 = w0.signals.find((s: { kind: string }) => s.kind === 'DRIFT');
  const drift1 = w1.signals.find((s: { kind: string }) => s.kind === 'DRIFT');
  assert.ok(Math.abs(drift1.score - 0.25 * drift0.score) < 1e-9, `${drift1.score} vs ${drift0.score}`);
  assert.ok(w1.score < w0.score);
  assert.match(drift1.detail, /down-weighted ×0.25: operator note note-9 \(SENSOR_SUSPECT, confidence 0.88\) suspects this sensor/);
  assert.equal(after.processVariable.drift.state, 'DRIFTING', 'the drift itself is still reported');
  assert.ok(after.processVariable.drift.explanation.notes.some((n: string) => n.includes('operator note note-9')), JSON.stringify(after.processVariable.drift.explanation.notes));
});

test('through the gateway: when the note store fails, drift is still computed (notes are optional inputs) and says it went without them', async (t) => {
  const p = plant();
  p.contextDown = true;
  const gw = await start(t, p);
  const res = await postGraphql(gw.url, '{ processVariable(id: "PRESS-04/HYD_PRESS") { drift { state explanation { notes } } } }');
  assert.equal(res.body.data.processVariable.drift.state, 'DRIFTING');
  assert.ok(res.body.data.processVariable.drift.explanation.notes.some((n: string) => /operator notes unavailable/.test(n)));
  assert.ok((res.body.errors as { extensions: { code: string } }[]).some((e) => e.extensions.code === 'SUBGRAPH_UNAVAILABLE'), JSON.stringify(res.body.errors));
});

test('through the gateway: the equipment timeline merges MES states, CMMS work orders, operator notes and derived events in time order, each naming its source, and pages by cursor', async (t) => {
  const p = plant();
  p.notes = { 'PRESS-04': [note('note-3', 395, 'MAINTENANCE_REQUEST', 0.8)] };
  p.states = { 'PRESS-04': [{ state: 'DOWN_UNPLANNED', startTime: timeAt(200), endTime: timeAt(210), reasonCode: 'JAM' }] };
  p.production = { 'PRESS-04': [{ recordId: 'pr-1', operationSequence: 10, startTime: timeAt(250), endTime: timeAt(262), recordedTime: timeAt(263), order: 'ACME/J001', good: 118, scrap: 2 }] };
  const gw = await start(t, p);
  const q = `query($after: String) { equipmentList { id timeline(first: 2, after: $after) { totalCount edges { cursor node { at kind source sourceRef title } } pageInfo { hasNextPage endCursor } } } }`;
  const nodes: { at: string; kind: string; source: string; sourceRef: string; title: string }[] = [];
  let after: string | null = null;
  for (let i = 0; i < 10; i++) {
    const res = await postGraphql(gw.url, q, { variables: { after } });
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    const tl = res.body.data.equipmentList[0].timeline;
    nodes.push(...tl.edges.map((e: { node: (typeof nodes)[number] }) => e.node));
    if (!tl.pageInfo.hasNextPage) { assert.equal(nodes.length, tl.totalCount); break; }
    after = tl.pageInfo.endCursor;
  }
  // Ordered by time across sources; the records in the order they happened, then the derived events among them.
  assert.deepEqual(nodes.map((n) => n.at), [...nodes.map((n) => n.at)].sort());
  assert.deepEqual(nodes.filter((n) => n.source !== 'INTERPRETATION').map((n) => [n.kind, n.source, n.at]), [
    ['STATE_CHANGE', 'MES', timeAt(200)], ['PRODUCTION', 'MES', timeAt(250)], ['MAINTENANCE', 'CMMS', timeAt(390)], ['NOTE', 'OPERATOR_NOTES', timeAt(395)],
  ]);
  assert.equal(nodes.find((n) => n.kind === 'PRODUCTION')!.title, '118 ea good, 2 ea scrap for ACME/J001 op 10');
  const driftBegan = nodes.find((n) => n.title === 'DRIFT_BEGAN on PRESS-04/HYD_PRESS');
  assert.ok(driftBegan && driftBegan.kind === 'INTERPRETATION' && Math.abs(Date.parse(driftBegan.at) - Date.parse(timeAt(400))) <= 10 * STEP_MS, JSON.stringify(nodes));
  const filtered = await postGraphql(gw.url, `{ equipmentList { timeline(kinds: [NOTE, MAINTENANCE], newestFirst: true, range: { from: "${timeAt(0)}", to: "${timeAt(600)}" }) { edges { node { sourceRef } } } } }`);
  assert.deepEqual(filtered.body.data.equipmentList[0].timeline.edges.map((e: { node: { sourceRef: string } }) => e.node.sourceRef), ['note-3', 'wo_1']);
  const bad = await postGraphql(gw.url, '{ equipmentList { timeline(after: "nope") { totalCount } } }');
  assert.equal(bad.body.errors[0].extensions.code, 'INTERP_BAD_ARGUMENT');
});

test('through the gateway: a work center timeline merges its equipment; with CMMS down the other sources still show, beside the CMMS error', async (t) => {
  const p = plant();
  p.states = { 'PRESS-04': [{ state: 'SETUP', startTime: timeAt(10), endTime: timeAt(12), reasonCode: 'CHANGEOVER' }], 'LATHE-12': [toolChangeAt(300)] };
  p.cmmsDown = true;
  const gw = await start(t, p);
  const res = await postGraphql(gw.url, '{ workCenter(id: "WC-1") { timeline { edges { node { equipmentId kind source } } } } }');
  assert.deepEqual(res.body.data.workCenter.timeline.edges.map((e: { node: object }) => e.node), [
    { equipmentId: 'PRESS-04', kind: 'STATE_CHANGE', source: 'MES' },
    { equipmentId: 'LATHE-12', kind: 'STATE_CHANGE', source: 'MES' },
  ]);
  assert.ok((res.body.errors as { extensions: { code: string } }[]).some((e) => e.extensions.code === 'CMMS_UNAVAILABLE'), JSON.stringify(res.body.errors));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import { silentLogger } from '../../common/index.ts';
import { AnomalyModelCache } from '../core/index.ts';
import { createInterpretationSubgraph, createServer, loadConfig } from './index.ts';
import { series, timeAt, toolChangeAt, STEP_MS } from './fixtures.ts';

const anomalyOptions = { epochs: 2, windowSize: 4, hiddenUnits: 8, bottleneckUnits: 2, batchSize: 64 };

async function setup(t: { after: (fn: () => Promise<void>) => void }) {
  const anomalyModels = new AnomalyModelCache(anomalyOptions, 10);
  const runtime = await createInterpretationSubgraph(loadConfig({}), { logger: silentLogger, anomalyModels, anomalyOptions });
  const server = createServer(runtime);
  await server.start();
  t.after(async () => { await server.stop(); await runtime.close(); });
  const run = async (query: string, variables: Record<string, unknown>) => {
    const res = await server.executeOperation({ query, variables }, { contextValue: runtime.createContext({ requestId: 'test', headers: {} }) });
    assert.equal(res.body.kind, 'single');
    return JSON.parse(JSON.stringify(res.body.kind === 'single' ? res.body.singleResult : null)) as { data?: any; errors?: any[] };
  };
  return { run, anomalyModels };
}

const entities = (selection: string) => `query($reps: [_Any!]!) { _entities(representations: $reps) { ${selection} } }`;
const equipmentRep = (over: Record<string, unknown> = {}) => ({ id: 'LATHE-12', recentStates: [], recentMaintenance: [], ...over });
const pvRep = (samples: unknown, equipment: Record<string, unknown> = equipmentRep(), extra: Record<string, unknown> = {}) =>
  ({ __typename: 'ProcessVariable', id: 'LATHE-12/OD', unit: 'mm', recentSamples: samples, equipment, ...extra });

const driftQuery = (args = 'baselinePoints: 100') => entities(`... on ProcessVariable { id drift(${args}) { state direction since resets { at kind } } }`);

test('a drifting series is DRIFTING UP with since near the planted onset', async (t) => {
  const { run } = await setup(t);
  const res = await run(driftQuery(), { reps: [pvRep(series(600, { shift: 0.25, stepAt: 400 }))] });
  const since = res.data?._entities[0].drift.since;
  assert.deepEqual(res, { data: { _entities: [{ id: 'LATHE-12/OD', drift: { state: 'DRIFTING', direction: 'UP', since, resets: [] } }] } });
  const lagSteps = (Date.parse(since) - Date.parse(timeAt(400))) / STEP_MS;
  assert.ok(Math.abs(lagSteps) <= 10, `onset ${since} is ${lagSteps} samples from the planted step`);
});

test('a stable series is IN_CONTROL with no onset', async (t) => {
  const { run } = await setup(t);
  const res = await run(driftQuery(), { reps: [pvRep(series(600, { seed: 7 }))] });
  assert.deepEqual(res, { data: { _entities: [{ id: 'LATHE-12/OD', drift: { state: 'IN_CONTROL', direction: 'NONE', since: null, resets: [] } }] } });
});

test('a tool change at the step restarts the baseline: the step is not drift, and without the reset it is', async (t) => {
  const { run } = await setup(t);
  const samples = series(600, { shift: 0.5, stepAt: 300, seed: 3 });
  const withReset = await run(driftQuery('baselinePoints: 50'), { reps: [pvRep(samples, equipmentRep({ recentStates: [toolChangeAt(300), { state: 'DOWN_PLANNED', startTime: timeAt(10), endTime: timeAt(20), reasonCode: 'NO_SHIFT' }] }))] });
  assert.deepEqual(withReset, { data: { _entities: [{ id: 'LATHE-12/OD', drift: {
    state: 'IN_CONTROL', direction: 'NONE', since: null, resets: [{ at: timeAt(300), kind: 'MES SETUP TOOL_CHANGE' }],
  } }] } });
  const without = await run(driftQuery('baselinePoints: 50'), { reps: [pvRep(samples)] });
  assert.equal(without.data?._entities[0].drift.state, 'DRIFTING');
});

test('a completed CMMS calibration resets a pressure; inspections, open orders, repairs without a replaced part and bearing jobs do not', async (t) => {
  const { run } = await setup(t);
  const samples = series(600, { shift: -0.5, stepAt: 300, seed: 4 });
  const orders = [
    { type: 'CALIBRATION', status: 'COMPLETED', completedAt: timeAt(300), failure: null },
    { type: 'INSPECTION', status: 'COMPLETED', completedAt: timeAt(500), failure: null },
    { type: 'PREVENTIVE', status: 'OPEN', completedAt: null, failure: null },
    { type: 'CORRECTIVE', status: 'COMPLETED', completedAt: timeAt(520), failure: { classCode: 'HYD', problemCode: 'HYD-LOWP', remedyCode: 'HYD-LOWP-PUMP-ADJ' } },
    { type: 'CORRECTIVE', status: 'COMPLETED', completedAt: timeAt(540), failure: { classCode: 'MECH', problemCode: 'MECH-BRG', remedyCode: 'MECH-BRG-WEAR-REPL' } },
  ];
  const pressure = { id: 'PRESS-04/HYD_PRESS', unit: 'bar' };
  const res = await run(driftQuery('baselinePoints: 50'), { reps: [pvRep(samples, equipmentRep({ recentMaintenance: orders }), pressure)] });
  assert.deepEqual(res.data?._entities[0].drift, { state: 'IN_CONTROL', direction: 'NONE', since: null, resets: [{ at: timeAt(300), kind: 'CMMS CALIBRATION work order' }] });
  // The same calibration does not touch a dimension (unit mm): the step stays drift there.
  const dim = await run(driftQuery('baselinePoints: 50'), { reps: [pvRep(samples, equipmentRep({ recentMaintenance: orders }))] });
  assert.deepEqual(dim.data?._entities[0].drift, { state: 'DRIFTING', direction: 'DOWN', since: dim.data?._entities[0].drift.since, resets: [] });
  const vib = await run(driftQuery('baselinePoints: 50'), { reps: [pvRep(samples, equipmentRep({ recentMaintenance: orders }), { id: 'PRESS-04/VIB', unit: 'mm/s' })] });
  assert.deepEqual(vib.data?._entities[0].drift.resets, [{ at: timeAt(540), kind: 'CMMS CORRECTIVE work order (MECH-BRG-WEAR-REPL)' }]);
});

test('a changeover setup is not a reset: the product changed, not the machine', async (t) => {
  const { run } = await setup(t);
  const samples = series(600, { shift: 0.5, stepAt: 300, seed: 3 });
  const changeover = { state: 'SETUP', startTime: timeAt(296), endTime: timeAt(300), reasonCode: 'CHANGEOVER' };
  const res = await run(driftQuery('baselinePoints: 50'), { reps: [pvRep(samples, equipmentRep({ recentStates: [changeover] }))] });
  assert.deepEqual([res.data?._entities[0].drift.state, res.data?._entities[0].drift.resets], ['DRIFTING', []]);
});

test('three points give INSUFFICIENT_DATA results, not errors', async (t) => {
  const { run } = await setup(t);
  const q = entities(`... on ProcessVariable {
    drift { state score direction magnitudeSigma since explanation { window { n } notes } }
    stability { state cp { value } cpk { value } violations { rule } }
    degradation(threshold: 12) { state rulDays }
  }`);
  const res = await run(q, { reps: [pvRep(series(3), equipmentRep(), { lowerSpecLimit: 9, upperSpecLimit: 11 })] });
  assert.deepEqual(res, { data: { _entities: [{
    drift: { state: 'INSUFFICIENT_DATA', score: 0, direction: 'NONE', magnitudeSigma: null, since: null, explanation: { window: { n: 0 }, notes: ['need ≥ 8 baseline and ≥ 5 monitored finite points, have 3 and 0'] } },
    stability: { state: 'INSUFFICIENT_DATA', cp: null, cpk: null, violations: [] },
    degradation: { state: 'INSUFFICIENT_DATA', rulDays: null },
  }] } });
});

test('sensitivity out of range is an INTERP_BAD_ARGUMENT error on the field, with the bound in the message', async (t) => {
  const { run } = await setup(t);
  const res = await run(driftQuery('sensitivity: 0'), { reps: [pvRep(series(50))] });
  assert.deepEqual(res, {
    data: { _entities: [{ id: 'LATHE-12/OD', drift: null }] },
    errors: [{
      message: 'sensitivity must be a number between 0.25 and 4, got 0',
      locations: [{ line: 1, column: 90 }],
      path: ['_entities', 0, 'drift'],
      extensions: { code: 'INTERP_BAD_ARGUMENT', source: 'INTERPRETATION', retryable: false, detail: { argument: 'sensitivity' } },
    }],
  });
});

test('an input that arrived null (its owner failed) is INTERP_INPUT_UNAVAILABLE, never a computed answer', async (t) => {
  const { run } = await setup(t);
  const res = await run(driftQuery(), { reps: [pvRep(series(50), equipmentRep({ recentMaintenance: null }))] });
  assert.deepEqual(res.errors?.map((e) => [e.message, e.path, e.extensions.code]), [
    ['ProcessVariable.equipment.recentMaintenance is unavailable (its owning subgraph failed)', ['_entities', 0, 'drift'], 'INTERP_INPUT_UNAVAILABLE'],
  ]);
});

test('stability reports capability against the spec limits and the Nelson rule that fired, with its time', async (t) => {
  const { run } = await setup(t);
  const samples = series(200, { seed: 11 });
  samples[190] = { time: samples[190]!.time, value: 12 }; // one point ~20 sigma out, among the recent points that decide the state: rule 1
  const q = entities('... on ProcessVariable { stability(windowPoints: 200) { state lowerSpecLimit upperSpecLimit violations { rule times } cpk { value } } }');
  const res = await run(q, { reps: [pvRep(samples, equipmentRep(), { lowerSpecLimit: 9.4, upperSpecLimit: 10.6 })] });
  const s = res.data?._entities[0].stability;
  // Rules 2/5 may also fire around the outlier (it moves the centre line); rule 1 is the one planted.
  assert.deepEqual([s.state, s.lowerSpecLimit, s.upperSpecLimit, s.violations[0]], ['UNSTABLE', 9.4, 10.6, { rule: 1, times: [timeAt(190)] }]);
  assert.ok(s.cpk.value > 0 && s.cpk.value < 2, `cpk ${s.cpk.value}`);
});

test('QualityCharacteristic.stability reads recentMeasurements and lsl/usl', async (t) => {
  const { run } = await setup(t);
  // Seed 6: white noise on which no Nelson rule fires by chance (seed 5 trips rule 6, a legitimate false alarm).
  const ms = series(60, { level: 25, sigma: 0.005, seed: 6 }).map((s) => ({ time: s.time, value: { value: s.value } }));
  const q = entities('... on QualityCharacteristic { id stability { state cp { value } explanation { inputs { subgraph field count } } } }');
  const res = await run(q, { reps: [{ __typename: 'QualityCharacteristic', id: 'LATHE-12/OD', unit: 'mm', lsl: 24.95, usl: 25.05, recentMeasurements: ms, equipment: equipmentRep() }] });
  const s = res.data?._entities[0];
  assert.deepEqual(s.stability.explanation.inputs, [
    { subgraph: 'mes', field: 'QualityCharacteristic.recentMeasurements', count: 60 },
    { subgraph: 'mes', field: 'QualityCharacteristic.lsl/usl', count: 2 },
    { subgraph: 'mes', field: 'Equipment.recentStates', count: 0 },
    { subgraph: 'cmms', field: 'Equipment.recentMaintenance', count: 0 },
  ]);
  assert.equal(s.stability.state, 'STABLE');
  assert.ok(Math.abs(s.stability.cp.value - 0.1 / (6 * 0.005)) < 1, `cp ${s.stability.cp.value} near 3.3`);
});

test('Equipment.events and warnings rank a drifting variable above a stable one', async (t) => {
  const { run } = await setup(t);
  const rep = {
    __typename: 'Equipment', id: 'LATHE-12', recentStates: [], recentMaintenance: [], qualityCharacteristics: [],
    processVariables: [
      { id: 'LATHE-12/OD', unit: 'mm', lowerSpecLimit: null, upperSpecLimit: null, recentSamples: series(700, { shift: 0.3, stepAt: 500, seed: 2 }) },
      { id: 'LATHE-12/VIB', unit: 'mm/s', lowerSpecLimit: null, upperSpecLimit: null, recentSamples: series(700, { level: 2, sigma: 0.05, seed: 9 }) },
    ],
  };
  const res = await run(entities('... on Equipment { events { kind subject } warnings { subject severity signals { kind } } }'), { reps: [rep] });
  const eq = res.data?._entities[0];
  assert.equal(res.errors, undefined);
  assert.deepEqual(eq.events.filter((e: { kind: string }) => e.kind === 'DRIFT_BEGAN'), [{ kind: 'DRIFT_BEGAN', subject: 'LATHE-12/OD' }]);
  assert.equal(eq.warnings[0].subject, 'LATHE-12/OD');
  assert.ok(eq.warnings[0].signals.some((s: { kind: string }) => s.kind === 'DRIFT'));
  // A stable variable may still carry an INFO warning (half its in-control drift score); never more.
  assert.deepEqual(eq.warnings.filter((w: { subject: string }) => w.subject === 'LATHE-12/VIB').map((w: { severity: string }) => w.severity).filter((x: string) => x !== 'INFO'), []);
  assert.equal(eq.warnings[0].severity !== 'INFO', true);
});

test('Equipment.anomaly answers statistically while the model trains, then with the autoencoder; no tensors leak per read', async (t) => {
  const { run, anomalyModels } = await setup(t);
  const a = series(300, { seed: 21 });
  const b = series(300, { level: 50, sigma: 1, seed: 22 });
  b[299] = { time: b[299]!.time, value: 80 }; // the last row is far out
  const rep = { __typename: 'Equipment', id: 'LATHE-12', processVariables: [{ id: 'LATHE-12/OD', recentSamples: a }, { id: 'LATHE-12/TEMP', recentSamples: b }] };
  const q = entities('... on Equipment { anomaly(recentPoints: 12) { state detector modelStatus anomalousPoints variables explanation { notes } } }');

  const before = tf.memory().numTensors;
  const first = await run(q, { reps: [rep] });
  assert.equal(tf.memory().numTensors, before);
  assert.deepEqual(first, { data: { _entities: [{ anomaly: {
    state: 'ANOMALOUS', detector: 'STATISTICAL', modelStatus: 'TRAINING', anomalousPoints: [timeAt(299)], variables: ['LATHE-12/OD', 'LATHE-12/TEMP'],
    explanation: { notes: [
      'autoencoder is training on the baseline; statistical detectors answered this read (max |z| per row against the baseline, threshold 4 sigma)',
    ] },
  } }] } });

  const q2 = entities('... on Equipment { anomaly(recentPoints: 12) { state detector modelStatus anomalousPoints } }');
  const keyProbe = await run(entities('... on Equipment { anomaly(recentPoints: 12) { modelStatus explanation { inputsHash } } }'), { reps: [rep] });
  assert.equal(keyProbe.data?._entities[0].anomaly.modelStatus, 'TRAINING');
  await new Promise((r) => setTimeout(r, 0));
  for (let i = 0; i < 200 && (await run(q2, { reps: [rep] })).data?._entities[0].anomaly.modelStatus !== 'READY'; i++) await new Promise((r) => setTimeout(r, 50));
  const withModel = tf.memory().numTensors; // the model's own weights now live in the cache
  const second = await run(q2, { reps: [rep] });
  assert.equal(tf.memory().numTensors, withModel, 'no tensors left behind by an autoencoder read');
  assert.deepEqual(second, { data: { _entities: [{ anomaly: { state: 'ANOMALOUS', detector: 'AUTOENCODER', modelStatus: 'READY', anomalousPoints: [timeAt(299)] } }] } });
  anomalyModels.clear();
  assert.equal(tf.memory().numTensors, before, 'clearing the cache frees the model');
});

test('explanations carry parameters as JSON text, ISO baselines and the inputs that fed them', async (t) => {
  const { run } = await setup(t);
  const q = entities('... on ProcessVariable { drift(sensitivity: 2, baselinePoints: 20) { explanation { algorithmVersion parameters { name value } baseline { from to n } window { from n } inputs { subgraph field count } } } }');
  const res = await run(q, { reps: [pvRep(series(40), equipmentRep({ recentStates: [toolChangeAt(5)] }))] });
  const e = res.data?._entities[0].drift.explanation;
  assert.equal(e.algorithmVersion, 'drift/1.2.0');
  assert.deepEqual(e.parameters.filter((p: { name: string }) => ['baselineSize', 'cusumH', 'ewmaL', 'resets'].includes(p.name)), [
    { name: 'baselineSize', value: '20' }, { name: 'cusumH', value: '2.5' }, { name: 'ewmaL', value: '1.5' }, { name: 'resets', value: `"[${timeAt(5)}]"` },
  ]);
  assert.deepEqual(e.baseline, { from: timeAt(6), to: timeAt(25), n: 20 });
  assert.deepEqual(e.window, { from: timeAt(26), n: 14 });
  assert.deepEqual(e.inputs, [
    { subgraph: 'mes', field: 'ProcessVariable.recentSamples', count: 40 },
    { subgraph: 'mes', field: 'Equipment.recentStates', count: 1 },
    { subgraph: 'cmms', field: 'Equipment.recentMaintenance', count: 0 },
  ]);
});

// End to end over the demo plant: simulators (TDS, SOAP, REST) → real erp/mes/cmms subgraphs → the
// interpretation subgraph → @apollo/gateway, judged against the plant's ground truth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startPlantGraph } from '../../scripts/index.ts';
import { noMess } from '../../simulators/index.ts';
import { postGraphql } from '../../test-utils/index.ts';

test('demo plant: drift through the gateway against the ground truth', async (t) => {
  // 60 days of history so the calibrations before the 14-day sample window are in the CMMS (a ramp is
  // dated from the last reset before the window); 12 machines so the onset median is over several drifts.
  // A cold read of 14 days of samples for 35 variables takes ~30 s on a loaded 2-core CI machine (MES
  // paging over SOAP); the default 30 s request deadline is for interactive callers, not this test.
  const pg = await startPlantGraph({ demo: { plant: { machines: 12, days: 60, parts: 30 }, mess: noMess }, gateway: { port: 0, graphiql: false, requestTimeoutMs: 180_000 } });
  t.after(() => pg.close());
  const demo = pg.demo!;
  const gw = pg.gateway;
  const runtimes = pg.runtimes;
  const started = Date.now();
  const res = await postGraphql(gw.url, '{ equipmentList(first: 100) { edges { node { id processVariables { id drift { state since resets { at kind } } } } } } }');
  const ms = Date.now() - started;
  assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
  type Pv = { id: string; drift: { state: string; since: string | null; resets: { at: string; kind: string }[] } };
  const pvs: Pv[] = res.body.data.equipmentList.edges.flatMap((e: { node: { processVariables: Pv[] | null } }) => e.node.processVariables ?? []);
  const anchor = demo.plant.config.anchorMs;
  const byId = new Map(pvs.map((p) => [p.id, p.drift]));
  const ongoing = demo.truth.drifts.filter((d) => Date.parse(d.endUtc) >= anchor - 3_600_000);
  const stable = demo.truth.stableVariables.map((v) => `${v.machineId}/${v.tag}`).filter((id) => byId.has(id));
  // Positives: variables whose truth drift is still running at the anchor (not reset), onset at least
  // 6 h before it. Negatives: every other variable (stable ones, and ones whose drifts a reset ended).
  // Quality characteristics (OD, BORE, …) are not process variables and are scored elsewhere.
  const positives = new Map(ongoing.filter((d) => Date.parse(d.onsetUtc) <= anchor - 6 * 3_600_000 && byId.has(`${d.machineId}/${d.tag}`)).map((d) => [`${d.machineId}/${d.tag}`, d] as const));
  const negatives = pvs.filter((p) => !ongoing.some((d) => `${d.machineId}/${d.tag}` === p.id));
  const detected = [...positives.keys()].filter((id) => byId.get(id)?.state === 'DRIFTING');
  const falseAlarms = negatives.filter((p) => p.drift.state === 'DRIFTING').map((p) => p.id);
  const windowFrom = anchor - 14 * 86_400_000;
  const delaysH = detected.map((id) => positives.get(id)!).filter((d) => Date.parse(d.onsetUtc) >= windowFrom)
    .map((d) => (Date.parse(byId.get(`${d.machineId}/${d.tag}`)!.since!) - Date.parse(d.onsetUtc)) / 3_600_000);
  for (const [id, d] of positives) t.diagnostic(`POS ${id} ${d.cause} onset ${d.onsetUtc} mag ${d.magnitudeSigma.toFixed(2)} -> ${byId.get(id)?.state} ${byId.get(id)?.since} resets ${byId.get(id)?.resets.map((r) => r.at.slice(5, 16) + ' ' + r.kind).join('; ')}`);
  // Figures for the report (node --test prints them as diagnostics).
  t.diagnostic(`demo plant: ${pvs.length} process variables in ${ms} ms; drifting ${detected.length}/${positives.size} detected; false alarms ${falseAlarms.length}/${negatives.length} (${falseAlarms.join(', ')}); onset delays h ${delaysH.map((h) => h.toFixed(1)).join(', ')}; stable-list states ${stable.map((id) => byId.get(id)?.state).join(',')}; upstream calls ${JSON.stringify(Object.fromEntries(Object.entries(runtimes).map(([n, r]) => [n, r.upstreamStats().byOp])))}`);
  assert.equal(pvs.length, demo.plant.machines.reduce((n, m) => n + m.variables.filter((v) => !v.isQualityCharacteristic).length, 0), 'every process variable answered');
  assert.ok(positives.size >= 2, `the generated plant has ongoing drifts to score (${positives.size})`);
  // Wear that starts within hours of a tool change lands in the new baseline and is found late or not
  // at all; the bar is half, and the diagnostic line above gives the actual figures.
  assert.ok(detected.length >= Math.ceil(0.5 * positives.size), `detected ${detected.length} of ${positives.size} ongoing drifts`);
  assert.ok(falseAlarms.length <= Math.floor(0.2 * negatives.length), `false alarms ${falseAlarms.join(', ')} of ${negatives.length}`);
  // An onset is never placed before the truth onset by more than a few samples' noise (6 h), and the
  // typical one is within two days of it. The bar is the median because one variable in this plant
  // (WELD-01/TIP_TEMP) has a 1.3-sigma calibration ramp under weekly warm-up dips of 30-60 sigma, which
  // no onset method here dates (it answers the latest dip, ~235 h late); the diagnostic shows each delay.
  for (const h of delaysH) assert.ok(h >= -6, `onset ${h} h before the truth`);
  assert.ok(delaysH.length >= 4, `onsets to score inside the window: ${delaysH.length}`);
  const absSorted = delaysH.map(Math.abs).sort((a, b) => a - b);
  const mid = absSorted.length >> 1;
  const medianAbsH = absSorted.length % 2 ? absSorted[mid]! : (absSorted[mid - 1]! + absSorted[mid]!) / 2;
  t.diagnostic(`median |onset error| ${medianAbsH.toFixed(1)} h over ${delaysH.length} detected drifts that began inside the 14-day window`);
  assert.ok(medianAbsH <= 48, `median |onset error| ${medianAbsH.toFixed(1)} h`);
  // Resets came through from both owners and were applied (some variable shows a tool change or PM).
  assert.ok(pvs.some((p) => p.drift.resets.some((r) => r.kind.startsWith('MES '))) && pvs.some((p) => p.drift.resets.some((r) => r.kind.startsWith('CMMS '))), 'resets from MES and CMMS');
});

test('demo plant: an operator note of a tool change, added through the gateway, restarts the drift baseline and the explanation names it', async (t) => {
  const pg = await startPlantGraph({ demo: { plant: { machines: 4, days: 20, parts: 20 }, mess: noMess }, gateway: { port: 0, graphiql: false, requestTimeoutMs: 180_000 } });
  t.after(() => pg.close());
  const url = pg.gateway.url;
  const anchor = pg.demo!.plant.config.anchorMs;
  // A variable a tool change restarts (loads, cycle times, dimensions): the first one the plant has.
  const toolFamily = (v: { isQualityCharacteristic: boolean; tag: string; unit: string }) => !v.isQualityCharacteristic && (v.tag === 'SPINDLE_LOAD' || v.tag === 'CYCLE_TIME' || v.unit === 'mm');
  const machine = pg.demo!.plant.machines.find((m) => m.variables.some(toolFamily))!;
  const variable = machine.variables.find(toolFamily)!;
  const pvId = `${machine.id}/${variable.tag}`;
  const q = `{ processVariable(id: "${pvId}") { drift { state resets { at kind } explanation { inputs { subgraph field count } } } } }`;
  const before = await postGraphql(url, q);
  assert.equal(before.body.errors, undefined, JSON.stringify(before.body.errors));
  const noteTime = new Date(anchor - 3 * 3_600_000).toISOString();
  const add = await postGraphql(url, `mutation($input: AddOperatorNoteInput!) { addOperatorNote(input: $input) { id category confidence } }`, {
    variables: { input: { equipmentId: machine.id, time: noteTime, text: 'Changed the worn insert, new tool installed and offsets reset', author: 'J. Ortiz', shift: 'B', idempotencyKey: 'e2e-tool-change-0001' } },
  });
  assert.equal(add.body.errors, undefined, JSON.stringify(add.body.errors));
  const n = add.body.data.addOperatorNote;
  assert.equal(n.category, 'TOOL_CHANGE');
  assert.ok(n.confidence >= 0.6, `confidence ${n.confidence}`);
  const after = await postGraphql(url, q);
  assert.equal(after.body.errors, undefined, JSON.stringify(after.body.errors));
  const d = after.body.data.processVariable.drift;
  const last = d.resets.at(-1);
  assert.deepEqual(last, { at: noteTime, kind: `operator note ${n.id} (TOOL_CHANGE, confidence ${n.confidence.toFixed(2)})` });
  assert.ok(!before.body.data.processVariable.drift.resets.some((r: { kind: string }) => r.kind.startsWith('operator note')));
  assert.ok(d.explanation.inputs.some((i: { subgraph: string; field: string; count: number }) => i.subgraph === 'context' && i.count === 1));
  // Three hours since the reset is too few points for a baseline and a monitored tail: not drift.
  assert.notEqual(d.state, 'DRIFTING');
  // The machine's timeline has the note beside the real MES's production records and states.
  const tl = await postGraphql(url, `{ equipment(id: "${machine.id}") { timeline(first: 1000) { totalCount edges { node { kind source sourceRef } } } } }`);
  assert.equal(tl.body.errors, undefined, JSON.stringify(tl.body.errors));
  const items = tl.body.data.equipment.timeline.edges.map((e: { node: { kind: string; source: string; sourceRef: string } }) => e.node);
  const kinds = new Set(items.map((i: { kind: string; source: string }) => `${i.kind} ${i.source}`));
  for (const k of ['STATE_CHANGE MES', 'PRODUCTION MES', 'NOTE OPERATOR_NOTES']) assert.ok(kinds.has(k), `${k} in ${[...kinds].join(', ')}`);
  assert.ok(items.some((i: { sourceRef: string }) => i.sourceRef === n.id));
});

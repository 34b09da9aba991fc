// Reconciliation end to end: the demo plant (ERP over TDS, MES over SOAP, the supervisors' xlsx/csv drop folder)
// → erp, mes, spreadsheet subgraphs → interpretation → the embedded gateway, scored against the ground truth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicyPath } from '../interpretation/subgraph/index.ts';
import { postGraphql } from '../test-utils/index.ts';
import { startPlantGraph } from './plantgraph.ts';
import { scoreReconciliation } from './reconcile-score.ts';

test('demo plant: reconciled figures equal the truth where the policy says so, every seeded disagreement is a Discrepancy, a policy change changes the source', async (t) => {
  const pg = await startPlantGraph({ env: {}, demo: { plant: { machines: 10, days: 20, parts: 40 } }, gateway: { port: 0, graphiql: false } });
  t.after(() => pg.close());
  const demo = pg.demo!;
  const post = async (query: string, variables?: Record<string, unknown>) => (await postGraphql(pg.gateway.url, query, variables === undefined ? {} : { variables })).body;
  const site = (await post('{ sites { id } }')).data.sites[0].id as string;
  const s = await scoreReconciliation(post, demo.truth, site);
  t.diagnostic(`reconciliation: seeded ${s.seeded} (detectable ${s.seededDetectable}), found ${s.seededFound}, listed ${s.seededListed}, resolved to truth ${s.seededResolvedCorrectly}; `
    + `order figures ${s.orderFiguresCorrect}/${s.orderFigures}; shift figures ${s.shiftFiguresCorrect}/${s.shiftFigures}; unexpected wrong ${s.unexpectedWrong}; `
    + `listed ${s.discrepanciesListed}, unseeded ${s.unseededDiscrepancies.length} ${s.unseededDiscrepancies.join(' | ')}; ${s.ms} ms`);
  assert.ok(s.orders >= 20 && s.seeded >= 8, `the small plant has orders (${s.orders}) and seeded disagreements (${s.seeded}) to score`);
  // Where the policy should resolve a figure (everything but the seeded cases it cannot), it equals the truth.
  assert.deepEqual({ unexpectedWrong: s.unexpectedWrong, wrong: [...s.orderFiguresWrong, ...s.shiftFiguresWrong].length <= s.seededExpectedUnresolved * 3 },
    { unexpectedWrong: 0, wrong: true }, [...s.orderFiguresWrong, ...s.shiftFiguresWrong].join('\n'));
  // Every disagreement another system contradicts comes out as a Discrepancy naming the wrong system, and nothing else does.
  assert.deepEqual(s.seededMissed, []);
  assert.equal(s.seededFound >= s.seededDetectable, true);
  assert.deepEqual(s.unseededDiscrepancies, []);

  // The site's list is ranked by impact, largest first, and its rows carry the figure's candidates.
  const list = (await post(`query($id: ID!) { site(id: $id) { discrepancies(first: 5) { id impact chosenSource disagreeing candidates { system raw normalized asOf } } } }`, { id: site })).data.site.discrepancies;
  assert.ok(list.length > 0);
  for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].impact >= list[i].impact, 'ranked by impact');
  // Orders have three candidate systems (ERP, MES, spreadsheet), downtime two (MES, spreadsheet).
  assert.ok(list.every((d: { id: string; candidates: unknown[] }) => d.candidates.length === (d.id.startsWith('Equipment/') ? 2 : 3)), JSON.stringify(list));

  // The same plant under a policy that trusts the supervisors' sheet first: the good quantity now comes from it.
  const seed = demo.truth.reconciliation.seeded.find((x) => x.kind === 'SHEET_TYPO')!;
  const dir = mkdtempSync(join(tmpdir(), 'pg-policy-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const policy = JSON.parse(readFileSync(defaultPolicyPath(), 'utf8'));
  policy.fields['ProductionOrder.goodQuantity'].rules.unshift({ name: 'supervisor sheet first', source: 'SPREADSHEET', confidence: 0.6 });
  writeFileSync(join(dir, 'policy.json'), JSON.stringify(policy));
  const sheetFirst = await startPlantGraph({ env: { ...demo.subgraphEnv(), INTERP_RECONCILIATION_POLICY: join(dir, 'policy.json') }, demo: false, gateway: { port: 0, graphiql: false } });
  t.after(() => sheetFirst.close());
  const q = `query($id: ID!) { productionOrder(id: $id) { reconciledQuantities { goodQuantity { value chosenSource rule discrepancy { disagreeing } } } } }`;
  const before = (await post(q, { id: seed.subjectId })).data.productionOrder.reconciledQuantities.goodQuantity;
  const after = (await postGraphql(sheetFirst.gateway.url, q, { variables: { id: seed.subjectId } })).body.data.productionOrder.reconciledQuantities.goodQuantity;
  assert.deepEqual(before.value, seed.trueValue);
  assert.notEqual(before.chosenSource, 'SPREADSHEET');
  assert.deepEqual(after, { value: seed.reportedValue, chosenSource: 'SPREADSHEET', rule: 'supervisor sheet first', discrepancy: { disagreeing: ['ERP', 'MES'] } });
});

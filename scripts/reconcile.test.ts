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

test('demo plant: reconciled figures (order totals and completion, per-shift production and downtime) equal the truth where the policy says so, every seeded disagreement is a Discrepancy, the list pages, a policy change changes the source', async (t) => {
  const pg = await startPlantGraph({ env: {}, demo: { plant: { machines: 10, days: 20, parts: 40 } }, gateway: { port: 0, graphiql: false } });
  t.after(() => pg.close());
  const demo = pg.demo!;
  const post = async (query: string, variables?: Record<string, unknown>) => (await postGraphql(pg.gateway.url, query, variables === undefined ? {} : { variables })).body;
  const site = (await post('{ sites { id } }')).data.sites[0].id as string;
  const s = await scoreReconciliation(post, demo.truth, site);
  t.diagnostic(`reconciliation: seeded ${s.seeded} (detectable ${s.seededDetectable}), found ${s.seededFound}, listed ${s.seededListed}, resolved to truth ${s.seededResolvedCorrectly}; `
    + `by kind ${JSON.stringify(s.byKind)}; on closed orders ${s.seededOnClosedOrders} (listed ${s.seededOnClosedOrdersListed}); `
    + `order figures ${s.orderFiguresCorrect}/${s.orderFigures}; completion ${s.completion.correct}/${s.completion.figures}; shift production ${s.shiftProduction.correct}/${s.shiftProduction.figures}; `
    + `shift downtime ${s.shiftFiguresCorrect}/${s.shiftFigures}; unexpected wrong ${s.unexpectedWrong}; `
    + `listed ${s.discrepanciesListed} in ${s.pages} pages, unseeded ${s.unseededDiscrepancies.length} ${s.unseededDiscrepancies.join(' | ')}; ${s.ms} ms`);
  const rec = demo.truth.reconciliation;
  assert.ok(s.orders >= 20 && s.seeded >= 8, `the small plant has orders (${s.orders}) and seeded disagreements (${s.seeded}) to score`);
  // Every kind the simulators seed is there, per-shift production and completion included.
  for (const kind of ['MES_MISSING_RECORD', 'ERP_NOT_POSTED', 'ERP_LABOR_NOT_POSTED', 'ERP_COMPLETION_NOT_POSTED', 'ERP_LABOR_KEYED_TWICE', 'SHEET_TYPO', 'SHEET_DOUBLE_ENTRY', 'SHEET_DOWNTIME_TYPO']) {
    assert.ok((s.byKind[kind]?.seeded ?? 0) > 0, `seeded ${kind}`);
  }
  assert.ok(rec.seeded.some((x) => x.subject === 'Equipment' && x.field !== 'downtimeMinutes') && rec.seeded.some((x) => x.field === 'completion'), 'per-shift production and completion disagreements are seeded');
  // Where the policy should resolve a figure (everything but the seeded cases it cannot), it equals the truth; the
  // rest are wrong at most in the figures those cases touch (good, scrap and produced for a quantity).
  const unresolved = (pred: (x: (typeof rec.seeded)[number]) => boolean) => rec.seeded.filter((x) => !x.policyResolves && pred(x)).length;
  assert.equal(s.unexpectedWrong, 0, [...s.orderFiguresWrong, ...s.completion.wrong, ...s.shiftProduction.wrong, ...s.shiftFiguresWrong].join('\n'));
  assert.ok(s.orderFiguresWrong.length <= unresolved((x) => x.subject === 'ProductionOrder' && x.field !== 'completion') * 3, s.orderFiguresWrong.join('\n'));
  assert.ok(s.completion.wrong.length <= unresolved((x) => x.field === 'completion'), s.completion.wrong.join('\n'));
  assert.ok(s.shiftProduction.wrong.length <= unresolved((x) => x.subject === 'Equipment' && x.field !== 'downtimeMinutes') * 3, s.shiftProduction.wrong.join('\n'));
  assert.ok(s.shiftFiguresWrong.length <= unresolved((x) => x.field === 'downtimeMinutes'), s.shiftFiguresWrong.join('\n'));
  assert.ok(s.shiftProduction.figures >= 1000 && s.completion.figures === s.orders, `${s.shiftProduction.figures} shift production figures, ${s.completion.figures} completions scored`);
  // Closed orders are on the site's list too (WorkCenter.recentProductionOrders).
  assert.ok(s.seededOnClosedOrders > 0, 'the small plant has seeded disagreements on CLOSED orders');
  assert.equal(s.seededOnClosedOrdersListed, s.seededOnClosedOrders);
  // Every disagreement another system contradicts comes out as a Discrepancy naming the wrong system, and nothing else does.
  assert.deepEqual(s.seededMissed, []);
  assert.equal(s.seededFound >= s.seededDetectable, true);
  assert.deepEqual(s.unseededDiscrepancies, []);

  // The site's list is ranked by impact, largest first, and its rows carry the figure's candidates. A full page of
  // 500 with every field fits the gateway's default cost limit; paging on with endCursor reads the same list.
  const pageQuery = `query($id: ID!, $after: String) { site(id: $id) { discrepancies(first: FIRST, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id subjectType subjectId field shiftStart unit chosenSource chosenValue disagreeing maxDeviation tolerance impact candidates { system raw normalized asOf } } } } } }`;
  const full = await post(pageQuery.replace('FIRST', '500'), { id: site });
  assert.equal(full.errors, undefined, JSON.stringify(full.errors));
  const list = full.data.site.discrepancies.edges.map((e: { node: unknown }) => e.node) as { id: string; field: string; impact: number; candidates: unknown[] }[];
  assert.equal(list.length, s.discrepanciesListed);
  for (let i = 1; i < list.length; i++) assert.ok(list[i - 1]!.impact >= list[i]!.impact, 'ranked by impact');
  // Orders and per-shift production have three candidate systems (ERP, MES, spreadsheet), downtime two (MES, spreadsheet).
  assert.ok(list.every((d) => d.candidates.length === (d.field === 'downtimeMinutes' ? 2 : 3)), JSON.stringify(list.slice(0, 3)));
  const paged: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const p: { data: { site: { discrepancies: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } } } } = await post(pageQuery.replace('FIRST', '7'), { id: site, after: cursor });
    paged.push(...p.data.site.discrepancies.edges.map((e) => e.node.id));
    assert.equal(p.data.site.discrepancies.totalCount, list.length);
    if (!p.data.site.discrepancies.pageInfo.hasNextPage) break;
    cursor = p.data.site.discrepancies.pageInfo.endCursor;
  }
  assert.deepEqual(paged, list.map((d) => d.id));
  // Past the page cap: a coded error naming the cap; a first the cost estimate cannot afford never reaches a subgraph.
  const over = await post(pageQuery.replace('FIRST', '501'), { id: site });
  assert.deepEqual(over.errors?.map((e: { extensions: { code: string } }) => e.extensions.code), ['INTERP_BAD_ARGUMENT']);
  assert.match(over.errors[0].message, /first must be an integer between 1 and 500, got 501/);
  const huge = await postGraphql(pg.gateway.url, pageQuery.replace('FIRST', '10000'), { variables: { id: site } });
  assert.deepEqual([huge.status, huge.body.errors?.map((e: { extensions: { code: string } }) => e.extensions.code)], [400, ['QUERY_TOO_COSTLY']]);
  const foreign = await post(pageQuery.replace('FIRST', '5'), { id: site, after: 'bm90LWEtY3Vyc29y' });
  assert.deepEqual(foreign.errors?.map((e: { extensions: { code: string } }) => e.extensions.code), ['INTERP_BAD_ARGUMENT']);

  // The same plant under a policy that trusts the supervisors' sheet first: the good quantity now comes from it.
  const seed = demo.truth.reconciliation.seeded.find((x) => x.kind === 'SHEET_TYPO')!;
  const dir = mkdtempSync(join(tmpdir(), 'pg-policy-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const policy = JSON.parse(readFileSync(defaultPolicyPath(), 'utf8'));
  policy.fields['ProductionOrder.goodQuantity'].rules.unshift({ name: 'supervisor sheet first', source: 'SPREADSHEET', confidence: 0.6 });
  // ... and the MES for every shift's good count, closed shifts included.
  policy.fields['Equipment.shiftGoodQuantity'].rules.unshift({ name: 'MES always', source: 'MES', confidence: 0.8 });
  writeFileSync(join(dir, 'policy.json'), JSON.stringify(policy));
  const sheetFirst = await startPlantGraph({ env: { ...demo.subgraphEnv(), INTERP_RECONCILIATION_POLICY: join(dir, 'policy.json') }, demo: false, gateway: { port: 0, graphiql: false } });
  t.after(() => sheetFirst.close());
  const q = `query($id: ID!) { productionOrder(id: $id) { reconciledQuantities { goodQuantity { value chosenSource rule discrepancy { disagreeing } } } } }`;
  const before = (await post(q, { id: seed.subjectId })).data.productionOrder.reconciledQuantities.goodQuantity;
  const after = (await postGraphql(sheetFirst.gateway.url, q, { variables: { id: seed.subjectId } })).body.data.productionOrder.reconciledQuantities.goodQuantity;
  assert.deepEqual(before.value, seed.trueValue);
  assert.notEqual(before.chosenSource, 'SPREADSHEET');
  assert.deepEqual(after, { value: seed.reportedValue, chosenSource: 'SPREADSHEET', rule: 'supervisor sheet first', discrepancy: { disagreeing: ['ERP', 'MES'] } });
  // A closed shift where the MES lost a record: the ERP's labour by default, the MES's short count under the edited policy.
  const lost = demo.truth.reconciliation.seeded.find((x) => x.kind === 'MES_MISSING_RECORD' && x.subject === 'Equipment' && x.field === 'goodQuantity' && x.policyResolves)!;
  const shiftQ = `query($id: ID!, $from: DateTime!, $to: DateTime!) { equipment(id: $id) { reconciledProduction(range: { from: $from, to: $to }) { shiftStart goodQuantity { value chosenSource rule } } } }`;
  const vars = { id: lost.subjectId, from: lost.shiftStartUtc, to: new Date(Date.parse(lost.shiftStartUtc!) + 60_000).toISOString() };
  const shiftBefore = (await post(shiftQ, vars)).data.equipment.reconciledProduction;
  const shiftAfter = (await postGraphql(sheetFirst.gateway.url, shiftQ, { variables: vars })).body.data.equipment.reconciledProduction;
  assert.deepEqual(shiftBefore, [{ shiftStart: lost.shiftStartUtc, goodQuantity: { value: lost.trueValue, chosenSource: 'ERP', rule: "ERP once the shift's labour is posted" } }]);
  assert.deepEqual(shiftAfter, [{ shiftStart: lost.shiftStartUtc, goodQuantity: { value: lost.reportedValue, chosenSource: 'MES', rule: 'MES always' } }]);
});

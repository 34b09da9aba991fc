import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { getIntrospectionQuery, parse } from 'graphql';
import { findRepoRoot, silentLogger } from '../common/index.ts';
import { createFixtureSubgraphs, postGraphql } from '../test-utils/index.ts';
import { subgraphSdl, supergraphSubgraphs } from '../scripts/compose.ts';
import { countTokens, defaultQueryLimits, loadGatewayConfig, measureDocument, parseRoleMaxCost, roleCostBudget, startGateway } from './index.ts';
import type { LimitsRequest, QueryBudget, QueryLimits } from './index.ts';

/** Small limits so that short documents cross them. */
const tight: QueryLimits = { maxDepth: 2, maxAliases: 1, maxDirectives: 1, maxTokens: 20, maxCost: 5 };

async function startFixtureGateway(t: { after: (fn: () => Promise<void>) => void }, limits: QueryLimits, budget?: QueryBudget) {
  const fx = createFixtureSubgraphs();
  const gw = await startGateway(loadGatewayConfig({}, { port: 0, limits }), {
    logger: silentLogger, embedded: fx.runtimes, supergraphSdl: fx.supergraphSdl, ...(budget === undefined ? {} : { budget }),
  });
  t.after(() => gw.close());
  return { gw, ...fx };
}

const refusal = (message: string, code: string, detail: Record<string, number>) => ({ errors: [{ message, extensions: { code, detail } }] });

test('each limit refuses a document past it with 400, its own code, the limit and the figure found, and no subgraph is called', async (t) => {
  const { gw, controls } = await startFixtureGateway(t, tight);
  const cases: [string, ReturnType<typeof refusal>][] = [
    // cost: equipmentList 2 + 1.5 × (1 + 1), secretFailure 1
    ['{ equipmentList { id state } secretFailure }', refusal("The document's estimated cost (6) exceeds the gateway's limit of 5.", 'QUERY_TOO_COSTLY', { limit: 5, found: 6 })],
    // also past the cost limit (7): the first limit broken in the order depth, aliases, directives, cost is reported
    ['{ a: equipmentList { id } b: equipmentList { id } }', refusal("The document's number of aliases (2) exceeds the gateway's limit of 1.", 'TOO_MANY_ALIASES', { limit: 1, found: 2 })],
    ['{ equipmentList @include(if: true) { id @skip(if: false) } }', refusal("The document's number of directives (2) exceeds the gateway's limit of 1.", 'TOO_MANY_DIRECTIVES', { limit: 1, found: 2 })],
    // 22 tokens
    [`{ ${'equipmentList { id } '.repeat(5)}}`, refusal("The document has more than 20 tokens, the gateway's limit.", 'TOO_MANY_TOKENS', { limit: 20 })],
  ];
  for (const [query, expected] of cases) {
    const res = await postGraphql(gw.url, query);
    assert.deepEqual([res.status, res.body], [400, expected], query);
  }
  // GET: the document comes from the `query` parameter and is counted the same way.
  const get = await fetch(`${gw.url}?query=${encodeURIComponent(`{ ${'equipmentList { id } '.repeat(5)}}`)}`, { headers: { 'apollo-require-preflight': '1' } });
  assert.deepEqual([get.status, await get.json()], [400, refusal("The document has more than 20 tokens, the gateway's limit.", 'TOO_MANY_TOKENS', { limit: 20 })]);
  assert.deepEqual(controls.seen, []);
});

test('depth is refused with QUERY_TOO_DEEP, checked before the other limits', async (t) => {
  // The fixture schema is two levels deep, so depth 1 is the limit here. The document is past the cost limit too.
  const { gw, controls } = await startFixtureGateway(t, { ...tight, maxDepth: 1 });
  const res = await postGraphql(gw.url, '{ equipmentList { id state name } }');
  assert.deepEqual([res.status, res.body], [400, refusal("The document's depth (2) exceeds the gateway's limit of 1.", 'QUERY_TOO_DEEP', { limit: 1, found: 2 })]);
  assert.deepEqual(controls.seen, []);
});

test('a document exactly at every limit is answered', async (t) => {
  const q = '{ a: equipmentList @include(if: true) { id } }';
  const doc = parse(q);
  const fx = createFixtureSubgraphs();
  const schema = fx.runtimes['erp']!.schema;
  const m = measureDocument(schema, doc);
  assert.deepEqual(m, { depth: 2, aliases: 1, directives: 1, cost: 4 }); // cost: object 2 + 1.5 × scalar 1, rounded up
  const { gw } = await startFixtureGateway(t, { maxDepth: m.depth, maxAliases: m.aliases, maxDirectives: m.directives, maxTokens: countTokens(q), maxCost: m.cost });
  const res = await postGraphql(gw.url, q);
  assert.deepEqual([res.status, res.body], [200, { data: { a: [{ id: 'PRESS-04' }, { id: 'LATHE-12' }] } }]);
});

test('the budget function decides each request\'s limits from the request (the seam for per-role budgets)', async (t) => {
  const seen: LimitsRequest[] = [];
  const budget: QueryBudget = (req) => {
    seen.push(req);
    return req.headers['x-test-budget'] === 'small' ? { ...defaultQueryLimits, maxAliases: 0 } : defaultQueryLimits;
  };
  const { gw } = await startFixtureGateway(t, defaultQueryLimits, budget);
  // The same document twice: the second time it comes from Apollo's document cache, and is still checked.
  const q = '{ list: equipmentList { id } }';
  const big = await postGraphql(gw.url, q, { headers: { 'x-request-id': 'r-1' } });
  const small = await postGraphql(gw.url, q, { headers: { 'x-request-id': 'r-2', 'x-test-budget': 'small' } });
  assert.deepEqual([big.status, big.body], [200, { data: { list: [{ id: 'PRESS-04' }, { id: 'LATHE-12' }] } }]);
  assert.deepEqual([small.status, small.body], [400, refusal("The document's number of aliases (1) exceeds the gateway's limit of 0.", 'TOO_MANY_ALIASES', { limit: 0, found: 1 })]);
  assert.deepEqual(seen.map((r) => [r.requestId, r.headers['x-test-budget'] ?? null, r.identity.method]), [['r-1', null, 'demo'], ['r-2', 'small', 'demo']]);
});

test('the limits do not count introspection: the full introspection query passes tight depth and cost limits', async (t) => {
  const { gw } = await startFixtureGateway(t, { ...tight, maxTokens: 1000 });
  const res = await postGraphql(gw.url, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true }));
  assert.equal(res.status, 200);
  assert.equal(res.body.errors, undefined);
  assert.equal(res.body.data.__schema.queryType.name, 'Query');
});

test('GATEWAY_MAX_* set the limits; defaults apply otherwise; a bad value throws naming the variable', () => {
  assert.deepEqual(loadGatewayConfig({}).limits, { maxDepth: 12, maxAliases: 30, maxDirectives: 50, maxTokens: 2000, maxCost: 100_000 });
  assert.deepEqual(loadGatewayConfig({
    GATEWAY_MAX_DEPTH: '8', GATEWAY_MAX_ALIASES: '5', GATEWAY_MAX_DIRECTIVES: '4', GATEWAY_MAX_TOKENS: '300', GATEWAY_MAX_COST: '900',
  }).limits, { maxDepth: 8, maxAliases: 5, maxDirectives: 4, maxTokens: 300, maxCost: 900 });
  assert.throws(() => loadGatewayConfig({ GATEWAY_MAX_COST: 'lots' }), { message: 'GATEWAY_MAX_COST must be an integer, got "lots"' });
  assert.throws(() => loadGatewayConfig({ GATEWAY_MAX_DEPTH: '0' }), { message: 'GATEWAY_MAX_DEPTH must be >= 1, got 0' });
});

test('with introspection off, validation errors do not suggest field names', async (t) => {
  const fx = createFixtureSubgraphs();
  const gw = await startGateway(loadGatewayConfig({}, { port: 0, introspection: false }), { logger: silentLogger, embedded: fx.runtimes, supergraphSdl: fx.supergraphSdl });
  t.after(() => gw.close());
  const res = await postGraphql(gw.url, '{ equipmentLis { id } }');
  assert.deepEqual([res.status, res.body], [400, { errors: [{
    message: 'Cannot query field "equipmentLis" on type "Query". [Suggestion hidden]?',
    locations: [{ line: 1, column: 3 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
  }] }]);
});

/** GraphQL documents written in a file: README graphql blocks, or string literals in code that parse as operations. */
function documentsIn(root: URL, file: string): string[] {
  const text = readFileSync(new URL(file, root), 'utf8');
  const candidates = file.endsWith('.md')
    ? [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? '').split(/\n(?=#|\{)/))
    // Heuristic: template and quoted literals containing a selection set; `${…}` becomes a plain name.
    : [...text.matchAll(/`([^`]*)`|'([^'\n]*\{[^'\n]*)'/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/\$\{[^}]*\}/g, 'X'));
  return candidates.filter((q) => {
    try { return parse(q).definitions.some((d) => d.kind === 'OperationDefinition'); } catch { return false; }
  });
}

test('the default limits let through every query of the README, the end-to-end tests, the bench and GraphiQL\'s introspection', () => {
  const root = findRepoRoot(import.meta.url);
  const composed = composeServices(supergraphSubgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(subgraphSdl(root, s.name)) })));
  assert.equal(composed.errors, undefined);
  const api = composed.schema!.toAPISchema().toGraphQLJSSchema();
  const files = ['README.md', 'scripts/e2e.test.ts', 'bench/gateway.ts', 'interpretation/subgraph/gateway.test.ts', 'interpretation/subgraph/demo-plant.test.ts', 'gateway/create-gateway.ts'];
  const docs = files.flatMap((f) => documentsIn(root, f).map((q) => ({ f, q })));
  docs.push({ f: 'introspection', q: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }) });
  assert.ok(docs.length >= 15, `found only ${docs.length} documents: the extraction heuristic no longer sees the queries`);
  const over = docs.flatMap(({ f, q }) => {
    const m = measureDocument(api, parse(q));
    const l = defaultQueryLimits;
    const broken = [m.depth > l.maxDepth && `depth ${m.depth}`, m.aliases > l.maxAliases && `aliases ${m.aliases}`,
      m.directives > l.maxDirectives && `directives ${m.directives}`, m.cost > l.maxCost && `cost ${m.cost}`,
      countTokens(q) > l.maxTokens && `tokens ${countTokens(q)}`].filter(Boolean);
    return broken.length === 0 ? [] : [`${f}: ${broken.join(', ')}: ${q.replace(/\s+/g, ' ').slice(0, 80)}`];
  });
  assert.deepEqual(over, []);
});

test('per-role cost budgets: a caller gets its most generous role\'s budget, others the base limit', async (t) => {
  const base: QueryLimits = { ...defaultQueryLimits, maxCost: 5 };
  const budget = roleCostBudget(base, parseRoleMaxCost('viewer=3,planner=50'));
  const who = (roles: string[]): LimitsRequest => ({ requestId: 'r', headers: {}, identity: { subject: 's', roles, sites: ['*'], method: 'api-key' } });
  assert.equal(budget(who(['viewer'])).maxCost, 3);
  assert.equal(budget(who(['viewer', 'planner'])).maxCost, 50);
  assert.equal(budget(who(['maintenance'])).maxCost, 5);
  assert.throws(() => parseRoleMaxCost('viewer=lots'), { message: 'GATEWAY_ROLE_MAX_COST must be role=cost pairs separated by commas, got "viewer=lots"' });
  assert.throws(() => parseRoleMaxCost('janitor=10'), { message: 'GATEWAY_ROLE_MAX_COST names unknown role "janitor"' });

  // Wired from configuration: the demo identity holds every role, so with only `viewer=3` configured its budget is 3.
  const fx = createFixtureSubgraphs();
  const gw = await startGateway(loadGatewayConfig({ GATEWAY_ROLE_MAX_COST: 'viewer=3' }, { port: 0 }), { logger: silentLogger, embedded: fx.runtimes, supergraphSdl: fx.supergraphSdl });
  t.after(() => gw.close());
  const res = await postGraphql(gw.url, '{ equipmentList { id state } secretFailure }');
  assert.deepEqual([res.status, res.body], [400, refusal("The document's estimated cost (6) exceeds the gateway's limit of 3.", 'QUERY_TOO_COSTLY', { limit: 3, found: 6 })]);
});

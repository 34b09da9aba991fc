import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloServer } from '@apollo/server';
import { silentLogger, startSubgraphServer } from '../common/index.ts';
import type { SubgraphRuntime } from '../common/index.ts';
import { createFixtureSubgraphs, postGraphql } from '../test-utils/index.ts';
import { createGatewayMetrics, loadGatewayConfig, startGateway } from './index.ts';

/** Exposition text → sample name with sorted labels → value, e.g. `x_total{a="1",b="2"}` → 3. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (m === null) continue;
    const labels = [...(m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((l) => `${l[1]}="${l[2]}"`).sort();
    out.set(labels.length === 0 ? m[1]! : `${m[1]}{${labels.join(',')}}`, Number(m[3]));
  }
  return out;
}

/** The samples whose key starts with `prefix`, as an object (for whole-shape asserts). */
function pick(s: Map<string, number>, prefix: string): Record<string, number> {
  return Object.fromEntries([...s].filter(([k]) => k.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b)));
}

async function startFixtureGateway(t: { after: (fn: () => Promise<void>) => void }, env: Record<string, string> = {}) {
  const fx = createFixtureSubgraphs();
  // ERP reports upstream calls, cache and guard figures the way a real subgraph's source adapter does.
  const erp: SubgraphRuntime = { ...fx.runtimes['erp']!, upstreamStats: () => ({
    calls: 4, byOp: { equipmentList: 3, health: 1 },
    cache: { hits: 3, misses: 1, coalesced: 0, keys: 2, staleServed: 2 },
    guard: { breaker: 'halfOpen', active: 1, queued: 0, breakerOpens: 1, rejected: 5, retries: 2 },
    unmapped: { 'ERP.ScrapReasonCode': 7, 'ERP.Uom': 1 },
    schemaChanges: 4,
  }) };
  const gw = await startGateway(loadGatewayConfig(env, { port: 0 }), {
    logger: silentLogger, embedded: { ...fx.runtimes, erp }, supergraphSdl: fx.supergraphSdl,
  });
  t.after(() => gw.close());
  return { gw, ...fx, base: gw.url.replace('/graphql', '') };
}

test('/metrics counts requests per operation and outcome, latency, errors by code, subgraph fetches, upstream calls and process figures', async (t) => {
  const { gw, controls, base } = await startFixtureGateway(t);
  await postGraphql(gw.url, 'query Cross { equipmentList { id state } }');
  await postGraphql(gw.url, 'query Cross { equipmentList { id state } }');
  await postGraphql(gw.url, '{ equipmentList { id } }');
  controls.mesMode = 'unavailable';
  await postGraphql(gw.url, 'query Cross { equipmentList { id state } }'); // 2 × MES_UNAVAILABLE
  controls.mesMode = 'ok';
  await postGraphql(gw.url, 'query Secret { secretFailure }'); // a plain Error: UNMAPPED
  await postGraphql(gw.url, `{ a0: equipmentList { id } ${Array.from({ length: 31 }, (_, i) => `a${i + 1}: equipmentList { id }`).join(' ')} }`);
  await postGraphql(gw.url, `{ ${'equipmentList { id } '.repeat(500)}}`); // 2,002 tokens: refused before parsing
  await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query' }); // refused by the HTTP layer

  const res = await fetch(`${base}/metrics`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/plain; version=0.0.4; charset=utf-8');
  const s = samples(await res.text());
  assert.deepEqual(pick(s, 'plantgraph_gateway_requests_total'), {
    'plantgraph_gateway_requests_total{operation="Cross",outcome="error"}': 1,
    'plantgraph_gateway_requests_total{operation="Cross",outcome="ok"}': 2,
    'plantgraph_gateway_requests_total{operation="Secret",outcome="error"}': 1,
    'plantgraph_gateway_requests_total{operation="anonymous",outcome="error"}': 3,
    'plantgraph_gateway_requests_total{operation="anonymous",outcome="ok"}': 1,
  });
  assert.deepEqual(pick(s, 'plantgraph_gateway_errors_total'), {
    'plantgraph_gateway_errors_total{code="BAD_REQUEST"}': 1,
    'plantgraph_gateway_errors_total{code="MES_UNAVAILABLE"}': 2,
    'plantgraph_gateway_errors_total{code="TOO_MANY_ALIASES"}': 1,
    'plantgraph_gateway_errors_total{code="TOO_MANY_TOKENS"}': 1,
    'plantgraph_gateway_errors_total{code="UNMAPPED"}': 1,
  });
  assert.deepEqual(pick(s, 'plantgraph_gateway_request_duration_seconds_count'), {
    'plantgraph_gateway_request_duration_seconds_count{operation="Cross"}': 3,
    'plantgraph_gateway_request_duration_seconds_count{operation="Secret"}': 1,
    'plantgraph_gateway_request_duration_seconds_count{operation="anonymous"}': 2,
  });
  // Fetches: ERP for each executed request (4), MES for the three Cross requests.
  assert.deepEqual(pick(s, 'plantgraph_gateway_subgraph_fetch_duration_seconds_count'), {
    'plantgraph_gateway_subgraph_fetch_duration_seconds_count{subgraph="erp"}': 5,
    'plantgraph_gateway_subgraph_fetch_duration_seconds_count{subgraph="mes"}': 3,
  });
  assert.deepEqual(pick(s, 'plantgraph_gateway_subgraph_fetch_errors_total'), {
    'plantgraph_gateway_subgraph_fetch_errors_total{code="MES_UNAVAILABLE",subgraph="mes"}': 2,
    'plantgraph_gateway_subgraph_fetch_errors_total{code="UNMAPPED",subgraph="erp"}': 1,
  });
  assert.deepEqual(pick(s, 'plantgraph_subgraph_'), {
    'plantgraph_subgraph_breaker_opens_total{subgraph="erp"}': 1,
    'plantgraph_subgraph_breaker_state{state="closed",subgraph="erp"}': 0,
    'plantgraph_subgraph_breaker_state{state="halfOpen",subgraph="erp"}': 1,
    'plantgraph_subgraph_breaker_state{state="open",subgraph="erp"}': 0,
    'plantgraph_subgraph_bulkhead_active{subgraph="erp"}': 1,
    'plantgraph_subgraph_bulkhead_queued{subgraph="erp"}': 0,
    'plantgraph_subgraph_cache_hit_ratio{subgraph="erp"}': 0.75,
    'plantgraph_subgraph_cache_hits_total{subgraph="erp"}': 3,
    'plantgraph_subgraph_cache_misses_total{subgraph="erp"}': 1,
    'plantgraph_subgraph_cache_stale_served_total{subgraph="erp"}': 2,
    'plantgraph_subgraph_guard_rejected_total{subgraph="erp"}': 5,
    'plantgraph_subgraph_retries_total{subgraph="erp"}': 2,
    'plantgraph_subgraph_schema_changes_total{subgraph="erp"}': 4,
    'plantgraph_subgraph_upstream_calls_total{op="all",subgraph="mes"}': 0,
    'plantgraph_subgraph_upstream_calls_total{op="equipmentList",subgraph="erp"}': 3,
    'plantgraph_subgraph_upstream_calls_total{op="health",subgraph="erp"}': 1,
  });
  assert.deepEqual(pick(s, 'plantgraph_unmapped_codes_total'), {
    'plantgraph_unmapped_codes_total{field="ERP.ScrapReasonCode",subgraph="erp"}': 7,
    'plantgraph_unmapped_codes_total{field="ERP.Uom",subgraph="erp"}': 1,
  });
  for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_p99_seconds']) {
    assert.ok(s.has(name), name);
  }
  const sum = s.get('plantgraph_gateway_request_duration_seconds_sum{operation="Cross"}') ?? -1;
  assert.ok(sum > 0 && sum < 10, `latency sum ${sum}`);
});

test('distributed topology: fetches over HTTP are timed, a gone subgraph counts its UNAVAILABLE code, no embedded figures', async (t) => {
  const fx = createFixtureSubgraphs();
  const opts = { port: 0, host: '127.0.0.1' };
  const erp = await startSubgraphServer(fx.runtimes['erp']!, opts);
  const mes = await startSubgraphServer(fx.runtimes['mes']!, opts);
  t.after(() => erp.close());
  const urls = { erp: erp.url, mes: mes.url, cmms: 'http://cmms.invalid/graphql', spreadsheet: 'http://spreadsheet.invalid/graphql', interpretation: 'http://interpretation.invalid/graphql', registry: 'http://registry.invalid/graphql', context: 'http://context.invalid/graphql' };
  const gw = await startGateway(loadGatewayConfig({}, { port: 0, topology: 'distributed', subgraphUrls: urls, subgraphTimeoutMs: 2000 }), {
    logger: silentLogger, supergraphSdl: fx.supergraphSdl,
  });
  t.after(() => gw.close());
  const ok = await postGraphql(gw.url, 'query Cross { equipmentList { id state } }');
  assert.equal(ok.body.errors, undefined);
  await mes.close();
  const down = await postGraphql(gw.url, 'query Cross { equipmentList { id state } }');
  assert.deepEqual(down.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code), ['MES_UNAVAILABLE']);

  const s = samples((await gw.metrics!.render()).body);
  assert.deepEqual(pick(s, 'plantgraph_gateway_subgraph_fetch_duration_seconds_count'), {
    'plantgraph_gateway_subgraph_fetch_duration_seconds_count{subgraph="erp"}': 2,
    'plantgraph_gateway_subgraph_fetch_duration_seconds_count{subgraph="mes"}': 2,
  });
  assert.deepEqual(pick(s, 'plantgraph_gateway_subgraph_fetch_errors_total'), {
    'plantgraph_gateway_subgraph_fetch_errors_total{code="MES_UNAVAILABLE",subgraph="mes"}': 1,
  });
  assert.deepEqual(pick(s, 'plantgraph_gateway_requests_total'), {
    'plantgraph_gateway_requests_total{operation="Cross",outcome="error"}': 1,
    'plantgraph_gateway_requests_total{operation="Cross",outcome="ok"}': 1,
  });
  assert.deepEqual(pick(s, 'plantgraph_subgraph_'), {});
});

test('GATEWAY_METRICS=false turns /metrics off', async (t) => {
  const { gw, base } = await startFixtureGateway(t, { GATEWAY_METRICS: 'false' });
  const res = await fetch(`${base}/metrics`);
  assert.deepEqual([res.status, await res.json()], [404, { error: 'not found' }]);
  assert.equal(gw.metrics, null);
});

test('operation-name labels are bounded: unnamed is anonymous, names past the cap or over 100 characters are other', async (t) => {
  const metrics = createGatewayMetrics({ maxOperationNames: 2, processMetrics: false });
  const apollo = new ApolloServer({ typeDefs: 'type Query { x: Int }', resolvers: { Query: { x: () => 1 } }, plugins: [metrics.plugin] });
  await apollo.start();
  t.after(() => apollo.stop());
  for (const q of [`query ${'L'.repeat(101)} { x }`, 'query A { x }', 'query B { x }', 'query C { x }', 'query D { x }', '{ x }', 'query A { x }']) await apollo.executeOperation({ query: q });
  const s = samples((await metrics.render()).body);
  assert.deepEqual(pick(s, 'plantgraph_gateway_requests_total'), {
    'plantgraph_gateway_requests_total{operation="A",outcome="ok"}': 2,
    'plantgraph_gateway_requests_total{operation="B",outcome="ok"}': 1,
    'plantgraph_gateway_requests_total{operation="anonymous",outcome="ok"}': 1,
    'plantgraph_gateway_requests_total{operation="other",outcome="ok"}': 3,
  });
});

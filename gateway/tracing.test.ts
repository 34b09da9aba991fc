import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { silentLogger, startSubgraphServer, startTracing, tracingConfigFromEnv } from '../common/index.ts';
import { createFixtureSubgraphs, postGraphql } from '../test-utils/index.ts';
import { loadGatewayConfig, startGateway } from './index.ts';

test('tracing config is off by default and reads PLANTGRAPH_TRACING and the OTLP endpoint', () => {
  assert.deepEqual(tracingConfigFromEnv({}, 'gateway'), { exporter: 'off', otlpUrl: 'http://127.0.0.1:4318/v1/traces', serviceName: 'gateway' });
  assert.equal(startTracing(tracingConfigFromEnv({}, 'gateway')), null);
  assert.throws(() => tracingConfigFromEnv({ PLANTGRAPH_TRACING: 'jaeger' }, 'g'), /PLANTGRAPH_TRACING must be one of off, console, otlp/);
});

test('one trace spans the gateway request, its fetches and the subgraph processes (W3C traceparent)', async (t) => {
  const exporter = new InMemorySpanExporter();
  const tracing = startTracing(tracingConfigFromEnv({}, 'plantgraph-test'), exporter);
  t.after(() => tracing?.shutdown());
  const fx = createFixtureSubgraphs();
  const erp = await startSubgraphServer(fx.runtimes['erp']!, { port: 0, host: '127.0.0.1' });
  const mes = await startSubgraphServer(fx.runtimes['mes']!, { port: 0, host: '127.0.0.1' });
  t.after(async () => { await erp.close(); await mes.close(); });
  const gw = await startGateway(loadGatewayConfig({}, {
    port: 0, topology: 'distributed',
    subgraphUrls: { erp: erp.url, mes: mes.url, cmms: 'http://cmms.invalid/graphql', spreadsheet: 'http://spreadsheet.invalid/graphql', interpretation: 'http://interpretation.invalid/graphql', registry: 'http://registry.invalid/graphql', context: 'http://context.invalid/graphql' },
  }), { logger: silentLogger, supergraphSdl: fx.supergraphSdl });
  t.after(() => gw.close());

  const res = await postGraphql(gw.url, '{ equipmentList { id name state } }');
  assert.equal(res.body.errors, undefined);
  const spans = exporter.getFinishedSpans();
  const request = spans.find((s) => s.name === 'gateway.request');
  assert.ok(request, `spans: ${spans.map((s) => s.name).join(', ')}`);
  const traceId = request.spanContext().traceId;
  const fetches = spans.filter((s) => s.name === 'gateway.fetch');
  const served = spans.filter((s) => s.name === 'subgraph.request');
  assert.equal(fetches.length, 2);
  assert.deepEqual(served.map((s) => s.attributes['plantgraph.subgraph']).sort(), ['erp', 'mes']);
  for (const s of [...fetches, ...served]) assert.equal(s.spanContext().traceId, traceId);
  // Each subgraph span is a child of one of the gateway's fetch spans.
  const fetchIds = new Set(fetches.map((f) => f.spanContext().spanId));
  for (const s of served) assert.ok(fetchIds.has(s.parentSpanId ?? ''), 'subgraph span parented by a gateway.fetch span');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../common/index.ts';
import { createFixtureSubgraphs, postGraphql } from '../test-utils/index.ts';
import { loadGatewayConfig, startGateway } from './index.ts';
import type { RunningGateway } from './index.ts';

async function startFixtureGateway(t: { after: (fn: () => Promise<void>) => void }) {
  const fx = createFixtureSubgraphs();
  const gw: RunningGateway = await startGateway(loadGatewayConfig({}, { port: 0 }), {
    logger: silentLogger, embedded: fx.runtimes, supergraphSdl: fx.supergraphSdl,
  });
  t.after(() => gw.close());
  return { gw, ...fx };
}

const crossQuery = '{ equipmentList { id name state } }';

test('a cross-subgraph query answers with both subgraphs\' fields', async (t) => {
  const { gw } = await startFixtureGateway(t);
  const res = await postGraphql(gw.url, crossQuery);
  assert.equal(res.status, 200);
  assert.deepEqual(res.body, { data: { equipmentList: [
    { id: 'PRESS-04', name: 'Press 4', state: 'RUNNING' },
    { id: 'LATHE-12', name: 'Lathe 12', state: 'DOWN_UNPLANNED' },
  ] } });
});

test('when one system is down the other system\'s data is still there and the missing field carries a coded error naming the source', async (t) => {
  const { gw, controls } = await startFixtureGateway(t);
  controls.mesMode = 'unavailable';
  const res = await postGraphql(gw.url, crossQuery);
  assert.equal(res.status, 200);
  assert.deepEqual(res.body.data, { equipmentList: [
    { id: 'PRESS-04', name: 'Press 4', state: null },
    { id: 'LATHE-12', name: 'Lathe 12', state: null },
  ] });
  assert.equal(res.body.errors.length, 2);
  for (const [i, e] of res.body.errors.entries()) {
    assert.deepEqual(e, {
      message: 'MES unreachable',
      path: ['equipmentList', i, 'state'],
      extensions: { code: 'MES_UNAVAILABLE', source: 'MES', retryable: true, serviceName: 'mes' },
    });
  }
});

test('an error without a known code is masked: fixed message, INTERNAL_SERVER_ERROR, no internals', async (t) => {
  const { gw, controls } = await startFixtureGateway(t);
  controls.mesMode = 'crash';
  const res = await postGraphql(gw.url, '{ secretFailure equipmentList { id state } }');
  assert.equal(res.status, 200);
  const text = JSON.stringify(res.body);
  assert.doesNotMatch(text, /hunter2|Password|GoodQty|TypeError|stack/);
  assert.deepEqual(res.body.errors.map((e: { message: string; extensions: unknown }) => [e.message, e.extensions]), [
    ['Internal error', { code: 'INTERNAL_SERVER_ERROR' }],
    ['Internal error', { code: 'INTERNAL_SERVER_ERROR' }],
    ['Internal error', { code: 'INTERNAL_SERVER_ERROR' }],
  ]);
  assert.deepEqual(res.body.data, { secretFailure: null, equipmentList: [{ id: 'PRESS-04', state: null }, { id: 'LATHE-12', state: null }] });
});

test('the request id is taken from x-request-id when safe, echoed, and handed to every subgraph', async (t) => {
  const { gw, controls } = await startFixtureGateway(t);
  const res = await postGraphql(gw.url, crossQuery, { headers: { 'x-request-id': 'bi-tool-42' } });
  assert.equal(res.headers.get('x-request-id'), 'bi-tool-42');
  assert.deepEqual(controls.seen.map((s) => [s.subgraph, s.facts.requestId]), [['erp', 'bi-tool-42'], ['mes', 'bi-tool-42']]);

  controls.seen.length = 0;
  const unsafe = await postGraphql(gw.url, crossQuery, { headers: { 'x-request-id': 'x"; <script>alert(1)</script>' } });
  const id = unsafe.headers.get('x-request-id') ?? '';
  assert.match(id, /^[0-9a-f-]{36}$/);
  assert.deepEqual(controls.seen.map((s) => s.facts.requestId), [id, id]);
});

test('/health answers ok; /ready answers 503 naming the subgraph whose upstream is not ready', async (t) => {
  const { gw, controls } = await startFixtureGateway(t);
  const base = gw.url.replace('/graphql', '');
  const health = await fetch(`${base}/health`);
  assert.deepEqual([health.status, await health.json()], [200, { status: 'ok' }]);
  const ready = await fetch(`${base}/ready`);
  assert.deepEqual([ready.status, await ready.json()], [200, { status: 'ready', dependencies: { erp: true, mes: true } }]);
  controls.erpReady = false;
  const notReady = await fetch(`${base}/ready`);
  assert.deepEqual([notReady.status, await notReady.json()], [503, { status: 'degraded', dependencies: { erp: false, mes: true } }]);
});

test('GraphiQL is served to browsers from local assets, with no CDN reference', async (t) => {
  const { gw } = await startFixtureGateway(t);
  const base = gw.url.replace('/graphql', '');
  const page = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
  const html = await page.text();
  assert.equal(page.status, 200);
  assert.match(html, /\/graphiql\/assets\/graphiql\.js/);
  assert.doesNotMatch(html, /https?:\/\//);
  for (const a of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
    const r = await fetch(`${base}/graphiql/assets/${a}`);
    assert.equal(r.status, 200, a);
    assert.ok((await r.arrayBuffer()).byteLength > 1000, a);
  }
});

test('a body over the limit is refused with 413 before parsing; malformed JSON gets 400', async (t) => {
  const { gw } = await startFixtureGateway(t);
  const big = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ equipmentList { id } } #${'x'.repeat(1_100_000)}` }) })
    .then(async (r) => [r.status, await r.json()] as const)
    .catch(() => [413, null] as const); // the server may reset the socket once the limit is hit
  assert.equal(big[0], 413);
  const bad = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
  assert.deepEqual([bad.status, await bad.json()], [400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }]);
});

test('a request past the gateway deadline gets 504 GATEWAY_TIMEOUT; the next one is served', async (t) => {
  const fx = createFixtureSubgraphs();
  const gw = await startGateway(loadGatewayConfig({}, { port: 0, requestTimeoutMs: 200 }), { logger: silentLogger, embedded: fx.runtimes, supergraphSdl: fx.supergraphSdl });
  t.after(() => gw.close());
  fx.controls.mesDelayMs = 600;
  const slow = await postGraphql(gw.url, crossQuery);
  assert.deepEqual([slow.status, slow.body], [504, { errors: [{ message: 'The request did not finish within 200 ms', extensions: { code: 'GATEWAY_TIMEOUT' } }] }]);
  fx.controls.mesDelayMs = 0;
  const ok = await postGraphql(gw.url, crossQuery);
  assert.equal(ok.status, 200);
  assert.equal(ok.body.data.equipmentList.length, 2);
});

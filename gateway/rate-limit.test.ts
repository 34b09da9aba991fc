import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../common/index.ts';
import { createFixtureSubgraphs, postGraphql } from '../test-utils/index.ts';
import { hashApiKey } from './auth/index.ts';
import type { Identity } from './auth/index.ts';
import { loadGatewayConfig, startGateway } from './index.ts';
import type { RunningGateway } from './index.ts';
import type { LogFields, Logger } from '../common/index.ts';
import { createRateLimiter, ruleFor } from './rate-limit.ts';
import type { RateLimitConfig } from './rate-limit.ts';

const keys = { a: 'key-a-0123456789', b: 'key-b-0123456789' };

/** A demo-mode gateway over the fixture subgraphs with two API keys (subject `a` a planner, `b` a viewer) and the given limit. */
async function startLimitedGateway(t: { after: (fn: () => Promise<void>) => void }, env: Record<string, string>, logger: Logger = silentLogger) {
  const fx = createFixtureSubgraphs();
  const base = loadGatewayConfig(env, { port: 0 });
  const roles: Record<string, string> = { a: 'planner', b: 'viewer' };
  const apiKeys = Object.entries(keys).map(([subject, k]) => ({ sha256: Buffer.from(hashApiKey(k), 'hex'), subject, roles: [roles[subject] ?? 'viewer'], sites: ['*'] }));
  const gw: RunningGateway = await startGateway(loadGatewayConfig(env, { port: 0, auth: { ...base.auth, apiKeys } }), {
    logger, embedded: fx.runtimes, supergraphSdl: fx.supergraphSdl,
  });
  t.after(() => gw.close());
  return gw;
}

const query = '{ equipmentList { id } }';
const ok = { data: { equipmentList: [{ id: 'PRESS-04' }, { id: 'LATHE-12' }] } };
const as = (k: string) => ({ headers: { 'x-api-key': k } });

test('the request past the limit within the window gets 429, Retry-After and a coded error naming the limit; another key is unaffected', async (t) => {
  const warnings: { fields: LogFields; msg: string }[] = [];
  const logger: Logger = { ...silentLogger, warn: (fields, msg) => { warnings.push({ fields, msg }); }, child: () => logger };
  const gw = await startLimitedGateway(t, { GATEWAY_RATE_LIMIT_POINTS: '3', GATEWAY_RATE_LIMIT_WINDOW_S: '60' }, logger);
  for (let i = 0; i < 3; i++) {
    const r = await postGraphql(gw.url, query, as(keys.a));
    assert.deepEqual([r.status, r.body], [200, ok]);
  }
  const refused = await postGraphql(gw.url, query, as(keys.a));
  assert.equal(refused.status, 429);
  const retryAfter = Number(refused.headers.get('retry-after'));
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
  assert.deepEqual(refused.body, { errors: [{
    message: `Rate limit exceeded: at most 3 requests per 60 s for this caller. Retry after ${retryAfter} s.`,
    extensions: { code: 'RATE_LIMITED', detail: { limit: 3, windowSeconds: 60, retryAfterSeconds: retryAfter } },
  }] });
  assert.match(refused.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  // A second refusal in the same window is answered the same way but not logged again.
  assert.equal((await postGraphql(gw.url, query, as(keys.a))).status, 429);
  assert.deepEqual(warnings.map((w) => [w.msg, { ...w.fields, requestId: typeof w.fields['requestId'] }]), [['request refused by rate limit',
    { requestId: 'string', code: 'RATE_LIMITED', key: 'sub:a', limit: 3, windowSeconds: 60 }]]);

  const other = await postGraphql(gw.url, query, as(keys.b));
  assert.deepEqual([other.status, other.body], [200, ok]);
  // Anonymous demo callers are counted by address, apart from the API key subjects.
  const anonymous = await postGraphql(gw.url, query);
  assert.deepEqual([anonymous.status, anonymous.body], [200, ok]);

  const metrics = await (await fetch(gw.url.replace('/graphql', '/metrics'))).text();
  assert.match(metrics, /^plantgraph_gateway_errors_total\{code="RATE_LIMITED"\} 2$/m);
  assert.match(metrics, /^plantgraph_gateway_requests_total\{operation="anonymous",outcome="error"\} 2$/m);
});

test('the window resets: after a 1 s window the same key is served again', async (t) => {
  const gw = await startLimitedGateway(t, { GATEWAY_RATE_LIMIT_POINTS: '2', GATEWAY_RATE_LIMIT_WINDOW_S: '1' });
  const statuses: number[] = [];
  for (let i = 0; i < 3; i++) statuses.push((await postGraphql(gw.url, query, as(keys.a))).status);
  assert.deepEqual(statuses, [200, 200, 429]);
  await new Promise((r) => setTimeout(r, 1100));
  const again = await postGraphql(gw.url, query, as(keys.a));
  assert.deepEqual([again.status, again.body], [200, ok]);
});

test('/health, /ready and /metrics are not limited, and a refused caller still gets them', async (t) => {
  const gw = await startLimitedGateway(t, { GATEWAY_RATE_LIMIT_POINTS: '1', GATEWAY_RATE_LIMIT_WINDOW_S: '60' });
  const statuses: number[] = [];
  for (let i = 0; i < 2; i++) statuses.push((await postGraphql(gw.url, query)).status);
  assert.deepEqual(statuses, [200, 429]);
  const base = gw.url.replace('/graphql', '');
  const after: number[] = [];
  for (let i = 0; i < 5; i++) for (const p of ['/health', '/ready', '/metrics']) after.push((await fetch(`${base}${p}`)).status);
  assert.deepEqual(after, Array(15).fill(200));
});

test('a role override replaces the base limit for callers holding that role', async (t) => {
  const gw = await startLimitedGateway(t, { GATEWAY_RATE_LIMIT_POINTS: '1', GATEWAY_RATE_LIMIT_WINDOW_S: '60', GATEWAY_RATE_LIMIT_ROLES: 'planner=3/60' });
  const statuses = async (k: string) => { const out: number[] = []; for (let i = 0; i < 4; i++) out.push((await postGraphql(gw.url, query, as(k))).status); return out; };
  assert.deepEqual({ planner: await statuses(keys.a), viewer: await statuses(keys.b) }, { planner: [200, 200, 200, 429], viewer: [200, 429, 429, 429] });
  const refused = await postGraphql(gw.url, query, as(keys.a));
  assert.deepEqual(refused.body.errors[0].extensions.detail.limit, 3);
});

test('GATEWAY_RATE_LIMIT_ENABLED=false lets every request through', async (t) => {
  const gw = await startLimitedGateway(t, { GATEWAY_RATE_LIMIT_ENABLED: 'false', GATEWAY_RATE_LIMIT_POINTS: '1' });
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) statuses.push((await postGraphql(gw.url, query)).status);
  assert.deepEqual(statuses, [200, 200, 200, 200]);
});

test('config: production defaults to 600 per 60 s, demo to a generous limit, roles parse and typos throw naming the variable', () => {
  const secret = { PLANTGRAPH_INTERNAL_SECRET: 'i'.repeat(32), GATEWAY_JWT_SECRET: 's'.repeat(32), GATEWAY_JWT_ISSUER: 'iss', GATEWAY_JWT_AUDIENCE: 'aud' };
  assert.deepEqual(loadGatewayConfig({ GATEWAY_MODE: 'production', ...secret }).rateLimit, { enabled: true, points: 600, windowSeconds: 60, roles: {} });
  assert.deepEqual(loadGatewayConfig({}).rateLimit, { enabled: true, points: 1_000_000, windowSeconds: 60, roles: {} });
  assert.deepEqual(loadGatewayConfig({ GATEWAY_RATE_LIMIT_ROLES: 'planner=3000/60, viewer=10/1' }).rateLimit.roles,
    { planner: { points: 3000, windowSeconds: 60 }, viewer: { points: 10, windowSeconds: 1 } });
  assert.throws(() => loadGatewayConfig({ GATEWAY_RATE_LIMIT_ROLES: 'planer=3000/60' }), { message: 'GATEWAY_RATE_LIMIT_ROLES names unknown role "planer"' });
  assert.throws(() => loadGatewayConfig({ GATEWAY_RATE_LIMIT_ROLES: 'planner=3000' }),
    { message: 'GATEWAY_RATE_LIMIT_ROLES must be role=points/seconds pairs separated by commas, got "planner=3000"' });
  assert.throws(() => loadGatewayConfig({ GATEWAY_RATE_LIMIT_POINTS: '0' }), /GATEWAY_RATE_LIMIT_POINTS/);
});

const identity = (method: Identity['method'], subject: string, roles: string[]): Identity => ({ subject, roles, sites: ['*'], method });
const cfg: RateLimitConfig = { enabled: true, points: 2, windowSeconds: 60, roles: { planner: { points: 4, windowSeconds: 60 }, viewer: { points: 1, windowSeconds: 60 } } };

test('ruleFor picks the most generous role override for credentialed callers and the base rule for the demo identity', () => {
  assert.deepEqual(ruleFor(cfg, identity('api-key', 'x', ['viewer', 'planner'])), { points: 4, windowSeconds: 60 });
  assert.deepEqual(ruleFor(cfg, identity('jwt', 'x', ['viewer'])), { points: 1, windowSeconds: 60 });
  assert.deepEqual(ruleFor(cfg, identity('jwt', 'x', ['cost'])), cfg);
  assert.deepEqual(ruleFor(cfg, identity('demo', 'demo', ['viewer', 'planner'])), cfg);
});

test('the limiter keys credentialed callers by subject across addresses and demo callers by address; the first refusal per window is marked', async () => {
  const limiter = createRateLimiter({ ...cfg, roles: {} });
  assert.ok(limiter !== null);
  const ana = identity('jwt', 'ana', []);
  const demo = identity('demo', 'demo', []);
  const seen = [
    await limiter.consume(ana, '10.0.0.1'), await limiter.consume(ana, '10.0.0.2'), await limiter.consume(ana, '10.0.0.3'),
    await limiter.consume(ana, '10.0.0.3'), await limiter.consume(demo, '10.0.0.1'), await limiter.consume(demo, '10.0.0.2'),
  ].map((d) => (d.ok ? 'ok' : `${d.key} first=${d.firstRefusal}`));
  assert.deepEqual(seen, ['ok', 'ok', 'sub:ana first=true', 'sub:ana first=false', 'ok', 'ok']);
  assert.equal(createRateLimiter({ ...cfg, enabled: false }), null);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphQLError } from 'graphql';
import { createReadCache, silentLogger } from '../../../common/index.ts';
import { noMess } from '../../../simulators/plant/plant-types.ts';
import { startSim, testConfig } from '../test-utils/kit.ts';
import { createCmmsRestSource, parseRetryAfterMs } from './index.ts';
import { topLevelArrayItems } from './rest-source.ts';
import type { CmmsSource } from './index.ts';

type After = { after(fn: () => Promise<void> | void): void };

function source(t: After, url: string, env: Record<string, string> = {}, fetchFn?: typeof fetch): CmmsSource {
  const s = createCmmsRestSource(testConfig(url, env), { logger: silentLogger, cache: createReadCache(), random: () => 0.5, ...(fetchFn === undefined ? {} : { fetch: fetchFn }) });
  t.after(() => s.close());
  return s;
}

/** The code, message and safe extensions of a coded error, for whole-shape assertions. */
async function failure(p: Promise<unknown>): Promise<{ message: string; extensions: Record<string, unknown> }> {
  try { await p; } catch (e: unknown) {
    assert.ok(e instanceof GraphQLError, `expected a GraphQLError, got ${String(e)}`);
    return { message: e.message, extensions: { ...e.extensions } };
  }
  assert.fail('expected a failure');
}

test('assets are walked across pages and mapped to canonical equipment ids; blank aliases map to null', async (t) => {
  const sim = await startSim(t, { mess: { ...noMess, differentIds: true } });
  const s = source(t, sim.url, { CMMS_PAGE_SIZE: '2' });
  const assets = await s.assets();
  assert.deepEqual(assets.map((a) => [a.id, a.equipmentId, a.status]), [
    // 'lathe-01 ' (a variant) resolves by trim + upper-case; the press's blank alias stays unmapped.
    ['ast_L01', 'LATHE-01', 'ACTIVE'], ['ast_M02', 'MILL-02', 'DOWN'], ['ast_P04new', null, 'DOWN'], ['ast_P04old', null, 'RETIRED'],
  ]);
  const bytes = s.stats().cache?.bytes ?? 0;
  assert.ok(bytes > 0, 'the cached asset list has an estimated size');
  assert.deepEqual(s.stats(), {
    calls: 4, byOp: { 'POST /auth': 1, 'GET /openapi.json': 1, 'GET /assets': 2 },
    cache: { hits: 0, misses: 1, coalesced: 0, keys: 1, staleServed: 0, bytes, evicted: 0 },
    guard: { breaker: 'closed', active: 0, queued: 0, breakerOpens: 0, rejected: 0, retries: 0 },
    schemaChanges: 0,
  });
  await s.assets();
  assert.equal(s.stats().calls, 4, 'the second read is served from the cache');
});

test('the token is fetched once, reused, and refreshed once after a 401', async (t) => {
  const sim = await startSim(t);
  const s = source(t, sim.url);
  await s.failureCodes();
  await s.pmSchedules();
  sim.revokeTokens();
  await s.workOrders({ ids: ['wo_0001'] });
  assert.deepEqual(s.stats().byOp, { 'POST /auth': 2, 'GET /openapi.json': 1, 'GET /failure-codes': 1, 'GET /pm-schedules': 1, 'GET /work-orders': 2 });
  assert.equal(sim.stats().unauthorized, 1);
});

test('the token is refreshed shortly before it expires, without a 401', async (t) => {
  const sim = await startSim(t, { tokenTtlSeconds: 1 });
  const s = source(t, sim.url);
  await s.failureCodes();
  await new Promise((r) => setTimeout(r, 950));
  await s.pmSchedules();
  assert.deepEqual([s.stats().byOp['POST /auth'], sim.stats().unauthorized], [2, 0]);
});

test('a refused API key is CMMS_AUTH_FAILED', async (t) => {
  const sim = await startSim(t);
  const s = source(t, sim.url, { CMMS_API_KEY: 'wrong' });
  assert.deepEqual(await failure(s.assets()), {
    message: 'CMMS refused the credentials for POST /auth', extensions: { code: 'CMMS_AUTH_FAILED', source: 'CMMS', retryable: false, detail: { status: 401 } },
  });
});

test('faults map to coded errors: down, hang past the timeout, 503 after retries, garbage', async (t) => {
  const sim = await startSim(t);
  // Breaker off: this test is about the code each fault maps to, not about failing fast after several of them.
  const s = source(t, sim.url, { CMMS_TIMEOUT_MS: '200', CMMS_BREAKER_ENABLED: 'false' });
  await s.failureCodes(); // token in hand, so each fault below hits the data route
  sim.setFault({ mode: 'down' });
  assert.deepEqual(await failure(s.assets()), { message: 'CMMS unreachable for GET /assets', extensions: { code: 'CMMS_UNAVAILABLE', source: 'CMMS', retryable: true } });
  sim.setFault({ mode: 'timeout' });
  assert.deepEqual(await failure(s.pmSchedules()), { message: 'CMMS did not answer GET /pm-schedules within 200 ms', extensions: { code: 'CMMS_TIMEOUT', source: 'CMMS', retryable: true } });
  sim.setFault({ mode: 'http503' });
  sim.resetStats();
  assert.deepEqual(await failure(s.meters({ assetIds: ['ast_L01'] })), {
    message: 'CMMS answered 503 to GET /meters', extensions: { code: 'CMMS_UNAVAILABLE', source: 'CMMS', retryable: true, detail: { status: 503 } },
  });
  assert.equal(sim.stats().byRoute['GET /meters'], 2, 'one try and CMMS_MAX_RETRIES=1 retry');
  sim.setFault({ mode: 'garbage' });
  assert.deepEqual(await failure(s.workOrders({})), {
    message: 'CMMS answered GET /work-orders with a body that is not JSON', extensions: { code: 'CMMS_BAD_RESPONSE', source: 'CMMS', retryable: false },
  });
  sim.setFault({ mode: 'none' });
  assert.equal((await s.workOrders({})).length, 10, 'failures are not cached');
});

test('429: Retry-After is honoured and the read succeeds; past the budget or the cap it is CMMS_RATE_LIMITED', async (t) => {
  const sim = await startSim(t, { rateLimit: { max: 2, windowMs: 1000 } });
  const s = source(t, sim.url, { CMMS_MAX_RETRIES: '2' });
  const t0 = Date.now();
  await s.failureCodes();
  await s.pmSchedules();
  await s.assets(); // third request in the window: 429 + Retry-After: 1, then retried
  assert.ok(Date.now() - t0 >= 900, 'waited for the window');
  assert.deepEqual([sim.stats().rateLimited, s.stats().byOp['GET /assets']], [1, 2]);

  sim.setFault({ mode: 'rate429', retryAfterS: 0 });
  sim.resetStats();
  assert.deepEqual(await failure(s.meters({ ids: ['mtr_L01_brg'] })), {
    message: 'CMMS kept rate-limiting GET /meters', extensions: { code: 'CMMS_RATE_LIMITED', source: 'CMMS', retryable: true, detail: { status: 429 } },
  });
  assert.equal(sim.stats().byRoute['GET /meters'], 3);
  sim.setFault({ mode: 'rate429', retryAfterS: 60 });
  sim.resetStats();
  await failure(s.meters({ ids: ['mtr_M02_vib'] }));
  assert.equal(sim.stats().byRoute['GET /meters'], 1, 'a Retry-After beyond CMMS_RETRY_MAX_DELAY_MS fails fast');
});

test('ill-shaped JSON is CMMS_BAD_RESPONSE naming the field', async (t) => {
  const sim = await startSim(t);
  const fake: typeof fetch = async (input, init) => {
    const url = String(input);
    if (url.includes('/auth')) return fetch(input, init);
    return new Response(JSON.stringify({ data: [{ id: 'wo_1', number: 'WO-1', title: 'x', type: 'REPAIR', status: 'OPEN', assetId: 'a', reportedAt: '2026-03-01T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z' }], nextCursor: null, hasMore: false }), { status: 200 });
  };
  const s = source(t, sim.url, {}, fake);
  assert.deepEqual(await failure(s.workOrders({})), {
    message: 'CMMS answered GET /work-orders with JSON that does not fit the API contract',
    extensions: { code: 'CMMS_BAD_RESPONSE', source: 'CMMS', retryable: false, detail: { field: 'data.0.type' } },
  });
});

test('both API versions give the same canonical work orders (DONE ≡ COMPLETED, int ≡ string priority)', async (t) => {
  const sim = await startSim(t);
  const v1 = await source(t, sim.url).workOrders({});
  const v2 = await source(t, sim.url, { CMMS_API_VERSION: '2024-06-01' }).workOrders({});
  assert.deepEqual(v2, v1);
  assert.deepEqual(v1.filter((w) => w.id === 'wo_0001').map((w) => [w.status, w.priority]), [['COMPLETED', 'URGENT']]);
  const completed = await source(t, sim.url, { CMMS_API_VERSION: '2024-06-01' }).workOrders({ statuses: ['COMPLETED'] });
  assert.deepEqual(completed.map((w) => w.id).sort(), ['wo_0001', 'wo_0002', 'wo_0005', 'wo_0008']);
  // A server upgraded under a client that still asks for 2023-01-15 keeps answering the old contract.
  sim.setUpgrade('2024-06-01');
  assert.deepEqual(await source(t, sim.url).workOrders({ statuses: ['COMPLETED'] }), completed);
});

test('overlapping pages are deduplicated; updatedAfter survives the 1 s granularity; N assets cost one request', async (t) => {
  const sim = await startSim(t, { mess: { ...noMess, duplicates: true } });
  const s = source(t, sim.url, { CMMS_PAGE_SIZE: '3' });
  const all = await s.workOrders({});
  assert.deepEqual([all.length, new Set(all.map((w) => w.id)).size, s.stats().byOp['GET /work-orders']], [10, 10, 5]);
  const wo9 = Date.UTC(2026, 2, 14, 2, 0, 0, 700);
  assert.deepEqual((await s.workOrders({ assetIds: ['ast_M02'], updatedAfterMs: wo9 - 600 })).map((w) => w.id), ['wo_0009', 'wo_0010']);
  assert.deepEqual((await s.workOrders({ assetIds: ['ast_M02'], updatedAfterMs: wo9 })).map((w) => w.id), ['wo_0010']);
  sim.resetStats();
  const some = await s.workOrders({ assetIds: ['ast_L01', 'ast_M02', 'ast_P04new', 'ast_P04old'], statuses: ['OPEN', 'IN_PROGRESS'] });
  assert.deepEqual(some.map((w) => w.id).sort(), ['wo_0003', 'wo_0004', 'wo_0009', 'wo_0010']);
  assert.deepEqual(sim.stats().byRoute, { 'GET /work-orders': 2 }, 'one filtered walk (4 results, page size 3)');
});

test('meter readings in psi are converted to bar, keeping what the CMMS said', async (t) => {
  const sim = await startSim(t, { mess: { ...noMess, mixedUnits: true } });
  const s = source(t, sim.url);
  const meters = await s.meters({ assetIds: ['ast_P04new'] });
  assert.deepEqual(meters.find((m) => m.id === 'mtr_P04_hyd'), { id: 'mtr_P04_hyd', assetId: 'ast_P04new', name: 'Hydraulic pressure', kind: 'GAUGE', unit: 'bar', sourceUnit: 'psi', rolloverAt: null });
  const from = Date.UTC(2026, 2, 8);
  const r = await s.meterReadings(['mtr_P04_hyd', 'mtr_L01_brg'], from, from + 3_600_000);
  assert.deepEqual(r, [
    { meterId: 'mtr_L01_brg', readingMs: from, value: 60, missingReason: null, unit: 'degC', sourceValue: 140, sourceUnit: 'degF', source: 'MANUAL' },
    { meterId: 'mtr_P04_hyd', readingMs: from, value: 140.000253152, missingReason: null, unit: 'bar', sourceValue: 2030.532, sourceUnit: 'psi', source: 'SENSOR' },
  ].sort((a, b) => a.readingMs - b.readingMs));
  assert.deepEqual(sim.stats().byRoute['GET /meter-readings'], 1);
});

test('parseRetryAfterMs reads delta-seconds and HTTP-dates, undefined otherwise', () => {
  const now = Date.UTC(2026, 0, 1);
  assert.deepEqual([parseRetryAfterMs('17', now), parseRetryAfterMs(new Date(now + 5000).toUTCString(), now), parseRetryAfterMs(null, now), parseRetryAfterMs('soon', now)],
    [17_000, 5000, undefined, undefined]);
});

test('a 401 that survives one token refresh is CMMS_AUTH_FAILED', async (t) => {
  const sim = await startSim(t);
  const seen: string[] = [];
  const fake: typeof fetch = async (input, init) => {
    const url = String(input);
    seen.push(url.slice(sim.url.length).split('?')[0] ?? '');
    if (url.includes('/auth')) return fetch(input, init);
    return new Response('{"error":{"code":"unauthorized","message":"no"}}', { status: 401 });
  };
  const s = source(t, sim.url, {}, fake);
  assert.deepEqual(await failure(s.failureCodes()), {
    message: 'CMMS refused the credentials for GET /failure-codes', extensions: { code: 'CMMS_AUTH_FAILED', source: 'CMMS', retryable: false, detail: { status: 401 } },
  });
  // The start-up fingerprint's /openapi.json is refused too (and refreshed once): no fingerprint, the read still answers.
  assert.deepEqual(seen, ['/auth', '/openapi.json', '/auth', '/openapi.json', '/failure-codes', '/auth', '/failure-codes']);
});

test('a list longer than CMMS_MAX_PAGES is CMMS_BAD_RESPONSE, never a silently truncated list', async (t) => {
  const sim = await startSim(t);
  const s = source(t, sim.url, { CMMS_PAGE_SIZE: '1', CMMS_MAX_PAGES: '3' });
  assert.deepEqual(await failure(s.assets()), {
    message: 'CMMS list GET /assets has more than 3 pages', extensions: { code: 'CMMS_BAD_RESPONSE', source: 'CMMS', retryable: false, detail: { pages: 3 } },
  });
});

test('hostile bodies are bounded: oversized, a page of 20,000 items (60 kB, under the byte cap), wrong JSON types; each CMMS_BAD_RESPONSE, not retried', async (t) => {
  const sim = await startSim(t);
  const s = source(t, sim.url, { CMMS_BREAKER_ENABLED: 'false', CMMS_MAX_RESPONSE_BYTES: String(64 * 1024) });
  await s.failureCodes(); // token in hand
  sim.setFault({ mode: 'oversized', bytes: 1024 * 1024 });
  sim.resetStats();
  assert.deepEqual(await failure(s.assets()), {
    message: 'CMMS answered GET /assets with more than 65536 bytes', extensions: { code: 'CMMS_BAD_RESPONSE', source: 'CMMS', retryable: false, detail: { maxBytes: 65536 } },
  });
  assert.equal(sim.stats().byRoute['GET /assets'], 1, 'not retried');
  sim.setFault({ mode: 'hugeArray', items: 20_000 });
  assert.deepEqual(await failure(s.pmSchedules()), {
    message: 'CMMS list GET /pm-schedules answered a page of more than 1000 items',
    extensions: { code: 'CMMS_BAD_RESPONSE', source: 'CMMS', retryable: false, detail: { pageCap: 1000 } },
  });
  sim.setFault({ mode: 'wrongTypes' });
  assert.deepEqual(await failure(s.assets()), {
    message: 'CMMS answered GET /assets with JSON that does not fit the API contract', extensions: { code: 'CMMS_BAD_RESPONSE', source: 'CMMS', retryable: false, detail: { field: 'data.0.id' } },
  });
  sim.setFault({ mode: 'none' });
  assert.equal((await s.assets()).length, 4);
});

test('the CMMS breaker opens on failing reads, fails fast without a request, and closes after a successful probe', async (t) => {
  const sim = await startSim(t);
  const s = source(t, sim.url, { CMMS_MAX_RETRIES: '0', CMMS_BREAKER_VOLUME: '2', CMMS_BREAKER_RESET_MS: '200' });
  await s.failureCodes();
  sim.setFault({ mode: 'garbage' });
  await failure(s.assets());
  await failure(s.assets());
  sim.resetStats();
  assert.deepEqual(await failure(s.assets()), {
    message: 'CMMS is failing; GET /assets not attempted (circuit breaker open)', extensions: { code: 'CMMS_UNAVAILABLE', source: 'CMMS', retryable: true, detail: { breaker: 'open' } },
  });
  assert.equal(sim.stats().total, 0, 'no request while open');
  sim.setFault({ mode: 'none' });
  await new Promise((r) => setTimeout(r, 250));
  assert.equal((await s.assets()).length, 4);
  assert.equal(s.stats().guard?.breaker, 'closed');
});

test('topLevelArrayItems counts the elements of a list page before parsing, skipping strings, and stops past the limit', () => {
  const cases: [string, number][] = [
    ['{"data":[]}', 0], ['{"data":[{}]}', 1], ['{"data":[1, 2 ,3]}', 3], ['{"data":["a,b","c]"],"next":"x,y"}', 2],
    ['{"data":[{"a":[1,2,3]},{"b":{"c":[4,5]}}],"hasMore":false}', 2], ['{"data":[ "\\"", "," ]}', 2], ['{"n":1}', 0],
  ];
  assert.deepEqual(cases.map(([t]) => topLevelArrayItems(t, 100)), cases.map(([, n]) => n));
  assert.deepEqual(cases.map(([t]) => JSON.parse(t).data?.length ?? 0), cases.map(([, n]) => n), 'the cases are what JSON.parse says');
  assert.equal(topLevelArrayItems(`{"data":[${new Array(5000).fill('{}').join(',')}]}`, 10), 11);
});

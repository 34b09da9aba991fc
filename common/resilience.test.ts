import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Code, plantError } from './errors.ts';
import { silentLogger } from './logger.ts';
import { createUpstreamGuard, defaultUpstreamPolicy, loadUpstreamPolicy } from './resilience.ts';
import type { UpstreamPolicy } from './resilience.ts';

const policy = (p: Partial<Omit<UpstreamPolicy, 'breaker'>> & { breaker?: Partial<UpstreamPolicy['breaker']> } = {}): UpstreamPolicy => ({
  ...defaultUpstreamPolicy, retryBaseDelayMs: 1, retryMaxDelayMs: 4, ...p, breaker: { ...defaultUpstreamPolicy.breaker, ...p.breaker },
});
const down = () => plantError(Code.MES_UNAVAILABLE, 'MES unreachable (Op)', { source: 'MES', retryable: true });
const bad = () => plantError(Code.MES_BAD_RESPONSE, 'MES answered Op with an unreadable response', { source: 'MES', retryable: false });
const shape = async (p: Promise<unknown>) => {
  try { await p; return 'resolved'; } catch (e: unknown) { return (e as { toJSON(): unknown }).toJSON(); }
};

test('the bulkhead runs at most maxConcurrent calls at once and refuses past maxQueue waiting', async (t) => {
  const g = createUpstreamGuard('MES', policy({ maxConcurrent: 2, maxQueue: 3 }), { logger: silentLogger });
  t.after(() => g.close());
  let active = 0, peak = 0;
  const slow = async () => { active++; peak = Math.max(peak, active); await sleep(20); active--; return 'ok'; };
  const runs = Array.from({ length: 5 }, () => g.run('Op', slow));
  const refused = await shape(g.run('Op', slow));
  assert.deepEqual(refused, { message: 'MES has too many calls waiting; Op not attempted', extensions: { code: 'MES_UNAVAILABLE', source: 'MES', retryable: true, detail: { bulkhead: 'full' } } });
  assert.deepEqual(await Promise.all(runs), ['ok', 'ok', 'ok', 'ok', 'ok']);
  assert.equal(peak, 2);
});

test('retryable failures are retried up to `retries` times with jittered backoff; others are not', async (t) => {
  const g = createUpstreamGuard('MES', policy({ retries: 2, breaker: { enabled: false } }), { logger: silentLogger, random: () => 0.5 });
  t.after(() => g.close());
  let n = 0;
  assert.equal(await g.run('Op', async () => { if (++n < 3) throw down(); return 'third time'; }), 'third time');
  assert.equal(n, 3);
  let m = 0;
  assert.deepEqual(await shape(g.run('Op', async () => { m++; throw bad(); })), bad().toJSON());
  assert.equal(m, 1, 'a bad response is not retried');
  let k = 0;
  await shape(g.run('Op', async () => { k++; throw down(); }, { retry: false }));
  assert.equal(k, 1, 'retry: false');
  assert.equal(g.stats().retries, 2);
});

test('the breaker opens past the error rate, fails fast without calling, half-opens after resetTimeoutMs and closes on success', async (t) => {
  const g = createUpstreamGuard('MES', policy({ retries: 0, breaker: { volumeThreshold: 2, errorThresholdPercentage: 50, resetTimeoutMs: 50 } }), { logger: silentLogger });
  t.after(() => g.close());
  let calls = 0;
  const failing = async () => { calls++; throw down(); };
  await shape(g.run('Op', failing));
  await shape(g.run('Op', failing));
  assert.equal(g.breakerState(), 'open');
  assert.deepEqual(await shape(g.run('Op', failing)), {
    message: 'MES is failing; Op not attempted (circuit breaker open)', extensions: { code: 'MES_UNAVAILABLE', source: 'MES', retryable: true, detail: { breaker: 'open' } },
  });
  assert.equal(calls, 2, 'open: the upstream is not called');
  await sleep(70);
  assert.equal(g.breakerState(), 'halfOpen');
  assert.equal(await g.run('Op', async () => 'probe'), 'probe');
  assert.equal(g.breakerState(), 'closed');
  assert.deepEqual(g.stats(), { active: 0, queued: 0, breakerOpens: 1, rejected: 1, retries: 0 });
});

test('a resolved value marked by isFailure counts for the breaker and is still returned', async (t) => {
  const g = createUpstreamGuard('CMMS', policy({ breaker: { volumeThreshold: 1, resetTimeoutMs: 10_000 } }), { logger: silentLogger });
  t.after(() => g.close());
  assert.deepEqual(await g.run('GET /x', async () => ({ status: 503 }), { isFailure: (a) => a.status >= 500 }), { status: 503 });
  assert.equal(g.breakerState(), 'open');
});

test('a retry the breaker refuses reports the upstream failure that preceded it', async (t) => {
  const g = createUpstreamGuard('MES', policy({ retries: 1, breaker: { volumeThreshold: 1, resetTimeoutMs: 10_000 } }), { logger: silentLogger });
  t.after(() => g.close());
  assert.deepEqual(await shape(g.run('Op', async () => { throw down(); })), down().toJSON());
});

test('loadUpstreamPolicy reads <SYS>_* over the defaults and names a bad variable', () => {
  assert.deepEqual(loadUpstreamPolicy({ ERP_MAX_CONCURRENT: '3', ERP_BREAKER_RESET_MS: '500', ERP_BREAKER_ENABLED: 'false' }, 'ERP'), {
    ...defaultUpstreamPolicy, maxConcurrent: 3, breaker: { ...defaultUpstreamPolicy.breaker, enabled: false, resetTimeoutMs: 500 },
  });
  assert.equal(loadUpstreamPolicy({ CMMS_MAX_RETRIES: '5' }, 'CMMS', { retriesVar: 'CMMS_MAX_RETRIES' }).retries, 5);
  assert.throws(() => loadUpstreamPolicy({ MES_MAX_CONCURRENT: '0' }, 'MES'), { message: 'MES_MAX_CONCURRENT must be >= 1, got 0' });
  assert.throws(() => loadUpstreamPolicy({ MES_RETRY_BASE_DELAY_MS: '500', MES_RETRY_MAX_DELAY_MS: '100' }, 'MES'),
    { message: 'MES_RETRY_MAX_DELAY_MS must be >= MES_RETRY_BASE_DELAY_MS (500), got 100' });
});

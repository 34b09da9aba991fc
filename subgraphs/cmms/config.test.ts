import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './config.ts';

const base = { CMMS_BASE_URL: 'https://cmms.example.invalid/api/v1/', CMMS_API_KEY: 'k' };

test('loadConfig reads CMMS_* with defaults and returns a frozen object', () => {
  const c = loadConfig(base);
  assert.deepEqual(c, {
    baseUrl: 'https://cmms.example.invalid/api/v1', apiKey: 'k', apiVersion: '2023-01-15', timeoutMs: 5000, maxRetries: 3,
    retryBaseDelayMs: 200, retryMaxDelayMs: 5000, pageSize: 100, maxPages: 200, batchChunkSize: 50, updatedAfterOverlapMs: 2000,
    cacheTtlSeconds: { master: 300, workOrders: 15, readings: 15 }, port: 4003, host: '127.0.0.1',
    resilience: {
      maxConcurrent: 4, maxQueue: 200, retries: 3, retryBaseDelayMs: 200, retryMaxDelayMs: 5000,
      breaker: { enabled: true, errorThresholdPercentage: 50, volumeThreshold: 5, windowMs: 10_000, resetTimeoutMs: 15_000 },
    },
    staleMaxAgeS: 600, cacheMaxMb: 512, schemaCheckIntervalS: 300, maxResponseBytes: 4 * 1024 * 1024, maxItems: 200_000,
  });
  assert.ok(Object.isFrozen(c) && Object.isFrozen(c.cacheTtlSeconds));
});

test('loadConfig throws naming the missing or bad variable', () => {
  assert.throws(() => loadConfig({ CMMS_API_KEY: 'k' }), { message: 'CMMS_BASE_URL is required' });
  assert.throws(() => loadConfig({ CMMS_BASE_URL: 'https://cmms.example.invalid' }), { message: 'CMMS_API_KEY is required' });
  assert.throws(() => loadConfig({ ...base, CMMS_BASE_URL: 'ftp://x.invalid' }), { message: 'CMMS_BASE_URL must be an absolute http(s) URL, got "ftp://x.invalid"' });
  assert.throws(() => loadConfig({ ...base, CMMS_TIMEOUT_MS: 'soon' }), { message: 'CMMS_TIMEOUT_MS must be an integer, got "soon"' });
  assert.throws(() => loadConfig({ ...base, CMMS_API_VERSION: '2025-01-01' }), { message: 'CMMS_API_VERSION must be one of 2023-01-15, 2024-06-01, server, got "2025-01-01"' });
  assert.throws(() => loadConfig({ ...base, CMMS_RETRY_BASE_DELAY_MS: '500', CMMS_RETRY_MAX_DELAY_MS: '100' }),
    { message: 'CMMS_RETRY_MAX_DELAY_MS must be >= CMMS_RETRY_BASE_DELAY_MS (500), got 100' });
  assert.throws(() => loadConfig({ ...base, CMMS_CACHE_MAX_MB: 'lots' }), { message: 'CMMS_CACHE_MAX_MB must be an integer, got "lots"' });
  assert.throws(() => loadConfig({ ...base, CMMS_PAGE_SIZE: '500' }), { message: 'CMMS_PAGE_SIZE must be <= 100, got 500' });
});

test('CMMS_DEMO=true targets the local demo plant with the demo-only key; explicit overrides beat env', () => {
  const c = loadConfig({ CMMS_DEMO: 'true' });
  assert.deepEqual([c.baseUrl, c.apiKey], ['http://127.0.0.1:4103/api/v1', 'demo-only-api-key']);
  const o = loadConfig({ ...base, CMMS_PORT: '5000' }, { port: 0, baseUrl: 'http://127.0.0.1:1/api/v1' });
  assert.deepEqual([o.port, o.baseUrl], [0, 'http://127.0.0.1:1/api/v1']);
});

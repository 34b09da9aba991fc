import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './config.ts';

test('loadConfig requires server and password outside demo mode, naming the variable', () => {
  assert.throws(() => loadConfig({}), { message: 'ERP_SQL_SERVER is required' });
  assert.throws(() => loadConfig({ ERP_SQL_SERVER: 'erp.invalid' }), { message: 'ERP_SQL_PASSWORD is required' });
});

test('loadConfig rejects malformed values naming the variable', () => {
  const base = { ERP_SQL_SERVER: 'erp.invalid', ERP_SQL_PASSWORD: 'x' };
  assert.throws(() => loadConfig({ ...base, ERP_SQL_PORT: 'abc' }), { message: 'ERP_SQL_PORT must be an integer, got "abc"' });
  assert.throws(() => loadConfig({ ...base, ERP_QUERY_TIMEOUT_MS: '10' }), { message: 'ERP_QUERY_TIMEOUT_MS must be >= 50, got 10' });
  assert.throws(() => loadConfig({ ...base, ERP_SITE_TIME_ZONE: 'Mars/Olympus' }), { message: 'ERP_SITE_TIME_ZONE must be an IANA time zone, got "Mars/Olympus"' });
  assert.throws(() => loadConfig({ ...base, ERP_COMPANY: 'WAYTOOLONGCO' }), { message: 'ERP_COMPANY entries must be at most 8 characters, got "WAYTOOLONGCO"' });
  assert.throws(() => loadConfig({ ...base, ERP_CACHE_MAX_MB: '0' }), { message: 'ERP_CACHE_MAX_MB must be >= 1, got 0' });
  assert.equal(loadConfig({ ...base, ERP_CACHE_MAX_MB: '64' }).cacheMaxMb, 64);
  assert.throws(() => loadConfig({ ...base, ERP_SQL_ENCRYPT: 'maybe' }), { message: 'ERP_SQL_ENCRYPT must be a boolean (true/false), got "maybe"' });
});

test('loadConfig returns a frozen config with defaults; explicit overrides beat env', () => {
  const c = loadConfig({ ERP_SQL_SERVER: 'erp.invalid', ERP_SQL_PASSWORD: 'pw', ERP_COMPANY: 'ACME, ACME-MX', ERP_PORT: '4101' }, { port: 0 });
  assert.ok(Object.isFrozen(c) && Object.isFrozen(c.sql));
  assert.deepEqual(c, {
    sql: { server: 'erp.invalid', port: 1433, database: 'PlantERP', user: 'plantgraph', password: 'pw', encrypt: true, trustServerCertificate: false,
      queryTimeoutMs: 5000, connectTimeoutMs: 5000, poolMax: 10 },
    companies: ['ACME', 'ACME-MX'], plant: 'MfgSys', siteTimeZone: 'America/Chicago',
    cacheTtlSeconds: { master: 300, transactional: 15 }, port: 0, host: '127.0.0.1',
    resilience: {
      maxConcurrent: 8, maxQueue: 200, retries: 1, retryBaseDelayMs: 100, retryMaxDelayMs: 2000,
      breaker: { enabled: true, errorThresholdPercentage: 50, volumeThreshold: 5, windowMs: 10_000, resetTimeoutMs: 15_000 },
    },
    staleMaxAgeS: 600, cacheMaxMb: 512, schemaCheckIntervalS: 300, maxRows: 250_000,
  });
});

test('demo mode targets 127.0.0.1 with the demo-only password and no TLS', () => {
  const c = loadConfig({ ERP_DEMO: 'true' });
  assert.deepEqual([c.sql.server, c.sql.password, c.sql.encrypt], ['127.0.0.1', 'demo-only-password', false]);
});

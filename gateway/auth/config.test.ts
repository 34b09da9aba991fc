import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGatewayConfig } from '../config.ts';
import { hashApiKey } from './api-keys.ts';

const internal = 'internal-secret-0123456789abcdefghij';

function tempFiles(t: { after: (fn: () => void) => void }) {
  const dir = mkdtempSync(join(tmpdir(), 'pg-auth-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, body: unknown) => { const p = join(dir, name); writeFileSync(p, typeof body === 'string' ? body : JSON.stringify(body)); return p; };
  return write;
}

test('without GATEWAY_MODE the gateway runs in demo mode on loopback: open, introspection and GraphiQL on, a random internal secret', () => {
  const a = loadGatewayConfig({});
  const b = loadGatewayConfig({});
  assert.deepEqual({ mode: a.mode, introspection: a.introspection, graphiql: a.graphiql, apiKeys: a.auth.apiKeys, jwt: a.auth.jwt, configured: a.auth.internalSecretConfigured },
    { mode: 'demo', introspection: true, graphiql: true, apiKeys: [], jwt: null, configured: false });
  assert.equal(a.auth.internalSecret.length >= 32, true);
  assert.notEqual(a.auth.internalSecret, b.auth.internalSecret);
  assert.ok(Object.isFrozen(a) && Object.isFrozen(a.auth));
});

test('the open default refuses a non-loopback host unless GATEWAY_MODE=demo is set on purpose', () => {
  assert.throws(() => loadGatewayConfig({ GATEWAY_HOST: '0.0.0.0' }),
    { message: 'GATEWAY_MODE is not set and GATEWAY_HOST is 0.0.0.0: set GATEWAY_MODE=production (or GATEWAY_MODE=demo to expose the open demo on purpose)' });
  assert.equal(loadGatewayConfig({ GATEWAY_HOST: '0.0.0.0', GATEWAY_MODE: 'demo' }).mode, 'demo');
});

test('production mode refuses to start without an authentication method or the internal secret', () => {
  assert.throws(() => loadGatewayConfig({ GATEWAY_MODE: 'production', PLANTGRAPH_INTERNAL_SECRET: internal }),
    { message: 'GATEWAY_MODE=production needs an authentication method: GATEWAY_API_KEYS_FILE, GATEWAY_JWT_SECRET or GATEWAY_JWKS_FILE' });
  assert.throws(() => loadGatewayConfig({ GATEWAY_MODE: 'production', GATEWAY_JWT_SECRET: 'j'.repeat(32), GATEWAY_JWT_ISSUER: 'i', GATEWAY_JWT_AUDIENCE: 'a' }),
    { message: 'PLANTGRAPH_INTERNAL_SECRET is required in production mode' });
  assert.throws(() => loadGatewayConfig({ GATEWAY_MODE: 'production', GATEWAY_JWT_SECRET: 'j'.repeat(32), PLANTGRAPH_INTERNAL_SECRET: internal }),
    { message: 'GATEWAY_JWT_ISSUER and GATEWAY_JWT_AUDIENCE are required in production mode when JWTs are configured' });
  assert.throws(() => loadGatewayConfig({ GATEWAY_MODE: 'production', GATEWAY_JWT_SECRET: 'short', PLANTGRAPH_INTERNAL_SECRET: internal }),
    { message: 'GATEWAY_JWT_SECRET must be at least 32 bytes (HS256 needs a 256-bit key)' });
  assert.throws(() => loadGatewayConfig({ GATEWAY_MODE: 'staging' }), { message: 'GATEWAY_MODE must be one of production, demo, got "staging"' });
});

test('production mode with an API keys file: introspection and GraphiQL off unless configured on; keys stored as hashes only', (t) => {
  const write = tempFiles(t);
  const keys = write('keys.json', { [hashApiKey('k-1')]: { subject: 'bi', roles: ['viewer'], sites: ['SITE1'] } });
  const env = { GATEWAY_MODE: 'production', GATEWAY_API_KEYS_FILE: keys, PLANTGRAPH_INTERNAL_SECRET: internal };
  const c = loadGatewayConfig(env);
  assert.deepEqual({ mode: c.mode, introspection: c.introspection, graphiql: c.graphiql, secret: c.auth.internalSecret, configured: c.auth.internalSecretConfigured },
    { mode: 'production', introspection: false, graphiql: false, secret: internal, configured: true });
  assert.deepEqual(c.auth.apiKeys.map((k) => ({ ...k, sha256: k.sha256.toString('hex') })), [{ sha256: hashApiKey('k-1'), subject: 'bi', roles: ['viewer'], sites: ['SITE1'] }]);
  const open = loadGatewayConfig({ ...env, GATEWAY_INTROSPECTION: 'true', GATEWAY_GRAPHIQL: 'true' });
  assert.deepEqual([open.introspection, open.graphiql], [true, true]);
});

test('a JWKS file must hold public keys; unreadable or invalid files are named', (t) => {
  const write = tempFiles(t);
  const base = { GATEWAY_MODE: 'production', PLANTGRAPH_INTERNAL_SECRET: internal, GATEWAY_JWT_ISSUER: 'https://idp.invalid/', GATEWAY_JWT_AUDIENCE: 'plantgraph' };
  const pub = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' };
  const c = loadGatewayConfig({ ...base, GATEWAY_JWKS_FILE: write('jwks.json', { keys: [pub] }) });
  assert.deepEqual(c.auth.jwt, { hs256Secret: null, jwks: { keys: [pub] }, issuer: 'https://idp.invalid/', audience: 'plantgraph', clockToleranceSeconds: 30 });
  assert.throws(() => loadGatewayConfig({ ...base, GATEWAY_JWKS_FILE: write('priv.json', { keys: [{ ...pub, d: 'secret' }] }) }),
    { message: 'GATEWAY_JWKS_FILE must hold public keys only (no "d" or "k" members)' });
  assert.throws(() => loadGatewayConfig({ ...base, GATEWAY_JWKS_FILE: write('bad.json', '{nope') }), /^Error: GATEWAY_JWKS_FILE is not valid JSON: /);
  assert.throws(() => loadGatewayConfig({ ...base, GATEWAY_API_KEYS_FILE: '/nonexistent.invalid/keys.json' }),
    { message: 'GATEWAY_API_KEYS_FILE could not be read (ENOENT): /nonexistent.invalid/keys.json' });
  assert.throws(() => loadGatewayConfig({ ...base, GATEWAY_JWT_SECRET: 'j'.repeat(32), GATEWAY_JWKS_FILE: write('j2.json', { keys: [pub] }) }),
    { message: 'GATEWAY_JWT_SECRET and GATEWAY_JWKS_FILE are both set; configure one JWT key source' });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SignJWT, UnsecuredJWT, exportJWK, generateKeyPair } from 'jose';
import { hashApiKey, parseApiKeysFile } from './api-keys.ts';
import { createAuthenticator, demoIdentity } from './authenticate.ts';
import type { AuthConfig, JwtConfig } from './config.ts';

const jwtSecret = 'jwt-test-secret-0123456789abcdefghij';
const jwtConfig: JwtConfig = { hs256Secret: jwtSecret, jwks: null, issuer: 'https://idp.invalid/', audience: 'plantgraph', clockToleranceSeconds: 30 };
const apiKeys = parseApiKeysFile({
  [hashApiKey('key-bi-0001')]: { subject: 'bi-server', roles: ['viewer'], sites: ['SITE1'] },
  [hashApiKey('key-cost-0002')]: { subject: 'controller', roles: ['cost'], sites: ['*'] },
}, 'GATEWAY_API_KEYS_FILE');
const config = (over: Partial<AuthConfig> = {}): AuthConfig => ({
  modeExplicit: true, apiKeys, jwt: jwtConfig, internalSecret: 'x'.repeat(32), internalSecretConfigured: true, identityMaxAgeSeconds: 120, ...over,
});
const key = new TextEncoder().encode(jwtSecret);
const nowS = () => Math.floor(Date.now() / 1000);
function token(claims: Record<string, unknown> = {}, opts: { exp?: number; iss?: string; aud?: string; nbf?: number; secret?: Uint8Array } = {}) {
  const j = new SignJWT({ roles: ['planner'], sites: ['SITE1'], ...claims }).setProtectedHeader({ alg: 'HS256' })
    .setSubject('ana').setIssuer(opts.iss ?? 'https://idp.invalid/').setAudience(opts.aud ?? 'plantgraph').setIssuedAt()
    .setExpirationTime(opts.exp ?? nowS() + 600);
  if (opts.nbf !== undefined) j.setNotBefore(opts.nbf);
  return j.sign(opts.secret ?? key);
}
const refused = (code: string, message: string, reason?: string) => ({ ok: false, refusal: { status: 401, code, message, ...(reason !== undefined ? { reason } : {}) } });

test('a valid HS256 token gives its subject, roles and sites', async () => {
  const auth = createAuthenticator('production', config());
  assert.deepEqual(await auth({ authorization: `Bearer ${await token()}` }),
    { ok: true, identity: { subject: 'ana', roles: ['planner'], sites: ['SITE1'], method: 'jwt' } });
  // OAuth-style space-separated roles are read too.
  assert.deepEqual(await auth({ authorization: `Bearer ${await token({ roles: 'viewer cost', sites: '*' })}` }),
    { ok: true, identity: { subject: 'ana', roles: ['viewer', 'cost'], sites: ['*'], method: 'jwt' } });
});

test('expired, not yet valid, badly signed, wrong issuer or audience, alg none and garbage tokens are INVALID_TOKEN with the reason', async () => {
  const auth = createAuthenticator('production', config());
  const cases: [string, string][] = [
    [await token({}, { exp: nowS() - 120 }), 'expired'],
    [await token({}, { nbf: nowS() + 600 }), 'not-yet-valid'],
    [await token({}, { secret: new TextEncoder().encode('another-secret-another-secret-0000') }), 'signature'],
    [await token({}, { iss: 'https://evil.invalid/' }), 'claims'],
    [await token({}, { aud: 'another-api' }), 'claims'],
    [new UnsecuredJWT({ roles: ['cost'], sites: ['*'] }).setSubject('mallory').setExpirationTime('1h').encode(), 'algorithm'],
    ['not.a.jwt', 'malformed'],
  ];
  const got = [];
  for (const [t] of cases) got.push(await auth({ authorization: `Bearer ${t}` }));
  assert.deepEqual(got, cases.map(([, reason]) => refused('INVALID_TOKEN', `The bearer token was refused (${reason}).`, reason)));
});

test('an HS256 token is refused when the gateway verifies with a JWKS, and an ES256 token from the JWKS passes', async () => {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
  const auth = createAuthenticator('production', config({ jwt: { ...jwtConfig, hs256Secret: null, jwks: { keys: [jwk] } } }));
  const es = await new SignJWT({ roles: ['viewer'], sites: ['SITE1'] }).setProtectedHeader({ alg: 'ES256', kid: 'k1' })
    .setSubject('bob').setIssuer('https://idp.invalid/').setAudience('plantgraph').setExpirationTime('5m').sign(privateKey);
  assert.deepEqual(await auth({ authorization: `Bearer ${es}` }), { ok: true, identity: { subject: 'bob', roles: ['viewer'], sites: ['SITE1'], method: 'jwt' } });
  assert.deepEqual(await auth({ authorization: `Bearer ${await token()}` }), refused('INVALID_TOKEN', 'The bearer token was refused (algorithm).', 'algorithm'));
});

test('API keys are matched by hash; an unknown key is INVALID_TOKEN', async () => {
  const auth = createAuthenticator('production', config());
  assert.deepEqual(await auth({ 'x-api-key': 'key-bi-0001' }), { ok: true, identity: { subject: 'bi-server', roles: ['viewer'], sites: ['SITE1'], method: 'api-key' } });
  assert.deepEqual(await auth({ 'x-api-key': 'key-bi-0002' }), refused('INVALID_TOKEN', 'The API key is not valid.', 'unknown-key'));
});

test('no credentials: UNAUTHENTICATED in production, the demo identity (all roles, all sites) in demo mode', async () => {
  assert.deepEqual(await createAuthenticator('production', config())({}),
    refused('UNAUTHENTICATED', 'Authentication required: send Authorization: Bearer <JWT> or X-Api-Key.'));
  assert.deepEqual(await createAuthenticator('demo', config())({}), { ok: true, identity: demoIdentity });
  assert.deepEqual(demoIdentity, { subject: 'demo', roles: ['viewer', 'operator', 'planner', 'maintenance', 'cost'], sites: ['*'], method: 'demo' });
});

test('bad credentials are refused in demo mode too; both headers at once, other schemes and unconfigured kinds are refused', async () => {
  const demo = createAuthenticator('demo', config());
  assert.deepEqual(await demo({ authorization: 'Bearer garbage' }), refused('INVALID_TOKEN', 'The bearer token was refused (malformed).', 'malformed'));
  assert.deepEqual(await demo({ authorization: 'Basic YTpi' }), refused('INVALID_TOKEN', 'The Authorization header must be "Bearer <JWT>".', 'malformed'));
  assert.deepEqual(await demo({ authorization: `Bearer ${await token()}`, 'x-api-key': 'key-bi-0001' }),
    refused('INVALID_TOKEN', 'Send either an Authorization header or an X-Api-Key header, not both.', 'ambiguous'));
  const keysOnly = createAuthenticator('production', config({ jwt: null }));
  assert.deepEqual(await keysOnly({ authorization: `Bearer ${await token()}` }), refused('INVALID_TOKEN', 'This gateway does not accept bearer tokens.', 'unsupported'));
  const jwtOnly = createAuthenticator('production', config({ apiKeys: [] }));
  assert.deepEqual(await jwtOnly({ 'x-api-key': 'key-bi-0001' }), refused('INVALID_TOKEN', 'The API key is not valid.', 'unknown-key'));
});

test('parseApiKeysFile refuses plain-text keys and unknown members, naming the variable but not the key', () => {
  assert.throws(() => parseApiKeysFile({ 'my-secret-key': { subject: 'x', roles: [], sites: [] } }, 'GATEWAY_API_KEYS_FILE'),
    { message: 'GATEWAY_API_KEYS_FILE: an entry: keys must be lower-case hex SHA-256 digests' });
  assert.throws(() => parseApiKeysFile({ [hashApiKey('k')]: { subject: 'x', roles: [], sites: [], admin: true } }, 'GATEWAY_API_KEYS_FILE'),
    /^Error: GATEWAY_API_KEYS_FILE: an entry: /);
  assert.throws(() => parseApiKeysFile([], 'GATEWAY_API_KEYS_FILE'), /^Error: GATEWAY_API_KEYS_FILE: the file: /);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger, verifyIdentityHeaders } from '../../common/index.ts';
import type { LogFields, Logger } from '../../common/index.ts';
import type { AuthConfig } from './config.ts';
import { createGatewayAuth } from './gateway-auth.ts';

const auth: AuthConfig = {
  modeExplicit: true, apiKeys: [], jwt: { hs256Secret: 's'.repeat(32), jwks: null, issuer: 'i', audience: 'a', clockToleranceSeconds: 0 },
  internalSecret: 'i'.repeat(32), internalSecretConfigured: true, identityMaxAgeSeconds: 120,
};
const config = { mode: 'production' as const, auth, topology: 'embedded' as const, subgraphUrls: {}, subgraphTimeoutMs: 1000 };

test('a refusal answers 401 with the challenge and a coded body, and is logged at warn without the credential', async (t) => {
  const lines: { fields: LogFields; msg: string }[] = [];
  const logger: Logger = { ...silentLogger, warn: (fields, msg) => { lines.push({ fields, msg }); }, child: () => logger };
  const ga = createGatewayAuth(config, { logger, directory: { servedSites: async () => [], siteOf: async () => undefined } });
  const server = createServer((req, res) => {
    void ga.authenticate(req.headers).then((o) => (o.ok ? res.end('ok') : ga.refuse(res, o.refusal, 'rid-1')));
  }).listen(0, '127.0.0.1');
  t.after(() => new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); }));
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const res = await fetch(url, { headers: { authorization: 'Bearer secret-looking-token-value.abc.def', accept: 'application/graphql-response+json' } });
  assert.deepEqual([res.status, res.headers.get('www-authenticate'), res.headers.get('x-request-id'), res.headers.get('content-type')],
    [401, 'Bearer realm="plantgraph", error="invalid_token"', 'rid-1', 'application/graphql-response+json; charset=utf-8']);
  assert.deepEqual(await res.json(), { errors: [{ message: 'The bearer token was refused (malformed).', extensions: { code: 'INVALID_TOKEN', detail: { reason: 'malformed' } } }] });
  assert.deepEqual(lines, [{ fields: { requestId: 'rid-1', code: 'INVALID_TOKEN', reason: 'malformed' }, msg: 'request refused by authentication' }]);
});

test('identityHeaders signs the identity for the request id with the internal secret', () => {
  const ga = createGatewayAuth(config, { directory: { servedSites: async () => [], siteOf: async () => undefined } });
  const h = ga.identityHeaders({ subject: 'ana', roles: ['viewer'], sites: ['SITE1'], method: 'jwt' }, 'rid-2');
  const id = verifyIdentityHeaders({ ...h, 'x-request-id': 'rid-2' }, { secret: auth.internalSecret });
  assert.deepEqual({ ...id, iat: typeof id.iat }, { sub: 'ana', roles: ['viewer'], sites: ['SITE1'], iat: 'number', requestId: 'rid-2' });
});

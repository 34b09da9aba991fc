import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { GraphQLError } from 'graphql';
import {
  assertSiteAccess, identityHeader, refuseUnsignedRequest, signIdentityHeaders, signatureHeader, verifyIdentityHeaders,
} from './identity-headers.ts';

const secret = 'test-internal-secret-0123456789abcdef';
const t0 = Date.UTC(2026, 10, 24, 12, 0, 0);
const who = { sub: 'ana', roles: ['viewer', 'planner'], sites: ['SITE1'], requestId: 'req-1' };

function codeOf(fn: () => unknown): unknown {
  try { fn(); } catch (e) { return e instanceof GraphQLError ? { code: e.extensions['code'], message: e.message, http: e.extensions['http'] } : e; }
  return 'no error';
}

test('verifyIdentityHeaders returns exactly the identity signIdentityHeaders signed', () => {
  const h = signIdentityHeaders(who, secret, t0);
  assert.deepEqual(Object.keys(h).sort(), [identityHeader, signatureHeader]);
  assert.deepEqual(verifyIdentityHeaders({ ...h, 'x-request-id': 'req-1' }, { secret, nowMs: t0 + 1000 }), { ...who, iat: t0 / 1000 });
  // The value is base64url JSON, readable by anyone (it is signed, not encrypted).
  assert.deepEqual(JSON.parse(Buffer.from(h[identityHeader]!, 'base64url').toString('utf8')), { ...who, iat: t0 / 1000 });
});

test('a missing header is IDENTITY_HEADER_MISSING (401)', () => {
  const h = signIdentityHeaders(who, secret, t0);
  for (const headers of [{}, { [identityHeader]: h[identityHeader] }, { [signatureHeader]: h[signatureHeader] }]) {
    assert.deepEqual(codeOf(() => verifyIdentityHeaders(headers, { secret, nowMs: t0 })),
      { code: 'IDENTITY_HEADER_MISSING', message: 'This subgraph only answers requests signed by the PlantGraph gateway.', http: { status: 401 } });
  }
});

test('a header signed with another secret, or a payload changed under a valid signature, is IDENTITY_HEADER_FORGED (403)', () => {
  const forged = signIdentityHeaders(who, 'another-secret-another-secret-0000', t0);
  const forgedError = { code: 'IDENTITY_HEADER_FORGED', message: 'The identity headers are not signed by the PlantGraph gateway.', http: { status: 403 } };
  assert.deepEqual(codeOf(() => verifyIdentityHeaders(forged, { secret, nowMs: t0 })), forgedError);
  const real = signIdentityHeaders(who, secret, t0);
  const escalated = Buffer.from(JSON.stringify({ ...who, roles: ['cost'], sites: ['*'], iat: t0 / 1000 })).toString('base64url');
  assert.deepEqual(codeOf(() => verifyIdentityHeaders({ [identityHeader]: escalated, [signatureHeader]: real[signatureHeader]! }, { secret, nowMs: t0 })), forgedError);
  assert.deepEqual(codeOf(() => verifyIdentityHeaders({ ...real, [signatureHeader]: 'x' }, { secret, nowMs: t0 })), forgedError);
});

test('a correctly signed but malformed payload, a future iat or another request id is IDENTITY_HEADER_FORGED', () => {
  const value = Buffer.from(JSON.stringify({ sub: 'ana', roles: 'cost' })).toString('base64url');
  const sig = createHmac('sha256', secret).update(value).digest('base64url');
  assert.deepEqual(codeOf(() => verifyIdentityHeaders({ [identityHeader]: value, [signatureHeader]: sig }, { secret, nowMs: t0 })),
    { code: 'IDENTITY_HEADER_FORGED', message: 'The identity header is malformed.', http: { status: 403 } });
  const future = signIdentityHeaders(who, secret, t0 + 60_000);
  assert.deepEqual(codeOf(() => verifyIdentityHeaders(future, { secret, nowMs: t0 })),
    { code: 'IDENTITY_HEADER_FORGED', message: 'The identity header was issued in the future.', http: { status: 403 } });
  const h = signIdentityHeaders(who, secret, t0);
  assert.deepEqual(codeOf(() => verifyIdentityHeaders({ ...h, 'x-request-id': 'req-2' }, { secret, nowMs: t0 })),
    { code: 'IDENTITY_HEADER_FORGED', message: 'The identity header belongs to another request.', http: { status: 403 } });
});

test('a replayed header older than the maximum age is IDENTITY_HEADER_EXPIRED (401); at the maximum age it passes', () => {
  const h = signIdentityHeaders(who, secret, t0);
  assert.equal(verifyIdentityHeaders(h, { secret, nowMs: t0 + 120_000 }).sub, 'ana');
  assert.deepEqual(codeOf(() => verifyIdentityHeaders(h, { secret, nowMs: t0 + 121_000 })),
    { code: 'IDENTITY_HEADER_EXPIRED', message: 'The identity header has expired; it may be a replay.', http: { status: 401 } });
  assert.deepEqual(codeOf(() => verifyIdentityHeaders(h, { secret, nowMs: t0 + 11_000, maxAgeSeconds: 10 })),
    { code: 'IDENTITY_HEADER_EXPIRED', message: 'The identity header has expired; it may be a replay.', http: { status: 401 } });
});

test('refuseUnsignedRequest answers the status and coded body a subgraph server sends, and undefined for a good request', () => {
  assert.deepEqual(refuseUnsignedRequest({ 'content-type': 'application/json' }, { secret, nowMs: t0 }), {
    status: 401, body: { errors: [{ message: 'This subgraph only answers requests signed by the PlantGraph gateway.', extensions: { code: 'IDENTITY_HEADER_MISSING' } }] },
  });
  assert.deepEqual(refuseUnsignedRequest(signIdentityHeaders(who, 'another-secret-another-secret-0000', t0), { secret, nowMs: t0 }), {
    status: 403, body: { errors: [{ message: 'The identity headers are not signed by the PlantGraph gateway.', extensions: { code: 'IDENTITY_HEADER_FORGED' } }] },
  });
  assert.equal(refuseUnsignedRequest(signIdentityHeaders(who, secret, t0), { secret, nowMs: t0 }), undefined);
});

test('assertSiteAccess passes for a held site or *, and throws FORBIDDEN_SITE (403) naming the site otherwise', () => {
  assert.equal(assertSiteAccess({ sub: 'op', sites: ['SITE1'] }, 'SITE1'), undefined);
  assert.equal(assertSiteAccess({ sub: 'demo', sites: ['*'] }, 'SITE9'), undefined);
  try {
    assertSiteAccess({ sub: 'op', sites: ['SITE1'] }, 'SITE2');
    assert.fail('expected FORBIDDEN_SITE');
  } catch (e) {
    assert.ok(e instanceof GraphQLError);
    assert.deepEqual(e.toJSON(), {
      message: 'Site SITE2 is outside the sites this caller may access.',
      extensions: { code: 'FORBIDDEN_SITE', detail: { site: 'SITE2' }, http: { status: 403 } },
    });
  }
});

import { createHmac, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Code } from './errors.ts';
import type { Code as CodeT } from './errors.ts';

/** The header carrying the caller's identity: base64url of the JSON {@link ForwardedIdentity}. */
export const identityHeader = 'x-plantgraph-identity';
/** The header carrying base64url(HMAC-SHA256(internal secret, value of {@link identityHeader})). */
export const signatureHeader = 'x-plantgraph-signature';

/** Default maximum age of a forwarded identity, seconds. Bounds how long a captured header can be replayed. */
export const defaultIdentityMaxAgeSeconds = 120;
/** Signed identities may carry an `iat` this far in the future (clock skew between gateway and subgraph hosts). */
const futureSkewSeconds = 5;

/**
 * Who the gateway authenticated, as forwarded to subgraphs. `sites` holds site ids, or `'*'` for every site;
 * `iat` is epoch seconds at signing; `requestId` binds the identity to one gateway request.
 */
export interface ForwardedIdentity {
  readonly sub: string;
  readonly roles: readonly string[];
  readonly sites: readonly string[];
  readonly iat: number;
  readonly requestId: string;
}

function sign(value: string, secret: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

/**
 * The two headers that carry `identity` to a subgraph, signed with `secret` (PLANTGRAPH_INTERNAL_SECRET).
 * `nowMs` is injectable for tests; `iat` is taken from it unless `identity.iat` is given.
 */
export function signIdentityHeaders(
  identity: Omit<ForwardedIdentity, 'iat'> & { readonly iat?: number }, secret: string, nowMs: number = Date.now(),
): Readonly<Record<string, string>> {
  const payload: ForwardedIdentity = {
    sub: identity.sub, roles: [...identity.roles], sites: [...identity.sites],
    iat: identity.iat ?? Math.floor(nowMs / 1000), requestId: identity.requestId,
  };
  const value = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return { [identityHeader]: value, [signatureHeader]: sign(value, secret) };
}

/** What a refused identity answers over HTTP (401: no usable credential, 403: a forged one). */
export function identityErrorStatus(code: string): number {
  return code === Code.IDENTITY_HEADER_FORGED ? 403 : 401;
}

function refuse(code: CodeT, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: identityErrorStatus(code) } } });
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

export interface VerifyIdentityOptions {
  readonly secret: string;
  readonly maxAgeSeconds?: number;
  readonly nowMs?: number;
}

/**
 * Verifies the gateway-signed identity in lower-cased `headers` and returns it.
 * Throws a coded GraphQLError (with `extensions.http.status`):
 * - IDENTITY_HEADER_MISSING when either header is absent;
 * - IDENTITY_HEADER_FORGED when the signature does not match (compared in constant time), the payload is not the
 *   expected JSON shape, `iat` lies in the future, or an `x-request-id` header names another request;
 * - IDENTITY_HEADER_EXPIRED when `iat` is older than `maxAgeSeconds` (default 120): a replayed header.
 * Messages never echo header values.
 */
export function verifyIdentityHeaders(headers: Readonly<Record<string, string | undefined>>, opts: VerifyIdentityOptions): ForwardedIdentity {
  const value = headers[identityHeader];
  const signature = headers[signatureHeader];
  if (value === undefined || signature === undefined || value === '' || signature === '') {
    throw refuse(Code.IDENTITY_HEADER_MISSING, 'This subgraph only answers requests signed by the PlantGraph gateway.');
  }
  const expected = Buffer.from(sign(value, opts.secret), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  // timingSafeEqual needs equal lengths; the length of an HMAC is public, so checking it first leaks nothing.
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw refuse(Code.IDENTITY_HEADER_FORGED, 'The identity headers are not signed by the PlantGraph gateway.');
  }
  let parsed: unknown;
  try { parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')); } catch { parsed = undefined; }
  const p = parsed as Record<string, unknown> | undefined;
  if (p === undefined || p === null || typeof p !== 'object' || typeof p['sub'] !== 'string' || !isStringArray(p['roles'])
    || !isStringArray(p['sites']) || typeof p['iat'] !== 'number' || !Number.isFinite(p['iat']) || typeof p['requestId'] !== 'string') {
    throw refuse(Code.IDENTITY_HEADER_FORGED, 'The identity header is malformed.');
  }
  const nowS = (opts.nowMs ?? Date.now()) / 1000;
  const iat = p['iat'];
  if (iat > nowS + futureSkewSeconds) throw refuse(Code.IDENTITY_HEADER_FORGED, 'The identity header was issued in the future.');
  if (nowS - iat > (opts.maxAgeSeconds ?? defaultIdentityMaxAgeSeconds)) {
    throw refuse(Code.IDENTITY_HEADER_EXPIRED, 'The identity header has expired; it may be a replay.');
  }
  const rid = headers['x-request-id'];
  if (rid !== undefined && rid !== p['requestId']) {
    throw refuse(Code.IDENTITY_HEADER_FORGED, 'The identity header belongs to another request.');
  }
  return Object.freeze({ sub: p['sub'], roles: Object.freeze([...p['roles']]), sites: Object.freeze([...p['sites']]), iat, requestId: p['requestId'] });
}

/** True when `identity` may see `siteId` (its sites list holds the id, or `'*'`). */
export function hasSiteAccess(identity: { readonly sites: readonly string[] }, siteId: string): boolean {
  return identity.sites.includes('*') || identity.sites.includes(siteId);
}

/**
 * Throws FORBIDDEN_SITE (HTTP 403) unless `identity` may see `siteId`. For writes scoped to a site, e.g. an
 * operator adding a note to equipment of their own site (issue 6): resolve the target's site, then call this.
 */
export function assertSiteAccess(identity: { readonly sub: string; readonly sites: readonly string[] }, siteId: string): void {
  if (hasSiteAccess(identity, siteId)) return;
  throw new GraphQLError(`Site ${siteId} is outside the sites this caller may access.`, {
    extensions: { code: Code.FORBIDDEN_SITE, detail: { site: siteId }, http: { status: 403 } },
  });
}

/**
 * For a subgraph's HTTP server: undefined when `headers` carry a valid gateway-signed identity, otherwise the
 * status and coded error body to answer with (401 missing/expired, 403 forged). Never throws.
 */
export function refuseUnsignedRequest(
  headers: Readonly<Record<string, string | string[] | undefined>>, opts: VerifyIdentityOptions,
): { status: number; body: { errors: { message: string; extensions: { code: string } }[] } } | undefined {
  const flat: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(headers)) flat[k.toLowerCase()] = Array.isArray(v) ? v[0] : v;
  try {
    verifyIdentityHeaders(flat, opts);
    return undefined;
  } catch (e: unknown) {
    const code = e instanceof GraphQLError && typeof e.extensions['code'] === 'string' ? e.extensions['code'] : Code.IDENTITY_HEADER_FORGED;
    const message = e instanceof GraphQLError ? e.message : 'The identity headers are not valid.';
    return { status: identityErrorStatus(code), body: { errors: [{ message, extensions: { code } }] } };
  }
}

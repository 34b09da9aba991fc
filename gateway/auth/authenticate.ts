import type { IncomingHttpHeaders } from 'node:http';
import { Code } from '../../common/index.ts';
import { findApiKey } from './api-keys.ts';
import type { AuthConfig, GatewayMode } from './config.ts';
import { createJwtVerifier } from './jwt.ts';
import type { TokenRefusal } from './jwt.ts';
import { roles } from './roles.ts';

/**
 * Who is calling. `roles` may hold names this gateway does not know (ignored by the policy); `sites` holds site
 * ids or `*` for every site. `method` says how the identity was established.
 */
export interface Identity {
  readonly subject: string;
  readonly roles: readonly string[];
  readonly sites: readonly string[];
  readonly method: 'jwt' | 'api-key' | 'demo' | 'system';
}

/** The identity every anonymous caller gets in demo mode: all roles, all sites. */
export const demoIdentity: Identity = Object.freeze({ subject: 'demo', roles: Object.freeze([...roles]), sites: Object.freeze(['*']), method: 'demo' });

/** A refused request: HTTP status, code and a fixed message. Never carries the presented credential. */
export interface AuthRefusal {
  readonly status: 401;
  readonly code: typeof Code.UNAUTHENTICATED | typeof Code.INVALID_TOKEN;
  readonly message: string;
  readonly reason?: TokenRefusal | 'ambiguous' | 'unsupported';
}

export type AuthOutcome = { readonly ok: true; readonly identity: Identity } | { readonly ok: false; readonly refusal: AuthRefusal };

/** Bearer tokens past this length are refused unparsed (a real JWT is well under 4 KB). */
const maxTokenLength = 8192;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

const invalid = (reason: AuthRefusal['reason'], message: string): AuthOutcome =>
  ({ ok: false, refusal: { status: 401, code: Code.INVALID_TOKEN, message, ...(reason !== undefined ? { reason } : {}) } });

/**
 * Authenticates one HTTP request from `Authorization: Bearer <JWT>` or `X-Api-Key: <key>`.
 * - Both present, a non-Bearer Authorization scheme, or a credential of a kind not configured: INVALID_TOKEN.
 * - A bad, expired or wrongly signed credential: INVALID_TOKEN with the reason, in every mode.
 * - None: UNAUTHENTICATED in production mode; the demo identity in demo mode.
 * Never throws.
 */
export function createAuthenticator(mode: GatewayMode, config: AuthConfig): (headers: IncomingHttpHeaders) => Promise<AuthOutcome> {
  const verifyJwt = config.jwt === null ? null : createJwtVerifier(config.jwt);
  return async (headers) => {
    const authorization = header(headers, 'authorization');
    const apiKey = header(headers, 'x-api-key');
    if (authorization !== undefined && apiKey !== undefined) return invalid('ambiguous', 'Send either an Authorization header or an X-Api-Key header, not both.');
    if (apiKey !== undefined) {
      const entry = config.apiKeys.length === 0 ? undefined : findApiKey(config.apiKeys, apiKey);
      if (entry === undefined) return invalid('unknown-key', 'The API key is not valid.');
      return { ok: true, identity: Object.freeze({ subject: entry.subject, roles: entry.roles, sites: entry.sites, method: 'api-key' as const }) };
    }
    if (authorization !== undefined) {
      const m = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i.exec(authorization);
      if (m === null || m[1] === undefined || m[1].length > maxTokenLength) return invalid('malformed', 'The Authorization header must be "Bearer <JWT>".');
      if (verifyJwt === null) return invalid('unsupported', 'This gateway does not accept bearer tokens.');
      const r = await verifyJwt(m[1]);
      if (!r.ok) return invalid(r.reason, `The bearer token was refused (${r.reason}).`);
      return { ok: true, identity: Object.freeze({ ...r.claims, method: 'jwt' as const }) };
    }
    if (mode === 'demo') return { ok: true, identity: demoIdentity };
    return { ok: false, refusal: { status: 401, code: Code.UNAUTHENTICATED, message: 'Authentication required: send Authorization: Bearer <JWT> or X-Api-Key.' } };
  };
}

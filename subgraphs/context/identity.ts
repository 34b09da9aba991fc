import { identityHeader, verifyIdentityHeaders } from '../../common/index.ts';
import type { ForwardedIdentity, VerifyIdentityOptions } from '../../common/index.ts';

/**
 * The caller's identity from the gateway's forwarded headers, or null when there is none. With `verify`
 * (the internal secret) the signature is checked here (throws the coded IDENTITY_HEADER_* error); without it the
 * payload is only decoded, which is sound where something else already verified it: the standalone server
 * (startSubgraphServer with `identity`) before the body is read, or the embedded gateway that built the headers.
 */
export function readIdentity(headers: Readonly<Record<string, string>>, verify?: VerifyIdentityOptions): ForwardedIdentity | null {
  const value = headers[identityHeader];
  if (value === undefined || value === '') return null;
  if (verify !== undefined) return verifyIdentityHeaders(headers, verify);
  try {
    const p = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<ForwardedIdentity>;
    if (typeof p.sub !== 'string' || !Array.isArray(p.roles) || !Array.isArray(p.sites)) return null;
    return { sub: p.sub, roles: p.roles.filter((r) => typeof r === 'string'), sites: p.sites.filter((s) => typeof s === 'string'), iat: Number(p.iat ?? 0), requestId: String(p.requestId ?? '') };
  } catch { return null; }
}

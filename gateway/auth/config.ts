import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { enumEnv, intEnv, stringEnv } from '../../common/index.ts';
import type { Env } from '../../common/index.ts';
import { parseApiKeysFile } from './api-keys.ts';
import type { ApiKeyEntry } from './api-keys.ts';

/** `production`: every request authenticated; `demo`: anonymous callers get the demo identity (all roles, all sites). */
export type GatewayMode = 'production' | 'demo';

/** JWT verification settings. Exactly one of `hs256Secret` and `jwks` is set. */
export interface JwtConfig {
  readonly hs256Secret: string | null;
  /** A JSON Web Key Set (public keys) read from GATEWAY_JWKS_FILE. */
  readonly jwks: { readonly keys: readonly Record<string, unknown>[] } | null;
  readonly issuer: string | null;
  readonly audience: string | null;
  readonly clockToleranceSeconds: number;
}

export interface AuthConfig {
  /** Whether GATEWAY_MODE was set explicitly (demo by default is allowed on loopback hosts only). */
  readonly modeExplicit: boolean;
  readonly apiKeys: readonly ApiKeyEntry[];
  readonly jwt: JwtConfig | null;
  /** HMAC secret for the identity headers forwarded to subgraphs; random per process in demo mode when unset. */
  readonly internalSecret: string;
  /** Whether internalSecret came from PLANTGRAPH_INTERNAL_SECRET (false: generated for this process). */
  readonly internalSecretConfigured: boolean;
  /** How old a forwarded identity a subgraph accepts; the gateway does not use it, subgraphs read the same variable. */
  readonly identityMaxAgeSeconds: number;
}

const minSecretLength = 32;

/** GATEWAY_MODE, default demo (see validateAuthConfig for why that default is safe). */
export function gatewayModeFrom(env: Env): GatewayMode {
  return enumEnv(env, 'GATEWAY_MODE', ['production', 'demo'] as const, 'demo');
}

function readJsonFile(name: string, path: string): unknown {
  let text: string;
  try { text = readFileSync(path, 'utf8'); } catch (e: unknown) {
    throw new Error(`${name} could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'}): ${path}`);
  }
  try { return JSON.parse(text) as unknown; } catch {
    throw new Error(`${name} is not valid JSON: ${path}`);
  }
}

function loadJwt(env: Env): JwtConfig | null {
  const secret = stringEnv(env, 'GATEWAY_JWT_SECRET', '');
  const jwksFile = stringEnv(env, 'GATEWAY_JWKS_FILE', '');
  if (secret === '' && jwksFile === '') return null;
  if (secret !== '' && jwksFile !== '') throw new Error('GATEWAY_JWT_SECRET and GATEWAY_JWKS_FILE are both set; configure one JWT key source');
  if (secret !== '' && Buffer.byteLength(secret, 'utf8') < minSecretLength) {
    throw new Error(`GATEWAY_JWT_SECRET must be at least ${minSecretLength} bytes (HS256 needs a 256-bit key)`);
  }
  let jwks: JwtConfig['jwks'] = null;
  if (jwksFile !== '') {
    const raw = readJsonFile('GATEWAY_JWKS_FILE', jwksFile) as { keys?: unknown };
    if (raw === null || typeof raw !== 'object' || !Array.isArray(raw.keys) || raw.keys.length === 0
      || !raw.keys.every((k: unknown) => k !== null && typeof k === 'object' && typeof (k as Record<string, unknown>)['kty'] === 'string')) {
      throw new Error('GATEWAY_JWKS_FILE must hold a JWKS: {"keys": [{"kty": …}, …]}');
    }
    if (raw.keys.some((k: Record<string, unknown>) => k['d'] !== undefined || k['k'] !== undefined)) {
      // A private or symmetric key in a verification key set is a leak waiting to happen; refuse it.
      throw new Error('GATEWAY_JWKS_FILE must hold public keys only (no "d" or "k" members)');
    }
    jwks = Object.freeze({ keys: Object.freeze(raw.keys.map((k: Record<string, unknown>) => Object.freeze({ ...k }))) });
  }
  const issuer = stringEnv(env, 'GATEWAY_JWT_ISSUER', '');
  const audience = stringEnv(env, 'GATEWAY_JWT_AUDIENCE', '');
  return Object.freeze({
    hs256Secret: secret === '' ? null : secret,
    jwks,
    issuer: issuer === '' ? null : issuer,
    audience: audience === '' ? null : audience,
    clockToleranceSeconds: intEnv(env, 'GATEWAY_JWT_CLOCK_TOLERANCE_SECONDS', { fallback: 30, min: 0, max: 300 }),
  });
}

/**
 * Reads the authentication settings (env names in gateway/auth/README.md); throws naming the bad variable.
 * Secrets have no defaults, except that demo mode makes a random internal secret for this process.
 */
export function loadAuthConfig(env: Env, mode: GatewayMode): AuthConfig {
  const keysFile = stringEnv(env, 'GATEWAY_API_KEYS_FILE', '');
  const apiKeys = keysFile === '' ? [] : parseApiKeysFile(readJsonFile('GATEWAY_API_KEYS_FILE', keysFile), 'GATEWAY_API_KEYS_FILE');
  const internal = stringEnv(env, 'PLANTGRAPH_INTERNAL_SECRET', '');
  if (internal !== '' && Buffer.byteLength(internal, 'utf8') < minSecretLength) {
    throw new Error(`PLANTGRAPH_INTERNAL_SECRET must be at least ${minSecretLength} bytes`);
  }
  return Object.freeze({
    modeExplicit: stringEnv(env, 'GATEWAY_MODE', '') !== '',
    apiKeys,
    jwt: loadJwt(env),
    // Demo mode: embedded subgraphs share this process, so a per-process random secret is enough.
    internalSecret: internal !== '' ? internal : mode === 'demo' ? randomBytes(32).toString('base64url') : '',
    internalSecretConfigured: internal !== '',
    identityMaxAgeSeconds: intEnv(env, 'PLANTGRAPH_IDENTITY_MAX_AGE_SECONDS', { fallback: 120, min: 5, max: 3600 }),
  });
}

const loopback = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Refuses contradictory or unsafe settings, naming the variable:
 * - production without any authentication method (API keys or a JWT key), or without PLANTGRAPH_INTERNAL_SECRET;
 * - production with a JWT key but no GATEWAY_JWT_ISSUER / GATEWAY_JWT_AUDIENCE (a token for another service must not pass);
 * - demo mode on a non-loopback host when GATEWAY_MODE was not set: the open default must never reach the network by accident.
 */
export function validateAuthConfig(cfg: { readonly mode: GatewayMode; readonly host: string; readonly auth: AuthConfig }): void {
  const { mode, auth } = cfg;
  if (mode === 'production') {
    if (auth.apiKeys.length === 0 && auth.jwt === null) {
      throw new Error('GATEWAY_MODE=production needs an authentication method: GATEWAY_API_KEYS_FILE, GATEWAY_JWT_SECRET or GATEWAY_JWKS_FILE');
    }
    if (auth.internalSecret === '') throw new Error('PLANTGRAPH_INTERNAL_SECRET is required in production mode');
    if (auth.jwt !== null && (auth.jwt.issuer === null || auth.jwt.audience === null)) {
      throw new Error('GATEWAY_JWT_ISSUER and GATEWAY_JWT_AUDIENCE are required in production mode when JWTs are configured');
    }
  } else if (!auth.modeExplicit && !loopback.has(cfg.host)) {
    throw new Error(`GATEWAY_MODE is not set and GATEWAY_HOST is ${cfg.host}: set GATEWAY_MODE=production (or GATEWAY_MODE=demo to expose the open demo on purpose)`);
  }
}

/** Config-reading helpers. Only config.ts files call them; each throws an Error naming the bad variable. */
export type Env = Readonly<Record<string, string | undefined>>;

export function requireEnv(env: Env, name: string): string {
  const v = env[name];
  if (v === undefined || v.trim() === '') throw new Error(`${name} is required`);
  return v;
}

export function stringEnv(env: Env, name: string, fallback: string): string {
  const v = env[name];
  return v === undefined || v.trim() === '' ? fallback : v;
}

export function intEnv(env: Env, name: string, opts: { fallback: number; min?: number; max?: number }): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return opts.fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new Error(`${name} must be an integer, got "${raw}"`);
  const n = Number(raw);
  if (opts.min !== undefined && n < opts.min) throw new Error(`${name} must be >= ${opts.min}, got ${n}`);
  if (opts.max !== undefined && n > opts.max) throw new Error(`${name} must be <= ${opts.max}, got ${n}`);
  return n;
}

export function boolEnv(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new Error(`${name} must be a boolean (true/false), got "${raw}"`);
}

export function enumEnv<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

/**
 * How a standalone subgraph process checks that a request came from the gateway: the shared secret
 * `PLANTGRAPH_INTERNAL_SECRET` (at least 32 characters) is required, unless `PLANTGRAPH_ALLOW_UNSIGNED=true`
 * explicitly opts out (local development only). Returns undefined when unsigned requests are allowed.
 */
export function subgraphIdentityFromEnv(env: Env): { secret: string; maxAgeSeconds?: number } | undefined {
  if (boolEnv(env, 'PLANTGRAPH_ALLOW_UNSIGNED', false)) return undefined;
  const secret = env['PLANTGRAPH_INTERNAL_SECRET'];
  if (secret === undefined || secret.length < 32) {
    throw new Error('PLANTGRAPH_INTERNAL_SECRET is required (at least 32 characters) so the subgraph accepts only the gateway; set PLANTGRAPH_ALLOW_UNSIGNED=true to opt out for local development');
  }
  const raw = env['PLANTGRAPH_IDENTITY_MAX_AGE_SECONDS'];
  return raw === undefined ? { secret } : { secret, maxAgeSeconds: intEnv(env, 'PLANTGRAPH_IDENTITY_MAX_AGE_SECONDS', { fallback: 120, min: 1 }) };
}

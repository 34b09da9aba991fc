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

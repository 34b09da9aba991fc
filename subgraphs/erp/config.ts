import { boolEnv, intEnv, loadUpstreamPolicy, requireEnv, stringEnv } from '../../common/index.ts';
import type { Env, UpstreamPolicy } from '../../common/index.ts';

/** The ERP subgraph's configuration, read once from env, validated, frozen. */
export interface ErpConfig {
  readonly sql: {
    readonly server: string;
    readonly port: number;
    readonly database: string;
    readonly user: string;
    readonly password: string;
    readonly encrypt: boolean;
    /** Accept a self-signed server certificate (common on plant SQL Servers); off by default. */
    readonly trustServerCertificate: boolean;
    /** Per-query timeout; the driver cancels the query (ATTENTION) when it passes. */
    readonly queryTimeoutMs: number;
    readonly connectTimeoutMs: number;
    readonly poolMax: number;
  };
  /** ERP companies served; the first is the one master data (site, resources) is read from. */
  readonly companies: readonly string[];
  /** ERP Plant code every query is scoped to. */
  readonly plant: string;
  /** IANA zone the ERP's naive datetimes are in (the site's zone). */
  readonly siteTimeZone: string;
  readonly cacheTtlSeconds: {
    /** Sites, areas, work centers, resources, parts. */
    readonly master: number;
    /** Jobs, operations, labour, on-hand. */
    readonly transactional: number;
  };
  /** Bulkhead, retries and circuit breaker for ERP reads (ERP_MAX_CONCURRENT, ERP_RETRIES, ERP_BREAKER_*). */
  readonly resilience: UpstreamPolicy;
  /** Serve the last good value of a cached read up to this age when the ERP fails (ERP_STALE_MAX_AGE_S; 0 = off). */
  readonly staleMaxAgeS: number;
  /** Budget of the read cache, in MiB of estimated values (ERP_CACHE_MAX_MB, default 512; see common/read-cache.ts). */
  readonly cacheMaxMb: number;
  /** Re-fingerprint the source's contract every this many seconds (ERP_SCHEMA_CHECK_INTERVAL_S, default 300; 0 = only at start-up and after a parse failure). */
  readonly schemaCheckIntervalS: number;
  /** Most rows one SQL read may return; more is refused as ERP_BAD_RESPONSE (ERP_MAX_ROWS). */
  readonly maxRows: number;
  readonly port: number;
  readonly host: string;
}

/** The demo plant's password; only a default for the local demo, never for a real ERP. */
export const DEMO_ONLY_ERP_PASSWORD = 'demo-only-password';

/**
 * Reads the ERP_* variables. Throws an Error naming the bad variable. ERP_SQL_SERVER and ERP_SQL_PASSWORD are
 * required unless ERP_DEMO=true, which targets the local demo plant (127.0.0.1, demo-only credentials).
 * An explicit `overrides` argument beats env.
 */
export function loadConfig(env: Env = process.env, overrides: Partial<Pick<ErpConfig, 'port' | 'host'>> & { sqlPort?: number } = {}): Readonly<ErpConfig> {
  const demo = boolEnv(env, 'ERP_DEMO', false);
  const server = demo ? stringEnv(env, 'ERP_SQL_SERVER', '127.0.0.1') : requireEnv(env, 'ERP_SQL_SERVER');
  const password = demo ? stringEnv(env, 'ERP_SQL_PASSWORD', DEMO_ONLY_ERP_PASSWORD) : requireEnv(env, 'ERP_SQL_PASSWORD');
  const companies = stringEnv(env, 'ERP_COMPANY', 'ACME').split(',').map((c) => c.trim()).filter((c) => c !== '');
  if (companies.length === 0) throw new Error('ERP_COMPANY must name at least one company');
  for (const c of companies) if (c.length > 8) throw new Error(`ERP_COMPANY entries must be at most 8 characters, got "${c}"`);
  const plant = stringEnv(env, 'ERP_PLANT', 'MfgSys').trim();
  if (plant.length > 8) throw new Error(`ERP_PLANT must be at most 8 characters, got "${plant}"`);
  const siteTimeZone = stringEnv(env, 'ERP_SITE_TIME_ZONE', 'America/Chicago');
  if (!isValidZone(siteTimeZone)) throw new Error(`ERP_SITE_TIME_ZONE must be an IANA time zone, got "${siteTimeZone}"`);
  return Object.freeze({
    sql: Object.freeze({
      server,
      port: overrides.sqlPort ?? intEnv(env, 'ERP_SQL_PORT', { fallback: 1433, min: 1, max: 65535 }),
      database: stringEnv(env, 'ERP_SQL_DATABASE', 'PlantERP'),
      user: stringEnv(env, 'ERP_SQL_USER', 'plantgraph'),
      password,
      encrypt: boolEnv(env, 'ERP_SQL_ENCRYPT', !demo),
      trustServerCertificate: boolEnv(env, 'ERP_SQL_TRUST_SERVER_CERTIFICATE', false),
      queryTimeoutMs: intEnv(env, 'ERP_QUERY_TIMEOUT_MS', { fallback: 5000, min: 50, max: 600_000 }),
      connectTimeoutMs: intEnv(env, 'ERP_CONNECT_TIMEOUT_MS', { fallback: 5000, min: 50, max: 600_000 }),
      poolMax: intEnv(env, 'ERP_SQL_POOL_MAX', { fallback: 10, min: 1, max: 200 }),
    }),
    companies: Object.freeze(companies),
    plant,
    siteTimeZone,
    cacheTtlSeconds: Object.freeze({
      master: intEnv(env, 'ERP_CACHE_TTL_MASTER_S', { fallback: 300, min: 0 }),
      transactional: intEnv(env, 'ERP_CACHE_TTL_TRANSACTIONAL_S', { fallback: 15, min: 0 }),
    }),
    resilience: loadUpstreamPolicy(env, 'ERP'),
    staleMaxAgeS: intEnv(env, 'ERP_STALE_MAX_AGE_S', { fallback: 600, min: 0, max: 7 * 86_400 }),
    cacheMaxMb: intEnv(env, 'ERP_CACHE_MAX_MB', { fallback: 512, min: 1, max: 64 * 1024 }),
    schemaCheckIntervalS: intEnv(env, 'ERP_SCHEMA_CHECK_INTERVAL_S', { fallback: 300, min: 0, max: 86_400 }),
    maxRows: intEnv(env, 'ERP_MAX_ROWS', { fallback: 250_000, min: 1, max: 10_000_000 }),
    port: overrides.port ?? intEnv(env, 'ERP_PORT', { fallback: 4001, min: 0, max: 65535 }),
    host: overrides.host ?? stringEnv(env, 'ERP_HOST', '127.0.0.1'),
  });
}

function isValidZone(zone: string): boolean {
  try { new Intl.DateTimeFormat('en-US', { timeZone: zone }); return true; } catch { return false; }
}

import { boolEnv, enumEnv, intEnv, loadUpstreamPolicy, requireEnv, stringEnv } from '../../common/index.ts';
import type { Env, UpstreamPolicy } from '../../common/index.ts';

/**
 * CMMS API versions this subgraph can ask for (X-Api-Version), or `server`: send none and read whatever version the
 * CMMS serves by default, following a vendor upgrade through the schema watch (source/contract.ts).
 */
export const cmmsApiVersions = ['2023-01-15', '2024-06-01', 'server'] as const;
export type CmmsApiVersion = (typeof cmmsApiVersions)[number];

/** The CMMS subgraph's configuration, read once from env, validated, frozen. */
export interface CmmsConfig {
  /** Base URL of the CMMS REST API including its version path, e.g. https://cmms.example.invalid/api/v1 (no trailing slash). */
  readonly baseUrl: string;
  /** API key exchanged at POST /auth for an expiring bearer token. Secret: never logged. */
  readonly apiKey: string;
  readonly apiVersion: CmmsApiVersion;
  /** Per-attempt HTTP timeout (headers and body). */
  readonly timeoutMs: number;
  /** Retries per read after 429 or 502/503/504 (0 = no retry). */
  readonly maxRetries: number;
  /** Backoff base and cap; a Retry-After above the cap fails fast as CMMS_RATE_LIMITED instead of stalling the query. */
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
  /** Page size asked for (the CMMS caps it at 100) and the most pages one list walk may take. */
  readonly pageSize: number;
  readonly maxPages: number;
  /** How many ids go into one multi-valued filter request (keeps URLs short). */
  readonly batchChunkSize: number;
  /** How far `updatedAfter` is moved back to survive the CMMS's 1 s granularity; results are deduped and re-filtered exactly. */
  readonly updatedAfterOverlapMs: number;
  readonly cacheTtlSeconds: {
    /** Assets, meters, failure codes, PM schedules. */
    readonly master: number;
    /** Work orders. */
    readonly workOrders: number;
    /** Meter readings. */
    readonly readings: number;
  };
  /** Bulkhead and circuit breaker for HTTP calls (CMMS_MAX_CONCURRENT, CMMS_BREAKER_*); retries stay maxRetries/retry*DelayMs. */
  readonly resilience: UpstreamPolicy;
  /** Serve the last good value of a cached read up to this age when the CMMS fails (CMMS_STALE_MAX_AGE_S; 0 = off). */
  readonly staleMaxAgeS: number;
  /** Budget of the read cache, in MiB of estimated values (CMMS_CACHE_MAX_MB, default 512; see common/read-cache.ts). */
  readonly cacheMaxMb: number;
  /** Re-fingerprint the source's contract every this many seconds (CMMS_SCHEMA_CHECK_INTERVAL_S, default 300; 0 = only at start-up and after a parse failure). */
  readonly schemaCheckIntervalS: number;
  /** Largest response body accepted (CMMS_MAX_RESPONSE_BYTES); larger is refused as CMMS_BAD_RESPONSE unparsed. */
  readonly maxResponseBytes: number;
  /** Most items one list walk may collect over all its pages (CMMS_MAX_ITEMS); more is CMMS_BAD_RESPONSE. */
  readonly maxItems: number;
  readonly port: number;
  readonly host: string;
}

/** The demo plant's API key; only a default for the local demo (CMMS_DEMO=true), never for a real CMMS. */
export const DEMO_ONLY_CMMS_API_KEY = 'demo-only-api-key';

/**
 * Reads the CMMS_* variables. Throws an Error naming the bad variable. CMMS_BASE_URL and CMMS_API_KEY are
 * required unless CMMS_DEMO=true, which targets the local demo plant (http://127.0.0.1:4103/api/v1 and the
 * demo-only key). An explicit `overrides` argument beats env.
 */
export function loadConfig(env: Env = process.env, overrides: Partial<Pick<CmmsConfig, 'baseUrl' | 'apiKey' | 'port' | 'host'>> = {}): Readonly<CmmsConfig> {
  const demo = boolEnv(env, 'CMMS_DEMO', false);
  const rawUrl = overrides.baseUrl ?? (demo ? stringEnv(env, 'CMMS_BASE_URL', 'http://127.0.0.1:4103/api/v1') : requireEnv(env, 'CMMS_BASE_URL'));
  let url: URL;
  try { url = new URL(rawUrl); } catch { throw new Error(`CMMS_BASE_URL must be an absolute http(s) URL, got "${rawUrl}"`); }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`CMMS_BASE_URL must be an absolute http(s) URL, got "${rawUrl}"`);
  const apiKey = overrides.apiKey ?? (demo ? stringEnv(env, 'CMMS_API_KEY', DEMO_ONLY_CMMS_API_KEY) : requireEnv(env, 'CMMS_API_KEY'));
  const retryBaseDelayMs = intEnv(env, 'CMMS_RETRY_BASE_DELAY_MS', { fallback: 200, min: 0, max: 60_000 });
  const retryMaxDelayMs = intEnv(env, 'CMMS_RETRY_MAX_DELAY_MS', { fallback: 5000, min: 0, max: 120_000 });
  if (retryMaxDelayMs < retryBaseDelayMs) throw new Error(`CMMS_RETRY_MAX_DELAY_MS must be >= CMMS_RETRY_BASE_DELAY_MS (${retryBaseDelayMs}), got ${retryMaxDelayMs}`);
  return Object.freeze({
    baseUrl: url.href.replace(/\/+$/, ''),
    apiKey,
    apiVersion: enumEnv(env, 'CMMS_API_VERSION', cmmsApiVersions, '2023-01-15'),
    timeoutMs: intEnv(env, 'CMMS_TIMEOUT_MS', { fallback: 5000, min: 50, max: 600_000 }),
    maxRetries: intEnv(env, 'CMMS_MAX_RETRIES', { fallback: 3, min: 0, max: 10 }),
    retryBaseDelayMs,
    retryMaxDelayMs,
    pageSize: intEnv(env, 'CMMS_PAGE_SIZE', { fallback: 100, min: 1, max: 100 }),
    maxPages: intEnv(env, 'CMMS_MAX_PAGES', { fallback: 200, min: 1, max: 100_000 }),
    batchChunkSize: intEnv(env, 'CMMS_BATCH_CHUNK_SIZE', { fallback: 50, min: 1, max: 500 }),
    updatedAfterOverlapMs: intEnv(env, 'CMMS_UPDATED_AFTER_OVERLAP_MS', { fallback: 2000, min: 0, max: 3_600_000 }),
    cacheTtlSeconds: Object.freeze({
      master: intEnv(env, 'CMMS_CACHE_TTL_MASTER_S', { fallback: 300, min: 0 }),
      workOrders: intEnv(env, 'CMMS_CACHE_TTL_WORK_ORDERS_S', { fallback: 15, min: 0 }),
      readings: intEnv(env, 'CMMS_CACHE_TTL_READINGS_S', { fallback: 15, min: 0 }),
    }),
    // The DOMAIN §4 cap of about 5 concurrent calls to the CMMS is the bulkhead's default here.
    resilience: loadUpstreamPolicy(env, 'CMMS', { retriesVar: 'CMMS_MAX_RETRIES', defaults: { maxConcurrent: 4, retries: 3, retryBaseDelayMs: 200, retryMaxDelayMs: 5000 } }),
    staleMaxAgeS: intEnv(env, 'CMMS_STALE_MAX_AGE_S', { fallback: 600, min: 0, max: 7 * 86_400 }),
    cacheMaxMb: intEnv(env, 'CMMS_CACHE_MAX_MB', { fallback: 512, min: 1, max: 64 * 1024 }),
    schemaCheckIntervalS: intEnv(env, 'CMMS_SCHEMA_CHECK_INTERVAL_S', { fallback: 300, min: 0, max: 86_400 }),
    maxResponseBytes: intEnv(env, 'CMMS_MAX_RESPONSE_BYTES', { fallback: 4 * 1024 * 1024, min: 1024, max: 1024 * 1024 * 1024 }),
    maxItems: intEnv(env, 'CMMS_MAX_ITEMS', { fallback: 200_000, min: 1, max: 10_000_000 }),
    port: overrides.port ?? intEnv(env, 'CMMS_PORT', { fallback: 4003, min: 0, max: 65535 }),
    host: overrides.host ?? stringEnv(env, 'CMMS_HOST', '127.0.0.1'),
  });
}

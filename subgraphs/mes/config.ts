import { IANAZone } from 'luxon';
import { intEnv, loadUpstreamPolicy, requireEnv, stringEnv } from '../../common/index.ts';
import type { Env, UpstreamPolicy } from '../../common/index.ts';

/** The mes subgraph's configuration, read once from env, validated and frozen. */
export interface MesConfig {
  /** ShopFloorService WSDL, e.g. http://mes.invalid/ShopFloorService.asmx?wsdl (MES_WSDL_URL). */
  readonly wsdlUrl: string;
  /** OPC XML-DA WSDL (MES_OPC_WSDL_URL); defaults to `<origin of wsdlUrl>/opc/xmlda?wsdl`. */
  readonly opcWsdlUrl: string;
  readonly user: string;
  readonly password: string;
  readonly timeoutMs: number;
  readonly siteCode: string;
  /** IANA zone the MES's naive local times are in (MES_SITE_TIME_ZONE). */
  readonly siteTimeZone: string;
  /** ERP company used to build ProductionOrder ids `<Company>/<JobNum>` (MES_ERP_COMPANY). */
  readonly erpCompany: string;
  /** Rows per SOAP page, 1..500 (the MES maximum). */
  readonly pageSize: number;
  /** Work orders planned in the last this many days (and the next 60) are published to the identity crosswalk (MES_IDENTITY_ORDER_DAYS, default 14). */
  readonly identityOrderDays: number;
  readonly cacheTtlMasterS: number;
  readonly cacheTtlTransactionalS: number;
  readonly cacheTtlCurrentS: number;
  /** Bulkhead, retries and circuit breaker for SOAP calls (MES_MAX_CONCURRENT, MES_RETRIES, MES_BREAKER_*). */
  readonly resilience: UpstreamPolicy;
  /** Serve the last good value of a cached read up to this age when the MES fails (MES_STALE_MAX_AGE_S; 0 = off). */
  readonly staleMaxAgeS: number;
  /** Budget of the read cache, in MiB of estimated values (MES_CACHE_MAX_MB, default 512). Size it to the sample windows the plant's queries scan: a smaller budget than a scan's working set makes every read of that scan miss. */
  readonly cacheMaxMb: number;
  /** Re-fingerprint the source's contract every this many seconds (MES_SCHEMA_CHECK_INTERVAL_S, default 300; 0 = only at start-up and after a parse failure). */
  readonly schemaCheckIntervalS: number;
  /** Largest SOAP response body accepted (MES_MAX_RESPONSE_BYTES); larger is refused as MES_BAD_RESPONSE unparsed. */
  readonly maxResponseBytes: number;
  /** Most rows one paged read may collect (MES_MAX_ROWS); more is refused as MES_BAD_RESPONSE. */
  readonly maxRows: number;
  readonly port: number;
  readonly host: string;
}

/**
 * Reads MES_* variables. Explicit `overrides` beat env. Throws an Error naming the bad variable:
 * MES_WSDL_URL, MES_USER, MES_PASSWORD, MES_SITE_TIME_ZONE and MES_ERP_COMPANY are required (no defaults:
 * a wrong zone or company would silently shift times or mis-key orders).
 */
export function loadConfig(env: Env = process.env, overrides: Partial<MesConfig> = {}): Readonly<MesConfig> {
  const wsdlUrl = overrides.wsdlUrl ?? requireEnv(env, 'MES_WSDL_URL');
  let parsed: URL;
  try { parsed = new URL(wsdlUrl); } catch { throw new Error(`MES_WSDL_URL must be an absolute URL, got "${wsdlUrl}"`); }
  const opcWsdlUrl = overrides.opcWsdlUrl ?? stringEnv(env, 'MES_OPC_WSDL_URL', `${parsed.origin}/opc/xmlda?wsdl`);
  try { new URL(opcWsdlUrl); } catch { throw new Error(`MES_OPC_WSDL_URL must be an absolute URL, got "${opcWsdlUrl}"`); }
  const siteTimeZone = overrides.siteTimeZone ?? requireEnv(env, 'MES_SITE_TIME_ZONE');
  if (!IANAZone.isValidZone(siteTimeZone)) throw new Error(`MES_SITE_TIME_ZONE must be an IANA zone, got "${siteTimeZone}"`);
  return Object.freeze({
    wsdlUrl,
    opcWsdlUrl,
    user: overrides.user ?? requireEnv(env, 'MES_USER'),
    password: overrides.password ?? requireEnv(env, 'MES_PASSWORD'),
    timeoutMs: overrides.timeoutMs ?? intEnv(env, 'MES_TIMEOUT_MS', { fallback: 10_000, min: 100, max: 300_000 }),
    siteCode: overrides.siteCode ?? stringEnv(env, 'MES_SITE_CODE', 'SITE1'),
    siteTimeZone,
    erpCompany: overrides.erpCompany ?? requireEnv(env, 'MES_ERP_COMPANY').trim(),
    pageSize: overrides.pageSize ?? intEnv(env, 'MES_PAGE_SIZE', { fallback: 500, min: 1, max: 500 }),
    identityOrderDays: overrides.identityOrderDays ?? intEnv(env, 'MES_IDENTITY_ORDER_DAYS', { fallback: 14, min: 1, max: 3650 }),
    cacheTtlMasterS: overrides.cacheTtlMasterS ?? intEnv(env, 'MES_CACHE_TTL_MASTER_S', { fallback: 300, min: 0 }),
    cacheTtlTransactionalS: overrides.cacheTtlTransactionalS ?? intEnv(env, 'MES_CACHE_TTL_TRANSACTIONAL_S', { fallback: 15, min: 0 }),
    cacheTtlCurrentS: overrides.cacheTtlCurrentS ?? intEnv(env, 'MES_CACHE_TTL_CURRENT_S', { fallback: 0, min: 0 }),
    resilience: overrides.resilience ?? loadUpstreamPolicy(env, 'MES'),
    staleMaxAgeS: overrides.staleMaxAgeS ?? intEnv(env, 'MES_STALE_MAX_AGE_S', { fallback: 600, min: 0, max: 7 * 86_400 }),
    cacheMaxMb: overrides.cacheMaxMb ?? intEnv(env, 'MES_CACHE_MAX_MB', { fallback: 512, min: 1, max: 64 * 1024 }),
    schemaCheckIntervalS: intEnv(env, 'MES_SCHEMA_CHECK_INTERVAL_S', { fallback: 300, min: 0, max: 86_400 }),
    maxResponseBytes: overrides.maxResponseBytes ?? intEnv(env, 'MES_MAX_RESPONSE_BYTES', { fallback: 8 * 1024 * 1024, min: 1024, max: 1024 * 1024 * 1024 }),
    maxRows: overrides.maxRows ?? intEnv(env, 'MES_MAX_ROWS', { fallback: 500_000, min: 1, max: 10_000_000 }),
    port: overrides.port ?? intEnv(env, 'MES_PORT', { fallback: 4002, min: 0, max: 65535 }),
    host: overrides.host ?? stringEnv(env, 'MES_HOST', '127.0.0.1'),
  });
}

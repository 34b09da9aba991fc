import { setTimeout as sleep } from 'node:timers/promises';
import pLimit from 'p-limit';
import { z } from 'zod';
import { Code, carryUnmapped, createMemoryStore, createSchemaWatcher, createUpstreamGuard, plantError } from '../../../common/index.ts';
import type { DurableStore, Fingerprint, Logger, ReadCache, SchemaWatcher, UpstreamGuard, UpstreamStats } from '../../../common/index.ts';
import { cmmsContract, openApiEntities } from './contract.ts';
import type { GraphQLError } from 'graphql';
import type { CmmsConfig } from '../config.ts';
import type { CmmsMeterReading, CmmsWorkOrder, WorkOrderStatus } from './domain.ts';
import type { CmmsSource, WorkOrderQuery } from './port.ts';
import {
  assetWire, failureTreeWire, isSentinelReading, listWire, locationWire, meterWire, pageWire, pmScheduleWire, readingWire, toAsset, toFailureCode, toMeter,
  toPmSchedule, toReading, toWorkOrder, tokenWire, workOrderWire,
} from './wire.ts';

/**
 * The CMMS REST adapter: the only code that talks HTTP to the CMMS (global fetch, Node 20).
 * - Auth: POST /auth {apiKey} → bearer token, refreshed shortly before expiresAt and once on a 401.
 * - Reads retry 429 (Retry-After honoured as a floor, jittered) and 502/503/504 (capped, jittered exponential
 *   backoff) up to maxRetries; a Retry-After beyond retryMaxDelayMs fails fast rather than stalling a query.
 * - Every list is walked page by page to the end (bounded by maxPages) and deduplicated by id, because the
 *   CMMS's pages may overlap.
 * - Failures become coded GraphQLErrors here: CMMS_TIMEOUT, CMMS_UNAVAILABLE, CMMS_RATE_LIMITED,
 *   CMMS_AUTH_FAILED, CMMS_BAD_RESPONSE. Messages name the operation, never URLs with keys or bodies.
 */
export interface RestSourceDeps {
  readonly logger: Logger;
  readonly cache: ReadCache;
  /** Injected for tests; default global fetch. */
  readonly fetch?: typeof fetch;
  /** Jitter source in [0, 1); default Math.random. */
  readonly random?: () => number;
  /** Bulkhead + breaker for this source; one is created from `config.resilience` when absent. */
  readonly guard?: UpstreamGuard;
  /** Where detected API-contract changes are recorded (shared by the layer's processes); a memory store when absent. */
  readonly store?: DurableStore;
}

interface Answer { readonly status: number; readonly retryAfter: string | null; readonly text: string; readonly oversized?: true; readonly version?: string | null }
type Params = Record<string, string | number | readonly string[] | undefined>;

const source = 'CMMS' as const;

function isTimeout(e: unknown): boolean {
  return e instanceof Error && (e.name === 'TimeoutError' || (e.cause instanceof Error && e.cause.name === 'TimeoutError'));
}

/** Retry-After as milliseconds: delta-seconds or an HTTP-date (RFC 9110); undefined when absent or unreadable. */
export function parseRetryAfterMs(v: string | null, nowMs: number): number | undefined {
  if (v === null || v.trim() === '') return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const at = Date.parse(v);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}

/**
 * How many elements the arrays directly inside the top-level JSON object hold (a list page's `data`), counted on
 * the text before JSON.parse, stopping past `limit`. Why: a byte-capped body of `{},{},…` still parses into
 * hundreds of thousands of objects; counting first refuses it without building them. Strings and escapes are
 * skipped; the count is only trusted as a bound (JSON.parse still judges well-formedness).
 */
export function topLevelArrayItems(text: string, limit: number): number {
  let depth = 0, count = 0, inString = false, escaped = false;
  const stack: string[] = [];
  let emptySoFar = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92 /* \ */) escaped = true;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) { inString = true; if (depth === 2 && stack[1] === '[' && emptySoFar) { count++; emptySoFar = false; } continue; }
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (depth === 2 && stack[1] === '[' && emptySoFar) { count++; emptySoFar = false; }
      stack.push(c === 123 ? '{' : '['); depth++;
      if (depth === 2 && c === 91) emptySoFar = true;
      continue;
    }
    if (c === 125 /* } */ || c === 93 /* ] */) { stack.pop(); depth--; continue; }
    if (depth === 2 && stack[1] === '[') {
      if (c === 44 /* , */) { count++; emptySoFar = false; if (count > limit) return count; }
      else if (emptySoFar) { count++; emptySoFar = false; }
    }
  }
  return count;
}

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Reads a body to text, refusing (and cancelling the download) past `maxBytes`; null when it is too large. */
async function boundedText(res: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(res.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) { await res.body?.cancel().catch(() => undefined); return null; }
  if (res.body === null) return '';
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) { await reader.cancel().catch(() => undefined); return null; }
    parts.push(value);
  }
  return Buffer.concat(parts).toString('utf8');
}

export function createCmmsRestSource(config: CmmsConfig, deps: RestSourceDeps): CmmsSource {
  const fetchFn = deps.fetch ?? fetch;
  const random = deps.random ?? Math.random;
  const log = deps.logger;
  const guard = deps.guard ?? createUpstreamGuard('CMMS', config.resilience, { logger: log, random });
  // Every read goes through the cache with stale-if-error: a failed refresh serves the last good rows, marked stale.
  const cache = {
    read: <T>(key: string, ttl: number, load: () => Promise<T>): Promise<T> => deps.cache.read(key, ttl, load, {
      staleMaxAgeSeconds: config.staleMaxAgeS,
      onStale: ({ ageMs, error }) => log.warn({ source, op: key.split(':')[0] ?? key, ageMs, code: String((error as { extensions?: { code?: unknown } }).extensions?.code ?? 'unknown') }, 'CMMS read failed; serving the last good value (stale)'),
    }),
    close: () => deps.cache.close(),
  };
  const limit = pLimit(4); // DOMAIN §4: cap concurrency to the CMMS at about 5.
  let calls = 0;
  let byOp: Record<string, number> = {};
  let token: { value: string; refreshAtMs: number } | null = null;
  /** The X-Api-Version the CMMS last answered with. */
  let servedVersion: string | null = null;
  /** `server` pins nothing: no X-Api-Version header, the CMMS's default version is read through the schema watch. */
  const versionHeader: Record<string, string> = config.apiVersion === 'server' ? {} : { 'x-api-version': config.apiVersion };
  let refreshing: Promise<string> | null = null;

  const statusError = (op: string, status: number): GraphQLError => {
    if (status === 429) return plantError(Code.CMMS_RATE_LIMITED, `CMMS kept rate-limiting ${op}`, { source, retryable: true, detail: { status } });
    if (status === 401 || status === 403) return plantError(Code.CMMS_AUTH_FAILED, `CMMS refused the credentials for ${op}`, { source, retryable: false, detail: { status } });
    if (status >= 500) return plantError(Code.CMMS_UNAVAILABLE, `CMMS answered ${status} to ${op}`, { source, retryable: true, detail: { status } });
    return plantError(Code.CMMS_BAD_RESPONSE, `CMMS answered ${status} to ${op}`, { source, retryable: false, detail: { status } });
  };

  /** One HTTP exchange (see `guarded` for the bulkhead and breaker around whole reads). */
  function once(op: string, url: string, init: RequestInit): Promise<Answer> {
    return exchange(op, url, init);
  }

  /**
   * One logical read (a page, a tree) under the guard: the bulkhead caps concurrent reads, and any failure of
   * the read (unreachable, 5xx or 429 past the retries, unparsable or ill-typed JSON) counts for the breaker.
   * Retries stay in withRetries (Retry-After aware), so the guard does not retry again.
   */
  function guarded<T>(op: string, read: () => Promise<T>): Promise<T> {
    return guard.run(op, read, { retry: false });
  }

  /** One HTTP exchange, body included (at most maxResponseBytes), under one per-attempt timeout. Counts the call. */
  async function exchange(op: string, url: string, init: RequestInit): Promise<Answer> {
    calls++;
    byOp[op] = (byOp[op] ?? 0) + 1;
    const t0 = Date.now();
    try {
      const res = await fetchFn(url, { ...init, signal: AbortSignal.timeout(config.timeoutMs) });
      const text = await boundedText(res, config.maxResponseBytes);
      if (text === null) {
        log.warn({ source, op, ms: Date.now() - t0, outcome: 'oversized' }, 'cmms bad response');
        return { status: res.status, retryAfter: null, text: '', oversized: true };
      }
      log.info({ source, op, ms: Date.now() - t0, status: res.status }, 'cmms call');
      const version = res.headers.get('x-api-version');
      if (version !== null && version !== '') servedVersion = version;
      return { status: res.status, retryAfter: res.headers.get('retry-after'), text, version };
    } catch (e: unknown) {
      const timedOut = isTimeout(e);
      log.warn({ source, op, ms: Date.now() - t0, outcome: timedOut ? 'timeout' : 'unreachable' }, 'cmms call failed');
      throw timedOut
        ? plantError(Code.CMMS_TIMEOUT, `CMMS did not answer ${op} within ${config.timeoutMs} ms`, { source, retryable: true }, e)
        : plantError(Code.CMMS_UNAVAILABLE, `CMMS unreachable for ${op}`, { source, retryable: true }, e);
    }
  }

  /** `once` with retries on 429 and 502/503/504: reads only (and the idempotent token request). */
  async function withRetries(op: string, url: string, init: RequestInit): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      let a: Answer;
      try {
        a = await once(op, url, init);
      } catch (e: unknown) {
        // Timeouts and refused connections of an idempotent read are retried with the same jittered backoff;
        // breaker and bulkhead rejections are not (they are the point of failing fast).
        const ext = (e as { extensions?: { retryable?: unknown; detail?: Record<string, unknown> } }).extensions;
        if (attempt >= config.maxRetries || ext?.retryable !== true || ext.detail?.['breaker'] !== undefined || ext.detail?.['bulkhead'] !== undefined) throw e;
        const delay = random() * Math.min(config.retryMaxDelayMs, config.retryBaseDelayMs * 2 ** attempt);
        log.warn({ source, op, attempt: attempt + 1, retryInMs: Math.round(delay) }, 'cmms retrying');
        await sleep(delay);
        continue;
      }
      if (a.oversized === true) throw plantError(Code.CMMS_BAD_RESPONSE, `CMMS answered ${op} with more than ${config.maxResponseBytes} bytes`, { source, retryable: false, detail: { maxBytes: config.maxResponseBytes } });
      if (a.status !== 429 && a.status !== 502 && a.status !== 503 && a.status !== 504) return a;
      const retryAfterMs = parseRetryAfterMs(a.retryAfter, Date.now());
      if (attempt >= config.maxRetries || (retryAfterMs !== undefined && retryAfterMs > config.retryMaxDelayMs)) {
        log.warn({ source, op, status: a.status, attempt, outcome: 'retries exhausted' }, 'cmms giving up');
        throw statusError(op, a.status);
      }
      // Full jitter on the exponential part; Retry-After is a floor with a little jitter on top so that
      // every client told "1 s" does not come back in the same millisecond.
      const backoff = random() * Math.min(config.retryMaxDelayMs, config.retryBaseDelayMs * 2 ** attempt);
      const delay = Math.min(config.retryMaxDelayMs, retryAfterMs === undefined ? backoff : retryAfterMs + random() * config.retryBaseDelayMs);
      log.warn({ source, op, status: a.status, attempt: attempt + 1, retryInMs: Math.round(delay) }, 'cmms retrying');
      await sleep(delay);
    }
  }

  function parseJson(op: string, a: Answer): unknown {
    try { return JSON.parse(a.text); } catch (e: unknown) {
      log.warn({ source, op, outcome: 'unparsable' }, 'cmms bad response');
      throw plantError(Code.CMMS_BAD_RESPONSE, `CMMS answered ${op} with a body that is not JSON`, { source, retryable: false }, e);
    }
  }

  function validate<S extends z.ZodType>(op: string, shape: S, json: unknown): z.infer<S> {
    const r = shape.safeParse(json);
    if (r.success) return r.data;
    const issue = r.error.issues[0];
    const field = issue === undefined ? '' : issue.path.map(String).join('.');
    log.warn({ source, op, field, outcome: 'contract' }, 'cmms bad response');
    // JSON that does not fit the contract may be a vendor upgrade: fingerprint the API again (rate-limited).
    if (op !== 'GET /openapi.json') schema.recheckAfterError();
    throw plantError(Code.CMMS_BAD_RESPONSE, `CMMS answered ${op} with JSON that does not fit the API contract`, { source, retryable: false, detail: { field } }, r.error);
  }

  async function bearer(force: boolean): Promise<string> {
    if (!force && token !== null && Date.now() < token.refreshAtMs) return token.value;
    if (refreshing === null) {
      refreshing = (async () => {
        const a = await withRetries('POST /auth', `${config.baseUrl}/auth`, {
          method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...versionHeader },
          body: JSON.stringify({ apiKey: config.apiKey }),
        });
        if (a.status < 200 || a.status >= 300) throw statusError('POST /auth', a.status);
        const t = validate('POST /auth', tokenWire, parseJson('POST /auth', a));
        const now = Date.now();
        const lifetimeMs = Date.parse(t.expiresAt) - now;
        // Refresh a little before expiry: 10 % of the lifetime, at most 30 s, so a page walk never carries a stale token.
        token = { value: t.token, refreshAtMs: now + lifetimeMs - Math.min(30_000, Math.max(0, lifetimeMs) * 0.1) };
        return t.token;
      })().finally(() => { refreshing = null; });
    }
    return refreshing;
  }

  function urlOf(path: string, params: Params): string {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined) continue;
      if (typeof v === 'string' || typeof v === 'number') qs.append(k, String(v));
      else for (const x of v) qs.append(k, x);
    }
    const q = qs.toString();
    return `${config.baseUrl}${path}${q === '' ? '' : `?${q}`}`;
  }

  /** An authenticated GET; null on 404 when allowed. One token refresh and retry on 401. */
  async function getJson(op: string, path: string, params: Params = {}, allow404 = false, maxItems?: number): Promise<unknown> {
    await started();
    return getJsonNow(op, path, params, allow404, maxItems);
  }
  /** The start-up fingerprint, once, before the first read (and before filters are spelled for the CMMS). */
  function started(): Promise<unknown> {
    if (startupCheck === null) startupCheck = schema.check('startup');
    return startupCheck;
  }

  /** An authenticated GET; null on 404 when allowed. One token refresh and retry on 401. Counted per op. */
  async function getJsonNow(op: string, path: string, params: Params = {}, allow404 = false, maxItems?: number): Promise<unknown> {
    const url = urlOf(path, params);
    const init = (t: string): RequestInit => ({ headers: { authorization: `Bearer ${t}`, accept: 'application/json', ...versionHeader } });
    let a = await withRetries(op, url, init(await bearer(false)));
    if (a.status === 401) {
      log.info({ source, op, outcome: 'token refused; refreshing' }, 'cmms token refresh');
      a = await withRetries(op, url, init(await bearer(true)));
    }
    if (a.status === 404 && allow404) return null;
    if (a.status < 200 || a.status >= 300) throw statusError(op, a.status);
    if (maxItems !== undefined) {
      const n = topLevelArrayItems(a.text, maxItems);
      if (n > maxItems) {
        throw plantError(Code.CMMS_BAD_RESPONSE, `CMMS list ${op} answered a page of more than ${maxItems} items`, { source, retryable: false, detail: { pageCap: maxItems } });
      }
    }
    return parseJson(op, a);
  }

  /** Walks a cursor-paged list to its end, deduplicating by id (later pages win). */
  async function walk<S extends z.ZodType>(op: string, path: string, params: Params, item: S, idOf: (x: z.infer<S>) => string, entity?: string): Promise<z.infer<S>[]> {
    const byId = new Map<string, z.infer<S>>();
    let cursor: string | undefined;
    const seen = new Set<string>();
    let items = 0;
    // A page larger than asked for is a contract break; without a `limit` the CMMS pages at 100 (1000 is lenient).
    const pageCap = typeof params['limit'] === 'number' ? params['limit'] : 1000;
    for (let page = 1; ; page++) {
      if (page > config.maxPages) {
        throw plantError(Code.CMMS_BAD_RESPONSE, `CMMS list ${op} has more than ${config.maxPages} pages`, { source, retryable: false, detail: { pages: config.maxPages } });
      }
      const body = await guarded(op, async () => {
        const raw = await getJson(op, path, { ...params, cursor }, false, pageCap);
        // Count before validating: zod would walk (and report on) every element of a huge array first.
        const rawLength = typeof raw === 'object' && raw !== null && Array.isArray((raw as { data?: unknown }).data) ? (raw as { data: unknown[] }).data.length : 0;
        if (rawLength > pageCap) {
          throw plantError(Code.CMMS_BAD_RESPONSE, `CMMS list ${op} answered a page of ${rawLength} items (asked for at most ${pageCap})`, { source, retryable: false, detail: { pageCap } });
        }
        if (entity === undefined) return validate(op, pageWire(item), raw);
        const records = typeof raw === 'object' && raw !== null && Array.isArray((raw as { data?: unknown }).data)
          ? ((raw as { data: unknown[] }).data).filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)) : [];
        // Through the schema watch: JSON that does not fit the fingerprinted API (a new property, a value the
        // contract does not know) re-fingerprints within this read and is projected again, so the first read after
        // an unannounced upgrade answers as before. Items are marked with the canonical fields they cannot feed.
        return schema.readResponse(entity, records, () => {
          const page = validate(op, pageWire(degradable(entity, item)), projectPage(entity, raw));
          for (const x of page.data as object[]) schema.markDegraded(entity, x);
          return page;
        }, isContractError);
      });
      const data = body.data as z.infer<S>[];
      items += data.length;
      if (items > config.maxItems) {
        throw plantError(Code.CMMS_BAD_RESPONSE, `CMMS list ${op} has more than ${config.maxItems} items`, { source, retryable: false, detail: { maxItems: config.maxItems } });
      }
      for (const x of data) byId.set(idOf(x), x);
      const next = body.nextCursor ?? null;
      if (next === null || body.hasMore === false) break;
      if (seen.has(next)) throw plantError(Code.CMMS_BAD_RESPONSE, `CMMS list ${op} repeated a cursor`, { source, retryable: false });
      seen.add(next);
      cursor = next;
    }
    return [...byId.values()];
  }

  // The API contract: fingerprinted from the OpenAPI document and X-Api-Version before the first read, every
  // CMMS_SCHEMA_CHECK_INTERVAL_S and after JSON that does not fit it; items are read through the remap.
  const schema: SchemaWatcher = createSchemaWatcher({
    contract: cmmsContract, store: deps.store ?? createMemoryStore(), logger: log, subgraph: 'cmms', intervalMs: config.schemaCheckIntervalS * 1000,
    // The CMMS sends null for an empty property, so one missing from a whole page was dropped by an upgrade.
    explicitNulls: true,
    fingerprint: async (): Promise<Fingerprint> => {
      // Not under the breaker: a CMMS without a readable document is no reason to stop serving reads.
      const doc = await getJsonNow('GET /openapi.json', '/openapi.json', {}, true);
      const entities = doc === null ? [] : openApiEntities(doc, cmmsContract.entities.map((e) => e.entity));
      // No document, or one describing none of the contract's schemas: no fingerprint (keep the mapping), not "all gone".
      if (entities.every((e) => e.fields.length === 0)) throw plantError(Code.CMMS_BAD_RESPONSE, 'CMMS serves no OpenAPI document describing its schemas at /openapi.json', { source, retryable: false });
      const info = typeof doc === 'object' && doc !== null ? (doc as { info?: { version?: unknown } }).info : undefined;
      return { system: 'CMMS', version: servedVersion ?? (typeof info?.version === 'string' ? info.version : null), entities };
    },
  });
  let startupCheck: Promise<unknown> | null = null;
  const declaredFields = new Map(cmmsContract.entities.map((e) => [e.entity, e.fields.map((f) => f.name)]));
  const isContractError = (e: unknown): boolean => (e as { extensions?: { code?: unknown } }).extensions?.code === Code.CMMS_BAD_RESPONSE;
  /**
   * The item shape with the properties that degrade (unmapped, feeding canonical fields) made optional: their absence
   * is then no contract break; the canonical fields they feed are marked instead. The shape itself when none does.
   */
  function degradable<S extends z.ZodType>(entity: string, item: S): S {
    const names = schema.degradable(entity).map((f) => f.name);
    if (names.length === 0 || !(item instanceof z.ZodObject)) return item;
    // zod types `partial`'s mask by the shape's literal keys; these come from the contract at run time.
    const mask = Object.fromEntries(names.map((n) => [n, true])) as Parameters<typeof item.partial>[0];
    return item.partial(mask) as unknown as S;
  }
  /** A list page with each item's declared properties read through the remap and value maps (other keys dropped). */
  function projectPage(entity: string, raw: unknown): unknown {
    if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { data?: unknown }).data)) return raw;
    const names = declaredFields.get(entity) ?? [];
    const data = ((raw as { data: unknown[] }).data).map((x) => {
      if (typeof x !== 'object' || x === null || Array.isArray(x)) return x;
      const out: Record<string, unknown> = {};
      for (const n of names) { const v = schema.read(entity, x as Record<string, unknown>, n); if (v !== undefined) out[n] = v; }
      return out;
    });
    return { ...(raw as object), data };
  }

  // Canonical COMPLETED is the contract's DONE; the schema watch spells it the way the CMMS serves it now.
  const wireStatus = (s: WorkOrderStatus): string => String(schema.toSource('WorkOrder', 'status', s === 'COMPLETED' ? 'DONE' : s));

  async function workOrdersChunk(params: Params): Promise<readonly CmmsWorkOrder[]> {
    return cache.read(`wo:${JSON.stringify(params)}`, config.cacheTtlSeconds.workOrders, async () => {
      const rows = await walk('GET /work-orders', '/work-orders', { ...params, limit: config.pageSize }, workOrderWire, (w) => w.id, 'WorkOrder');
      return rows.map((w) => carryUnmapped(w, toWorkOrder(w, (value) => log.warn({ source, field: 'priority', change: value }, 'cmms unknown priority'))));
    });
  }

  async function workOrdersNow(q: WorkOrderQuery): Promise<readonly CmmsWorkOrder[]> {
    if ((q.assetIds !== undefined && q.assetIds.length === 0) || (q.ids !== undefined && q.ids.length === 0)) return [];
    // The CMMS compares updatedAfter at whole seconds with '>', so ask from a little earlier and filter exactly here.
    const after = q.updatedAfterMs === undefined ? undefined : new Date(q.updatedAfterMs - config.updatedAfterOverlapMs).toISOString();
    const base: Params = {
      status: q.statuses === undefined ? undefined : [...new Set(q.statuses.map(wireStatus))].sort(),
      type: q.types === undefined ? undefined : [...new Set(q.types)].sort(),
      updatedAfter: after,
    };
    const keyed = q.assetIds !== undefined
      ? chunks([...new Set(q.assetIds)].sort(), config.batchChunkSize).map((c) => ({ ...base, assetId: c, id: q.ids === undefined ? undefined : [...new Set(q.ids)].sort() }))
      : q.ids !== undefined
        ? chunks([...new Set(q.ids)].sort(), config.batchChunkSize).map((c) => ({ ...base, id: c }))
        : [base];
    const parts = await Promise.all(keyed.map((p) => limit(() => workOrdersChunk(p))));
    const byId = new Map<string, CmmsWorkOrder>();
    for (const part of parts) for (const w of part) byId.set(w.id, w);
    return [...byId.values()].filter((w) =>
      (q.updatedAfterMs === undefined || w.updatedMs > q.updatedAfterMs) && (q.statuses === undefined || q.statuses.includes(w.status)));
  }

  return {
    /** The version the CMMS last answered with; before the first answer, the one asked for. */
    get apiVersion() { return servedVersion ?? config.apiVersion; },

    assets: () => cache.read('assets', config.cacheTtlSeconds.master, async () => {
      const rows = await walk('GET /assets', '/assets', { limit: config.pageSize }, assetWire, (a) => a.id, 'Asset');
      return rows.map((a) => carryUnmapped(a, toAsset(a))).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    }),

    async workOrders(q: WorkOrderQuery) {
      await started();
      const since = schema.generation();
      try {
        return await workOrdersNow(q);
      } catch (e: unknown) {
        // A status filter spelled for the API version before an unannounced upgrade is refused (400): once the
        // contract is re-fingerprinted (shared with concurrent reads), spell it again and ask once more.
        if (q.statuses === undefined || !isContractError(e) || !(await schema.refresh(since))) throw e;
        return workOrdersNow(q);
      }
    },

    async meters(q) {
      if ((q.assetIds !== undefined && q.assetIds.length === 0) || (q.ids !== undefined && q.ids.length === 0)) return [];
      const keyed = q.assetIds !== undefined
        ? chunks([...new Set(q.assetIds)].sort(), config.batchChunkSize).map((c) => ({ assetId: c }))
        : q.ids !== undefined ? chunks([...new Set(q.ids)].sort(), config.batchChunkSize).map((c) => ({ id: c })) : [{}];
      const parts = await Promise.all(keyed.map((p) => limit(() => cache.read(`meters:${JSON.stringify(p)}`, config.cacheTtlSeconds.master, async () =>
        (await walk('GET /meters', '/meters', p, meterWire, (m) => m.id, 'Meter')).map(toMeter)))));
      return parts.flat();
    },

    async meterReadings(meterIds, fromMs, toMs) {
      if (meterIds.length === 0) return [];
      const from = new Date(fromMs).toISOString();
      const to = new Date(toMs).toISOString();
      const parts = await Promise.all(chunks([...new Set(meterIds)].sort(), config.batchChunkSize).map((c) => limit(() =>
        cache.read(`readings:${c.join(',')}:${from}:${to}`, config.cacheTtlSeconds.readings, async () => {
          // Readings have no id; the walk dedupes by (meter, instant), the natural key of a reading.
          const rows = await walk('GET /meter-readings', '/meter-readings', { meterId: c, from, to, limit: 1000 }, readingWire, (r) => `${r.meterId ?? ''}@${r.readingAt}`, 'Reading');
          const out: CmmsMeterReading[] = [];
          let sentinels = 0;
          for (const r of rows) {
            if (r.meterId === undefined) throw plantError(Code.CMMS_BAD_RESPONSE, 'CMMS answered GET /meter-readings without meterId', { source, retryable: false, detail: { field: 'meterId' } });
            if (isSentinelReading(r.value)) sentinels++;
            out.push(toReading(r.meterId, r));
          }
          if (sentinels > 0) log.warn({ source, op: 'GET /meter-readings', count: sentinels, outcome: 'sentinel readings nulled' }, 'cmms sentinel readings');
          return out.sort((x, y) => x.readingMs - y.readingMs || (x.meterId < y.meterId ? -1 : x.meterId > y.meterId ? 1 : 0));
        }))));
      return parts.flat();
    },

    failureCodes: () => cache.read('failure-codes', config.cacheTtlSeconds.master, async () =>
      (await guarded('GET /failure-codes', async () => validate('GET /failure-codes', failureTreeWire, await getJson('GET /failure-codes', '/failure-codes')))).data.map(toFailureCode)),

    pmSchedules: () => cache.read('pm-schedules', config.cacheTtlSeconds.master, async () =>
      (await walk('GET /pm-schedules', '/pm-schedules', {}, pmScheduleWire, (p) => p.id, 'PmSchedule')).map(toPmSchedule)),

    async ping() {
      try {
        await guarded('GET /locations', async () => validate('GET /locations', listWire(locationWire), await getJson('GET /locations', '/locations')));
        return true;
      } catch { return false; }
    },

    schema,
    stats: (): UpstreamStats => ({ calls, byOp: { ...byOp }, cache: deps.cache.stats(), guard: { breaker: guard.breakerState(), ...guard.stats() }, schemaChanges: schema.changesRecorded() }),
    resetStats: () => { calls = 0; byOp = {}; },
    close: async () => { schema.close(); cache.close(); if (deps.guard === undefined) guard.close(); },
  };
}

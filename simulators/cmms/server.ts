import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify from 'fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../../common/index.ts';
import { silentLogger } from '../../common/index.ts';
import type { MessConfig, Plant } from '../plant/index.ts';
import { noMess } from '../plant/index.ts';
import { openApiDocument } from './openapi.ts';
import type { CmmsApiVersion } from './render.ts';
import {
  cmmsApiVersions, renderAssets, renderFailureTree, renderLocations, renderMeters, renderPmSchedules, renderReadings,
  renderWorkOrders, workOrderStatuses,
} from './render.ts';

/** Run-time faults; each applies to every route until changed. */
export type CmmsFault =
  | { readonly mode: 'none' }
  /** Every response is delayed by latencyMs, then served normally. */
  | { readonly mode: 'latency'; readonly latencyMs: number }
  /** Connections are dropped without a response (ECONNRESET on the client). */
  | { readonly mode: 'down' }
  /** 503, with `Retry-After: retryAfterS` when given. */
  | { readonly mode: 'http503'; readonly retryAfterS?: number }
  /** Every request answers 429 with `Retry-After: retryAfterS` (default 1). */
  | { readonly mode: 'rate429'; readonly retryAfterS?: number }
  /** 200 with a truncated, unparsable JSON body. */
  | { readonly mode: 'garbage' }
  /** The request is accepted and never answered. */
  | { readonly mode: 'timeout' }
  /** 200 with well-formed JSON padded to `bytes` (default 32 MiB). */
  | { readonly mode: 'oversized'; readonly bytes?: number }
  /** 200 with a list page of `items` (default 300,000) empty objects: far more than any page size asked for. */
  | { readonly mode: 'hugeArray'; readonly items?: number }
  /** 200 with a list page whose fields have the wrong JSON types (numbers for ids, strings for numbers). */
  | { readonly mode: 'wrongTypes' };

export interface CmmsSimulatorOptions {
  readonly plant: Plant;
  /** Mess flags; default: none. */
  readonly mess?: MessConfig;
  readonly port?: number;
  readonly host?: string;
  /** Plant clock (epoch ms): only records at or before it are served. Default: the plant's anchor. */
  readonly clock?: () => number;
  readonly logger?: Logger;
  /** Static API keys, accepted in `X-Api-Key` and by POST /auth. Default: ['demo-only-api-key'] (demo only). */
  readonly apiKeys?: readonly string[];
  /** Username/password pairs POST /auth accepts. Default: demo / demo-only-password (demo only). */
  readonly users?: readonly { readonly username: string; readonly password: string }[];
  /** Bearer token lifetime in seconds (wall clock). Default 900. */
  readonly tokenTtlSeconds?: number;
  /** Requests per key per window before 429. Default 60 per 60 000 ms. */
  readonly rateLimit?: { readonly max: number; readonly windowMs: number };
  /** The version served when a request sends no X-Api-Version. Default '2023-01-15'. */
  readonly defaultVersion?: CmmsApiVersion;
}

export interface CmmsSimulatorStats {
  /** Requests received (including failed, faulted and rate-limited ones). */
  readonly total: number;
  /** Requests by route, e.g. 'GET /work-orders', 'POST /auth', 'GET /meters/:id/readings'. */
  readonly byRoute: Readonly<Record<string, number>>;
  readonly rateLimited: number;
  readonly unauthorized: number;
  readonly faulted: number;
}

export interface CmmsSimulatorHandle {
  /** Base URL including /api/v1, e.g. http://127.0.0.1:41234/api/v1 */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
  setFault(f: CmmsFault): void;
  /** Makes a version the default for requests without X-Api-Version; null restores '2023-01-15'. */
  setUpgrade(mode: CmmsApiVersion | null): void;
  /**
   * Test-only: properties a schema (`WorkOrder`, `Asset`, `Meter`, `Reading`, `PmSchedule`) no longer has, in the
   * OpenAPI document and in every response, as a vendor patch that drops fields would; {} restores.
   */
  setDroppedFields(dropped: Readonly<Partial<Record<string, readonly string[]>>>): void;
  /** Invalidates every issued token (as a CMMS restart would), so clients see 401 and must refresh. */
  revokeTokens(): void;
  stats(): CmmsSimulatorStats;
  resetStats(): void;
}

const prefix = '/api/v1';

class HttpProblem extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function toList(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  const arr = Array.isArray(v) ? v : [v];
  // Both `status=A&status=B` and `status=A,B` are accepted, as many vendors do.
  return arr.flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter((x) => x !== '');
}

function parseInstant(v: unknown, name: string): number | undefined {
  if (v === undefined || v === '') return undefined;
  const ms = Date.parse(String(v));
  if (typeof v !== 'string' || !Number.isFinite(ms)) throw new HttpProblem(400, 'bad_request', `${name} must be an ISO-8601 instant`);
  return ms;
}

function parseLimit(v: unknown, fallback: number, max: number): number {
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new HttpProblem(400, 'bad_request', 'limit must be a positive integer');
  return Math.min(n, max);
}

function encodeCursor(kind: string, offset: number): string {
  return Buffer.from(JSON.stringify({ k: kind, o: offset })).toString('base64url');
}

function decodeCursor(v: unknown, kind: string): number {
  if (v === undefined || v === '') return 0;
  try {
    const c = JSON.parse(Buffer.from(String(v), 'base64url').toString('utf8')) as { k?: unknown; o?: unknown };
    if (c.k === kind && typeof c.o === 'number' && Number.isInteger(c.o) && c.o >= 0) return c.o;
  } catch { /* fall through to the 400 below */ }
  throw new HttpProblem(400, 'bad_cursor', 'cursor is malformed or belongs to another list');
}

/** One page of `items` from the cursor's offset; `overlap` re-serves that many items at the next page's start. */
function pageOf<T>(items: readonly T[], kind: string, cursor: unknown, limit: number, overlap = 0) {
  const offset = decodeCursor(cursor, kind);
  const data = items.slice(offset, offset + limit);
  const hasMore = offset + data.length < items.length;
  const next = offset + data.length - (hasMore && data.length > overlap ? overlap : 0);
  return { data, nextCursor: hasMore ? encodeCursor(kind, next) : null, hasMore };
}

/**
 * Starts the simulated CMMS REST API (DOMAIN.md §4) on `host:port` (default 127.0.0.1, ephemeral port).
 * Never imported by production code.
 */
export async function startCmmsSimulator(opts: CmmsSimulatorOptions): Promise<CmmsSimulatorHandle> {
  const plant = opts.plant;
  const mess = opts.mess ?? noMess;
  const clock = opts.clock ?? (() => plant.config.anchorMs);
  const logger = opts.logger ?? silentLogger;
  const apiKeys = new Set(opts.apiKeys ?? ['demo-only-api-key']);
  const users = opts.users ?? [{ username: 'demo', password: 'demo-only-password' }];
  const tokenTtlMs = (opts.tokenTtlSeconds ?? 900) * 1000;
  const rate = opts.rateLimit ?? { max: 60, windowMs: 60_000 };
  let defaultVersion: CmmsApiVersion = opts.defaultVersion ?? '2023-01-15';
  let fault: CmmsFault = { mode: 'none' };
  let dropped: Readonly<Partial<Record<string, readonly string[]>>> = {};
  const tokens = new Map<string, { principal: string; expiresMs: number }>();
  const windows = new Map<string, { startMs: number; count: number }>();
  let byRoute: Record<string, number> = {};
  let total = 0, rateLimited = 0, unauthorized = 0, faulted = 0;
  const closing = new AbortController();

  const app = Fastify({ logger: false, forceCloseConnections: true });

  // One-entry memos of the rendered lists: a render depends only on the clock, the version and how far the
  // (append-only) plant has grown, so repeated page requests at the same clock re-use it.
  const memo = new Map<string, { key: string; value: unknown }>();
  function remember<T>(kind: string, key: string, render: () => T): T {
    const hit = memo.get(kind);
    if (hit !== undefined && hit.key === key) return hit.value as T;
    const value = render();
    memo.set(kind, { key, value });
    return value;
  }
  const grown = () => `${plant.machines.length}|${plant.workOrders.length}|${plant.workOrders.at(-1)?.updatedMs ?? 0}`;
  const assetsNow = () => { const c = clock(); return remember('assets', `${c}|${grown()}`, () => renderAssets(plant, mess, c)); };
  const workOrdersNow = (version: CmmsApiVersion) => {
    const c = clock();
    return remember(`wo-${version}`, `${c}|${grown()}`, () => renderWorkOrders(plant, version, c, mess));
  };

  const routeKey = (req: FastifyRequest): string => {
    const url = req.routeOptions.url;
    return `${req.method} ${url === undefined ? '*' : url.startsWith(prefix) ? url.slice(prefix.length) || '/' : url}`;
  };
  const versionOf = (req: FastifyRequest): CmmsApiVersion => {
    const h = req.headers['x-api-version'];
    if (h === undefined || h === '') return defaultVersion;
    const v = Array.isArray(h) ? h[0] : h;
    if ((cmmsApiVersions as readonly string[]).includes(v ?? '')) return v as CmmsApiVersion;
    throw new HttpProblem(400, 'unsupported_version', `X-Api-Version must be one of ${cmmsApiVersions.join(', ')}`);
  };

  const problem = (reply: FastifyReply, p: HttpProblem) => reply.code(p.status).send({ error: { code: p.code, message: p.message } });

  app.addHook('onRequest', async (req, reply) => {
    total++;
    const key = routeKey(req);
    byRoute[key] = (byRoute[key] ?? 0) + 1;
    const f = fault;
    if (f.mode !== 'none') faulted++;
    switch (f.mode) {
      case 'none': break;
      case 'latency':
        try { await sleep(f.latencyMs, undefined, { signal: closing.signal }); } catch { reply.hijack(); return reply; }
        break;
      case 'down':
        reply.hijack();
        req.raw.socket.destroy();
        return reply;
      case 'timeout':
        // Never answered; fastify's forceCloseConnections drops the socket when the simulator closes.
        reply.hijack();
        return reply;
      case 'http503':
        if (f.retryAfterS !== undefined) reply.header('retry-after', String(f.retryAfterS));
        return reply.code(503).send({ error: { code: 'service_unavailable', message: 'Service temporarily unavailable' } });
      case 'rate429':
        rateLimited++;
        return reply.code(429).header('retry-after', String(f.retryAfterS ?? 1)).send({ error: { code: 'rate_limited', message: 'Too many requests' } });
      case 'garbage':
        return reply.code(200).header('content-type', 'application/json; charset=utf-8').send('{"data":[{"id":"ast_');
      case 'oversized':
        return reply.code(200).header('content-type', 'application/json; charset=utf-8')
          .send(`{"data":[],"pad":"${'x'.repeat(f.bytes ?? 32 * 1024 * 1024)}"}`);
      case 'hugeArray':
        return reply.code(200).header('content-type', 'application/json; charset=utf-8')
          .send(`{"data":[${new Array(f.items ?? 300_000).fill('{}').join(',')}],"hasMore":false}`);
      case 'wrongTypes':
        return reply.code(200).header('content-type', 'application/json; charset=utf-8')
          .send('{"data":[{"id":42,"assetTag":true,"name":7,"status":1,"customFields":"none","value":"12.5","readingAt":0}],"hasMore":false,"expiresAt":5,"token":9}');
      default: {
        const never: never = f;
        throw new Error(`unknown fault ${JSON.stringify(never)}`);
      }
    }
    const url = req.routeOptions.url;
    if (url === `${prefix}/auth` || url === `${prefix}/openapi.json` || url === undefined) return undefined;

    // Authentication: a static key in X-Api-Key, or a bearer token that has not expired.
    let principal: string | undefined;
    const apiKey = req.headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKeys.has(apiKey)) principal = apiKey;
    const authz = req.headers.authorization;
    if (principal === undefined && typeof authz === 'string' && authz.startsWith('Bearer ')) {
      const t = tokens.get(authz.slice(7));
      if (t !== undefined && t.expiresMs > Date.now()) principal = t.principal;
    }
    if (principal === undefined) {
      unauthorized++;
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: { code: 'unauthorized', message: 'Missing, unknown or expired credentials' } });
    }

    // Rate limit: a fixed window per key (wall clock), like most vendors' plan limits.
    const now = Date.now();
    let w = windows.get(principal);
    if (w === undefined || now - w.startMs >= rate.windowMs) { w = { startMs: now, count: 0 }; windows.set(principal, w); }
    const resetS = Math.max(1, Math.ceil((w.startMs + rate.windowMs - now) / 1000));
    reply.header('x-ratelimit-limit', String(rate.max)).header('x-ratelimit-reset', String(resetS));
    if (w.count >= rate.max) {
      rateLimited++;
      reply.header('x-ratelimit-remaining', '0');
      return reply.code(429).header('retry-after', String(resetS)).send({ error: { code: 'rate_limited', message: 'Too many requests' } });
    }
    w.count++;
    reply.header('x-ratelimit-remaining', String(rate.max - w.count));
    return undefined;
  });

  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof HttpProblem) return problem(reply, err);
    const status = (err as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return reply.code(status).send({ error: { code: 'bad_request', message: 'Malformed request' } });
    }
    logger.error({ source: 'CMMS', error: err instanceof Error ? err.message : String(err) }, 'cmms simulator route failed');
    return reply.code(500).send({ error: { code: 'internal', message: 'Internal error' } });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: { code: 'not_found', message: 'No such route' } }));

  const versioned = (req: FastifyRequest, reply: FastifyReply): CmmsApiVersion => {
    const v = versionOf(req);
    reply.header('x-api-version', v);
    return v;
  };
  type Q = Record<string, unknown>;

  app.post(`${prefix}/auth`, async (req, reply) => {
    versioned(req, reply);
    const body = (req.body ?? {}) as Q;
    let principal: string | undefined;
    if (typeof body['apiKey'] === 'string' && apiKeys.has(body['apiKey'])) principal = body['apiKey'];
    else if (typeof body['username'] === 'string' && users.some((u) => u.username === body['username'] && u.password === body['password'])) {
      principal = `user:${body['username']}`;
    }
    if (principal === undefined) {
      unauthorized++;
      return reply.code(401).send({ error: { code: 'invalid_credentials', message: 'Unknown API key or wrong username/password' } });
    }
    const token = randomBytes(24).toString('base64url');
    const expiresMs = Date.now() + tokenTtlMs;
    tokens.set(token, { principal, expiresMs });
    return { token, expiresAt: new Date(expiresMs).toISOString() };
  });

  app.get(`${prefix}/openapi.json`, async (req, reply) => openApiDocument(versioned(req, reply)));

  // Dropped properties (test-only): removed from copies on the way out; the rendered lists are memoised and shared.
  const schemaOfRoute: Readonly<Record<string, string>> = {
    '/assets': 'Asset', '/assets/:id': 'Asset', '/work-orders': 'WorkOrder', '/work-orders/:id': 'WorkOrder', '/meters': 'Meter',
    '/meters/:id/readings': 'Reading', '/meter-readings': 'Reading', '/pm-schedules': 'PmSchedule',
  };
  app.addHook('preSerialization', async (req, _reply, payload: unknown) => {
    if (Object.keys(dropped).length === 0 || payload === null || typeof payload !== 'object') return payload;
    const route = (req.routeOptions.url ?? '').slice(prefix.length);
    const omit = (fields: readonly string[], x: unknown): unknown => (x === null || typeof x !== 'object' || Array.isArray(x) ? x
      : Object.fromEntries(Object.entries(x).filter(([k]) => !fields.includes(k))));
    if (route === '/openapi.json') {
      const doc = structuredClone(payload) as { components?: { schemas?: Record<string, { properties?: Record<string, unknown>; required?: string[] }> } };
      for (const [name, fields] of Object.entries(dropped)) {
        const sc = doc.components?.schemas?.[name];
        if (sc === undefined || fields === undefined) continue;
        for (const f of fields) delete sc.properties?.[f];
        if (sc.required !== undefined) sc.required = sc.required.filter((r) => !fields.includes(r));
      }
      return doc;
    }
    const fields = dropped[schemaOfRoute[route] ?? ''];
    if (fields === undefined) return payload;
    const p = payload as { data?: unknown };
    return Array.isArray(p.data) ? { ...p, data: p.data.map((x) => omit(fields, x)) } : omit(fields, payload);
  });

  app.get(`${prefix}/assets`, async (req, reply) => {
    versioned(req, reply);
    const q = req.query as Q;
    const since = parseInstant(q['updatedSince'], 'updatedSince');
    const ids = new Set(toList(q['id']));
    const items = assetsNow()
      // 1 s granularity: the CMMS stores updatedAt truncated to seconds.
      .filter((a) => since === undefined || Math.floor(a.updatedMs / 1000) >= Math.floor(since / 1000))
      .filter((a) => ids.size === 0 || ids.has(a.json.id))
      .map((a) => a.json);
    return pageOf(items, 'assets', q['cursor'], parseLimit(q['limit'], 50, 100));
  });

  app.get(`${prefix}/assets/:id`, async (req, reply) => {
    versioned(req, reply);
    const { id } = req.params as { id: string };
    const a = assetsNow().find((x) => x.json.id === id);
    if (a === undefined) throw new HttpProblem(404, 'not_found', 'No such asset');
    return a.json;
  });

  app.get(`${prefix}/work-orders`, async (req, reply) => {
    const version = versioned(req, reply);
    const q = req.query as Q;
    const statuses = toList(q['status']);
    for (const s of statuses) {
      if (!workOrderStatuses[version].includes(s)) throw new HttpProblem(400, 'bad_request', `status must be one of ${workOrderStatuses[version].join(', ')}`);
    }
    const assetIds = new Set(toList(q['assetId']));
    const types = new Set(toList(q['type']));
    const ids = new Set(toList(q['id']));
    const after = parseInstant(q['updatedAfter'], 'updatedAfter');
    const items = workOrdersNow(version)
      .filter((w) => statuses.length === 0 || statuses.includes(w.json.status))
      .filter((w) => assetIds.size === 0 || assetIds.has(w.json.assetId))
      .filter((w) => types.size === 0 || types.has(w.json.type))
      .filter((w) => ids.size === 0 || ids.has(w.json.id))
      // The vendor quirk clients must survive: both sides truncated to whole seconds, then compared with '>',
      // so a record updated later within the same second as `updatedAfter` is never returned.
      .filter((w) => after === undefined || Math.floor(w.updatedMs / 1000) > Math.floor(after / 1000))
      .map((w) => w.json);
    return pageOf(items, 'work-orders', q['cursor'], parseLimit(q['limit'], 50, 100), mess.duplicates ? 1 : 0);
  });

  app.get(`${prefix}/work-orders/:id`, async (req, reply) => {
    const version = versioned(req, reply);
    const { id } = req.params as { id: string };
    const w = workOrdersNow(version).find((x) => x.json.id === id);
    if (w === undefined) throw new HttpProblem(404, 'not_found', 'No such work order');
    return w.json;
  });

  app.get(`${prefix}/failure-codes`, async (req, reply) => { versioned(req, reply); return { data: renderFailureTree(plant) }; });
  app.get(`${prefix}/locations`, async (req, reply) => { versioned(req, reply); return { data: renderLocations(plant) }; });

  app.get(`${prefix}/pm-schedules`, async (req, reply) => {
    versioned(req, reply);
    const assetIds = new Set(toList((req.query as Q)['assetId']));
    return { data: renderPmSchedules(plant).filter((p) => assetIds.size === 0 || assetIds.has(p.assetId)), nextCursor: null, hasMore: false };
  });

  app.get(`${prefix}/meters`, async (req, reply) => {
    versioned(req, reply);
    const q = req.query as Q;
    const assetIds = new Set(toList(q['assetId']));
    const ids = new Set(toList(q['id']));
    const data = renderMeters(plant, mess).filter((m) => (assetIds.size === 0 || assetIds.has(m.assetId)) && (ids.size === 0 || ids.has(m.id)));
    return { data, nextCursor: null, hasMore: false };
  });

  const readings = (meterIds: Set<string>, q: Q) => {
    const from = parseInstant(q['from'], 'from') ?? Number.MIN_SAFE_INTEGER;
    const to = parseInstant(q['to'], 'to') ?? Number.MAX_SAFE_INTEGER;
    if (from > to) throw new HttpProblem(400, 'bad_request', 'from must not be after to');
    const items = renderReadings(plant, mess, meterIds, from, to, clock());
    return pageOf(items, 'readings', q['cursor'], parseLimit(q['limit'], 500, 1000));
  };

  app.get(`${prefix}/meters/:id/readings`, async (req, reply) => {
    versioned(req, reply);
    const { id } = req.params as { id: string };
    if (!plant.meters.some((m) => m.id === id)) throw new HttpProblem(404, 'not_found', 'No such meter');
    const page = readings(new Set([id]), req.query as Q);
    // The per-meter route answers without meterId on each reading, as DOMAIN §4 shows.
    return { ...page, data: page.data.map(({ meterId: _m, ...r }) => r) };
  });

  app.get(`${prefix}/meter-readings`, async (req, reply) => {
    versioned(req, reply);
    const q = req.query as Q;
    const ids = new Set(toList(q['meterId']));
    if (ids.size === 0) throw new HttpProblem(400, 'bad_request', 'meterId is required');
    return readings(ids, q);
  });

  await app.listen({ port: opts.port ?? 0, host: opts.host ?? '127.0.0.1' });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
  const host = opts.host ?? '127.0.0.1';
  logger.info({ source: 'CMMS', port, url: `http://${host}:${port}${prefix}` }, 'cmms simulator listening');

  return {
    url: `http://${host}:${port}${prefix}`,
    port,
    close: async () => { closing.abort(); await app.close(); },
    setFault: (f) => { fault = f; },
    setUpgrade: (mode) => { defaultVersion = mode ?? '2023-01-15'; },
    setDroppedFields: (d) => { dropped = d; },
    revokeTokens: () => tokens.clear(),
    stats: () => ({ total, byRoute: { ...byRoute }, rateLimited, unauthorized, faulted }),
    resetStats: () => { byRoute = {}; total = 0; rateLimited = 0; unauthorized = 0; faulted = 0; },
  };
}

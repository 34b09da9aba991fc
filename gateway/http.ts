import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { ApolloServer } from '@apollo/server';
import { BodyTooLargeError, errorMediaType, readRequestBody, requestIdFrom } from '../common/index.ts';
import type { Logger } from '../common/index.ts';
import type { GatewayContext } from './context.ts';
import type { GraphiqlAssets } from './graphiql.ts';
import type { GatewayMetrics } from './metrics.ts';
import { checkTokens } from './limits.ts';
import type { QueryBudget } from './limits.ts';
import { refuseRateLimited } from './rate-limit.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { GatewayAuth } from './auth/index.ts';

export interface HttpOptions {
  readonly apollo: ApolloServer<GatewayContext>;
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** Deadline for one GraphQL request (see GatewayConfig.requestTimeoutMs). */
  readonly requestTimeoutMs: number;
  readonly graphiql: GraphiqlAssets | null;
  readonly exampleQuery: string;
  /** Readiness: each dependency's name → whether it answers. */
  readonly ready: () => Promise<Readonly<Record<string, boolean>>>;
  /** Authentication (401 before the body is read) and the signed identity headers for subgraphs. */
  readonly auth: GatewayAuth;
  /** The document limits for a request. */
  readonly budget: QueryBudget;
  /** Prometheus exposition for GET /metrics, and the count of requests refused before Apollo; null when metrics are off. */
  readonly metrics: Pick<GatewayMetrics, 'render' | 'countRefusal'> | null;
  /** Per-key request rate limits, counted after authentication and before the body is read; null when off. */
  readonly rateLimiter: RateLimiter | null;
}

/** The document text of a request (POST body or GET `query` parameter), when it is a string. */
function queryText(body: unknown, url: URL): string | undefined {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const q = (body as Record<string, unknown>)['query'];
    return typeof q === 'string' ? q : undefined;
  }
  return url.searchParams.get('query') ?? undefined;
}

/** Plain headers forwarded to subgraphs; the caller's identity goes as signed headers, cookies and credentials stay here. */
const forwardable = ['accept-language'];

function sendJson(res: ServerResponse, status: number, body: unknown, requestId: string, contentType = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': contentType, 'x-request-id': requestId });
  res.end(JSON.stringify(body));
}

/**
 * The gateway's HTTP surface on node:http, through Apollo's documented integration API
 * (`executeHTTPGraphQLRequest`): POST/GET /graphql, GraphiQL at GET / and GET /graphql for browsers,
 * `/health` (process alive) and `/ready` (every subgraph's upstream answers).
 */
export function createHttpServer(opts: HttpOptions): Server {
  return createServer((req, res) => {
    void handle(opts, req, res).catch((e: unknown) => {
      opts.logger.error({ error: e instanceof Error ? e.message : String(e) }, 'http handler failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, 'unknown');
      else res.destroy();
    });
  });
}

async function handle(opts: HttpOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = requestIdFrom(req.headers['x-request-id']);
  const url = new URL(req.url ?? '/', 'http://gateway.invalid');
  const path = url.pathname;

  if (path === '/health') return sendJson(res, 200, { status: 'ok' }, requestId);
  if (path === '/ready') {
    const deps = await opts.ready();
    const ok = Object.values(deps).every(Boolean);
    return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'degraded', dependencies: deps }, requestId);
  }
  if (path === '/metrics' && opts.metrics !== null) {
    const m = await opts.metrics.render();
    res.writeHead(200, { 'content-type': m.contentType, 'x-request-id': requestId });
    res.end(m.body);
    return;
  }
  if (path.startsWith('/graphiql/assets/') && opts.graphiql !== null) {
    const a = opts.graphiql.asset(path.slice('/graphiql/assets/'.length));
    if (a === undefined) return sendJson(res, 404, { error: 'not found' }, requestId);
    res.writeHead(200, { 'content-type': a.type, 'cache-control': 'public, max-age=86400' });
    res.end(a.body);
    return;
  }
  const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !url.searchParams.has('query');
  if ((path === '/' || path === '/graphql') && wantsHtml && opts.graphiql !== null) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-request-id': requestId });
    res.end(opts.graphiql.page(opts.exampleQuery));
    return;
  }
  if (path !== '/graphql') return sendJson(res, 404, { error: 'not found' }, requestId);
  const auth = await opts.auth.authenticate(req.headers);
  if (!auth.ok) { opts.metrics?.countRefusal(auth.refusal.code); return opts.auth.refuse(res, auth.refusal, requestId); }
  if (opts.rateLimiter !== null) {
    // After authentication (the key is the caller's subject) and before the body is read or parsed, so a
    // throttled caller costs the gateway almost nothing.
    const decision = await opts.rateLimiter.consume(auth.identity, req.socket.remoteAddress);
    if (!decision.ok) {
      opts.metrics?.countRefusal('RATE_LIMITED');
      return refuseRateLimited(res, decision, requestId, opts.logger);
    }
  }

  let body: unknown = undefined;
  if (req.method === 'POST') {
    // Errors written here (before Apollo) follow the client's Accept like Apollo's own do (GraphQL over HTTP).
    const errorType = errorMediaType(req.headers.accept);
    let raw: string;
    try {
      raw = await readRequestBody(req, opts.maxBodyBytes);
    } catch (e) {
      if (e instanceof BodyTooLargeError) {
        opts.metrics?.countRefusal('BAD_REQUEST');
        return sendJson(res, 413, { errors: [{ message: `Request body exceeds ${opts.maxBodyBytes} bytes`, extensions: { code: 'BAD_REQUEST' } }] }, requestId, errorType);
      }
      throw e;
    }
    const type = req.headers['content-type'] ?? '';
    if (type.includes('json')) {
      try { body = raw === '' ? undefined : JSON.parse(raw); } catch {
        opts.metrics?.countRefusal('BAD_REQUEST');
        return sendJson(res, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }, requestId, errorType);
      }
    } else {
      body = raw;
    }
  }

  const headers = new HeaderMap();
  const plainHeaders: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    const joined = Array.isArray(v) ? v.join(', ') : v;
    headers.set(k, joined);
    plainHeaders[k.toLowerCase()] = joined;
  }
  const forwardHeaders: Record<string, string> = {};
  for (const h of forwardable) { const v = headers.get(h); if (v !== undefined) forwardHeaders[h] = v; }
  Object.assign(forwardHeaders, opts.auth.identityHeaders(auth.identity, requestId));

  const execution = opts.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    // Context creation is the one hook that runs before Apollo parses the document, so the token limit is
    // checked here: a thrown coded error becomes the response (with its `http` status) through formatError.
    context: async () => {
      const limits = opts.budget({ requestId, headers: plainHeaders, identity: auth.identity });
      const query = queryText(body, url);
      const tooMany = query === undefined ? undefined : checkTokens(query, limits.maxTokens);
      if (tooMany !== undefined) throw tooMany;
      return { requestId, forwardHeaders, logger: opts.logger.child({ requestId }), limits, identity: auth.identity };
    },
  });
  // The whole request has a deadline. Execution cannot be cancelled mid-plan, so past the deadline the caller is
  // answered and the late result is dropped; each upstream call still ends at its own timeout.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), opts.requestTimeoutMs); });
  const raced = await Promise.race([execution, deadline]).finally(() => clearTimeout(timer));
  if (raced === 'timeout') {
    execution.catch(() => {}); // settled later; nothing is waiting for it
    opts.logger.warn({ requestId, code: 'GATEWAY_TIMEOUT', ms: opts.requestTimeoutMs }, 'request deadline passed');
    opts.metrics?.countRefusal('GATEWAY_TIMEOUT');
    return sendJson(res, 504, { errors: [{ message: `The request did not finish within ${opts.requestTimeoutMs} ms`, extensions: { code: 'GATEWAY_TIMEOUT' } }] }, requestId);
  }
  const result = raced;
  const outHeaders: Record<string, string> = { 'x-request-id': requestId };
  for (const [k, v] of result.headers) outHeaders[k] = v;
  res.writeHead(result.status ?? 200, outHeaders);
  if (result.body.kind === 'complete') { res.end(result.body.string); return; }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

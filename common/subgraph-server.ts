import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { errorMediaType } from './response-media-type.ts';
import { refuseUnsignedRequest } from './identity-headers.ts';
import { withServerSpan } from './tracing.ts';
import { requestIdFrom } from './request-id.ts';
import type { VerifyIdentityOptions } from './identity-headers.ts';
import type { SubgraphRuntime } from './subgraph.ts';

/**
 * An ApolloServer over a subgraph runtime's schema: stack traces never reach responses; inline (ftv1)
 * traces are off (they are for Apollo Studio, which a plant network does not reach). Not started: call
 * `start()`, or use `executeOperation` in tests.
 */
export function createSubgraphServer<C extends object>(runtime: SubgraphRuntime<C>): ApolloServer<C> {
  return new ApolloServer<C>({ schema: runtime.schema, includeStacktraceInErrorResponses: false, plugins: [ApolloServerPluginInlineTraceDisabled()] });
}

/** Thrown by readRequestBody past its limit; the caller answers 413. */
export class BodyTooLargeError extends Error {}

/** Reads a request body as UTF-8, refusing (and destroying the socket) past `maxBytes`. */
export function readRequestBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) { reject(new BodyTooLargeError(`body exceeds ${maxBytes} bytes`)); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}


function json(res: ServerResponse, status: number, body: unknown, contentType = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': contentType });
  res.end(JSON.stringify(body));
}

/**
 * Runs a subgraph as its own HTTP process (distributed topology): GraphQL at POST/GET `/` and `/graphql`,
 * `GET /health` (alive) and `GET /ready` (the upstream answers). Takes the gateway's `x-request-id` when it is
 * a safe token, else makes one. `close()` stops the server, not the runtime.
 */
export async function startSubgraphServer<C extends object>(
  runtime: SubgraphRuntime<C>, opts: { port: number; host: string; maxBodyBytes?: number; identity?: VerifyIdentityOptions },
): Promise<{ url: string; close(): Promise<void> }> {
  const apollo = createSubgraphServer(runtime);
  await apollo.start();
  const maxBodyBytes = opts.maxBodyBytes ?? 1_048_576;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://subgraph.invalid');
    if (url.pathname === '/health') return json(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') {
      const ok = await runtime.ready().catch(() => false);
      return json(res, ok ? 200 : 503, { status: ok ? 'ready' : 'degraded', subgraph: runtime.name });
    }
    if (url.pathname !== '/' && url.pathname !== '/graphql') return json(res, 404, { error: 'not found' });
    // Only the gateway may call a subgraph: refuse before reading the body when the signed identity is missing, forged or old.
    if (opts.identity !== undefined) { const refused = refuseUnsignedRequest(req.headers, opts.identity); if (refused !== undefined) return json(res, refused.status, refused.body); }
    let body: unknown;
    if (req.method === 'POST') {
      // Errors written here (before Apollo) follow the client's Accept like Apollo's own do (GraphQL over HTTP).
      const errorType = errorMediaType(req.headers.accept);
      let raw: string;
      try { raw = await readRequestBody(req, maxBodyBytes); } catch (e) {
        if (e instanceof BodyTooLargeError) return json(res, 413, { errors: [{ message: e.message, extensions: { code: 'BAD_REQUEST' } }] }, errorType);
        throw e;
      }
      // Only JSON bodies are parsed; any other body goes to Apollo as text, whose CSRF and content-type
      // checks refuse it with 400 (a form post must not execute just because its body happens to be JSON).
      if ((req.headers['content-type'] ?? '').includes('json')) {
        try { body = raw === '' ? undefined : JSON.parse(raw); } catch {
          return json(res, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }, errorType);
        }
      } else {
        body = raw;
      }
    }
    const headers = new HeaderMap();
    const facts: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === 'string') { headers.set(k, v); facts[k.toLowerCase()] = v; }
    }
    const rid = facts['x-request-id'];
    const requestId = requestIdFrom(rid);
    // A server span under the gateway's fetch span (W3C traceparent); a no-op unless tracing is on.
    const result = await withServerSpan('subgraph.request', facts, { 'plantgraph.subgraph': runtime.name, 'plantgraph.request_id': requestId },
      () => apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
        context: async () => runtime.createContext({ requestId, headers: facts }),
      }));
    const out: Record<string, string> = { 'x-request-id': requestId };
    for (const [k, v] of result.headers) out[k] = v;
    res.writeHead(result.status ?? 200, out);
    if (result.body.kind === 'complete') { res.end(result.body.string); return; }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
  const server: Server = createHttpServer((req, res) => {
    void handle(req, res).catch(() => { if (!res.headersSent) json(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }); else res.destroy(); });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => { server.off('error', reject); resolve(); });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host}:${port}/graphql`,
    async close() {
      await new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); });
      await apollo.stop();
    },
  };
}

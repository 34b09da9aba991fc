import { LocalGraphQLDataSource, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

import { Code, errorCode, plantError, injectTraceHeaders } from '../common/index.ts';
import type { Code as CodeT, SourceSystem, SubgraphRuntime } from '../common/index.ts';
import type { GatewayContext } from './context.ts';
import type { FetchObserver } from './metrics.ts';

type GatewayGraphQLResponse = Awaited<ReturnType<LocalGraphQLDataSource['process']>>;

const noObserver: FetchObserver = () => {};

/** Times one fetch and reports it with the codes of the errors it came back with (or threw). */
async function observed(observe: FetchObserver, name: string, fetch: () => Promise<GatewayGraphQLResponse>): Promise<GatewayGraphQLResponse> {
  const started = performance.now();
  let codes: string[] = [];
  try {
    const result = await fetch();
    codes = (result.errors ?? []).map((e) => String((e.extensions as Record<string, unknown> | undefined)?.['code'] ?? ''));
    return result;
  } catch (e) {
    codes = [errorCode(e) ?? 'UNMAPPED'];
    throw e;
  } finally {
    observe(name, (performance.now() - started) / 1000, codes);
  }
}

/** The plant system behind each subgraph, and the code used when the subgraph itself cannot be reached. */
const unavailable: Readonly<Record<string, { code: CodeT; source: SourceSystem }>> = {
  erp: { code: Code.ERP_UNAVAILABLE, source: 'ERP' },
  mes: { code: Code.MES_UNAVAILABLE, source: 'MES' },
  cmms: { code: Code.CMMS_UNAVAILABLE, source: 'CMMS' },
  spreadsheet: { code: Code.SPREADSHEET_UNAVAILABLE, source: 'SPREADSHEET' },
};

function unavailableError(name: string, cause: unknown): GraphQLError {
  const u = unavailable[name] ?? { code: Code.SUBGRAPH_UNAVAILABLE, source: 'GATEWAY' as const };
  return plantError(u.code, `The ${name} subgraph could not be reached`, { source: u.source, retryable: true }, cause);
}

/**
 * Embedded topology: the subgraph's schema runs in this process (no HTTP hop). Each gateway request
 * gets ONE subgraph context per subgraph, reused across the query plan's fetches, so DataLoader
 * batching and per-request caching span the whole plan, as they would inside one subgraph process.
 */
export class EmbeddedSubgraphDataSource extends LocalGraphQLDataSource<GatewayContext & Record<string, unknown>> {
  readonly #runtime: SubgraphRuntime;
  readonly #contexts = new WeakMap<object, object>();
  readonly #observe: FetchObserver;

  constructor(runtime: SubgraphRuntime, observe: FetchObserver = noObserver) {
    super(runtime.schema);
    this.#runtime = runtime;
    this.#observe = observe;
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext & Record<string, unknown>>): Promise<GatewayGraphQLResponse> {
    return observed(this.#observe, this.#runtime.name, () => this.#process(options));
  }

  async #process(options: GraphQLDataSourceProcessOptions<GatewayContext & Record<string, unknown>>): Promise<GatewayGraphQLResponse> {
    const gw = options.context;
    let ctx = this.#contexts.get(gw);
    if (ctx === undefined) {
      ctx = this.#runtime.createContext({ requestId: gw.requestId, headers: gw.forwardHeaders });
      this.#contexts.set(gw, ctx);
    }
    try {
      return await super.process({ ...options, context: ctx as GatewayContext & Record<string, unknown> });
    } catch (e) {
      // Resolver errors come back inside the result; only a broken subgraph throws here.
      return { errors: [unavailableError(this.#runtime.name, e).toJSON()] };
    }
  }
}

/**
 * Distributed topology: the subgraph runs as its own process at `url`. Forwards the request id and the
 * allowlisted headers; turns transport failures into the subgraph system's coded UNAVAILABLE error.
 */
export class RemoteSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext & Record<string, unknown>> {
  readonly #name: string;
  readonly #timeoutMs: number;
  readonly #observe: FetchObserver;

  constructor(name: string, url: string, timeoutMs: number, observe: FetchObserver = noObserver) {
    super({ url });
    this.#name = name;
    this.#timeoutMs = timeoutMs;
    this.#observe = observe;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext & Record<string, unknown>>): void {
    const { request, context } = options;
    if (request.http === undefined) return;
    if (context?.requestId !== undefined) request.http.headers.set('x-request-id', context.requestId);
    const forward: Readonly<Record<string, string>> = context?.forwardHeaders ?? {};
    for (const [k, v] of Object.entries(forward)) request.http.headers.set(k, v);
    // Continue the trace in the subgraph process (W3C traceparent of the gateway.fetch span); no-op when tracing is off.
    const http = request.http;
    injectTraceHeaders((k, v) => http.headers.set(k, v));
    // A per-fetch deadline: a hung subgraph must not hold the gateway request forever.
    (request.http as { timeout?: number }).timeout = this.#timeoutMs;
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext & Record<string, unknown>>): Promise<GatewayGraphQLResponse> {
    return observed(this.#observe, this.#name, () => this.#process(options));
  }

  async #process(options: GraphQLDataSourceProcessOptions<GatewayContext & Record<string, unknown>>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (e) {
      if (e instanceof GraphQLError && typeof e.extensions['code'] === 'string' && e.extensions['code'] !== 'DOWNSTREAM_SERVICE_ERROR') throw e;
      return { errors: [unavailableError(this.#name, e).toJSON()] };
    }
  }
}

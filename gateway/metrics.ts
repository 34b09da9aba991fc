import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import { isKnownCode } from '../common/index.ts';
import type { SubgraphRuntime, UpstreamStats } from '../common/index.ts';

/** Called once per subgraph fetch: its wall time and the codes of the errors it returned (empty when clean). */
export type FetchObserver = (subgraph: string, seconds: number, errorCodes: readonly string[]) => void;

/**
 * Cache figures a runtime MAY add to `upstreamStats()` (e.g. `cache: readCache.stats()`). Not part of the
 * SubgraphRuntime contract yet: when a runtime returns them, the hit ratio is exported; when not, nothing is.
 */
interface CacheStats { readonly hits: number; readonly misses: number }

export interface GatewayMetrics {
  /** The private registry (never prom-client's global default, so two gateways in one process do not clash). */
  readonly registry: Registry;
  /** Counts requests, latency and errors; add it to the ApolloServer's plugins. */
  readonly plugin: ApolloServerPlugin<object>;
  /** Hand it to the data sources. */
  readonly observeFetch: FetchObserver;
  /** Counts a request the HTTP layer refused before Apollo saw it (401, 413, body not JSON) under its code. */
  countRefusal(code: string): void;
  /** The exposition text and its content type, for GET /metrics. */
  render(): Promise<{ contentType: string; body: string }>;
}

export interface MetricsOptions {
  /** Embedded runtimes whose upstream calls (and cache figures, when given) are read at scrape time. */
  readonly embedded?: Readonly<Record<string, SubgraphRuntime>>;
  /** Distinct operation names labelled before further names become 'other' (as do names over 100 characters). Default 100. */
  readonly maxOperationNames?: number;
  /** Process metrics (CPU, memory, event-loop lag, GC). Default true. */
  readonly processMetrics?: boolean;
}

const maxNameLength = 100;
const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** A code as a label: known codes as they are; anything else 'UNMAPPED' (clients see INTERNAL_SERVER_ERROR). */
function codeLabel(code: unknown): string {
  return isKnownCode(code) ? code : 'UNMAPPED';
}

/**
 * Prometheus metrics of one gateway. Label values are bounded: operation names are capped (unnamed →
 * 'anonymous', past the cap → 'other'), codes are the registry's or 'UNMAPPED', subgraphs come from the
 * supergraph, upstream operations from the adapters' code.
 */
export function createGatewayMetrics(opts: MetricsOptions = {}): GatewayMetrics {
  const registry = new Registry();
  const maxNames = opts.maxOperationNames ?? 100;
  const names = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (name === null || name === undefined || name === '') return 'anonymous';
    if (names.has(name)) return name;
    // Names are client-chosen: a cap on their number and on their length bounds the label memory.
    if (names.size >= maxNames || name.length > maxNameLength) return 'other';
    names.add(name);
    return name;
  };

  const requests = new Counter({
    name: 'plantgraph_gateway_requests_total', help: 'GraphQL requests by operation name and outcome (ok: no errors; error: any error).',
    labelNames: ['operation', 'outcome'] as const, registers: [registry],
  });
  const duration = new Histogram({
    name: 'plantgraph_gateway_request_duration_seconds', help: 'GraphQL request latency by operation name.',
    labelNames: ['operation'] as const, buckets: latencyBuckets, registers: [registry],
  });
  const errors = new Counter({
    name: 'plantgraph_gateway_errors_total', help: 'Errors in GraphQL responses by code (UNMAPPED: no known code, sent as INTERNAL_SERVER_ERROR).',
    labelNames: ['code'] as const, registers: [registry],
  });
  const fetchDuration = new Histogram({
    name: 'plantgraph_gateway_subgraph_fetch_duration_seconds', help: 'Time of one subgraph fetch of a query plan, by subgraph.',
    labelNames: ['subgraph'] as const, buckets: latencyBuckets, registers: [registry],
  });
  const fetchErrors = new Counter({
    name: 'plantgraph_gateway_subgraph_fetch_errors_total', help: 'Errors returned by (or raised reaching) a subgraph, by subgraph and code.',
    labelNames: ['subgraph', 'code'] as const, registers: [registry],
  });

  const embedded = opts.embedded ?? {};
  const stats = (): [string, UpstreamStats & { cache?: CacheStats }][] =>
    Object.entries(embedded).map(([n, rt]) => [n, rt.upstreamStats() as UpstreamStats & { cache?: CacheStats }]);
  // Read at scrape time. upstreamStats() counts since start or resetStats(); a reset shows as a counter reset,
  // which Prometheus' rate() handles.
  new Counter({
    name: 'plantgraph_subgraph_upstream_calls_total', help: 'Calls from embedded subgraphs to their upstream system, by subgraph and operation.',
    labelNames: ['subgraph', 'op'] as const, registers: [registry],
    collect() {
      this.reset();
      for (const [subgraph, s] of stats()) {
        for (const [op, n] of Object.entries(s.byOp)) this.inc({ subgraph, op }, n);
        if (Object.keys(s.byOp).length === 0) this.inc({ subgraph, op: 'all' }, s.calls);
      }
    },
  });
  new Gauge({
    name: 'plantgraph_subgraph_cache_hit_ratio', help: 'Read-cache hits / (hits + misses) of embedded subgraphs that report cache figures.',
    labelNames: ['subgraph'] as const, registers: [registry],
    collect() {
      this.reset();
      for (const [subgraph, s] of stats()) {
        const c = s.cache;
        if (c !== undefined && c.hits + c.misses > 0) this.set({ subgraph }, c.hits / (c.hits + c.misses));
      }
    },
  });
  if (opts.processMetrics ?? true) collectDefaultMetrics({ register: registry });

  /** A request refused before its operation was known: counted under 'anonymous' with its code. */
  const countRefusal = (code: unknown): void => {
    errors.inc({ code: codeLabel(code) });
    requests.inc({ operation: 'anonymous', outcome: 'error' });
  };

  const plugin: ApolloServerPlugin<object> = {
    // A request refused while its context was built (TOO_MANY_TOKENS) never reaches requestDidStart.
    async contextCreationDidFail({ error }) {
      countRefusal((error as { extensions?: { code?: unknown } }).extensions?.code);
    },
    async requestDidStart() {
      const end = duration.startTimer();
      let failed = false;
      return {
        async didEncounterErrors({ errors: errs }) {
          failed = true;
          for (const e of errs) errors.inc({ code: codeLabel(e.extensions['code']) });
        },
        async willSendResponse({ operationName }) {
          const operation = operationLabel(operationName);
          end({ operation });
          requests.inc({ operation, outcome: failed ? 'error' : 'ok' });
        },
      };
    },
  };

  return {
    registry,
    plugin,
    countRefusal,
    observeFetch(subgraph, seconds, codes) {
      fetchDuration.observe({ subgraph }, seconds);
      for (const c of codes) fetchErrors.inc({ subgraph, code: codeLabel(c) });
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

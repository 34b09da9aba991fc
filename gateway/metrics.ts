import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import { isKnownCode } from '../common/index.ts';
import type { SubgraphRuntime, UpstreamStats } from '../common/index.ts';

/** Called once per subgraph fetch: its wall time and the codes of the errors it returned (empty when clean). */
export type FetchObserver = (subgraph: string, seconds: number, errorCodes: readonly string[]) => void;

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
  /** Embedded runtimes whose upstreamStats() (calls; cache and guard figures when reported) are read at scrape time. */
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
  const stats = (): [string, UpstreamStats][] => Object.entries(embedded).map(([n, rt]) => [n, rt.upstreamStats()]);
  // Read at scrape time. upstreamStats() counts since start or resetStats(); a reset shows as a counter reset,
  // which Prometheus' rate() handles. Optional figures (cache, guard) appear only for runtimes that report them.
  const perSubgraph = (kind: 'counter' | 'gauge', name: string, help: string, value: (s: UpstreamStats) => number | undefined): void => {
    const collect = function (this: Counter<'subgraph'> | Gauge<'subgraph'>): void {
      this.reset();
      for (const [subgraph, s] of stats()) {
        const v = value(s);
        if (v === undefined || !Number.isFinite(v)) continue;
        if (this instanceof Counter) this.inc({ subgraph }, v); else this.set({ subgraph }, v);
      }
    };
    const cfg = { name, help, labelNames: ['subgraph'] as const, registers: [registry], collect };
    if (kind === 'counter') new Counter(cfg); else new Gauge(cfg);
  };
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
  new Counter({
    name: 'plantgraph_unmapped_codes_total',
    help: 'Source values normalisation could not map (unknown codes, free text below the classifier threshold, unknown units), by subgraph and source field; counted per value served.',
    labelNames: ['subgraph', 'field'] as const, registers: [registry],
    collect() {
      this.reset();
      for (const [subgraph, s] of stats()) for (const [field, n] of Object.entries(s.unmapped ?? {})) this.inc({ subgraph, field }, n);
    },
  });
  perSubgraph('gauge', 'plantgraph_subgraph_cache_hit_ratio', 'Read-cache hits / (hits + misses).',
    (s) => (s.cache === undefined || s.cache.hits + s.cache.misses === 0 ? undefined : s.cache.hits / (s.cache.hits + s.cache.misses)));
  perSubgraph('counter', 'plantgraph_subgraph_cache_hits_total', 'Read-cache hits.', (s) => s.cache?.hits);
  perSubgraph('counter', 'plantgraph_subgraph_cache_misses_total', 'Read-cache misses (reads that went upstream).', (s) => s.cache?.misses);
  perSubgraph('gauge', 'plantgraph_subgraph_cache_bytes', 'Estimated bytes of values held by the read cache (bounded by its byte budget).', (s) => s.cache?.bytes);
  perSubgraph('counter', 'plantgraph_subgraph_cache_evictions_total', 'Read-cache entries evicted to stay within the key or byte budget.', (s) => s.cache?.evicted);
  perSubgraph('counter', 'plantgraph_subgraph_cache_stale_served_total', 'Stale cached values served because the upstream failed (stale-if-error).', (s) => s.cache?.staleServed);
  perSubgraph('counter', 'plantgraph_subgraph_breaker_opens_total', 'Times the upstream circuit breaker opened.', (s) => s.guard?.breakerOpens);
  perSubgraph('counter', 'plantgraph_subgraph_guard_rejected_total', 'Upstream calls refused by an open breaker or a full bulkhead.', (s) => s.guard?.rejected);
  perSubgraph('counter', 'plantgraph_subgraph_retries_total', 'Upstream read retries.', (s) => s.guard?.retries);
  perSubgraph('counter', 'plantgraph_subgraph_schema_changes_total', 'Upstream schema changes the subgraph detected and recorded (listed by the schemaChanges query).', (s) => s.schemaChanges);
  perSubgraph('gauge', 'plantgraph_subgraph_bulkhead_active', 'Upstream calls in flight.', (s) => s.guard?.active);
  perSubgraph('gauge', 'plantgraph_subgraph_bulkhead_queued', 'Upstream calls waiting for a bulkhead slot.', (s) => s.guard?.queued);
  const breakerStates = ['closed', 'open', 'halfOpen'] as const;
  new Gauge({
    name: 'plantgraph_subgraph_breaker_state', help: 'The upstream circuit breaker state: 1 for the current state, 0 for the others.',
    labelNames: ['subgraph', 'state'] as const, registers: [registry],
    collect() {
      this.reset();
      for (const [subgraph, s] of stats()) {
        if (s.guard === undefined) continue;
        for (const state of breakerStates) this.set({ subgraph, state }, s.guard.breaker === state ? 1 : 0);
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

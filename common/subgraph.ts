import type { GraphQLSchema } from 'graphql';

/** Per-request facts the gateway forwards to every subgraph. */
export interface RequestFacts {
  readonly requestId: string;
  /** Lower-cased HTTP headers as received (distributed) or forwarded (embedded). */
  readonly headers: Readonly<Record<string, string>>;
}

/** Counts of upstream calls, by operation (SQL statement kind, SOAP operation, REST route). */
export interface UpstreamStats {
  readonly calls: number;
  readonly byOp: Readonly<Record<string, number>>;
  /** The source's read cache, when it reports one (hits/misses since start; `staleServed` = stale-if-error serves). */
  readonly cache?: { readonly hits: number; readonly misses: number; readonly coalesced: number; readonly keys: number; readonly staleServed: number; readonly bytes?: number; readonly evicted?: number };
  /**
   * Values normalisation could not map since start, by source field (`MES.StateReason`, `ERP.ScrapReasonCode`,
   * `CMMS.MeterUnit` …): unknown codes, free text below the classifier's threshold, unknown unit strings.
   */
  readonly unmapped?: Readonly<Record<string, number>>;
  /** Upstream schema changes this process detected and recorded (common/schema-watch), when the source is watched. */
  readonly schemaChanges?: number;
  /** The source's circuit breaker and bulkhead (common/resilience.ts), when it has one. */
  readonly guard?: {
    readonly breaker: 'closed' | 'open' | 'halfOpen';
    readonly active: number; readonly queued: number; readonly breakerOpens: number; readonly rejected: number; readonly retries: number;
  };
}

/**
 * What every subgraph package exposes, so the gateway can run it embedded (LocalGraphQLDataSource)
 * or as its own process (subgraphs/<name>/main.ts) with the same code.
 */
export interface SubgraphRuntime<C extends object = object> {
  readonly name: string;
  /** The federated schema (buildSubgraphSchema over shared.graphql + <name>.graphql). */
  readonly schema: GraphQLSchema;
  /** A fresh context (fresh DataLoaders) for one request. */
  createContext(facts: RequestFacts): C;
  /** Upstream calls since start (or since resetStats). */
  upstreamStats(): UpstreamStats;
  resetStats(): void;
  /** Re-fingerprints the upstream's contract now (common/schema-watch), when the subgraph watches one. */
  checkSchema?(): Promise<unknown>;
  /** Whether the upstream answered its last health probe; used by the gateway's /ready. */
  ready(): Promise<boolean>;
  /**
   * Publishes this subgraph's master records to the identity crosswalk now (when it has one); resolves once
   * stored, rejects with the upstream's or the store's coded error. Runtimes also sync in the background.
   * `keys: false` publishes only the equipment masters, not the (thousands of) part numbers and order ids.
   */
  syncIdentity?(opts?: { keys?: boolean }): Promise<void>;
  close(): Promise<void>;
}

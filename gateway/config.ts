import { boolEnv, enumEnv, intEnv, stringEnv } from '../common/index.ts';
import type { Env, LogLevel } from '../common/index.ts';
import type { QueryLimits } from './limits.ts';
import { gatewayModeFrom, loadAuthConfig, validateAuthConfig } from './auth/index.ts';
import type { AuthConfig, GatewayMode } from './auth/index.ts';

export type Topology = 'embedded' | 'distributed';

/** The subgraphs the supergraph composes, in composition order. */
export const subgraphNames = ['erp', 'mes', 'cmms', 'interpretation'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

export interface GatewayConfig {
  readonly port: number;
  readonly host: string;
  readonly topology: Topology;
  /** Subgraph URLs for the distributed topology (ignored when embedded). */
  readonly subgraphUrls: Readonly<Record<SubgraphName, string>>;
  readonly logLevel: LogLevel;
  /** Largest accepted request body; larger bodies get 413 before any parsing. */
  readonly maxBodyBytes: number;
  /** Timeout for one subgraph fetch in the distributed topology. */
  readonly subgraphTimeoutMs: number;
  readonly introspection: boolean;
  readonly graphiql: boolean;
  /** Document limits every request gets (until per-role budgets exist); see gateway/limits.ts. */
  readonly limits: QueryLimits;
  /** Whether GET /metrics serves Prometheus metrics. */
  readonly metrics: boolean;
  /** production: every request authenticated, introspection and GraphiQL off unless configured on; demo: open (gateway/auth/README.md). */
  readonly mode: GatewayMode;
  /** API keys, JWT keys, the internal secret for identity headers; see gateway/auth/config.ts. */
  readonly auth: AuthConfig;
}

/**
 * Default document limits, chosen from the real queries (README, e2e tests, bench, interpretation's gateway
 * tests, the full introspection query) measured with measureDocument/countTokens. Largest measured: depth 7,
 * no aliases or directives, 183 tokens, cost 46,000 (the e2e cross-system query over `first: 500`).
 * graphql-armor's own defaults (depth 6, cost 5,000) would refuse those, so ours leave about 2× headroom.
 */
export const defaultQueryLimits: QueryLimits = Object.freeze({
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 2000,
  maxCost: 100_000,
});

/** Reads GATEWAY_* env once; explicit overrides beat env; throws naming the bad variable. */
export function loadGatewayConfig(env: Env = process.env, overrides: Partial<GatewayConfig> = {}): Readonly<GatewayConfig> {
  const mode = overrides.mode ?? gatewayModeFrom(env);
  const cfg: GatewayConfig = {
    port: intEnv(env, 'GATEWAY_PORT', { fallback: 4000, min: 0, max: 65535 }),
    host: stringEnv(env, 'GATEWAY_HOST', '127.0.0.1'),
    topology: enumEnv(env, 'GATEWAY_TOPOLOGY', ['embedded', 'distributed'] as const, 'embedded'),
    subgraphUrls: {
      erp: urlEnv(env, 'GATEWAY_ERP_URL', 'http://127.0.0.1:4001/graphql'),
      mes: urlEnv(env, 'GATEWAY_MES_URL', 'http://127.0.0.1:4002/graphql'),
      cmms: urlEnv(env, 'GATEWAY_CMMS_URL', 'http://127.0.0.1:4003/graphql'),
      interpretation: urlEnv(env, 'GATEWAY_INTERPRETATION_URL', 'http://127.0.0.1:4004/graphql'),
    },
    logLevel: enumEnv(env, 'GATEWAY_LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
    maxBodyBytes: intEnv(env, 'GATEWAY_MAX_BODY_BYTES', { fallback: 1_048_576, min: 1024 }),
    subgraphTimeoutMs: intEnv(env, 'GATEWAY_SUBGRAPH_TIMEOUT_MS', { fallback: 15_000, min: 100 }),
    introspection: boolEnv(env, 'GATEWAY_INTROSPECTION', mode === 'demo'),
    graphiql: boolEnv(env, 'GATEWAY_GRAPHIQL', mode === 'demo'),
    limits: Object.freeze({
      maxDepth: intEnv(env, 'GATEWAY_MAX_DEPTH', { fallback: defaultQueryLimits.maxDepth, min: 1 }),
      maxAliases: intEnv(env, 'GATEWAY_MAX_ALIASES', { fallback: defaultQueryLimits.maxAliases, min: 0 }),
      maxDirectives: intEnv(env, 'GATEWAY_MAX_DIRECTIVES', { fallback: defaultQueryLimits.maxDirectives, min: 0 }),
      maxTokens: intEnv(env, 'GATEWAY_MAX_TOKENS', { fallback: defaultQueryLimits.maxTokens, min: 1 }),
      maxCost: intEnv(env, 'GATEWAY_MAX_COST', { fallback: defaultQueryLimits.maxCost, min: 1 }),
    }),
    metrics: boolEnv(env, 'GATEWAY_METRICS', true),
    mode,
    auth: loadAuthConfig(env, mode),
    ...overrides,
  };
  validateAuthConfig(cfg);
  return Object.freeze(cfg);
}

function urlEnv(env: Env, name: string, fallback: string): string {
  const raw = stringEnv(env, name, fallback);
  try {
    return new URL(raw).href;
  } catch {
    throw new Error(`${name} must be an absolute URL, got "${raw}"`);
  }
}

import { boolEnv, enumEnv, intEnv, stringEnv } from '../common/index.ts';
import type { Env, LogLevel } from '../common/index.ts';
import type { QueryLimits } from './limits.ts';
import type { RateLimitConfig, RateLimitRule } from './rate-limit.ts';
import { gatewayModeFrom, isRole, loadAuthConfig, validateAuthConfig } from './auth/index.ts';
import type { AuthConfig, GatewayMode } from './auth/index.ts';

export type Topology = 'embedded' | 'distributed';

/** The subgraphs the supergraph composes, in composition order. */
export const subgraphNames = ['erp', 'mes', 'cmms', 'spreadsheet', 'interpretation', 'registry', 'context'] as const;
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
  /** Deadline for a whole GraphQL request; past it the caller gets 504 GATEWAY_TIMEOUT (upstream timeouts bound the work left). */
  readonly requestTimeoutMs: number;
  readonly introspection: boolean;
  readonly graphiql: boolean;
  /** Document limits every request gets (until per-role budgets exist); see gateway/limits.ts. */
  readonly limits: QueryLimits;
  /** Per-role cost budgets (GATEWAY_ROLE_MAX_COST, e.g. `viewer=20000,planner=200000`); roles not named get limits.maxCost. */
  readonly roleMaxCost: Readonly<Record<string, number>>;
  /** Whether GET /metrics serves Prometheus metrics. */
  readonly metrics: boolean;
  /** production: every request authenticated, introspection and GraphiQL off unless configured on; demo: open (gateway/auth/README.md). */
  readonly mode: GatewayMode;
  /** API keys, JWT keys, the internal secret for identity headers; see gateway/auth/config.ts. */
  readonly auth: AuthConfig;
  /** Per-key request rate limits, checked after authentication and before the body is read; see gateway/rate-limit.ts. */
  readonly rateLimit: RateLimitConfig;
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
      spreadsheet: urlEnv(env, 'GATEWAY_SPREADSHEET_URL', 'http://127.0.0.1:4007/graphql'),
      interpretation: urlEnv(env, 'GATEWAY_INTERPRETATION_URL', 'http://127.0.0.1:4004/graphql'),
      registry: urlEnv(env, 'GATEWAY_REGISTRY_URL', 'http://127.0.0.1:4005/graphql'),
      context: urlEnv(env, 'GATEWAY_CONTEXT_URL', 'http://127.0.0.1:4006/graphql'),
    },
    logLevel: enumEnv(env, 'GATEWAY_LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
    maxBodyBytes: intEnv(env, 'GATEWAY_MAX_BODY_BYTES', { fallback: 1_048_576, min: 1024 }),
    subgraphTimeoutMs: intEnv(env, 'GATEWAY_SUBGRAPH_TIMEOUT_MS', { fallback: 15_000, min: 100 }),
    requestTimeoutMs: intEnv(env, 'GATEWAY_REQUEST_TIMEOUT_MS', { fallback: 30_000, min: 100 }),
    introspection: boolEnv(env, 'GATEWAY_INTROSPECTION', mode === 'demo'),
    graphiql: boolEnv(env, 'GATEWAY_GRAPHIQL', mode === 'demo'),
    limits: Object.freeze({
      maxDepth: intEnv(env, 'GATEWAY_MAX_DEPTH', { fallback: defaultQueryLimits.maxDepth, min: 1 }),
      maxAliases: intEnv(env, 'GATEWAY_MAX_ALIASES', { fallback: defaultQueryLimits.maxAliases, min: 0 }),
      maxDirectives: intEnv(env, 'GATEWAY_MAX_DIRECTIVES', { fallback: defaultQueryLimits.maxDirectives, min: 0 }),
      maxTokens: intEnv(env, 'GATEWAY_MAX_TOKENS', { fallback: defaultQueryLimits.maxTokens, min: 1 }),
      maxCost: intEnv(env, 'GATEWAY_MAX_COST', { fallback: defaultQueryLimits.maxCost, min: 1 }),
    }),
    roleMaxCost: parseRoleMaxCost(stringEnv(env, 'GATEWAY_ROLE_MAX_COST', '')),
    metrics: boolEnv(env, 'GATEWAY_METRICS', true),
    mode,
    auth: loadAuthConfig(env, mode),
    rateLimit: loadRateLimit(env, mode),
    ...overrides,
  };
  validateAuthConfig(cfg);
  disableApolloTelemetryUnlessAllowed(env);
  return Object.freeze(cfg);
}

/**
 * @apollo/gateway 2.x sends OpenTelemetry metrics (CPU, memory, host) to usage-reporting.api.apollographql.com
 * unless APOLLO_TELEMETRY_DISABLED is set when the gateway is constructed, and that variable is its only switch.
 * A plant network must not phone home (and often cannot), so PlantGraph turns it off unless
 * GATEWAY_APOLLO_TELEMETRY=true asks for it. This is the one place that writes the environment.
 */
function disableApolloTelemetryUnlessAllowed(env: Env): void {
  if (!boolEnv(env, 'GATEWAY_APOLLO_TELEMETRY', false)) process.env['APOLLO_TELEMETRY_DISABLED'] = 'true';
}

/**
 * Default request rates per key. Production: 600 requests per 60 s (10/s sustained; a dashboard polling every few
 * seconds stays far below). Demo: on too, but generous enough that `npm run bench` (autocannon at 8 connections
 * from one loopback address, several 10 s runs, thousands of req/s on the ERP-only query) and the test suites are
 * never throttled; it only stops a runaway loop.
 */
export const defaultRateLimits: Readonly<Record<GatewayMode, RateLimitRule>> = Object.freeze({
  production: Object.freeze({ points: 600, windowSeconds: 60 }),
  demo: Object.freeze({ points: 1_000_000, windowSeconds: 60 }),
});

function loadRateLimit(env: Env, mode: GatewayMode): RateLimitConfig {
  const d = defaultRateLimits[mode];
  return Object.freeze({
    enabled: boolEnv(env, 'GATEWAY_RATE_LIMIT_ENABLED', true),
    points: intEnv(env, 'GATEWAY_RATE_LIMIT_POINTS', { fallback: d.points, min: 1 }),
    windowSeconds: intEnv(env, 'GATEWAY_RATE_LIMIT_WINDOW_S', { fallback: d.windowSeconds, min: 1, max: 86_400 }),
    roles: parseRoleRateLimits(stringEnv(env, 'GATEWAY_RATE_LIMIT_ROLES', '')),
  });
}

/**
 * GATEWAY_RATE_LIMIT_ROLES: `role=points/seconds` pairs separated by commas, e.g. `planner=3000/60,viewer=300/60`.
 * Throws naming the variable on a malformed pair or a role this gateway does not know (a typo would otherwise
 * silently leave the base limit in force).
 */
/** `role=cost` pairs separated by commas; throws naming GATEWAY_ROLE_MAX_COST on a malformed pair or an unknown role. */
export function parseRoleMaxCost(raw: string): Readonly<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const part of raw.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^([a-z][a-z0-9-]*)=([1-9][0-9]*)$/.exec(part);
    if (m === null || m[1] === undefined || m[2] === undefined) throw new Error(`GATEWAY_ROLE_MAX_COST must be role=cost pairs separated by commas, got "${part}"`);
    if (!isRole(m[1])) throw new Error(`GATEWAY_ROLE_MAX_COST names unknown role "${m[1]}"`);
    out[m[1]] = Number(m[2]);
  }
  return Object.freeze(out);
}

export function parseRoleRateLimits(raw: string): Readonly<Record<string, RateLimitRule>> {
  const out: Record<string, RateLimitRule> = {};
  for (const part of raw.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^([a-z][a-z0-9-]*)=([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(part);
    if (m === null || m[1] === undefined || m[2] === undefined || m[3] === undefined) {
      throw new Error(`GATEWAY_RATE_LIMIT_ROLES must be role=points/seconds pairs separated by commas, got "${part}"`);
    }
    if (!isRole(m[1])) throw new Error(`GATEWAY_RATE_LIMIT_ROLES names unknown role "${m[1]}"`);
    const windowSeconds = Number(m[3]);
    if (windowSeconds > 86_400) throw new Error(`GATEWAY_RATE_LIMIT_ROLES window for "${m[1]}" must be at most 86400 s`);
    out[m[1]] = Object.freeze({ points: Number(m[2]), windowSeconds });
  }
  return Object.freeze(out);
}

function urlEnv(env: Env, name: string, fallback: string): string {
  const raw = stringEnv(env, name, fallback);
  try {
    return new URL(raw).href;
  } catch {
    throw new Error(`${name} must be an absolute URL, got "${raw}"`);
  }
}

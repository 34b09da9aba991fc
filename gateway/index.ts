// The gateway's public surface: config, start, and the supergraph reader.
export { loadGatewayConfig, subgraphNames, defaultQueryLimits, defaultRateLimits, parseRoleRateLimits, parseRoleMaxCost } from './config.ts';
export type { GatewayConfig, Topology, SubgraphName } from './config.ts';
export { startGateway, readSupergraphSdl, defaultExampleQuery } from './create-gateway.ts';
export type { GatewayDeps, RunningGateway } from './create-gateway.ts';
export { formatError } from './errors.ts';
export { checkDocument, checkTokens, countTokens, measureDocument, roleCostBudget } from './limits.ts';
export type { QueryLimits, QueryBudget, LimitsRequest, DocumentMeasure } from './limits.ts';
export { createGatewayMetrics } from './metrics.ts';
export type { GatewayMetrics, MetricsOptions, FetchObserver } from './metrics.ts';
export { createRateLimiter, rateLimitKey, ruleFor, rateLimitBody } from './rate-limit.ts';
export type { RateLimiter, RateLimitConfig, RateLimitRule, RateLimitDecision } from './rate-limit.ts';

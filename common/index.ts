// The small shared surface every component may import. Keep it as small as graphql-js's jsutils.
export { Code, codeDescriptions, isKnownCode, plantError, errorCode } from './errors.ts';
export type { SourceSystem, PlantErrorFacts } from './errors.ts';
export { createLogger, silentLogger } from './logger.ts';
export type { Logger, LogFields, LogLevel } from './logger.ts';
export { requireEnv, stringEnv, intEnv, boolEnv, enumEnv } from './env.ts';
export type { Env } from './env.ts';
export { assertNever, invariant } from './assert.ts';
export { findRepoRoot } from './repo-root.ts';
export { createReadCache } from './read-cache.ts';
export type { ReadCache } from './read-cache.ts';
export type { SubgraphRuntime, RequestFacts, UpstreamStats } from './subgraph.ts';
export { createSubgraphServer, startSubgraphServer, readRequestBody, BodyTooLargeError } from './subgraph-server.ts';
export { errorMediaType } from './response-media-type.ts';

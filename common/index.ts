// The small shared surface every component may import. Keep it as small as graphql-js's jsutils.
export { Code, codeDescriptions, isKnownCode, plantError, errorCode } from './errors.ts';
export type { SourceSystem, PlantErrorFacts } from './errors.ts';
export { createLogger, silentLogger } from './logger.ts';
export type { Logger, LogFields, LogLevel } from './logger.ts';
export { requireEnv, stringEnv, intEnv, boolEnv, enumEnv, subgraphIdentityFromEnv } from './env.ts';
export type { Env } from './env.ts';
export { assertNever, invariant } from './assert.ts';
export { findRepoRoot } from './repo-root.ts';
export { requestIdFrom } from './request-id.ts';
export { approxBytes, createReadCache } from './read-cache.ts';
export type { ReadCache, ReadOptions, ReadCacheOptions } from './read-cache.ts';
export { freshnessOf, combineFreshness, carryFreshness, freshnessField, combinedFreshnessField } from './freshness.ts';
export type { Freshness } from './freshness.ts';
export { createUpstreamGuard, defaultUpstreamPolicy, loadUpstreamPolicy } from './resilience.ts';
export type { UpstreamGuard, UpstreamPolicy, UpstreamSource, BreakerState } from './resilience.ts';
export type { SubgraphRuntime, RequestFacts, UpstreamStats } from './subgraph.ts';
export { createSubgraphServer, startSubgraphServer, readRequestBody, BodyTooLargeError } from './subgraph-server.ts';
export { errorMediaType } from './response-media-type.ts';
export { signIdentityHeaders, verifyIdentityHeaders, refuseUnsignedRequest, identityErrorStatus, assertSiteAccess, hasSiteAccess, identityHeader, signatureHeader, defaultIdentityMaxAgeSeconds } from './identity-headers.ts';
export type { ForwardedIdentity, VerifyIdentityOptions } from './identity-headers.ts';
export { startTracing, tracingConfigFromEnv, injectTraceHeaders, withServerSpan } from './tracing.ts';
export type { Tracing, TracingConfig, TracingExporter } from './tracing.ts';
export type { DurableStore, RangeQuery, StoredEntry, StoreWrite, CommitResult, StoreConfig } from './store/index.ts';
export { createMemoryStore, openLmdbStore, openPostgresStore, openStore, storeConfigFromEnv, defaultStoreSpec, compareKeys, maxKeyBytes } from './store/index.ts';
export type { PostgresStoreOptions } from './store/index.ts';
export {
  createSchemaWatcher, diffContract, listSchemaChanges, recordSchemaDiff, markUnmapped, carryUnmapped, hasUnmappedMarks, withUnmappedFields, nameSimilarity,
  compareProfiles, profileOf, describeProfile,
} from './schema-watch/index.ts';
export type {
  SchemaWatcher, FingerprintReason, SchemaSystem, FieldType, DeclaredField, EntityContract, SourceContract, ObservedField,
  ObservedEntity, Fingerprint, SchemaChangeKind, SchemaChange, RemapEvidence, FieldAccess, RecordedSchemaChange, ValueProfile,
} from './schema-watch/index.ts';
export { startPeriodic } from './periodic.ts';

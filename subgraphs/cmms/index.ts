// The cmms subgraph's public surface (SubgraphRuntime contract of common/subgraph.ts).

/**
 * Builds the cmms subgraph runtime: `createCmmsSubgraph(config, { logger, source?, fetch? })` →
 * `SubgraphRuntime<CmmsContext>`. Does no I/O until the first request (the token is fetched lazily).
 */
export { createCmmsSubgraph, readCmmsTypeDefs } from './subgraph.ts';
/** Reads CMMS_* env once; throws an Error naming the bad variable; returns a frozen config. */
export { loadConfig, DEMO_ONLY_CMMS_API_KEY, cmmsApiVersions } from './config.ts';
export type { CmmsConfig, CmmsApiVersion } from './config.ts';
/** `createServer(runtime)` (ApolloServer, not started) and `startSubgraphServer(runtime, { port, host })`. */
export { createServer, startSubgraphServer } from './server.ts';
export type { CmmsContext } from './context.ts';
export type { CmmsSource } from './source/index.ts';

// The registry subgraph's public surface (SubgraphRuntime contract of common/subgraph.ts).

/** Builds the registry subgraph over a durable store: `createRegistrySubgraph(config, { logger, store })`. No I/O until a request. */
export { createRegistrySubgraph, readRegistryTypeDefs } from './subgraph.ts';
/** Reads REGISTRY_* env once; throws an Error naming the bad variable; returns a frozen config. */
export { loadConfig } from './config.ts';
export type { RegistryConfig } from './config.ts';
/** `createServer(runtime)` (ApolloServer, not started) and `startSubgraphServer(runtime, { port, host })`. */
export { createServer, startSubgraphServer } from './server.ts';
export type { RegistryContext } from './context.ts';

// The spreadsheet subgraph's public surface (SubgraphRuntime contract of common/subgraph.ts).

/** Builds the spreadsheet subgraph runtime over a drop folder; no I/O until the first request. */
export { createSpreadsheetSubgraph, readSpreadsheetTypeDefs } from './subgraph.ts';
/** Reads SPREADSHEET_* env once and validates the mapping file; throws an Error naming the bad variable; frozen. */
export { loadConfig } from './config.ts';
export type { SpreadsheetConfig } from './config.ts';
/** `createServer(runtime)` (ApolloServer, not started) and `startSubgraphServer(runtime, { port, host })`. */
export { createServer, startSubgraphServer } from './server.ts';
export type { SpreadsheetContext } from './context.ts';
export type { SpreadsheetSource } from './source/index.ts';

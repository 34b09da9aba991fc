// The context subgraph's public surface (SubgraphRuntime contract of common/subgraph.ts): operator notes.

/** Builds the context subgraph over a durable store and an equipment directory. */
export { createContextSubgraph, readContextTypeDefs } from './subgraph.ts';
/** Reads CONTEXT_* env once; throws an Error naming the bad variable; returns a frozen config. */
export { loadConfig } from './config.ts';
export type { ContextConfig } from './config.ts';
/** `createServer(runtime)` (ApolloServer, not started) and `startSubgraphServer(runtime, { port, host })`. */
export { createServer, startSubgraphServer } from './server.ts';
/** The equipment directory notes are checked against: identity crosswalk first, else the ERP layout. */
export { createEquipmentDirectory, rosterLayoutQuery } from './equipment-directory.ts';
export type { EquipmentDirectory, EquipmentPosition, EquipmentMention, RosterLayout } from './equipment-directory.ts';
/** Notes over a store without GraphQL (benchmarks, tools): add/edit/get/history/list with the same checks. */
export { createNoteService, noteNamespaces, noteLimits, noteWriterRoles } from './note-service.ts';
export type { NoteService, AddNoteInput, EditNoteInput, ListNotesQuery } from './note-service.ts';
export type { ContextContext } from './context.ts';

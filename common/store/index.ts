export type { DurableStore, RangeQuery, StoredEntry, StoreWrite, CommitResult, StoreConfig } from './types.ts';
export { createMemoryStore } from './memory-store.ts';
export { openLmdbStore } from './lmdb-store.ts';
export { openPostgresStore } from './postgres-store.ts';
export type { PostgresStoreOptions } from './postgres-store.ts';
export { openStore, storeConfigFromEnv, defaultStoreSpec } from './open-store.ts';
export { compareKeys, maxKeyBytes } from './key-order.ts';

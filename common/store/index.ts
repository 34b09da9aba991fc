export type { DurableStore, RangeQuery, StoredEntry, StoreWrite, CommitResult, StoreConfig } from './types.ts';
export { createMemoryStore } from './memory-store.ts';

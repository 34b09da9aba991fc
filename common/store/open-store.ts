import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Env } from '../env.ts';
import { findRepoRoot } from '../repo-root.ts';
import type { DurableStore, StoreConfig } from './types.ts';
import { createMemoryStore } from './memory-store.ts';
import { openLmdbStore } from './lmdb-store.ts';
import { openPostgresStore } from './postgres-store.ts';

/** The store `npm start` uses when `PLANTGRAPH_STORE` is unset: an LMDB directory under the repo's gitignored var/. */
export const defaultStoreSpec = 'lmdb:var/plantgraph';

/**
 * Reads `PLANTGRAPH_STORE`: `memory`, `lmdb:<path>` (relative paths resolve against the repository root)
 * or a `postgres://` / `postgresql://` URL; `PLANTGRAPH_STORE_SCHEMA` names the PostgreSQL schema (default
 * `plantgraph`). Unset means `lmdb:var/plantgraph`. Throws an Error naming the variable for anything else.
 */
export function storeConfigFromEnv(env: Env, repoRoot: string = fileURLToPath(findRepoRoot(import.meta.url))): StoreConfig {
  const raw = (env['PLANTGRAPH_STORE'] ?? '').trim() || defaultStoreSpec;
  if (raw === 'memory') return Object.freeze({ kind: 'memory' });
  if (raw.startsWith('lmdb:')) {
    const path = raw.slice('lmdb:'.length).trim();
    if (path === '') throw new Error('PLANTGRAPH_STORE=lmdb:<path> needs a path');
    return Object.freeze({ kind: 'lmdb', path: isAbsolute(path) ? path : resolve(repoRoot, path) });
  }
  if (/^postgres(ql)?:\/\//.test(raw)) {
    try { new URL(raw); } catch { throw new Error('PLANTGRAPH_STORE is not a valid PostgreSQL URL'); }
    const schema = (env['PLANTGRAPH_STORE_SCHEMA'] ?? '').trim();
    return Object.freeze(schema === '' ? { kind: 'postgres', url: raw } : { kind: 'postgres', url: raw, schema });
  }
  // Never echo the value: a mistyped URL may carry a password.
  throw new Error('PLANTGRAPH_STORE must be "memory", "lmdb:<path>" or a postgres:// URL');
}

/** Opens the configured back end (PostgreSQL: connects and creates schema and table). Close it on shutdown. */
export async function openStore(config: StoreConfig): Promise<DurableStore> {
  switch (config.kind) {
    case 'memory': return createMemoryStore();
    case 'lmdb': return openLmdbStore(config.path);
    case 'postgres': return openPostgresStore(config.schema === undefined ? { url: config.url } : { url: config.url, schema: config.schema });
  }
}

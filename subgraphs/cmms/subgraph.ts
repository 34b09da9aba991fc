import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createReadCache, findRepoRoot, startPeriodic, withUnmappedFields } from '../../common/index.ts';
import { createUnmappedTally } from '../../normalization/index.ts';
import type { DurableStore, Logger, RequestFacts, SubgraphRuntime } from '../../common/index.ts';
import type { CmmsConfig } from './config.ts';
import type { CmmsContext } from './context.ts';
import type { Crosswalk } from '../../normalization/index.ts';
import { withCmmsIdentity } from './identity.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { cmmsContract, createCmmsRestSource } from './source/index.ts';
import type { CmmsSource } from './source/index.ts';

// The resolver map type @apollo/subgraph expects; its module path is internal, so take it from the signature.
type BuildArg = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>;

/** The shared + cmms SDL, read from the repository's schema/ folder at run time (works from src and any dist*). */

/** How often master records are re-published to the identity crosswalk (besides every full master read). */
const IDENTITY_SYNC_INTERVAL_MS = 5 * 60_000;

export function readCmmsTypeDefs(): string {
  const root = findRepoRoot(import.meta.url);
  return ['shared.graphql', 'cmms.graphql'].map((f) => readFileSync(new URL(`schema/${f}`, root), 'utf8')).join('\n');
}

/**
 * Builds the cmms subgraph: schema, a process-wide read cache and REST source, and per-request contexts
 * with fresh DataLoaders. Reads nothing from env. `deps.source` replaces the REST adapter (tests with a
 * fake port); `deps.fetch` replaces global fetch inside the REST adapter.
 */
export async function createCmmsSubgraph(
  config: CmmsConfig,
  deps: { logger: Logger; source?: CmmsSource; fetch?: typeof fetch; store?: DurableStore; crosswalk?: Crosswalk },
): Promise<SubgraphRuntime<CmmsContext>> {
  const logger = deps.logger.child({ subgraph: 'cmms' });
  const raw = deps.source ?? createCmmsRestSource(config, {
    logger, cache: createReadCache({ maxBytes: config.cacheMaxMb * 1024 * 1024 }), ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }), ...(deps.store === undefined ? {} : { store: deps.store }),
  });
  // With a crosswalk, asset ids translate to canonical ids through it (see identity.ts).
  const identity = deps.crosswalk === undefined ? null : withCmmsIdentity(raw, deps.crosswalk, { logger });
  const source = identity?.source ?? raw;
  const stopSync = identity === null ? () => {} : startPeriodic(identity.sync, { intervalMs: IDENTITY_SYNC_INTERVAL_MS, logger, op: 'identity.sync' });
  // Canonical fields fed by an API property answer SCHEMA_FIELD_UNMAPPED when an upgrade drops it (source/contract.ts).
  const schema = withUnmappedFields(buildSubgraphSchema({ typeDefs: parse(readCmmsTypeDefs()), resolvers: resolvers as NonNullable<BuildArg['resolvers']> }),
    cmmsContract.entities.flatMap((e) => e.fields.flatMap((f) => f.feeds ?? [])));
  const unmapped = createUnmappedTally();
  return {
    name: 'cmms',
    schema,
    createContext: (facts: RequestFacts): CmmsContext => {
      const requestId = facts.requestId === '' ? randomUUID() : facts.requestId;
      return { requestId, loaders: createLoaders(source), source, logger: logger.child({ requestId }), unmapped };
    },
    upstreamStats: () => ({ ...source.stats(), unmapped: unmapped.counts() }),
    resetStats: () => source.resetStats(),
    checkSchema: async () => source.schema?.check('manual'),
    ready: () => source.ping(),
    ...(identity === null ? {} : { syncIdentity: identity.sync }),
    close: () => { stopSync(); return source.close(); },
  };
}

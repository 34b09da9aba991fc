import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { createReadCache, findRepoRoot, startPeriodic, withUnmappedFields } from '../../common/index.ts';
import { createUnmappedTally } from '../../normalization/index.ts';
import type { DurableStore, Logger, SubgraphRuntime } from '../../common/index.ts';
import type { Crosswalk } from '../../normalization/index.ts';
import type { ErpConfig } from './config.ts';
import type { ErpContext } from './context.ts';
import { withErpIdentity } from './identity.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { createMssqlErpSource, erpContract } from './source/index.ts';
import type { ErpSource } from './source/index.ts';

/**
 * The periodic identity sync: the first tick (at creation, while the process starts) publishes the equipment masters
 * only; part numbers and order ids (thousands of rows) follow with the next tick, or when the composition root asks
 * for a full `syncIdentity()` once it serves, so publishing them never slows start-up.
 */
function firstTickWithoutKeys(sync: (o?: { keys?: boolean }) => Promise<void>): () => Promise<void> {
  let first = true;
  return () => { const keys = !first; first = false; return sync({ keys }); };
}

/** How often master records are re-published to the identity crosswalk (besides every full master read). */
const IDENTITY_SYNC_INTERVAL_MS = 5 * 60_000;

export { loadConfig, DEMO_ONLY_ERP_PASSWORD } from './config.ts';
export type { ErpConfig } from './config.ts';
export type { ErpContext } from './context.ts';
export { createServer, startSubgraphServer } from './server.ts';
export type { ErpSource } from './source/index.ts';

/** shared.graphql + erp.graphql, read at run time from the repository's schema/ (works from sources, dist/ and dist-*). */
export function erpTypeDefs() {
  const dir = new URL('schema/', findRepoRoot(import.meta.url));
  return parse(readFileSync(new URL('shared.graphql', dir), 'utf8') + '\n' + readFileSync(new URL('erp.graphql', dir), 'utf8'));
}

/**
 * Builds the ERP subgraph: federated schema, per-process read cache and SQL pool (inside the source), per-request
 * loaders. `deps.source` replaces the SQL Server adapter (tests with a fake port). Does not connect eagerly:
 * the first read (or `ready()`) opens the pool. Never throws for an unreachable ERP; reads fail with ERP_UNAVAILABLE.
 * With `deps.crosswalk` the ERP resources are published as the identity roster (at start, every few minutes, on list reads).
 */
export async function createErpSubgraph(config: Readonly<ErpConfig>, deps: { logger: Logger; source?: ErpSource; store?: DurableStore; crosswalk?: Crosswalk }): Promise<SubgraphRuntime<ErpContext>> {
  const logger = deps.logger.child({ subgraph: 'erp' });
  const cache = createReadCache({ maxBytes: config.cacheMaxMb * 1024 * 1024 });
  const raw = deps.source ?? createMssqlErpSource({ config, logger, cache, ...(deps.store === undefined ? {} : { store: deps.store }) });
  const identity = deps.crosswalk === undefined ? null : withErpIdentity(raw, deps.crosswalk, { company: config.companies[0] ?? '', companies: config.companies, plant: config.plant, logger });
  const source = identity?.source ?? raw;
  const stopSync = identity === null ? () => {} : startPeriodic(firstTickWithoutKeys(identity.sync), { intervalMs: IDENTITY_SYNC_INTERVAL_MS, logger, op: 'identity.sync' });
  // Canonical fields fed by a view column answer SCHEMA_FIELD_UNMAPPED when a vendor patch drops it (source/contract.ts).
  const schema = withUnmappedFields(buildSubgraphSchema({ typeDefs: erpTypeDefs(), resolvers: resolvers as GraphQLResolverMap<unknown> }),
    erpContract.entities.flatMap((e) => e.fields.flatMap((f) => f.feeds ?? [])));
  const unmapped = createUnmappedTally();
  return {
    name: 'erp',
    schema,
    createContext: (facts) => ({
      requestId: facts.requestId,
      loaders: createLoaders(source),
      source,
      logger: logger.child({ requestId: facts.requestId }),
      companies: config.companies,
      siteTimeZone: config.siteTimeZone,
      unmapped,
    }),
    upstreamStats: () => ({ ...source.stats(), unmapped: unmapped.counts() }),
    checkSchema: async () => source.schema?.check('manual'),
    resetStats: () => source.resetStats(),
    ready: () => source.ping(),
    ...(identity === null ? {} : { syncIdentity: identity.sync }),
    close: async () => { stopSync(); await source.close(); cache.close(); },
  };
}

import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { createReadCache, findRepoRoot, startPeriodic, withUnmappedFields } from '../../common/index.ts';
import type { DurableStore, Logger, SubgraphRuntime } from '../../common/index.ts';
import type { Crosswalk } from '../../normalization/index.ts';
import { withMesIdentity } from './identity.ts';
import type { MesConfig } from './config.ts';
import type { MesContext } from './context.ts';
import { createLoaders } from './loaders.ts';
import { createMesNormalizer } from './normalize.ts';
import { resolvers } from './resolvers/index.ts';
import { createSoapMesSource, mesContract } from './source/index.ts';
import type { MesSource } from './source/index.ts';

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

export { loadConfig } from './config.ts';
export type { MesConfig } from './config.ts';
export type { MesContext } from './context.ts';
export { createServer, startSubgraphServer } from './server.ts';
export type { MesSource } from './source/index.ts';
/** The declared ShopFloorService contract and its WSDL fingerprint (common/schema-watch), for tools and benchmarks. */
export { mesContract, wsdlEntities } from './source/index.ts';

/** The mes SDL (shared.graphql + mes.graphql) read from the repository's schema/ folder at runtime. */
export function readMesTypeDefs(): string {
  const root = findRepoRoot(import.meta.url);
  return ['shared.graphql', 'mes.graphql'].map((f) => readFileSync(new URL(`schema/${f}`, root), 'utf8')).join('\n');
}

/**
 * Builds the mes subgraph runtime. `deps.source` replaces the SOAP adapter (tests with a fake port);
 * otherwise one SOAP adapter and one read cache are created per process. Never throws for an
 * unreachable MES: the first failing read answers with a coded MES_* error, and `ready()` reports false.
 */
export async function createMesSubgraph(config: Readonly<MesConfig>, deps: { logger: Logger; source?: MesSource; store?: DurableStore; crosswalk?: Crosswalk }): Promise<SubgraphRuntime<MesContext>> {
  const logger = deps.logger.child({ subgraph: 'mes' });
  const cache = createReadCache({ maxBytes: config.cacheMaxMb * 1024 * 1024 });
  const raw = deps.source ?? createSoapMesSource(config, { logger, cache, ...(deps.store === undefined ? {} : { store: deps.store }) });
  // With a crosswalk, machine codes translate to canonical ids through it (see identity.ts).
  const identity = deps.crosswalk === undefined ? null : withMesIdentity(raw, deps.crosswalk, { erpCompany: config.erpCompany, logger, orderDays: config.identityOrderDays });
  const source = identity?.source ?? raw;
  const stopSync = identity === null ? () => {} : startPeriodic(firstTickWithoutKeys(identity.sync), { intervalMs: IDENTITY_SYNC_INTERVAL_MS, logger, op: 'identity.sync' });
  // Canonical fields fed by a WSDL element answer SCHEMA_FIELD_UNMAPPED when an upgrade drops it (source/contract.ts).
  const schema = withUnmappedFields(buildSubgraphSchema({ typeDefs: parse(readMesTypeDefs()), resolvers: resolvers as GraphQLResolverMap<unknown> }),
    mesContract.entities.flatMap((e) => e.fields.flatMap((f) => f.feeds ?? [])));
  const normalizer = createMesNormalizer();
  return {
    name: 'mes',
    schema,
    createContext: (facts) => {
      const requestId = facts.requestId === '' ? randomUUID() : facts.requestId;
      return { requestId, loaders: createLoaders(source, { orderDays: config.identityOrderDays }), logger: logger.child({ requestId }), erpCompany: config.erpCompany,
        zone: config.siteTimeZone, normalizer };
    },
    upstreamStats: () => ({ ...source.stats(), unmapped: normalizer.tally.counts() }),
    resetStats: () => source.resetStats(),
    checkSchema: async () => source.schema?.check('manual'),
    ready: async () => {
      try { await source.serverInfo(); return true; } catch { return false; }
    },
    ...(identity === null ? {} : { syncIdentity: identity.sync }),
    close: async () => { stopSync(); cache.close(); await source.close(); },
  };
}

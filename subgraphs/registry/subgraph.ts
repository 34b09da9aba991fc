import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { findRepoRoot } from '../../common/index.ts';
import type { DurableStore, Logger, RequestFacts, SubgraphRuntime } from '../../common/index.ts';
import type { RegistryConfig } from './config.ts';
import type { RegistryContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';

type BuildArg = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>;

/** The shared + registry SDL, read from the repository's schema/ folder at run time. */
export function readRegistryTypeDefs(): string {
  const root = findRepoRoot(import.meta.url);
  return ['shared.graphql', 'registry.graphql'].map((f) => readFileSync(new URL(`schema/${f}`, root), 'utf8')).join('\n');
}

/**
 * Builds the registry subgraph over the process's durable store (the caller opens and closes the store: other
 * subgraphs of the process write to it). Reads nothing from env and does no I/O until a request.
 */
export async function createRegistrySubgraph(
  _config: RegistryConfig,
  deps: { logger: Logger; store: DurableStore },
): Promise<SubgraphRuntime<RegistryContext>> {
  const logger = deps.logger.child({ subgraph: 'registry' });
  const { store } = deps;
  const schema = buildSubgraphSchema({ typeDefs: parse(readRegistryTypeDefs()), resolvers: resolvers as NonNullable<BuildArg['resolvers']> });
  return {
    name: 'registry',
    schema,
    createContext: (facts: RequestFacts): RegistryContext => {
      const requestId = facts.requestId === '' ? randomUUID() : facts.requestId;
      return { requestId, store, logger: logger.child({ requestId }) };
    },
    upstreamStats: () => ({ calls: 0, byOp: {} }),
    resetStats: () => {},
    ready: () => store.ping(),
    close: async () => {},
  };
}

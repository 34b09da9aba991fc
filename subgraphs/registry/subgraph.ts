import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { findRepoRoot, identityHeader } from '../../common/index.ts';
import type { DurableStore, Logger, RequestFacts, SubgraphRuntime } from '../../common/index.ts';
import type { RegistryConfig } from './config.ts';
import { createCrosswalk } from '../../normalization/index.ts';
import type { Crosswalk } from '../../normalization/index.ts';
import type { RegistryCaller, RegistryContext } from './context.ts';
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
  deps: { logger: Logger; store: DurableStore; crosswalk?: Crosswalk },
): Promise<SubgraphRuntime<RegistryContext>> {
  const logger = deps.logger.child({ subgraph: 'registry' });
  const { store } = deps;
  // Share the process's crosswalk when given, so a decision made here is seen at once by the subgraphs that translate through it.
  const crosswalk = deps.crosswalk ?? createCrosswalk(store);
  const schema = buildSubgraphSchema({ typeDefs: parse(readRegistryTypeDefs()), resolvers: resolvers as NonNullable<BuildArg['resolvers']> });
  return {
    name: 'registry',
    schema,
    createContext: (facts: RequestFacts): RegistryContext => {
      const requestId = facts.requestId === '' ? randomUUID() : facts.requestId;
      return { requestId, store, crosswalk, caller: callerOf(facts.headers), logger: logger.child({ requestId }) };
    },
    upstreamStats: () => ({ calls: 0, byOp: {} }),
    resetStats: () => {},
    ready: () => store.ping(),
    close: async () => {},
  };
}

/**
 * The caller named by the gateway's identity header (subject, roles), or null. The signature is checked where the
 * request enters: by startSubgraphServer for a standalone process, and in embedded mode the gateway built the
 * header in this process; here it is only decoded.
 */
export function callerOf(headers: Readonly<Record<string, string>>): RegistryCaller | null {
  const raw = headers[identityHeader];
  if (raw === undefined) return null;
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { sub?: unknown; roles?: unknown };
    if (typeof v.sub !== 'string' || !Array.isArray(v.roles) || !v.roles.every((r) => typeof r === 'string')) return null;
    return { sub: v.sub, roles: v.roles as string[] };
  } catch { return null; }
}

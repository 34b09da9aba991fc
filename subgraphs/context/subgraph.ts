import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { findRepoRoot } from '../../common/index.ts';
import type { DurableStore, ForwardedIdentity, Logger, RequestFacts, SubgraphRuntime, VerifyIdentityOptions } from '../../common/index.ts';
import { createNoteClassifier } from '../../normalization/index.ts';
import type { NoteClassifier } from '../../normalization/index.ts';
import type { ContextConfig } from './config.ts';
import type { ContextContext } from './context.ts';
import type { EquipmentDirectory } from './equipment-directory.ts';
import { readIdentity } from './identity.ts';
import { createNoteService } from './note-service.ts';
import { resolvers } from './resolvers/index.ts';

type BuildArg = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>;

/** The shared + context SDL, read from the repository's schema/ folder at run time. */
export function readContextTypeDefs(): string {
  const root = findRepoRoot(import.meta.url);
  return ['shared.graphql', 'context.graphql'].map((f) => readFileSync(new URL(`schema/${f}`, root), 'utf8')).join('\n');
}

/**
 * Builds the context subgraph (operator notes) over the process's durable store and an equipment directory.
 * The caller opens and closes the store (other subgraphs of the process share it). `identity`: verify the
 * forwarded identity's signature in this subgraph too (embedded runtimes pass the gateway's internal secret).
 * Trains the note classifier once (tens of ms); no other I/O until a request.
 */
export async function createContextSubgraph(
  config: ContextConfig,
  deps: {
    logger: Logger; store: DurableStore; directory: EquipmentDirectory;
    identity?: VerifyIdentityOptions; classifier?: NoteClassifier; now?: () => number;
  },
): Promise<SubgraphRuntime<ContextContext>> {
  const logger = deps.logger.child({ subgraph: 'context' });
  const now = deps.now ?? Date.now;
  const notes = createNoteService({ store: deps.store, directory: deps.directory, classifier: deps.classifier ?? createNoteClassifier(), logger, now });
  const schema = buildSubgraphSchema({ typeDefs: parse(readContextTypeDefs()), resolvers: resolvers as NonNullable<BuildArg['resolvers']> });
  return {
    name: 'context',
    schema,
    createContext: (facts: RequestFacts): ContextContext => {
      const requestId = facts.requestId === '' ? randomUUID() : facts.requestId;
      let identity: { value: ForwardedIdentity | null } | { error: unknown } | undefined;
      return {
        requestId, notes, now, recentNoteDays: config.recentNoteDays, logger: logger.child({ requestId }),
        identity: () => {
          if (identity === undefined) {
            try { identity = { value: readIdentity(facts.headers, deps.identity) }; } catch (error) { identity = { error }; }
          }
          if ('error' in identity) throw identity.error;
          return identity.value;
        },
      };
    },
    upstreamStats: () => ({ calls: 0, byOp: {} }),
    resetStats: () => {},
    ready: () => deps.store.ping(),
    close: async () => {},
  };
}

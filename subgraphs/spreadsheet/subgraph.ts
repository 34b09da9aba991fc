import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { findRepoRoot } from '../../common/index.ts';
import type { Logger, RequestFacts, SubgraphRuntime } from '../../common/index.ts';
import type { SpreadsheetConfig } from './config.ts';
import type { SpreadsheetContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { createDropFolderSource } from './source/index.ts';
import type { ShiftLogSnapshot, SpreadsheetSource } from './source/index.ts';

type BuildArg = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>;

/** The shared + spreadsheet SDL, read from the repository's schema/ folder at run time. */
export function readSpreadsheetTypeDefs(): string {
  const root = findRepoRoot(import.meta.url);
  return ['shared.graphql', 'spreadsheet.graphql'].map((f) => readFileSync(new URL(`schema/${f}`, root), 'utf8')).join('\n');
}

/**
 * Builds the spreadsheet subgraph: schema, the drop-folder source (process-wide, re-scans at most every
 * `rescanMs`) and per-request contexts sharing one snapshot. Reads nothing from env; `deps.source` replaces the adapter.
 */
export async function createSpreadsheetSubgraph(config: SpreadsheetConfig, deps: { logger: Logger; source?: SpreadsheetSource; now?: () => number }): Promise<SubgraphRuntime<SpreadsheetContext>> {
  const logger = deps.logger.child({ subgraph: 'spreadsheet' });
  const source = deps.source ?? createDropFolderSource({
    dropDir: config.dropDir, mapping: config.mapping, rescanMs: config.rescanMs, maxFileBytes: config.maxFileBytes, logger,
    ...(deps.now === undefined ? {} : { now: deps.now }),
  });
  const schema = buildSubgraphSchema({ typeDefs: parse(readSpreadsheetTypeDefs()), resolvers: resolvers as NonNullable<BuildArg['resolvers']> });
  return {
    name: 'spreadsheet',
    schema,
    createContext: (facts: RequestFacts): SpreadsheetContext => {
      const requestId = facts.requestId === '' ? randomUUID() : facts.requestId;
      let snap: Promise<ShiftLogSnapshot> | undefined;
      return { requestId, logger: logger.child({ requestId }), mapping: config.mapping, snapshot: () => (snap ??= source.snapshot()) };
    },
    upstreamStats: () => source.stats(),
    resetStats: () => source.resetStats(),
    ready: () => source.ping(),
    close: () => source.close(),
  };
}

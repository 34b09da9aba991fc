// The interpretation subgraph's public surface.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { findRepoRoot } from '../../common/index.ts';
import type { Logger, SubgraphRuntime } from '../../common/index.ts';
import { AnomalyModelCache, initTensorflow } from '../core/index.ts';
import type { AnomalyOptions } from '../core/index.ts';
import type { InterpretationConfig } from './config.ts';
import type { InterpretationContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';

export { loadConfig } from './config.ts';
export type { InterpretationConfig } from './config.ts';
export type { InterpretationContext } from './context.ts';
export { loadPolicy, parsePolicy, defaultPolicyPath, reconciledFields } from './reconciliation-policy.ts';
export type { ReconciliationPolicy, ReconciledField } from './reconciliation-policy.ts';
export { createServer, startSubgraphServer } from './server.ts';

/** The interpretation SDL (interpretation.graphql + shared.graphql) read from the repository's schema/ folder. */
export function readInterpretationTypeDefs(): string {
  const root = findRepoRoot(import.meta.url);
  return ['interpretation.graphql', 'shared.graphql'].map((f) => readFileSync(new URL(`schema/${f}`, root), 'utf8')).join('\n');
}

/**
 * Builds the interpretation subgraph runtime. Initialises TensorFlow.js once (wasm, else cpu) before
 * returning, so the first anomaly read does not race backend selection. `deps.anomalyModels` injects
 * a model cache (tests); otherwise one per runtime, trained with `config.anomalyEpochs`, disposed by
 * `close()` (after trainings it started settle). It has no upstream: `ready()` is always true and `upstreamStats()` counts nothing.
 */
export async function createInterpretationSubgraph(config: Readonly<InterpretationConfig>, deps: { logger: Logger; anomalyModels?: AnomalyModelCache; anomalyOptions?: AnomalyOptions }): Promise<SubgraphRuntime<InterpretationContext>> {
  const logger = deps.logger.child({ subgraph: 'interpretation' });
  const backend = await initTensorflow();
  logger.info({ backend }, 'tensorflow backend ready');
  const policy = config.reconciliationPolicy;
  if (policy.defaulted.length > 0) {
    logger.warn({ policy: policy.path, fields: policy.defaulted.join(', ') }, 'reconciliation policy does not configure these fields; they follow the shipped default rules');
  }
  const anomalyOptions: AnomalyOptions = Object.freeze({ ...(deps.anomalyOptions ?? { epochs: config.anomalyEpochs }) });
  const anomalyModels = deps.anomalyModels ?? new AnomalyModelCache(anomalyOptions, config.anomalyMaxModels);
  // Keys this runtime asked to train, so close() can wait for trainings still running before it
  // disposes the models (a model finishing after clear() would otherwise hold its tensors forever).
  const requested = new Set<string>();
  const tracked = {
    getOrTrain: (key: string, rows: readonly (readonly (number | null)[])[]) => { requested.add(key); return anomalyModels.getOrTrain(key, rows); },
    status: (key: string) => anomalyModels.status(key),
    failure: (key: string) => anomalyModels.failure(key),
  };
  const schema = buildSubgraphSchema({ typeDefs: parse(readInterpretationTypeDefs()), resolvers: resolvers as GraphQLResolverMap<unknown> });
  return {
    name: 'interpretation',
    schema,
    createContext: (facts) => {
      const requestId = facts.requestId === '' ? randomUUID() : facts.requestId;
      return { requestId, logger: logger.child({ requestId }), anomalyModels: tracked, anomalyOptions, memo: new WeakMap(), reconciliationPolicy: config.reconciliationPolicy };
    },
    upstreamStats: () => ({ calls: 0, byOp: {} }),
    resetStats: () => {},
    ready: async () => true,
    close: async () => {
      await Promise.all([...requested].map((k) => anomalyModels.whenTrained(k)));
      anomalyModels.clear();
    },
  };
}

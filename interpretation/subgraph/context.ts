import type { Logger } from '../../common/index.ts';
import type { AnomalyModelCache, AnomalyOptions } from '../core/index.ts';
import type { ReconciliationPolicy } from './reconciliation-policy.ts';

/** The part of the core's AnomalyModelCache the resolvers use. */
export type ModelCachePort = Pick<AnomalyModelCache, 'getOrTrain' | 'status' | 'failure'>;

/** Per-request context of the interpretation subgraph. */
export interface InterpretationContext {
  readonly requestId: string;
  readonly logger: Logger;
  /** Process-wide model cache (training never blocks a read); the runtime tracks the keys it asked for. */
  readonly anomalyModels: ModelCachePort;
  /** The options the cache trains with (they are part of a model's key). */
  readonly anomalyOptions: Readonly<AnomalyOptions>;
  /**
   * Per-request memo of computed results by representation object and key, so `warnings` and
   * `events` on the same Equipment reuse one computation instead of running the detectors twice.
   */
  readonly memo: WeakMap<object, Map<string, unknown>>;
  /** The plant's reconciliation policy (config). */
  readonly reconciliationPolicy: ReconciliationPolicy;
}

/** Runs `compute` once per (parent, key) within one request. */
export function memoized<T>(ctx: InterpretationContext, parent: object, key: string, compute: () => T): T {
  let m = ctx.memo.get(parent);
  if (m === undefined) { m = new Map(); ctx.memo.set(parent, m); }
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}

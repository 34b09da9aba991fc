import { intEnv, stringEnv } from '../../common/index.ts';
import type { Env } from '../../common/index.ts';
import { defaultPolicyPath, loadPolicy } from './reconciliation-policy.ts';
import type { ReconciliationPolicy } from './reconciliation-policy.ts';

/** The interpretation subgraph's configuration, read once from env, validated, frozen. It has no upstreams. */
export interface InterpretationConfig {
  readonly port: number;
  readonly host: string;
  /** Most trained anomaly models kept (LRU; each is a few KB of weights). */
  readonly anomalyMaxModels: number;
  /** Training epochs of the anomaly autoencoder (fewer = faster first model, coarser threshold). */
  readonly anomalyEpochs: number;
  /** The reconciliation policy (INTERP_RECONCILIATION_POLICY, default the shipped reconciliation-policy.json). */
  readonly reconciliationPolicy: ReconciliationPolicy;
}

/**
 * Reads INTERP_PORT (4004), INTERP_HOST (127.0.0.1), INTERP_ANOMALY_MAX_MODELS (200, 1..10000),
 * INTERP_ANOMALY_EPOCHS (30, 1..500), INTERP_RECONCILIATION_POLICY (a JSON policy file; default the shipped
 * interpretation/subgraph/reconciliation-policy.json). Throws an Error naming the bad variable. `overrides` beat env.
 */
export function loadConfig(env: Env = process.env, overrides: Partial<InterpretationConfig> = {}): Readonly<InterpretationConfig> {
  const cfg: InterpretationConfig = {
    port: intEnv(env, 'INTERP_PORT', { fallback: 4004, min: 0, max: 65535 }),
    host: stringEnv(env, 'INTERP_HOST', '127.0.0.1'),
    anomalyMaxModels: intEnv(env, 'INTERP_ANOMALY_MAX_MODELS', { fallback: 200, min: 1, max: 10_000 }),
    anomalyEpochs: intEnv(env, 'INTERP_ANOMALY_EPOCHS', { fallback: 30, min: 1, max: 500 }),
    reconciliationPolicy: overrides.reconciliationPolicy ?? loadPolicy(stringEnv(env, 'INTERP_RECONCILIATION_POLICY', defaultPolicyPath())),
    ...overrides,
  };
  return Object.freeze(cfg);
}

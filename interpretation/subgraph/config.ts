import { intEnv, stringEnv } from '../../common/index.ts';
import type { Env } from '../../common/index.ts';

/** The interpretation subgraph's configuration, read once from env, validated, frozen. It has no upstreams. */
export interface InterpretationConfig {
  readonly port: number;
  readonly host: string;
  /** Most trained anomaly models kept (LRU; each is a few KB of weights). */
  readonly anomalyMaxModels: number;
  /** Training epochs of the anomaly autoencoder (fewer = faster first model, coarser threshold). */
  readonly anomalyEpochs: number;
}

/**
 * Reads INTERP_PORT (4004), INTERP_HOST (127.0.0.1), INTERP_ANOMALY_MAX_MODELS (200, 1..10000),
 * INTERP_ANOMALY_EPOCHS (30, 1..500). Throws an Error naming the bad variable. `overrides` beat env.
 */
export function loadConfig(env: Env = process.env, overrides: Partial<InterpretationConfig> = {}): Readonly<InterpretationConfig> {
  const cfg: InterpretationConfig = {
    port: intEnv(env, 'INTERP_PORT', { fallback: 4004, min: 0, max: 65535 }),
    host: stringEnv(env, 'INTERP_HOST', '127.0.0.1'),
    anomalyMaxModels: intEnv(env, 'INTERP_ANOMALY_MAX_MODELS', { fallback: 200, min: 1, max: 10_000 }),
    anomalyEpochs: intEnv(env, 'INTERP_ANOMALY_EPOCHS', { fallback: 30, min: 1, max: 500 }),
    ...overrides,
  };
  return Object.freeze(cfg);
}

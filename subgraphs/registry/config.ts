import { intEnv, stringEnv } from '../../common/index.ts';
import type { Env } from '../../common/index.ts';

/** The registry subgraph's configuration, read once from env, validated, frozen. Its only upstream is the store. */
export interface RegistryConfig {
  readonly port: number;
  readonly host: string;
}

/** Reads REGISTRY_PORT (4005) and REGISTRY_HOST (127.0.0.1); throws an Error naming the bad variable; `overrides` beat env. */
export function loadConfig(env: Env = process.env, overrides: Partial<RegistryConfig> = {}): Readonly<RegistryConfig> {
  return Object.freeze({
    port: intEnv(env, 'REGISTRY_PORT', { fallback: 4005, min: 0, max: 65535 }),
    host: stringEnv(env, 'REGISTRY_HOST', '127.0.0.1'),
    ...overrides,
  });
}

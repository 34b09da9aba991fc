import { boolEnv, enumEnv, intEnv, stringEnv } from '../common/index.ts';
import type { Env, LogLevel } from '../common/index.ts';

export type Topology = 'embedded' | 'distributed';

/** The subgraphs the supergraph composes, in composition order. */
export const subgraphNames = ['erp', 'mes', 'cmms', 'interpretation'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

export interface GatewayConfig {
  readonly port: number;
  readonly host: string;
  readonly topology: Topology;
  /** Subgraph URLs for the distributed topology (ignored when embedded). */
  readonly subgraphUrls: Readonly<Record<SubgraphName, string>>;
  readonly logLevel: LogLevel;
  /** Largest accepted request body; larger bodies get 413 before any parsing. */
  readonly maxBodyBytes: number;
  /** Timeout for one subgraph fetch in the distributed topology. */
  readonly subgraphTimeoutMs: number;
  readonly introspection: boolean;
  readonly graphiql: boolean;
}

/** Reads GATEWAY_* env once; explicit overrides beat env; throws naming the bad variable. */
export function loadGatewayConfig(env: Env = process.env, overrides: Partial<GatewayConfig> = {}): Readonly<GatewayConfig> {
  const cfg: GatewayConfig = {
    port: intEnv(env, 'GATEWAY_PORT', { fallback: 4000, min: 0, max: 65535 }),
    host: stringEnv(env, 'GATEWAY_HOST', '127.0.0.1'),
    topology: enumEnv(env, 'GATEWAY_TOPOLOGY', ['embedded', 'distributed'] as const, 'embedded'),
    subgraphUrls: {
      erp: urlEnv(env, 'GATEWAY_ERP_URL', 'http://127.0.0.1:4001/graphql'),
      mes: urlEnv(env, 'GATEWAY_MES_URL', 'http://127.0.0.1:4002/graphql'),
      cmms: urlEnv(env, 'GATEWAY_CMMS_URL', 'http://127.0.0.1:4003/graphql'),
      interpretation: urlEnv(env, 'GATEWAY_INTERPRETATION_URL', 'http://127.0.0.1:4004/graphql'),
    },
    logLevel: enumEnv(env, 'GATEWAY_LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
    maxBodyBytes: intEnv(env, 'GATEWAY_MAX_BODY_BYTES', { fallback: 1_048_576, min: 1024 }),
    subgraphTimeoutMs: intEnv(env, 'GATEWAY_SUBGRAPH_TIMEOUT_MS', { fallback: 15_000, min: 100 }),
    introspection: boolEnv(env, 'GATEWAY_INTROSPECTION', true),
    graphiql: boolEnv(env, 'GATEWAY_GRAPHIQL', true),
    ...overrides,
  };
  return Object.freeze(cfg);
}

function urlEnv(env: Env, name: string, fallback: string): string {
  const raw = stringEnv(env, name, fallback);
  try {
    return new URL(raw).href;
  } catch {
    throw new Error(`${name} must be an absolute URL, got "${raw}"`);
  }
}

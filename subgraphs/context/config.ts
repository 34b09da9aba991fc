import { intEnv, stringEnv } from '../../common/index.ts';
import type { Env } from '../../common/index.ts';

/** The context subgraph's configuration, read once from env, validated, frozen. Its upstream is the store. */
export interface ContextConfig {
  readonly port: number;
  readonly host: string;
  /** How far back `Equipment.recentNotes` reaches, days. */
  readonly recentNoteDays: number;
  /** How long the equipment roster (for the ERP-layout fallback) is cached, ms. */
  readonly rosterTtlMs: number;
}

/**
 * Reads CONTEXT_PORT (4006), CONTEXT_HOST (127.0.0.1), CONTEXT_RECENT_NOTE_DAYS (30) and CONTEXT_ROSTER_TTL_MS
 * (300000); throws an Error naming the bad variable; `overrides` beat env. The store is PLANTGRAPH_STORE
 * (common/store storeConfigFromEnv), read by main.ts because one store serves every subgraph of a process.
 */
export function loadConfig(env: Env = process.env, overrides: Partial<ContextConfig> = {}): Readonly<ContextConfig> {
  return Object.freeze({
    port: intEnv(env, 'CONTEXT_PORT', { fallback: 4006, min: 0, max: 65535 }),
    host: stringEnv(env, 'CONTEXT_HOST', '127.0.0.1'),
    recentNoteDays: intEnv(env, 'CONTEXT_RECENT_NOTE_DAYS', { fallback: 30, min: 1, max: 366 }),
    rosterTtlMs: intEnv(env, 'CONTEXT_ROSTER_TTL_MS', { fallback: 300_000, min: 0 }),
    ...overrides,
  });
}

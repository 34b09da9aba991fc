// The embedded composition root: subgraphs in the gateway's process, over the demo plant or real systems.
// Used by `npm start` (scripts/start.ts), the end-to-end tests and the benchmarks, so they all start
// PlantGraph exactly the same way.
import { randomUUID } from 'node:crypto';
import { graphql } from 'graphql';
import { createLogger, createMemoryStore, signIdentityHeaders, silentLogger } from '../common/index.ts';
import type { DurableStore, Env, Logger, SubgraphRuntime } from '../common/index.ts';
import { loadGatewayConfig, startGateway } from '../gateway/index.ts';
import type { GatewayConfig, RunningGateway } from '../gateway/index.ts';
import { startDemoPlant } from '../simulators/index.ts';
import type { DemoPlant, DemoPlantOptions } from '../simulators/index.ts';
import { createCmmsSubgraph, loadConfig as loadCmmsConfig } from '../subgraphs/cmms/index.ts';
import { createErpSubgraph, loadConfig as loadErpConfig } from '../subgraphs/erp/index.ts';
import { createMesSubgraph, loadConfig as loadMesConfig } from '../subgraphs/mes/index.ts';
import { createSpreadsheetSubgraph, loadConfig as loadSpreadsheetConfig } from '../subgraphs/spreadsheet/index.ts';
import { createInterpretationSubgraph, loadConfig as loadInterpretationConfig } from '../interpretation/subgraph/index.ts';
import { createRegistrySubgraph, loadConfig as loadRegistryConfig } from '../subgraphs/registry/index.ts';
import { createContextSubgraph, createEquipmentDirectory, loadConfig as loadContextConfig, rosterLayoutQuery } from '../subgraphs/context/index.ts';
import type { RosterLayout } from '../subgraphs/context/index.ts';
import { createCrosswalk, identityNamespaces } from '../normalization/index.ts';

/** How long start-up waits for the first identity sync of every subgraph (see startPlantGraph). */
const IDENTITY_START_SYNC_MS = 10_000;

export interface PlantGraphOptions {
  /** Environment for the subgraphs and the gateway; default process.env. */
  readonly env?: Env;
  /** The demo plant to start (default), or false to use the real systems configured in env. */
  readonly demo?: DemoPlantOptions | false;
  readonly gateway?: Partial<GatewayConfig>;
  readonly logger?: Logger;
  /** The process's durable store (schema-change log, …); default an in-memory one, closed with the runtime. */
  readonly store?: DurableStore;
  /** Variables that beat both `env` and the demo plant's (e.g. ERP_COMPANY=ACME,ACME-MX to serve the second company too). */
  readonly envOverrides?: Env;
}

export interface RunningPlantGraph {
  readonly gateway: RunningGateway;
  readonly demo: DemoPlant | null;
  readonly runtimes: Readonly<Record<string, SubgraphRuntime>>;
  /** The store every embedded subgraph shares. */
  readonly store: DurableStore;
  close(): Promise<void>;
}

export async function startPlantGraph(opts: PlantGraphOptions = {}): Promise<RunningPlantGraph> {
  const logger = opts.logger ?? silentLogger;
  const baseEnv = opts.env ?? process.env;
  const demo = opts.demo === false ? null : await startDemoPlant({ ...opts.demo, logger: logger.child({ subgraph: 'demo-plant' }) });
  // Over the demo plant the CMMS subgraph follows the simulator's default API version (so its upgrade mode reaches a
  // running PlantGraph) unless the caller pins one.
  const env: Env = { ...(demo === null ? baseEnv : { CMMS_API_VERSION: 'server', ...baseEnv, ...demo.subgraphEnv() }), ...opts.envOverrides };
  const runtimes: Record<string, SubgraphRuntime> = {};
  // One store per process, shared by every subgraph in it (npm start passes the configured one; tests get memory).
  const store = opts.store ?? createMemoryStore();
  const closeStore = async (): Promise<void> => { if (opts.store === undefined) await store.close(); };
  try {
    // One identity crosswalk over the store: ERP publishes the roster, MES and CMMS translate through it, registry serves it.
    const crosswalk = createCrosswalk(store);
    runtimes['erp'] = await createErpSubgraph(loadErpConfig(env), { logger, store, crosswalk });
    runtimes['mes'] = await createMesSubgraph(loadMesConfig(env), { logger, store, crosswalk });
    runtimes['cmms'] = await createCmmsSubgraph(loadCmmsConfig(env), { logger, store, crosswalk });
    runtimes['spreadsheet'] = await createSpreadsheetSubgraph(loadSpreadsheetConfig(env), { logger });
    runtimes['interpretation'] = await createInterpretationSubgraph(loadInterpretationConfig(env), { logger });
    runtimes['registry'] = await createRegistrySubgraph(loadRegistryConfig(env), { logger, store, crosswalk });
    const gatewayConfig = loadGatewayConfig(env, { topology: 'embedded', ...opts.gateway });
    runtimes['context'] = await createContextSubgraph(loadContextConfig(env), {
      logger, store, identity: { secret: gatewayConfig.auth.internalSecret },
      // Over the demo plant "now" is the plant's clock, as the MES's own clock anchors its recent window: notes
      // live in the plant's time, so recentNotes and the future-time check agree with the plant's data.
      ...(demo === null ? {} : { now: () => demo.clock() }),
      directory: createEquipmentDirectory({ crosswalk, fetchLayout: embeddedLayout(runtimes['erp'], gatewayConfig.auth.internalSecret) }),
    });
    // Publish every system's master records to the identity crosswalk before serving, so the first answers already
    // join through it (machines with blank references, zero-padded MES order ids included) rather than changing once
    // the background sync lands. Bounded: a system that is down or hung at start only delays serving by
    // IDENTITY_START_SYNC_MS; the periodic sync in each runtime catches up later. On a store that already holds part
    // numbers and order ids (a restart of `npm start` over its LMDB store) only the equipment masters are awaited: the
    // previous run's key links serve while the thousands of parts and orders are re-published once the gateway serves.
    const keysStored = (await store.get(identityNamespaces.keyMeta, 'version').catch(() => undefined)) !== undefined;
    await Promise.race([
      Promise.allSettled(Object.values(runtimes).map((r) => r.syncIdentity?.({ keys: !keysStored }))),
      new Promise((resolve) => { setTimeout(resolve, IDENTITY_START_SYNC_MS).unref(); }),
    ]);
    const gateway = await startGateway(gatewayConfig, { logger, embedded: runtimes });
    // Now that it serves: re-publish part numbers and order ids (the periodic sync retries a failure).
    if (keysStored) for (const [name, r] of Object.entries(runtimes)) {
      r.syncIdentity?.().catch((e: unknown) => logger.warn({ subgraph: name, op: 'identity.sync', outcome: 'failed', err: e instanceof Error ? e.message : String(e) }, 'identity sync failed; retrying later'));
    }
    return {
      gateway, demo, runtimes, store,
      async close() {
        await gateway.close();
        await Promise.allSettled(Object.values(runtimes).map((r) => r.close()));
        await closeStore();
        await demo?.close();
      },
    };
  } catch (e) {
    await Promise.allSettled(Object.values(runtimes).map((r) => r.close()));
    await closeStore();
    await demo?.close();
    throw e;
  }
}

/**
 * The plant layout from the embedded ERP runtime, signed as this process's own system identity: what operator
 * notes are checked against while the identity crosswalk in the store has no roster yet.
 */
function embeddedLayout(erp: SubgraphRuntime, secret: string): () => Promise<RosterLayout> {
  return async () => {
    const requestId = `context-roster-${randomUUID()}`;
    const headers = { 'x-request-id': requestId, ...signIdentityHeaders({ sub: 'plantgraph-context', roles: ['viewer'], sites: ['*'], requestId }, secret) };
    const r = await graphql({ schema: erp.schema, source: rosterLayoutQuery, contextValue: erp.createContext({ requestId, headers }) });
    if (r.errors !== undefined && r.errors.length > 0) throw new Error(`roster layout query failed: ${r.errors[0]?.message ?? ''}`);
    return r.data as unknown as RosterLayout;
  };
}

export { createLogger };

// The embedded composition root: subgraphs in the gateway's process, over the demo plant or real systems.
// Used by `npm start` (scripts/start.ts), the end-to-end tests and the benchmarks, so they all start
// PlantGraph exactly the same way.
import { createLogger, silentLogger } from '../common/index.ts';
import type { Env, Logger, SubgraphRuntime } from '../common/index.ts';
import { loadGatewayConfig, startGateway } from '../gateway/index.ts';
import type { GatewayConfig, RunningGateway } from '../gateway/index.ts';
import { startDemoPlant } from '../simulators/index.ts';
import type { DemoPlant, DemoPlantOptions } from '../simulators/index.ts';
import { createCmmsSubgraph, loadConfig as loadCmmsConfig } from '../subgraphs/cmms/index.ts';
import { createErpSubgraph, loadConfig as loadErpConfig } from '../subgraphs/erp/index.ts';
import { createMesSubgraph, loadConfig as loadMesConfig } from '../subgraphs/mes/index.ts';
import { createInterpretationSubgraph, loadConfig as loadInterpretationConfig } from '../interpretation/subgraph/index.ts';

export interface PlantGraphOptions {
  /** Environment for the subgraphs and the gateway; default process.env. */
  readonly env?: Env;
  /** The demo plant to start (default), or false to use the real systems configured in env. */
  readonly demo?: DemoPlantOptions | false;
  readonly gateway?: Partial<GatewayConfig>;
  readonly logger?: Logger;
}

export interface RunningPlantGraph {
  readonly gateway: RunningGateway;
  readonly demo: DemoPlant | null;
  readonly runtimes: Readonly<Record<string, SubgraphRuntime>>;
  close(): Promise<void>;
}

export async function startPlantGraph(opts: PlantGraphOptions = {}): Promise<RunningPlantGraph> {
  const logger = opts.logger ?? silentLogger;
  const baseEnv = opts.env ?? process.env;
  const demo = opts.demo === false ? null : await startDemoPlant({ ...opts.demo, logger: logger.child({ subgraph: 'demo-plant' }) });
  const env: Env = demo === null ? baseEnv : { ...baseEnv, ...demo.subgraphEnv() };
  const runtimes: Record<string, SubgraphRuntime> = {};
  try {
    runtimes['erp'] = await createErpSubgraph(loadErpConfig(env), { logger });
    runtimes['mes'] = await createMesSubgraph(loadMesConfig(env), { logger });
    runtimes['cmms'] = await createCmmsSubgraph(loadCmmsConfig(env), { logger });
    runtimes['interpretation'] = await createInterpretationSubgraph(loadInterpretationConfig(env), { logger });
    const gateway = await startGateway(loadGatewayConfig(env, { topology: 'embedded', ...opts.gateway }), { logger, embedded: runtimes });
    return {
      gateway, demo, runtimes,
      async close() {
        await gateway.close();
        await Promise.allSettled(Object.values(runtimes).map((r) => r.close()));
        await demo?.close();
      },
    };
  } catch (e) {
    await Promise.allSettled(Object.values(runtimes).map((r) => r.close()));
    await demo?.close();
    throw e;
  }
}

export { createLogger };

import assert from 'node:assert/strict';
import { silentLogger } from '../../../common/index.ts';
import { createTestPlant, startCmmsSimulator } from '../../../simulators/cmms/index.ts';
import type { CmmsSimulatorHandle, CmmsSimulatorOptions } from '../../../simulators/cmms/index.ts';
import type { Plant } from '../../../simulators/plant/index.ts';
import { loadConfig } from '../config.ts';
import type { CmmsConfig } from '../config.ts';
import { createServer } from '../server.ts';
import { createCmmsSubgraph } from '../subgraph.ts';

/**
 * Test-only helpers: the CMMS simulator on 127.0.0.1:0 with the cmms subgraph pointed at it. Production code
 * never imports this file. Everything started here is closed in `t.after`.
 */
export interface Kit {
  readonly sim: CmmsSimulatorHandle;
  readonly config: CmmsConfig;
  readonly runtime: Awaited<ReturnType<typeof createCmmsSubgraph>>;
  run(query: string, variables?: Record<string, unknown>): Promise<{ data?: unknown; errors?: unknown[] }>;
}

type After = { after(fn: () => Promise<void> | void): void };

export async function startSim(t: After, opts: Partial<CmmsSimulatorOptions> & { plant?: Plant } = {}): Promise<CmmsSimulatorHandle> {
  const sim = await startCmmsSimulator({ plant: opts.plant ?? createTestPlant(), ...opts });
  t.after(() => sim.close());
  return sim;
}

/** A config against `url` with fast timeouts and retries for tests; `env` overrides single variables. */
export function testConfig(url: string, env: Record<string, string> = {}): CmmsConfig {
  return loadConfig({
    CMMS_BASE_URL: url, CMMS_API_KEY: 'demo-only-api-key', CMMS_TIMEOUT_MS: '1000', CMMS_MAX_RETRIES: '1',
    CMMS_RETRY_BASE_DELAY_MS: '10', CMMS_RETRY_MAX_DELAY_MS: '2000', ...env,
  });
}

export async function startKit(t: After, opts: { sim?: Partial<CmmsSimulatorOptions> & { plant?: Plant }; env?: Record<string, string> } = {}): Promise<Kit> {
  const sim = await startSim(t, opts.sim);
  const config = testConfig(sim.url, opts.env);
  const runtime = await createCmmsSubgraph(config, { logger: silentLogger });
  const server = createServer(runtime);
  await server.start();
  t.after(async () => { await server.stop(); await runtime.close(); });
  let n = 0;
  return {
    sim, config, runtime,
    async run(query, variables) {
      const res = await server.executeOperation({ query, ...(variables === undefined ? {} : { variables }) },
        { contextValue: runtime.createContext({ requestId: `test-${++n}`, headers: {} }) });
      assert.equal(res.body.kind, 'single');
      if (res.body.kind !== 'single') throw new Error('incremental delivery not expected');
      // Round-trip through JSON: what a client sees (drops undefined, GraphQLError → plain object).
      return JSON.parse(JSON.stringify(res.body.singleResult)) as { data?: unknown; errors?: unknown[] };
    },
  };
}

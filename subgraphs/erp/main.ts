// Composition root of the ERP subgraph as its own process: the only file with side effects.
import { createLogger, openStore, startTracing, storeConfigFromEnv, subgraphIdentityFromEnv, tracingConfigFromEnv } from '../../common/index.ts';
import { createCrosswalk } from '../../normalization/index.ts';
import { createErpSubgraph, loadConfig, startSubgraphServer } from './index.ts';

const config = loadConfig(process.env);
const logger = createLogger({ name: 'erp-subgraph' });
startTracing(tracingConfigFromEnv(process.env, 'plantgraph-erp'));
// The layer's durable store (PLANTGRAPH_STORE), shared with the other subgraph processes: the schema-change log and the identity crosswalk.
const store = await openStore(storeConfigFromEnv(process.env));
// The identity crosswalk lives in the same store, so every process (erp publishes the roster, parts and jobs; mes and
// cmms translate through it; registry serves it) shares one answer. Memoised per process for 2 s.
const crosswalk = createCrosswalk(store);
const runtime = await createErpSubgraph(config, { logger, store, crosswalk });
const { url, close } = await startSubgraphServer(runtime, { port: config.port, host: config.host, identity: subgraphIdentityFromEnv(process.env) });
logger.info({ url, subgraph: 'erp' }, 'ERP subgraph listening');
// Part numbers and order ids (thousands) are published once it serves; the periodic sync's first tick published the equipment.
runtime.syncIdentity?.().catch((e: unknown) => logger.warn({ op: 'identity.sync', outcome: 'failed', err: e instanceof Error ? e.message : String(e) }, 'identity sync failed; retrying later'));
const stop = async (): Promise<void> => { await close(); await runtime.close(); await store.close(); process.exit(0); };
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());

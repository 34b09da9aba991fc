// Composition root of the ERP subgraph as its own process: the only file with side effects.
import { createLogger, openStore, startTracing, storeConfigFromEnv, subgraphIdentityFromEnv, tracingConfigFromEnv } from '../../common/index.ts';
import { createErpSubgraph, loadConfig, startSubgraphServer } from './index.ts';

const config = loadConfig(process.env);
const logger = createLogger({ name: 'erp-subgraph' });
startTracing(tracingConfigFromEnv(process.env, 'plantgraph-erp'));
// The layer's durable store (PLANTGRAPH_STORE), shared with the other subgraph processes: the schema-change log.
const store = await openStore(storeConfigFromEnv(process.env));
const runtime = await createErpSubgraph(config, { logger, store });
const { url, close } = await startSubgraphServer(runtime, { port: config.port, host: config.host, identity: subgraphIdentityFromEnv(process.env) });
logger.info({ url, subgraph: 'erp' }, 'ERP subgraph listening');
const stop = async (): Promise<void> => { await close(); await runtime.close(); await store.close(); process.exit(0); };
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());

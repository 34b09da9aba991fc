// Composition root of the ERP subgraph as its own process: the only file with side effects.
import { createLogger, startTracing, subgraphIdentityFromEnv, tracingConfigFromEnv } from '../../common/index.ts';
import { createErpSubgraph, loadConfig, startSubgraphServer } from './index.ts';

const config = loadConfig(process.env);
const logger = createLogger({ name: 'erp-subgraph' });
startTracing(tracingConfigFromEnv(process.env, 'plantgraph-erp'));
const runtime = await createErpSubgraph(config, { logger });
const { url, close } = await startSubgraphServer(runtime, { port: config.port, host: config.host, identity: subgraphIdentityFromEnv(process.env) });
logger.info({ url, subgraph: 'erp' }, 'ERP subgraph listening');
const stop = async (): Promise<void> => { await close(); await runtime.close(); process.exit(0); };
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());

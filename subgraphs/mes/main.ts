// Composition root of the mes subgraph as its own process: loadConfig → create → listen. The only file with side effects.
import { createLogger, startTracing, subgraphIdentityFromEnv, tracingConfigFromEnv } from '../../common/index.ts';
import { createMesSubgraph, loadConfig, startSubgraphServer } from './index.ts';

const logger = createLogger({ name: 'mes' });
const config = loadConfig();
startTracing(tracingConfigFromEnv(process.env, 'plantgraph-mes'));
const runtime = await createMesSubgraph(config, { logger });
const { url, close } = await startSubgraphServer(runtime, { port: config.port, host: config.host, identity: subgraphIdentityFromEnv(process.env) });
logger.info({ subgraph: 'mes', url }, 'mes subgraph listening');
const stop = (): void => { void close().then(() => runtime.close()).then(() => process.exit(0)); };
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

// Composition root of the mes subgraph as its own process: loadConfig → create → listen. The only file with side effects.
import { createLogger, openStore, startTracing, storeConfigFromEnv, subgraphIdentityFromEnv, tracingConfigFromEnv } from '../../common/index.ts';
import { createMesSubgraph, loadConfig, startSubgraphServer } from './index.ts';

const logger = createLogger({ name: 'mes' });
const config = loadConfig();
startTracing(tracingConfigFromEnv(process.env, 'plantgraph-mes'));
// The layer's durable store (PLANTGRAPH_STORE), shared with the other subgraph processes: the schema-change log.
const store = await openStore(storeConfigFromEnv(process.env));
const runtime = await createMesSubgraph(config, { logger, store });
const { url, close } = await startSubgraphServer(runtime, { port: config.port, host: config.host, identity: subgraphIdentityFromEnv(process.env) });
logger.info({ subgraph: 'mes', url }, 'mes subgraph listening');
const stop = (): void => { void close().then(() => runtime.close()).then(() => store.close()).then(() => process.exit(0)); };
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

// Composition root of the cmms subgraph as its own process: env → config → subgraph → HTTP. The only file with side effects.
import { createLogger, openStore, startTracing, storeConfigFromEnv, subgraphIdentityFromEnv, tracingConfigFromEnv } from '../../common/index.ts';
import { loadConfig } from './config.ts';
import { startSubgraphServer } from './server.ts';
import { createCmmsSubgraph } from './subgraph.ts';

const logger = createLogger({ name: 'cmms' });
const config = loadConfig();
startTracing(tracingConfigFromEnv(process.env, 'plantgraph-cmms'));
// The layer's durable store (PLANTGRAPH_STORE), shared with the other subgraph processes: the schema-change log.
const store = await openStore(storeConfigFromEnv(process.env));
const runtime = await createCmmsSubgraph(config, { logger, store });
const { url, close } = await startSubgraphServer(runtime, { port: config.port, host: config.host, identity: subgraphIdentityFromEnv(process.env) });
logger.info({ url, version: config.apiVersion }, 'cmms subgraph listening');
const stop = () => { void close().then(() => runtime.close()).then(() => store.close()).then(() => process.exit(0)); };
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

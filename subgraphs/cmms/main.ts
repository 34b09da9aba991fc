// Composition root of the cmms subgraph as its own process: env → config → subgraph → HTTP. The only file with side effects.
import { createLogger, openStore, startTracing, storeConfigFromEnv, subgraphIdentityFromEnv, tracingConfigFromEnv } from '../../common/index.ts';
import { createCrosswalk } from '../../normalization/index.ts';
import { loadConfig } from './config.ts';
import { startSubgraphServer } from './server.ts';
import { createCmmsSubgraph } from './subgraph.ts';

const logger = createLogger({ name: 'cmms' });
const config = loadConfig();
startTracing(tracingConfigFromEnv(process.env, 'plantgraph-cmms'));
// The layer's durable store (PLANTGRAPH_STORE), shared with the other subgraph processes: the schema-change log and the identity crosswalk.
const store = await openStore(storeConfigFromEnv(process.env));
// The identity crosswalk lives in the same store, so every process (erp publishes the roster, parts and jobs; mes and
// cmms translate through it; registry serves it) shares one answer. Memoised per process for 2 s.
const crosswalk = createCrosswalk(store);
const runtime = await createCmmsSubgraph(config, { logger, store, crosswalk });
const { url, close } = await startSubgraphServer(runtime, { port: config.port, host: config.host, identity: subgraphIdentityFromEnv(process.env) });
logger.info({ url, version: config.apiVersion }, 'cmms subgraph listening');
const stop = () => { void close().then(() => runtime.close()).then(() => store.close()).then(() => process.exit(0)); };
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

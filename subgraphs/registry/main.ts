// Composition root of the registry subgraph as its own process: env → config → store → subgraph → HTTP.
import { createLogger, openStore, startTracing, storeConfigFromEnv, subgraphIdentityFromEnv, tracingConfigFromEnv } from '../../common/index.ts';
import { createCrosswalk } from '../../normalization/index.ts';
import { loadConfig } from './config.ts';
import { startSubgraphServer } from './server.ts';
import { createRegistrySubgraph } from './subgraph.ts';

const logger = createLogger({ name: 'registry' });
const config = loadConfig();
startTracing(tracingConfigFromEnv(process.env, 'plantgraph-registry'));
// The layer's durable store (PLANTGRAPH_STORE): the other subgraph processes record into the same LMDB file or PostgreSQL.
const store = await openStore(storeConfigFromEnv(process.env));
// The identity crosswalk lives in the same store, so every process (erp publishes the roster, parts and jobs; mes and
// cmms translate through it; registry serves it) shares one answer. Memoised per process for 2 s.
const crosswalk = createCrosswalk(store);
const runtime = await createRegistrySubgraph(config, { logger, store, crosswalk });
const { url, close } = await startSubgraphServer(runtime, { port: config.port, host: config.host, identity: subgraphIdentityFromEnv(process.env) });
logger.info({ url }, 'registry subgraph listening');
const stop = () => { void close().then(() => runtime.close()).then(() => store.close()).then(() => process.exit(0)); };
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

// Composition root of the registry subgraph as its own process: env → config → store → subgraph → HTTP.
import { createLogger, createMemoryStore, startTracing, subgraphIdentityFromEnv, tracingConfigFromEnv } from '../../common/index.ts';
import { loadConfig } from './config.ts';
import { startSubgraphServer } from './server.ts';
import { createRegistrySubgraph } from './subgraph.ts';

const logger = createLogger({ name: 'registry' });
const config = loadConfig();
startTracing(tracingConfigFromEnv(process.env, 'plantgraph-registry'));
// TODO(notes): open the configured LMDB/PostgreSQL store (shared with the other subgraph processes) once
// common/store has its durable back ends; a memory store only sees this process's records.
const store = createMemoryStore();
const runtime = await createRegistrySubgraph(config, { logger, store });
const { url, close } = await startSubgraphServer(runtime, { port: config.port, host: config.host, identity: subgraphIdentityFromEnv(process.env) });
logger.info({ url }, 'registry subgraph listening');
const stop = () => { void close().then(() => runtime.close()).then(() => store.close()).then(() => process.exit(0)); };
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

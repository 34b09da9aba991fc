// Composition root of the mes subgraph as its own process: loadConfig → create → listen. The only file with side effects.
import { createLogger, openStore, startTracing, storeConfigFromEnv, subgraphIdentityFromEnv, tracingConfigFromEnv } from '../../common/index.ts';
import { createCrosswalk } from '../../normalization/index.ts';
import { createMesSubgraph, loadConfig, startSubgraphServer } from './index.ts';

const logger = createLogger({ name: 'mes' });
const config = loadConfig();
startTracing(tracingConfigFromEnv(process.env, 'plantgraph-mes'));
// The layer's durable store (PLANTGRAPH_STORE), shared with the other subgraph processes: the schema-change log and the identity crosswalk.
const store = await openStore(storeConfigFromEnv(process.env));
// The identity crosswalk lives in the same store, so every process (erp publishes the roster, parts and jobs; mes and
// cmms translate through it; registry serves it) shares one answer. Memoised per process for 2 s.
const crosswalk = createCrosswalk(store);
const runtime = await createMesSubgraph(config, { logger, store, crosswalk });
const { url, close } = await startSubgraphServer(runtime, { port: config.port, host: config.host, identity: subgraphIdentityFromEnv(process.env) });
logger.info({ subgraph: 'mes', url }, 'mes subgraph listening');
// Part numbers and order ids (thousands) are published once it serves; the periodic sync's first tick published the equipment.
runtime.syncIdentity?.().catch((e: unknown) => logger.warn({ op: 'identity.sync', outcome: 'failed', err: e instanceof Error ? e.message : String(e) }, 'identity sync failed; retrying later'));
const stop = (): void => { void close().then(() => runtime.close()).then(() => store.close()).then(() => process.exit(0)); };
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

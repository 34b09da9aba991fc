// Composition root of the interpretation subgraph as its own process: the only file with side effects.
import { createLogger, startTracing, subgraphIdentityFromEnv, tracingConfigFromEnv } from '../../common/index.ts';
import { createInterpretationSubgraph, loadConfig, startSubgraphServer } from './index.ts';

const config = loadConfig(process.env);
const logger = createLogger({ name: 'interpretation-subgraph' });
startTracing(tracingConfigFromEnv(process.env, 'plantgraph-interpretation'));
const runtime = await createInterpretationSubgraph(config, { logger });
const { url, close } = await startSubgraphServer(runtime, { port: config.port, host: config.host, identity: subgraphIdentityFromEnv(process.env) });
logger.info({ url, subgraph: 'interpretation' }, 'interpretation subgraph listening');
const stop = async (): Promise<void> => { await close(); await runtime.close(); process.exit(0); };
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());

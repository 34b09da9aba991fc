// Composition root of the spreadsheet subgraph as its own process: env → config → subgraph → HTTP. The only file with side effects.
import { createLogger, startTracing, subgraphIdentityFromEnv, tracingConfigFromEnv } from '../../common/index.ts';
import { loadConfig } from './config.ts';
import { startSubgraphServer } from './server.ts';
import { createSpreadsheetSubgraph } from './subgraph.ts';

const logger = createLogger({ name: 'spreadsheet' });
const config = loadConfig();
startTracing(tracingConfigFromEnv(process.env, 'plantgraph-spreadsheet'));
const runtime = await createSpreadsheetSubgraph(config, { logger });
const { url, close } = await startSubgraphServer(runtime, { port: config.port, host: config.host, identity: subgraphIdentityFromEnv(process.env) });
logger.info({ url, dropDir: config.dropDir }, 'spreadsheet subgraph listening');
const stop = () => { void close().then(() => runtime.close()).then(() => process.exit(0)); };
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

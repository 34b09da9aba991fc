// The gateway as its own process over subgraphs at their URLs (distributed topology).
// `npm start` runs the embedded topology instead (scripts/start.ts).
import { createLogger, startTracing, tracingConfigFromEnv } from '../common/index.ts';
import { loadGatewayConfig } from './config.ts';
import { startGateway } from './create-gateway.ts';

// Real subgraph processes mean real plant data: without GATEWAY_MODE this entry point runs in production mode
// (and refuses to start without an authentication method); the open demo is `npm start`'s default only.
const config = loadGatewayConfig({ GATEWAY_MODE: 'production', ...process.env }, { topology: 'distributed' });
const logger = createLogger({ level: config.logLevel, name: 'gateway' });
// Tracing first, so the gateway's own spans (gateway.request, plan, fetch) are recorded; off unless PLANTGRAPH_TRACING is set.
const tracing = startTracing(tracingConfigFromEnv(process.env, 'plantgraph-gateway'));
const gw = await startGateway(config, { logger });
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => { void gw.close().then(() => tracing?.shutdown()).then(() => process.exit(0)); });
}

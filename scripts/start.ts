// `npm start`: the demo plant, every subgraph (embedded) and the gateway on http://localhost:4000.
// PLANTGRAPH_DEMO=false runs over the real systems configured by ERP_*, MES_* and CMMS_* instead.
import { boolEnv, createLogger, intEnv, openStore, startTracing, storeConfigFromEnv, tracingConfigFromEnv } from '../common/index.ts';
import { loadGatewayConfig } from '../gateway/index.ts';
import { startPlantGraph } from './plantgraph.ts';

const useDemo = boolEnv(process.env, 'PLANTGRAPH_DEMO', true);
// Demo mode is the default only while the demo plant runs; over the real systems the default is production.
const env = useDemo ? process.env : { GATEWAY_MODE: 'production', ...process.env };
const gatewayConfig = loadGatewayConfig(env);
const logger = createLogger({ level: gatewayConfig.logLevel, name: 'plantgraph' });
// Off unless PLANTGRAPH_TRACING=console|otlp; embedded subgraphs run inside the gateway's fetch spans.
startTracing(tracingConfigFromEnv(env, 'plantgraph'));
const started = performance.now();
// The layer's own records (operator notes, schema-change log) outlive the process: PLANTGRAPH_STORE, by
// default an LMDB directory under var/ (gitignored), so the demo needs no database server.
const storeConfig = storeConfigFromEnv(env);
const store = await openStore(storeConfig);
const pg = await startPlantGraph({
  env,
  logger,
  store,
  demo: useDemo ? { plant: { seed: intEnv(env, 'PLANT_SEED', { fallback: 42 }) }, speed: intEnv(env, 'PLANT_SPEED', { fallback: 1, min: 0 }) } : false,
  gateway: { topology: 'embedded' },
});
const url = pg.gateway.url.replace('127.0.0.1', 'localhost');
const onOff = (on: boolean): string => (on ? 'on' : 'off');
const lines = [
  '',
  `PlantGraph is up in ${((performance.now() - started) / 1000).toFixed(1)} s: ${url}  (GraphiQL: open it in a browser)`,
  useDemo
    ? `Demo plant (seed ${pg.demo?.plant.config.seed}): ERP ${pg.demo?.erp.url}, MES ${pg.demo?.mes.wsdlUrl}, CMMS ${pg.demo?.cmms.url}, truth ${pg.demo?.truthUrl}`
    : 'Real systems from ERP_*, MES_*, CMMS_* settings.',
  `Store (PLANTGRAPH_STORE): ${storeConfig.kind === 'lmdb' ? `LMDB at ${storeConfig.path}` : storeConfig.kind === 'postgres' ? `PostgreSQL${storeConfig.schema ? `, schema ${storeConfig.schema}` : ''}` : 'in memory (lost on exit)'}`,
  // Say what the running mode really does (gateway/auth): the line must stay true whatever GATEWAY_* says.
  gatewayConfig.mode === 'demo'
    ? `DEMO MODE: no authentication (anonymous callers get the demo identity: every role, every site); introspection ${onOff(gatewayConfig.introspection)}, GraphiQL ${onOff(gatewayConfig.graphiql)}. Do not expose this port beyond this machine.`
    : `PRODUCTION MODE: every request needs Authorization: Bearer <JWT> or X-Api-Key; introspection ${onOff(gatewayConfig.introspection)}, GraphiQL ${onOff(gatewayConfig.graphiql)}.`,
  '',
  'Try:',
  `  curl -s ${url} -H 'content-type: application/json' \\`,
  `    -d '{"query":"{ equipmentList(first: 3) { edges { node { id name workCenter { name } mesMachineCode openMaintenanceWorkOrders { number title } } } } }"}'`,
  '',
];
process.stdout.write(lines.join('\n') + '\n');
// tedious 19 can reject a promise nobody holds when a SQL Server drops a socket mid-reply ("No event
// 'socketError' in state 'Final'"). The query itself already failed with a coded error; a driver bug must
// not take the plant's API down with it, so such rejections are logged, not fatal.
process.on('unhandledRejection', (reason) => {
  logger.error({ error: reason instanceof Error ? reason.message : String(reason) }, 'unhandled rejection (kept running)');
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => { void pg.close().then(() => store.close()).then(() => process.exit(0)); });
}

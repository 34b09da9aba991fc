// Composition root of the context subgraph as its own process: env → config → store → directory → subgraph → HTTP.
import { randomUUID } from 'node:crypto';
import {
  createLogger, openStore, signIdentityHeaders, startTracing, storeConfigFromEnv, stringEnv, subgraphIdentityFromEnv, tracingConfigFromEnv,
} from '../../common/index.ts';
import { createCrosswalk } from '../../normalization/index.ts';
import { loadConfig } from './config.ts';
import { createEquipmentDirectory, rosterLayoutQuery } from './equipment-directory.ts';
import type { RosterLayout } from './equipment-directory.ts';
import { startSubgraphServer } from './server.ts';
import { createContextSubgraph } from './subgraph.ts';

const logger = createLogger({ name: 'context' });
const config = loadConfig();
startTracing(tracingConfigFromEnv(process.env, 'plantgraph-context'));
const identity = subgraphIdentityFromEnv(process.env);
// The shared store (PLANTGRAPH_STORE): notes written here are seen by every process on the same store.
const store = await openStore(storeConfigFromEnv(process.env));
// The roster: the identity crosswalk in the store, else the ERP subgraph's layout (CONTEXT_ERP_URL, signed with
// the internal secret like a gateway request) while nothing has published a roster yet.
const erpUrl = stringEnv(process.env, 'CONTEXT_ERP_URL', '');
const fetchLayout = erpUrl === '' ? undefined : async (): Promise<RosterLayout> => {
  const requestId = `context-roster-${randomUUID()}`;
  const signed = identity === undefined ? {} : signIdentityHeaders({ sub: 'plantgraph-context', roles: ['viewer'], sites: ['*'], requestId }, identity.secret);
  const res = await fetch(erpUrl, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...signed },
    body: JSON.stringify({ query: rosterLayoutQuery }), signal: AbortSignal.timeout(10_000),
  });
  const body = await res.json() as { data?: RosterLayout; errors?: unknown[] };
  if (!res.ok || body.data === undefined || (body.errors?.length ?? 0) > 0) throw new Error(`roster layout query failed: HTTP ${res.status}`);
  return body.data;
};
const directory = createEquipmentDirectory({ crosswalk: createCrosswalk(store), ttlMs: config.rosterTtlMs, ...(fetchLayout === undefined ? {} : { fetchLayout }) });
const runtime = await createContextSubgraph(config, { logger, store, directory, ...(identity === undefined ? {} : { identity }) });
const { url, close } = await startSubgraphServer(runtime, { port: config.port, host: config.host, identity });
logger.info({ url, store: store.kind }, 'context subgraph listening');
const stop = () => { void close().then(() => runtime.close()).then(() => store.close()).then(() => process.exit(0)); };
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

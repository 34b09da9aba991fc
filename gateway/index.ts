// The gateway's public surface: config, start, and the supergraph reader.
export { loadGatewayConfig, subgraphNames } from './config.ts';
export type { GatewayConfig, Topology, SubgraphName } from './config.ts';
export { startGateway, readSupergraphSdl, defaultExampleQuery } from './create-gateway.ts';
export type { GatewayDeps, RunningGateway } from './create-gateway.ts';
export { formatError } from './errors.ts';
export { requestIdFrom } from './request-id.ts';

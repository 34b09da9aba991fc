import type { ApolloServer } from '@apollo/server';
import { createSubgraphServer, startSubgraphServer as startServer } from '../../common/index.ts';
import type { SubgraphRuntime } from '../../common/index.ts';
import type { ErpContext } from './context.ts';

/** An ApolloServer over the erp runtime's schema (not started); see common createSubgraphServer. */
export function createServer(runtime: SubgraphRuntime<ErpContext>): ApolloServer<ErpContext> {
  return createSubgraphServer(runtime);
}

/** Runs the erp subgraph as its own HTTP server with /health and /ready; `close()` stops the server, not the runtime. */
export function startSubgraphServer(runtime: SubgraphRuntime<ErpContext>, opts: { port: number; host: string }): Promise<{ url: string; close(): Promise<void> }> {
  return startServer(runtime, opts);
}

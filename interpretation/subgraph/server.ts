import type { ApolloServer } from '@apollo/server';
import { createSubgraphServer, startSubgraphServer as startServer } from '../../common/index.ts';
import type { SubgraphRuntime } from '../../common/index.ts';
import type { InterpretationContext } from './context.ts';

/** An ApolloServer over the interpretation runtime's schema (not started); see common createSubgraphServer. */
export function createServer(runtime: SubgraphRuntime<InterpretationContext>): ApolloServer<InterpretationContext> {
  return createSubgraphServer(runtime);
}

/** Runs the interpretation subgraph as its own HTTP server with /health and /ready; `close()` stops the server, not the runtime. */
export function startSubgraphServer(runtime: SubgraphRuntime<InterpretationContext>, opts: { port: number; host: string }): Promise<{ url: string; close(): Promise<void> }> {
  return startServer(runtime, opts);
}

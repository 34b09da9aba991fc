import type { ApolloServer } from '@apollo/server';
import { createSubgraphServer, startSubgraphServer as startServer } from '../../common/index.ts';
import type { SubgraphRuntime, VerifyIdentityOptions } from '../../common/index.ts';
import type { ContextContext } from './context.ts';

/** An ApolloServer over the context runtime's schema (not started); see common createSubgraphServer. */
export function createServer(runtime: SubgraphRuntime<ContextContext>): ApolloServer<ContextContext> {
  return createSubgraphServer(runtime);
}

/** Runs the context subgraph as its own HTTP server with /health and /ready; `close()` stops the server, not the runtime. */
export function startSubgraphServer(runtime: SubgraphRuntime<ContextContext>, opts: { port: number; host: string; identity?: VerifyIdentityOptions | undefined }): Promise<{ url: string; close(): Promise<void> }> {
  const { identity, ...rest } = opts;
  return startServer(runtime, identity === undefined ? rest : { ...rest, identity });
}

import type { ApolloServer } from '@apollo/server';
import { createSubgraphServer, startSubgraphServer as startServer } from '../../common/index.ts';
import type { SubgraphRuntime, VerifyIdentityOptions } from '../../common/index.ts';
import type { SpreadsheetContext } from './context.ts';

/** An ApolloServer over the spreadsheet runtime's schema (not started); see common createSubgraphServer. */
export function createServer(runtime: SubgraphRuntime<SpreadsheetContext>): ApolloServer<SpreadsheetContext> {
  return createSubgraphServer(runtime);
}

/** Runs the spreadsheet subgraph as its own HTTP server with /health and /ready: with `identity`, only gateway-signed requests are served; `close()` stops the server, not the runtime. */
export function startSubgraphServer(runtime: SubgraphRuntime<SpreadsheetContext>, opts: { port: number; host: string; identity?: VerifyIdentityOptions | undefined }): Promise<{ url: string; close(): Promise<void> }> {
  const { identity, ...rest } = opts;
  return startServer(runtime, identity === undefined ? rest : { ...rest, identity });
}

import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { randomUUID } from 'node:crypto';
import type { SubgraphRuntime } from '../../common/index.ts';
import type { ErpContext } from './context.ts';

/** An ApolloServer over the runtime's schema; stack traces never reach responses. Call `start()` or use executeOperation. */
export function createServer(runtime: SubgraphRuntime<ErpContext>): ApolloServer<ErpContext> {
  return new ApolloServer<ErpContext>({ schema: runtime.schema, includeStacktraceInErrorResponses: false });
}

/**
 * Runs the subgraph as its own HTTP server (POST /) on host:port (0 = ephemeral). Forwards `x-request-id` or
 * creates one. Resolves with the URL and a close() that stops the server (not the runtime).
 */
export async function startSubgraphServer(runtime: SubgraphRuntime<ErpContext>, opts: { port: number; host: string }): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(runtime);
  const { url } = await startStandaloneServer(server, {
    listen: { port: opts.port, host: opts.host },
    context: async ({ req }) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
      return runtime.createContext({ requestId: headers['x-request-id'] ?? randomUUID(), headers });
    },
  });
  return { url, close: () => server.stop() };
}

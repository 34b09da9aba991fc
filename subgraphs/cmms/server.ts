import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { SubgraphRuntime } from '../../common/index.ts';
import type { CmmsContext } from './context.ts';

/** An ApolloServer over the cmms runtime's schema; stack traces never reach responses. Not started. */
export function createServer(runtime: SubgraphRuntime<CmmsContext>): ApolloServer<CmmsContext> {
  // Inline (ftv1) tracing is only for Apollo Studio, which a plant network does not reach.
  return new ApolloServer<CmmsContext>({ schema: runtime.schema, includeStacktraceInErrorResponses: false, plugins: [ApolloServerPluginInlineTraceDisabled()] });
}

/**
 * Serves the cmms subgraph over HTTP on its own (distributed topology). Forwards `x-request-id` (or makes one)
 * into the context. Returns the URL and a close function that stops the server and the runtime's source.
 */
export async function startSubgraphServer(
  runtime: SubgraphRuntime<CmmsContext>, opts: { port: number; host: string },
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(runtime);
  const { url } = await startStandaloneServer(server, {
    listen: { port: opts.port, host: opts.host },
    context: async ({ req }) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
      return runtime.createContext({ requestId: headers['x-request-id'] ?? randomUUID(), headers });
    },
  });
  return { url, close: async () => { await server.stop(); await runtime.close(); } };
}

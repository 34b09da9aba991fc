import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { SubgraphRuntime } from '../../common/index.ts';
import type { InterpretationContext } from './context.ts';

/** An ApolloServer over the runtime's schema; stack traces never reach responses. */
export function createServer(runtime: SubgraphRuntime<InterpretationContext>): ApolloServer<InterpretationContext> {
  return new ApolloServer<InterpretationContext>({ schema: runtime.schema, includeStacktraceInErrorResponses: false });
}

/** Runs the subgraph as its own HTTP process; `close()` drains and stops it (the runtime stays open). */
export async function startSubgraphServer(runtime: SubgraphRuntime<InterpretationContext>, opts: { port: number; host: string }): Promise<{ url: string; close(): Promise<void> }> {
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

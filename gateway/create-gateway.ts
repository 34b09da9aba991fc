import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { findRepoRoot } from '../common/index.ts';
import type { Logger, SubgraphRuntime } from '../common/index.ts';
import type { GatewayConfig } from './config.ts';
import type { GatewayContext } from './context.ts';
import { EmbeddedSubgraphDataSource, RemoteSubgraphDataSource } from './data-sources.ts';
import { formatError, loggingPlugin } from './errors.ts';
import { loadGraphiqlAssets } from './graphiql.ts';
import { createHttpServer } from './http.ts';
import { limitsPlugin, roleCostBudget } from './limits.ts';
import type { QueryBudget } from './limits.ts';
import { createGatewayMetrics } from './metrics.ts';
import { createRateLimiter } from './rate-limit.ts';
import { createGatewayAuth } from './auth/index.ts';
import type { SiteDirectory } from './auth/index.ts';
import type { GatewayMetrics } from './metrics.ts';

/** The committed, CI-checked supergraph (schema/supergraph.graphql). Composition never happens at run time. */
export function readSupergraphSdl(): string {
  return readFileSync(new URL('schema/supergraph.graphql', findRepoRoot(import.meta.url)), 'utf8');
}

export interface GatewayDeps {
  readonly logger: Logger;
  /** Embedded topology: the subgraph runtimes by name. Required when config.topology is 'embedded'. */
  readonly embedded?: Readonly<Record<string, SubgraphRuntime>>;
  readonly supergraphSdl?: string;
  readonly exampleQuery?: string;
  /**
   * The document limits for one request; default: `config.limits` for everyone. The seam for per-role
   * budgets once issue 7's authentication exists.
   */
  readonly budget?: QueryBudget;
  /** Where sites' areas, work centers and equipment are; default: asked of the erp subgraph (gateway/auth). */
  readonly siteDirectory?: SiteDirectory;
}

export interface RunningGateway {
  readonly url: string;
  readonly port: number;
  readonly apollo: ApolloServer<GatewayContext>;
  /** The gateway's metrics (also served at GET /metrics); null when `config.metrics` is off. */
  readonly metrics: GatewayMetrics | null;
  ready(): Promise<Readonly<Record<string, boolean>>>;
  close(): Promise<void>;
}

export const defaultExampleQuery = `# Equipment across ERP, MES and CMMS
query Equipment {
  equipmentList(first: 5) {
    edges { node { id name workCenter { id name } } }
  }
}
`;

/** Starts the gateway: @apollo/gateway over the static supergraph, behind the node:http surface. */
export async function startGateway(config: Readonly<GatewayConfig>, deps: GatewayDeps): Promise<RunningGateway> {
  const { logger } = deps;
  const embedded = deps.embedded;
  if (config.topology === 'embedded' && embedded === undefined) throw new Error('embedded topology needs the subgraph runtimes');
  const metrics = config.metrics ? createGatewayMetrics(config.topology === 'embedded' && embedded !== undefined ? { embedded } : {}) : null;
  const observe = metrics?.observeFetch;
  const auth = createGatewayAuth(config, { embedded, directory: deps.siteDirectory, logger });

  const gateway = new ApolloGateway({
    supergraphSdl: deps.supergraphSdl ?? readSupergraphSdl(),
    buildService: ({ name, url }) => {
      if (config.topology === 'embedded') {
        const rt = embedded?.[name];
        if (rt === undefined) throw new Error(`supergraph names subgraph "${name}" but no embedded runtime was given`);
        return new EmbeddedSubgraphDataSource(rt, observe);
      }
      const configured = (config.subgraphUrls as Readonly<Record<string, string>>)[name];
      return new RemoteSubgraphDataSource(name, configured ?? url ?? '', config.subgraphTimeoutMs, observe);
    },
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    formatError,
    plugins: [
      loggingPlugin(), auth.plugin<GatewayContext>(), limitsPlugin<GatewayContext>(),
      ...(metrics === null ? [] : [metrics.plugin as ApolloServerPlugin<GatewayContext>]),
      // "Did you mean …?" would list field names that closed introspection is meant to hide.
      ...(config.introspection ? [] : new ApolloArmor({
        blockFieldSuggestion: { enabled: true }, maxTokens: { enabled: false }, costLimit: { enabled: false },
        maxAliases: { enabled: false }, maxDirectives: { enabled: false }, maxDepth: { enabled: false },
      }).protect().plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
    ],
  });
  await apollo.start();

  const ready = async (): Promise<Readonly<Record<string, boolean>>> => {
    if (embedded !== undefined && config.topology === 'embedded') {
      const entries = await Promise.all(Object.entries(embedded).map(async ([n, rt]) => [n, await rt.ready().catch(() => false)] as const));
      return Object.fromEntries(entries);
    }
    const entries = await Promise.all(Object.entries(config.subgraphUrls).map(async ([n, u]) => {
      try {
        const r = await fetch(new URL('/health', u), { signal: AbortSignal.timeout(2000) });
        return [n, r.ok] as const;
      } catch { return [n, false] as const; }
    }));
    return Object.fromEntries(entries);
  };

  const http = createHttpServer({
    apollo, logger, maxBodyBytes: config.maxBodyBytes, requestTimeoutMs: config.requestTimeoutMs,
    graphiql: config.graphiql ? loadGraphiqlAssets() : null,
    exampleQuery: deps.exampleQuery ?? defaultExampleQuery,
    ready, auth,
    budget: deps.budget ?? roleCostBudget(config.limits, config.roleMaxCost),
    metrics,
    rateLimiter: createRateLimiter(config.rateLimit),
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => { http.off('error', reject); resolve(); });
  });
  const port = (http.address() as AddressInfo).port;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/graphql`;
  logger.info({ url, topology: config.topology }, 'gateway listening');

  return {
    url, port, apollo, metrics, ready,
    async close() {
      await new Promise<void>((resolve) => { http.close(() => resolve()); http.closeAllConnections(); });
      await apollo.stop();
    },
  };
}

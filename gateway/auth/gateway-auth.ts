import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { errorMediaType, signIdentityHeaders } from '../../common/index.ts';
import type { Logger, SubgraphRuntime } from '../../common/index.ts';
import { createAuthenticator } from './authenticate.ts';
import type { AuthOutcome, AuthRefusal, Identity } from './authenticate.ts';
import { authorizeOperation } from './authorize.ts';
import type { SiteDirectory } from './authorize.ts';
import type { AuthConfig, GatewayMode } from './config.ts';
import { createSiteDirectory, embeddedLayoutFetcher, remoteLayoutFetcher } from './site-directory.ts';

/** The part of the gateway's config authentication reads. */
export interface AuthGatewayConfig {
  readonly mode: GatewayMode;
  readonly auth: AuthConfig;
  readonly topology: 'embedded' | 'distributed';
  readonly subgraphUrls: Readonly<Record<string, string>>;
  readonly subgraphTimeoutMs: number;
}

/** The part of the gateway's per-request context the authorisation plugin reads. */
export interface AuthContext {
  readonly identity: Identity;
  readonly logger: Logger;
}

/** Authentication and authorisation for one gateway; see gateway/auth/README.md. */
export interface GatewayAuth {
  readonly mode: GatewayMode;
  /** Authenticates an HTTP request's headers. Never throws. */
  authenticate(headers: IncomingHttpHeaders): Promise<AuthOutcome>;
  /** Answers a refused request: 401, `WWW-Authenticate`, a coded error body; never echoes the credential. */
  refuse(res: ServerResponse, refusal: AuthRefusal, requestId: string): void;
  /** The signed `x-plantgraph-identity` / `x-plantgraph-signature` headers for the subgraphs. */
  identityHeaders(identity: Identity, requestId: string): Readonly<Record<string, string>>;
  /** Refuses operations the identity may not run (field roles, sites) before any subgraph is called. */
  plugin<C extends AuthContext>(): ApolloServerPlugin<C>;
  readonly directory: SiteDirectory;
}

/**
 * Builds the gateway's auth from its config. The site directory asks the ERP subgraph (embedded runtime `erp`, or
 * the `erp` URL) for the plant layout; `deps.directory` replaces it (tests, gateways without an ERP subgraph).
 */
export function createGatewayAuth(config: AuthGatewayConfig, deps: {
  readonly embedded?: Readonly<Record<string, SubgraphRuntime>> | undefined;
  readonly directory?: SiteDirectory | undefined;
  /** Refusals are logged here at warn (code, reason, request id; never the credential). */
  readonly logger?: Logger;
}): GatewayAuth {
  const secret = config.auth.internalSecret;
  const erp = deps.embedded?.['erp'];
  const directory = deps.directory ?? createSiteDirectory(
    config.topology === 'embedded'
      ? (erp !== undefined ? embeddedLayoutFetcher(erp, secret) : () => Promise.reject(new Error('no embedded erp subgraph')))
      : remoteLayoutFetcher(config.subgraphUrls['erp'] ?? '', secret, config.subgraphTimeoutMs),
  );
  return {
    mode: config.mode,
    directory,
    authenticate: createAuthenticator(config.mode, config.auth),
    refuse(res, refusal, requestId) {
      deps.logger?.warn({ requestId, code: refusal.code, ...(refusal.reason !== undefined ? { reason: refusal.reason } : {}) }, 'request refused by authentication');
      const extensions: Record<string, unknown> = { code: refusal.code };
      if (refusal.reason !== undefined) extensions['detail'] = { reason: refusal.reason };
      res.writeHead(refusal.status, {
        // Follows the client's Accept like Apollo's own errors (GraphQL over HTTP).
        'content-type': errorMediaType(res.req.headers.accept),
        'x-request-id': requestId,
        'www-authenticate': refusal.code === 'INVALID_TOKEN' ? 'Bearer realm="plantgraph", error="invalid_token"' : 'Bearer realm="plantgraph"',
      });
      res.end(JSON.stringify({ errors: [{ message: refusal.message, extensions }] }));
    },
    identityHeaders: (identity, requestId) =>
      signIdentityHeaders({ sub: identity.subject, roles: identity.roles, sites: identity.sites, requestId }, secret),
    plugin<C extends AuthContext>(): ApolloServerPlugin<C> {
      return {
        async requestDidStart() {
          return {
            async didResolveOperation({ schema, document, operation, request, contextValue }) {
              if (operation === undefined) return; // Apollo refuses an unresolved operation itself
              const error = await authorizeOperation({
                schema, document, operation, variables: request.variables ?? {}, identity: contextValue.identity, directory,
              });
              if (error !== undefined) throw error;
            },
          };
        },
      };
    },
  };
}

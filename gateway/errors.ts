import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { Code, isKnownCode } from '../common/index.ts';
import type { GatewayContext } from './context.ts';

/**
 * Known codes pass through (with their small, safe extensions); everything else becomes
 * INTERNAL_SERVER_ERROR with a fixed message, keeping `path`/`locations` so the client knows where.
 * Stack traces never leave: `includeStacktraceInErrorResponses` is off as well.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const ext = formatted.extensions ?? {};
  if (isKnownCode(ext['code'])) {
    const { stacktrace: _drop, exception: _drop2, ...safe } = ext as Record<string, unknown>;
    return { ...formatted, extensions: safe };
  }
  return {
    message: 'Internal error',
    ...(formatted.locations !== undefined ? { locations: formatted.locations } : {}),
    ...(formatted.path !== undefined ? { path: formatted.path } : {}),
    extensions: { code: Code.INTERNAL_SERVER_ERROR },
  };
}

/**
 * One `info` line per request with its outcome and duration, and one `error` line per error that is
 * not a known code (with the original error's message), both under the request id.
 */
export function loggingPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, contextValue: ctx }) {
          for (const e of errors) {
            const code = e.extensions['code'];
            if (isKnownCode(code)) {
              ctx.logger.warn({ code: String(code), path: e.path?.join('.') }, e.message);
            } else {
              const original = unwrapResolverError(e);
              ctx.logger.error({ code: 'UNKNOWN', path: e.path?.join('.'), error: original instanceof Error ? original.message : String(original) }, 'unexpected error');
            }
          }
        },
        async willSendResponse({ response, operationName }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors?.length ?? 0 : 0;
          contextValue.logger.info(
            { operationName: operationName ?? undefined, ms: Math.round(performance.now() - started), outcome: errors === 0 ? 'ok' : `errors:${errors}` },
            'graphql request',
          );
        },
      };
    },
  };
}

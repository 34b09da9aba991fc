import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Lexer, Source, TokenKind, validate } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { Code } from '../common/index.ts';
import type { Code as CodeT } from '../common/index.ts';
import type { Identity } from './auth/index.ts';

/**
 * Per-request limits on a GraphQL document. Every limit is inclusive (a document AT the limit passes).
 * - `maxDepth`: nesting of selection sets (graphql-armor max-depth; introspection is exempt).
 * - `maxAliases`, `maxDirectives`: counts over the operation, fragments included (graphql-armor).
 * - `maxTokens`: lexical tokens (comments excluded), checked before the document is parsed.
 * - `maxCost`: graphql-armor's structural cost estimate (objects 2, scalars 1, ×1.5 per level, ×`first`/`last`
 *   when given as literals). A heuristic: it does not see page sizes passed as variables or schema defaults.
 */
export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  readonly maxCost: number;
}

/** The measured size of a document, as the limits count it. `cost` is rounded up. */
export interface DocumentMeasure {
  readonly depth: number;
  readonly aliases: number;
  readonly directives: number;
  readonly cost: number;
}

/** What a budget function may look at. */
export interface LimitsRequest {
  readonly requestId: string;
  /** Lower-cased incoming headers. */
  readonly headers: Readonly<Record<string, string>>;
  /** The authenticated caller (gateway/auth), so a budget can depend on role or API key. */
  readonly identity: Identity;
}

/**
 * Computes the limits for one request. The seam for per-role budgets and per-key quotas: today every request
 * gets the configured limits (no per-role budgets are defined yet); a budget by `identity` plugs in here.
 */
export type QueryBudget = (request: LimitsRequest) => QueryLimits;

/**
 * Per-role cost budgets: a caller holding roles with a configured `maxCost` gets the largest of them (a caller's
 * most generous role decides, as with rate limits; a heuristic); callers with none of them get `base`. The other
 * limits (depth, aliases, directives, tokens) are the same for everyone: they guard the parser, not the plant.
 */
export function roleCostBudget(base: QueryLimits, roleMaxCost: Readonly<Record<string, number>>): QueryBudget {
  return ({ identity }) => {
    const costs = identity.roles.map((r) => roleMaxCost[r]).filter((c): c is number => c !== undefined);
    return costs.length === 0 ? base : { ...base, maxCost: Math.max(...costs) };
  };
}

/** The number of lexical tokens in `query` (comments excluded), counting at most `stopAfter + 1`. */
export function countTokens(query: string, stopAfter = Number.MAX_SAFE_INTEGER): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++n > stopAfter) break;
  } catch {
    // A lexical error: the parser reports it as GRAPHQL_PARSE_FAILED right after; the count so far stands.
  }
  return n;
}

function limitError(code: CodeT, message: string, limit: number, found?: number): GraphQLError {
  const detail: Record<string, number> = { limit };
  if (found !== undefined) detail['found'] = found;
  // `http` is read (and removed from the response) by Apollo Server: a refused document is a bad request.
  return new GraphQLError(message, { extensions: { code, detail, http: { status: 400 } } });
}

/** TOO_MANY_TOKENS when `query` has more tokens than `maxTokens`, else undefined. Cheap: stops at the limit. */
export function checkTokens(query: string, maxTokens: number): GraphQLError | undefined {
  if (countTokens(query, maxTokens) <= maxTokens) return undefined;
  return limitError(Code.TOO_MANY_TOKENS, `The document has more than ${maxTokens} tokens, the gateway's limit.`, maxTokens);
}

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;
type Kind = 'depth' | 'aliases' | 'directives' | 'cost';

const kinds: readonly { kind: Kind; code: CodeT; what: string; limit: (l: QueryLimits) => number }[] = [
  { kind: 'depth', code: Code.QUERY_TOO_DEEP, what: 'depth', limit: (l) => l.maxDepth },
  { kind: 'aliases', code: Code.TOO_MANY_ALIASES, what: 'number of aliases', limit: (l) => l.maxAliases },
  { kind: 'directives', code: Code.TOO_MANY_DIRECTIVES, what: 'number of directives', limit: (l) => l.maxDirectives },
  { kind: 'cost', code: Code.QUERY_TOO_COSTLY, what: 'estimated cost', limit: (l) => l.maxCost },
];

/**
 * How big `document` is by the limits' measures (for choosing limits and for tests): graphql-armor's rules run
 * with no limit and report what they counted through `onAccept`. `schema` only satisfies graphql's validate().
 * Armor's own rejection path is not used: it reports BAD_USER_INPUT, and inside Apollo's validation phase every
 * rule error is re-coded GRAPHQL_VALIDATION_FAILED, so the client could not tell which limit was hit.
 */
export function measureDocument(schema: GraphQLSchema, document: DocumentNode): DocumentMeasure {
  const seen: Record<Kind, number> = { depth: 0, aliases: 0, directives: 0, cost: 0 };
  const counted = (kind: Kind) => ({
    n: Infinity, propagateOnRejection: false, onReject: [],
    onAccept: [(_ctx: unknown, d: { n?: number }) => { seen[kind] = Math.max(seen[kind], Math.ceil(d.n ?? 0)); }],
  });
  const config = {
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false }, // counted before parsing instead (checkTokens); see http.ts
    maxDepth: { ...counted('depth'), ignoreIntrospection: true },
    maxAliases: counted('aliases'),
    maxDirectives: counted('directives'),
    costLimit: { ...counted('cost'), maxCost: Infinity, ignoreIntrospection: true },
  } as ArmorConfig;
  validate(schema, document, new ApolloArmor(config).protect().validationRules);
  return seen;
}

/**
 * Measures per document. Apollo hands the same DocumentNode for the same query text (its document cache),
 * so a repeated query is measured once (armor's rules cost ~0.1 ms on a mid-size query) and only compared
 * with each request's limits afterwards.
 */
const measured = new WeakMap<DocumentNode, DocumentMeasure>();

/**
 * The first limit `document` breaks, as a coded GraphQLError (QUERY_TOO_DEEP, TOO_MANY_ALIASES,
 * TOO_MANY_DIRECTIVES, QUERY_TOO_COSTLY; checked in that order), or undefined when it is within `limits`.
 * Limits are inclusive; the cost is rounded up before comparing (the same verdict as armor's, for integer limits).
 */
export function checkDocument(schema: GraphQLSchema, document: DocumentNode, limits: QueryLimits): GraphQLError | undefined {
  let m = measured.get(document);
  if (m === undefined) { m = measureDocument(schema, document); measured.set(document, m); }
  for (const k of kinds) {
    const limit = k.limit(limits);
    const found = m[k.kind];
    if (found > limit) return limitError(k.code, `The document's ${k.what} (${found}) exceeds the gateway's limit of ${limit}.`, limit, found);
  }
  return undefined;
}

/** The part of the gateway context the limits plugin reads. */
export interface LimitsContext {
  readonly limits: QueryLimits;
}

/**
 * Refuses documents past the request's limits once the operation is resolved (after parsing and
 * validation, before any subgraph is called). The limits come from the request context, so a per-role
 * budget set at context creation applies here unchanged.
 *
 * Why a plugin hook and not Apollo's `validationRules`: Apollo skips validation for documents already in its
 * document cache, so a document first validated under a large budget would later pass a small one unchecked.
 * didResolveOperation runs for every request. The standard validation rules do run before this hook (one of
 * them, overlapping-fields, is quadratic in the number of same-named fields); the token limit, checked before
 * parsing, is what bounds their cost.
 */
export function limitsPlugin<C extends LimitsContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, contextValue }) {
          const error = checkDocument(schema, document, contextValue.limits);
          if (error !== undefined) throw error;
        },
      };
    },
  };
}

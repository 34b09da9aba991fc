import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Lexer, Source, TokenKind, validate } from 'graphql';
import type { DocumentNode, GraphQLSchema, ValidationRule } from 'graphql';
import { Code } from '../common/index.ts';
import type { Code as CodeT } from '../common/index.ts';

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

/** What a budget function may look at. Authentication (issue 7) adds the caller's identity and role here. */
export interface LimitsRequest {
  readonly requestId: string;
  /** Lower-cased incoming headers. */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Computes the limits for one request. The seam for per-role budgets and per-key quotas: today every request
 * gets the configured limits; once callers are authenticated this function picks the budget by role.
 */
export type QueryBudget = (request: LimitsRequest) => QueryLimits;

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
type Callbacks = { onReject: ((ctx: unknown, e: GraphQLError) => void)[]; onAccept: ((ctx: unknown, d: { n?: number }) => void)[] };
type Kind = 'depth' | 'aliases' | 'directives' | 'cost';

const kinds: readonly { kind: Kind; code: CodeT; what: string; limit: (l: QueryLimits) => number }[] = [
  { kind: 'depth', code: Code.QUERY_TOO_DEEP, what: 'depth', limit: (l) => l.maxDepth },
  { kind: 'aliases', code: Code.TOO_MANY_ALIASES, what: 'number of aliases', limit: (l) => l.maxAliases },
  { kind: 'directives', code: Code.TOO_MANY_DIRECTIVES, what: 'number of directives', limit: (l) => l.maxDirectives },
  { kind: 'cost', code: Code.QUERY_TOO_COSTLY, what: 'estimated cost', limit: (l) => l.maxCost },
];

/**
 * graphql-armor's validation rules for `limits`, reporting to `onReject`/`onAccept` by kind. Armor's own
 * rejection reporting is off (`propagateOnRejection: false`): it would report BAD_USER_INPUT, and Apollo's
 * validation phase re-codes every rule error as GRAPHQL_VALIDATION_FAILED, so the limit hit would be lost.
 */
function armorRules(limits: QueryLimits, cb: (kind: Kind) => Callbacks): ValidationRule[] {
  const config: ArmorConfig = {
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false }, // counted before parsing instead (checkTokens); see http.ts
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, propagateOnRejection: false, ...cb('depth') },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, ...cb('aliases') },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, ...cb('directives') },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, propagateOnRejection: false, ...cb('cost') },
  } as ArmorConfig;
  return new ApolloArmor(config).protect().validationRules;
}

/** Armor says "… limit of N exceeded, found M."; the found figure is taken from that text when present. */
function foundIn(message: string): number | undefined {
  const m = /found (\d+(?:\.\d+)?)/.exec(message);
  return m?.[1] === undefined ? undefined : Math.ceil(Number(m[1]));
}

/**
 * The first limit `document` breaks, as a coded GraphQLError (QUERY_TOO_DEEP, TOO_MANY_ALIASES,
 * TOO_MANY_DIRECTIVES, QUERY_TOO_COSTLY; checked in that order), or undefined when it is within `limits`.
 */
export function checkDocument(schema: GraphQLSchema, document: DocumentNode, limits: QueryLimits): GraphQLError | undefined {
  const rejected: GraphQLError[] = [];
  const rules = armorRules(limits, (kind) => {
    const k = kinds.find((x) => x.kind === kind)!;
    return {
      onAccept: [],
      onReject: [(_ctx, e) => {
        const limit = k.limit(limits);
        const found = foundIn(e.message);
        rejected.push(limitError(k.code, `The document's ${k.what}${found === undefined ? '' : ` (${found})`} exceeds the gateway's limit of ${limit}.`, limit, found));
      }],
    };
  });
  validate(schema, document, rules);
  const order = kinds.map((k) => k.code as string);
  rejected.sort((a, b) => order.indexOf(String(a.extensions['code'])) - order.indexOf(String(b.extensions['code'])));
  return rejected[0];
}

/** How big `document` is by the limits' measures (for choosing limits and for tests). */
export function measureDocument(schema: GraphQLSchema, document: DocumentNode): DocumentMeasure {
  const seen: Record<Kind, number> = { depth: 0, aliases: 0, directives: 0, cost: 0 };
  const unlimited: QueryLimits = { maxDepth: Infinity, maxAliases: Infinity, maxDirectives: Infinity, maxTokens: Infinity, maxCost: Infinity };
  validate(schema, document, armorRules(unlimited, (kind) => ({
    onReject: [],
    onAccept: [(_ctx, d) => { seen[kind] = Math.max(seen[kind], Math.ceil(d.n ?? 0)); }],
  })));
  return seen;
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

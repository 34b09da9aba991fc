import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';

/**
 * The closed set of `extensions.code` values PlantGraph puts on GraphQL errors.
 * Prefixed by origin. Each code has a section in docs/errors.md; a test checks both directions.
 * Retired codes are never reused.
 */
export const Code = {
  ERP_UNAVAILABLE: 'ERP_UNAVAILABLE',
  ERP_TIMEOUT: 'ERP_TIMEOUT',
  ERP_QUERY_FAILED: 'ERP_QUERY_FAILED',
  ERP_BAD_RESPONSE: 'ERP_BAD_RESPONSE',
  MES_UNAVAILABLE: 'MES_UNAVAILABLE',
  MES_TIMEOUT: 'MES_TIMEOUT',
  MES_SOAP_FAULT: 'MES_SOAP_FAULT',
  MES_BUSY: 'MES_BUSY',
  MES_AUTH_FAILED: 'MES_AUTH_FAILED',
  MES_BAD_RESPONSE: 'MES_BAD_RESPONSE',
  CMMS_UNAVAILABLE: 'CMMS_UNAVAILABLE',
  CMMS_TIMEOUT: 'CMMS_TIMEOUT',
  CMMS_RATE_LIMITED: 'CMMS_RATE_LIMITED',
  CMMS_AUTH_FAILED: 'CMMS_AUTH_FAILED',
  CMMS_BAD_RESPONSE: 'CMMS_BAD_RESPONSE',
  SPREADSHEET_UNAVAILABLE: 'SPREADSHEET_UNAVAILABLE',
  SPREADSHEET_BAD_FILE: 'SPREADSHEET_BAD_FILE',
  SPREADSHEET_BAD_ROW: 'SPREADSHEET_BAD_ROW',
  SPREADSHEET_UNKNOWN_EQUIPMENT: 'SPREADSHEET_UNKNOWN_EQUIPMENT',
  INTERP_INSUFFICIENT_DATA: 'INTERP_INSUFFICIENT_DATA',
  INTERP_BAD_ARGUMENT: 'INTERP_BAD_ARGUMENT',
  INTERP_INPUT_UNAVAILABLE: 'INTERP_INPUT_UNAVAILABLE',
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  GATEWAY_TIMEOUT: 'GATEWAY_TIMEOUT',
  INVALID_CURSOR: 'INVALID_CURSOR',
  INVALID_TIME_RANGE: 'INVALID_TIME_RANGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  RATE_LIMITED: 'RATE_LIMITED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_TOKEN: 'INVALID_TOKEN',
  FORBIDDEN_ROLE: 'FORBIDDEN_ROLE',
  FORBIDDEN_SITE: 'FORBIDDEN_SITE',
  IDENTITY_HEADER_MISSING: 'IDENTITY_HEADER_MISSING',
  IDENTITY_HEADER_FORGED: 'IDENTITY_HEADER_FORGED',
  IDENTITY_HEADER_EXPIRED: 'IDENTITY_HEADER_EXPIRED',
  UNIT_UNKNOWN: 'UNIT_UNKNOWN',
  UNIT_INCOMPATIBLE: 'UNIT_INCOMPATIBLE',
  UNIT_PRESSURE_REFERENCE: 'UNIT_PRESSURE_REFERENCE',
  UNIT_COUNT_FACTOR_MISSING: 'UNIT_COUNT_FACTOR_MISSING',
  TIME_UNPARSEABLE: 'TIME_UNPARSEABLE',
  TIME_AMBIGUOUS_DATE_ORDER: 'TIME_AMBIGUOUS_DATE_ORDER',
  IDENTITY_LINK_UNKNOWN: 'IDENTITY_LINK_UNKNOWN',
  IDENTITY_STORE_UNAVAILABLE: 'IDENTITY_STORE_UNAVAILABLE',
  SCHEMA_FIELD_UNMAPPED: 'SCHEMA_FIELD_UNMAPPED',
  NOTE_TEXT_EMPTY: 'NOTE_TEXT_EMPTY',
  NOTE_TEXT_TOO_LONG: 'NOTE_TEXT_TOO_LONG',
  NOTE_TIME_IN_FUTURE: 'NOTE_TIME_IN_FUTURE',
  NOTE_TIME_INVALID: 'NOTE_TIME_INVALID',
  NOTE_TARGET_REQUIRED: 'NOTE_TARGET_REQUIRED',
  NOTE_UNKNOWN_EQUIPMENT: 'NOTE_UNKNOWN_EQUIPMENT',
  NOTE_UNKNOWN_WORK_CENTER: 'NOTE_UNKNOWN_WORK_CENTER',
  NOTE_TARGET_MISMATCH: 'NOTE_TARGET_MISMATCH',
  NOTE_FIELD_INVALID: 'NOTE_FIELD_INVALID',
  NOTE_NOT_FOUND: 'NOTE_NOT_FOUND',
  NOTE_EDIT_CONFLICT: 'NOTE_EDIT_CONFLICT',
  NOTE_IDEMPOTENCY_KEY_REUSED: 'NOTE_IDEMPOTENCY_KEY_REUSED',
  NOTE_STORE_UNAVAILABLE: 'NOTE_STORE_UNAVAILABLE',
  NOTE_DIRECTORY_UNAVAILABLE: 'NOTE_DIRECTORY_UNAVAILABLE',
} as const;
export type Code = (typeof Code)[keyof typeof Code];

/** One-line description per code; docs/errors.md carries the long form. */
export const codeDescriptions: Readonly<Record<Code, string>> = Object.freeze({
  ERP_UNAVAILABLE: 'The ERP database could not be reached or refused the connection.',
  ERP_TIMEOUT: 'An ERP query ran past its per-query timeout and was cancelled.',
  ERP_QUERY_FAILED: 'The ERP database answered a query with an error.',
  ERP_BAD_RESPONSE: 'The ERP returned rows that do not fit the expected view contract.',
  MES_UNAVAILABLE: 'The MES SOAP service could not be reached or answered with an HTTP error.',
  MES_TIMEOUT: 'An MES SOAP call ran past its timeout.',
  MES_SOAP_FAULT: 'The MES answered with a SOAP Fault; `detail` carries its ErrorCode.',
  MES_BUSY: 'The MES reported it is busy; the read may be retried later.',
  MES_AUTH_FAILED: 'The MES refused the AuthHeader credentials.',
  MES_BAD_RESPONSE: 'The MES answered with XML that does not fit the WSDL contract.',
  CMMS_UNAVAILABLE: 'The CMMS REST API could not be reached or answered 5xx.',
  CMMS_TIMEOUT: 'A CMMS request ran past its timeout.',
  CMMS_RATE_LIMITED: 'The CMMS kept answering 429 past the retry budget.',
  CMMS_AUTH_FAILED: 'The CMMS refused the API key or token.',
  CMMS_BAD_RESPONSE: 'The CMMS answered with JSON that does not fit its API contract.',
  SPREADSHEET_UNAVAILABLE: 'The spreadsheet drop folder cannot be listed (missing, unmounted or not readable).',
  SPREADSHEET_BAD_FILE: 'A file in the drop folder is not a readable workbook/CSV or has no recognisable header; its rows are left out and counted.',
  SPREADSHEET_BAD_ROW: 'A shift-log row has an unreadable date, shift, job, operation or quantity; it is left out and counted.',
  SPREADSHEET_UNKNOWN_EQUIPMENT: 'A shift-log row names a machine that matches no alias of the mapping; it is left out and counted, never guessed.',
  INTERP_INSUFFICIENT_DATA: 'Too few usable samples to compute the requested figure.',
  INTERP_BAD_ARGUMENT: 'An interpretation argument (window, sensitivity, page size, cursor) is out of range.',
  INTERP_INPUT_UNAVAILABLE: 'A required input field (samples, states, maintenance) arrived null through federation because its owner failed.',
  GATEWAY_TIMEOUT: 'A whole request ran past the gateway request deadline (GATEWAY_REQUEST_TIMEOUT_MS).',
  SUBGRAPH_UNAVAILABLE: 'A subgraph with no system of its own could not be reached by the gateway.',
  INVALID_CURSOR: 'A pagination cursor was malformed or belongs to another list.',
  INVALID_TIME_RANGE: 'A time range argument is malformed, reversed or too long.',
  INTERNAL_SERVER_ERROR: 'An unexpected error; details are in the server log under the request id.',
  QUERY_TOO_DEEP: 'The gateway refused a document nested deeper than its depth limit.',
  TOO_MANY_ALIASES: 'The gateway refused a document with more aliases than its limit.',
  TOO_MANY_DIRECTIVES: 'The gateway refused a document with more directives than its limit.',
  TOO_MANY_TOKENS: 'The gateway refused a document with more lexical tokens than its limit, before parsing it.',
  QUERY_TOO_COSTLY: 'The gateway refused a document whose estimated cost exceeds the budget.',
  RATE_LIMITED: 'The caller sent more requests than its rate limit allows in the current window; retry after Retry-After seconds.',
  UNAUTHENTICATED: 'The request carried no credentials and the gateway runs in production mode, where anonymous access is off.',
  INVALID_TOKEN: 'The bearer token or API key was malformed, unknown, expired, not yet valid or badly signed.',
  FORBIDDEN_ROLE: 'The caller holds none of the roles a requested field needs; the error names the field.',
  FORBIDDEN_SITE: 'The request names a site, or equipment of a site, the caller may not see; the error names the field.',
  IDENTITY_HEADER_MISSING: 'A subgraph got a request without the gateway-signed identity headers.',
  IDENTITY_HEADER_FORGED: 'A subgraph got identity headers that are malformed or not signed with the internal secret.',
  IDENTITY_HEADER_EXPIRED: 'A subgraph got a validly signed identity older than its maximum age (a replay).',
  UNIT_UNKNOWN: 'A unit string is not in the alias table; it is reported, never guessed.',
  UNIT_INCOMPATIBLE: 'A conversion between units of different kinds (pressure to length, count to mass) was requested.',
  UNIT_PRESSURE_REFERENCE: 'A conversion would mix gauge and absolute pressure without an explicit ambient pressure.',
  UNIT_COUNT_FACTOR_MISSING: 'Count units (EA, BX, strokes) were converted or aggregated without an item-level factor.',
  TIME_UNPARSEABLE: 'A source time value does not fit its declared encoding (date, decimal hours, serial, epoch, HHMM).',
  TIME_AMBIGUOUS_DATE_ORDER: 'A date string could be D/M or M/D and the source has no configured locale.',
  IDENTITY_LINK_UNKNOWN: 'A confirm/reject names an identity link id that is no current proposal or link.',
  IDENTITY_STORE_UNAVAILABLE: 'The durable store holding the identity crosswalk failed to read or commit.',
  SCHEMA_FIELD_UNMAPPED: 'A source field this value is read from is gone after an upstream schema change and no replacement could be mapped.',
  NOTE_TEXT_EMPTY: 'An operator note has no text (only whitespace).',
  NOTE_TEXT_TOO_LONG: 'An operator note\'s text is longer than the limit.',
  NOTE_TIME_IN_FUTURE: 'An operator note\'s time or end time lies in the future.',
  NOTE_TIME_INVALID: 'An operator note\'s times are unparseable, reversed, too long a period or too old.',
  NOTE_TARGET_REQUIRED: 'An operator note names neither an equipment nor a work center.',
  NOTE_UNKNOWN_EQUIPMENT: 'An operator note names an equipment id the plant roster does not know.',
  NOTE_UNKNOWN_WORK_CENTER: 'An operator note names a work center id the plant roster does not know.',
  NOTE_TARGET_MISMATCH: 'An operator note names an equipment and a work center it does not belong to.',
  NOTE_FIELD_INVALID: 'An operator note field (author, shift, idempotency key, order, reason) is empty, too long or malformed.',
  NOTE_NOT_FOUND: 'No operator note has the given id.',
  NOTE_EDIT_CONFLICT: 'An operator note was edited by someone else since the revision the edit was based on.',
  NOTE_IDEMPOTENCY_KEY_REUSED: 'An idempotency key was reused for a different note.',
  NOTE_STORE_UNAVAILABLE: 'The durable store holding operator notes failed.',
  NOTE_DIRECTORY_UNAVAILABLE: 'The plant roster needed to check a note\'s equipment could not be read.',
});

/** Which plant system an error is about; put on `extensions.source`. */
export type SourceSystem = 'ERP' | 'MES' | 'CMMS' | 'SPREADSHEET' | 'INTERPRETATION' | 'GATEWAY';

const apolloCodes: ReadonlySet<string> = new Set(Object.values(ApolloServerErrorCode));
const ownCodes: ReadonlySet<string> = new Set(Object.values(Code));

/** True for our registry's codes and Apollo's own `ApolloServerErrorCode` values. */
export function isKnownCode(code: unknown): code is string {
  return typeof code === 'string' && (ownCodes.has(code) || apolloCodes.has(code));
}

export interface PlantErrorFacts {
  /** The upstream system the error is about. */
  readonly source?: SourceSystem;
  /** Whether the same read may succeed if retried. */
  readonly retryable?: boolean;
  /** Small, safe extra facts (an upstream error number, a field name). Never SQL, envelopes or stacks. */
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
}

/** A coded GraphQLError. `extensions` holds only the code and the small safe facts given. */
export function plantError(code: Code, message: string, facts: PlantErrorFacts = {}, cause?: unknown): GraphQLError {
  const extensions: Record<string, unknown> = { code };
  if (facts.source !== undefined) extensions['source'] = facts.source;
  if (facts.retryable !== undefined) extensions['retryable'] = facts.retryable;
  if (facts.detail !== undefined) extensions['detail'] = { ...facts.detail };
  return new GraphQLError(message, { extensions, originalError: cause instanceof Error ? cause : undefined });
}

/** The code on a GraphQLError, if any. */
export function errorCode(err: unknown): string | undefined {
  if (err instanceof GraphQLError) {
    const c = err.extensions['code'];
    return typeof c === 'string' ? c : undefined;
  }
  return undefined;
}

import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { Code, plantError } from '../../../common/index.ts';

/** Argument helpers shared by the resolvers: time ranges, `first` caps, connection cursors, DateTime output. */

export const iso = (ms: number): string => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

/** Parses an ISO-8601 DateTime argument; throws INVALID_TIME_RANGE naming the argument. */
export function instantArg(v: string, name: string): number {
  const ms = Date.parse(v);
  if (!Number.isFinite(ms)) throw plantError(Code.INVALID_TIME_RANGE, `${name} must be an ISO-8601 instant, got "${v}"`);
  return ms;
}

/** A TimeRange argument as epoch ms [fromMs, toMs); undefined when absent. Throws INVALID_TIME_RANGE when reversed. */
export function rangeArg(range: { from: string; to: string } | null | undefined, name = 'range'): { fromMs: number; toMs: number } | undefined {
  if (range === null || range === undefined) return undefined;
  const fromMs = instantArg(range.from, `${name}.from`);
  const toMs = instantArg(range.to, `${name}.to`);
  if (fromMs > toMs) throw plantError(Code.INVALID_TIME_RANGE, `${name}.from must not be after ${name}.to`);
  return { fromMs, toMs };
}

/** A `first` argument between 0 and max; BAD_USER_INPUT outside. */
export function firstArg(first: number | null | undefined, fallback: number, max: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw new GraphQLError(`first must be between 0 and ${max}, got ${n}`, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT } });
  }
  return n;
}

/** Connection cursors: opaque, bound to one list kind, carrying the 0-based index of the edge. */
export function encodeCursor(kind: string, index: number): string {
  return Buffer.from(`${kind}:${index}`, 'utf8').toString('base64url');
}

/** The index after `after`, 0 when absent. Throws INVALID_CURSOR for a malformed cursor or another list's. */
export function startAfter(after: string | null | undefined, kind: string): number {
  if (after === null || after === undefined) return 0;
  const m = /^([a-z-]+):(\d+)$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (m === null || m[1] !== kind) throw plantError(Code.INVALID_CURSOR, 'after is not a cursor of this list');
  return Number(m[2]) + 1;
}

/** Throws the first Error among DataLoader.loadMany results, else returns the values. */
export function valuesOrThrow<T>(xs: readonly (T | Error)[]): T[] {
  for (const x of xs) if (x instanceof Error) throw x;
  return xs as T[];
}

import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { Code, plantError } from '../../../common/index.ts';
import { formatLocal } from '../../../normalization/index.ts';
import type { PlantTime, TimeRange } from '../__generated__/resolvers-types.ts';

/** Longest range a single child list may ask for; longer asks are INVALID_TIME_RANGE, not a slow MES. */
export const maxRangeDays = 366;

/** TimeRange → epoch ms. Throws INVALID_TIME_RANGE when unreadable, reversed or longer than maxRangeDays. */
export function parseRange(range: TimeRange): { fromMs: number; toMs: number } {
  const fromMs = Date.parse(range.from), toMs = Date.parse(range.to);
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) throw plantError(Code.INVALID_TIME_RANGE, 'range.from and range.to must be ISO-8601 date-times');
  if (fromMs > toMs) throw plantError(Code.INVALID_TIME_RANGE, 'range.from must not be after range.to');
  if (toMs - fromMs > maxRangeDays * 86_400_000) throw plantError(Code.INVALID_TIME_RANGE, `range must not exceed ${maxRangeDays} days`);
  return { fromMs, toMs };
}

/** A `first` argument: 0..max. Throws BAD_USER_INPUT otherwise. */
export function parseFirst(first: number | null | undefined, fallback: number, max = 5000): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max) throw new GraphQLError(`first must be between 0 and ${max}`, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT } });
  return n;
}

export const iso = (ms: number): string => new Date(ms).toISOString();

/** An instant as a PlantTime: `local` in the site's zone; flags as the adapter resolved them. */
export function plantTime(ms: number, zone: string, ambiguous = false, shiftedFromGap = false): PlantTime {
  return { utc: iso(ms), local: formatLocal(ms, zone), ambiguous, shiftedFromGap };
}

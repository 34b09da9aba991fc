import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { Code, combinedFreshnessField, plantError } from '../../../common/index.ts';

/** The largest page a client may ask for. */
export const MAX_PAGE = 1000;

/**
 * Offset pagination over a fully read, ordered list (`erp:<list>:<offset>` in base64url). The lists behind
 * connections are read whole from one cached view query, so an offset into them is stable within the cache TTL.
 * This is a simplification: keyset pagination in SQL would scale to lists too big to read whole.
 */
export function paginate<T>(list: string, items: readonly T[], first: number, after: string | null | undefined) {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw new GraphQLError(`first must be between 0 and ${MAX_PAGE}`, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT } });
  }
  let start = 0;
  if (after !== null && after !== undefined) {
    const m = /^erp:([a-z]+):(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
    if (m === null || m[1] !== list) throw plantError(Code.INVALID_CURSOR, `cursor does not belong to ${list}`);
    start = Number(m[2]) + 1;
  }
  const page = items.slice(start, start + first);
  const edges = page.map((node, i) => ({ cursor: Buffer.from(`erp:${list}:${start + i}`, 'utf8').toString('base64url'), node }));
  return {
    edges,
    pageInfo: { hasNextPage: start + first < items.length, endCursor: edges[edges.length - 1]?.cursor ?? null },
    totalCount: items.length,
    // The whole list's freshness (not only this page's): the list, its order and totalCount come from the same reads.
    freshness: combinedFreshnessField([items, ...items]),
  };
}

/** ISO-8601 instant → epoch ms; INVALID_TIME_RANGE when unparsable. */
export function parseInstant(name: string, v: string | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  const ms = Date.parse(v);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(v) || Number.isNaN(ms)) throw plantError(Code.INVALID_TIME_RANGE, `${name} is not an ISO-8601 date-time`);
  return ms;
}

export const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

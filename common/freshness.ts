/**
 * How old a value read from an upstream system is, attached to the value itself (not to a request), so a
 * resolver can say `freshness { stale asOf }` for exactly the rows it serves.
 *
 * Why a side table and not a field: cached values are shared across requests and treated as immutable, and the
 * domain row types belong to each subgraph. A WeakMap from the row object to its record leaves the rows untouched
 * and dies with them. The read cache tags every value it returns (and each object element of an array value);
 * a stale serve flips the record's `stale` flag, so every holder of those rows sees that they are past their TTL.
 */
export interface Freshness {
  /** True when the value is past its TTL and was served because a refresh from the source failed. */
  readonly stale: boolean;
  /** When the value was read from the source system (epoch ms); null when unknown. */
  readonly asOfMs: number | null;
}

interface Tag { stale: boolean; asOfMs: number }

const tags = new WeakMap<object, Tag>();
const isObject = (x: unknown): x is object => typeof x === 'object' && x !== null;

/** Tags `value` and, for arrays, each object element with one shared record. Internal to the read cache. */
export function tagValue(value: unknown, tag: Tag): void {
  if (!isObject(value)) return;
  tags.set(value, tag);
  if (Array.isArray(value)) for (const x of value) if (isObject(x)) tags.set(x, tag);
}

/** The record a value was tagged with, if any. Internal to the read cache. */
export function tagOf(value: unknown): Tag | undefined {
  return isObject(value) ? tags.get(value) : undefined;
}

/**
 * The freshness of a value the read cache returned (or of an element of one, or of an object given
 * `carryFreshness`). Untagged values (not from an upstream read) answer `{ stale: false, asOfMs: null }`.
 */
export function freshnessOf(value: unknown): Freshness {
  const t = tagOf(value);
  return t === undefined ? { stale: false, asOfMs: null } : { stale: t.stale, asOfMs: t.asOfMs };
}

/**
 * The freshness of several values together: stale if any is stale; `asOfMs` the oldest known one. For a
 * connection or list built from rows of several reads. Empty input → `{ stale: false, asOfMs: null }`.
 */
export function combineFreshness(values: Iterable<unknown>): Freshness {
  let stale = false;
  let asOfMs: number | null = null;
  for (const v of values) {
    const t = tagOf(v);
    if (t === undefined) continue;
    stale ||= t.stale;
    asOfMs = asOfMs === null ? t.asOfMs : Math.min(asOfMs, t.asOfMs);
  }
  return { stale, asOfMs };
}

/**
 * Makes `derived` (an object built from `from`, e.g. an area grouped from work-center rows) report the
 * freshness of `from`; returns `derived`. `from` may be an array of tagged rows: the oldest/stalest wins.
 */
export function carryFreshness<T>(from: unknown, derived: T): T {
  if (!isObject(derived)) return derived;
  const t = tagOf(from);
  if (t !== undefined) { tags.set(derived, t); return derived; }
  if (Array.isArray(from)) {
    const f = combineFreshness(from);
    if (f.asOfMs !== null) tags.set(derived, { stale: f.stale, asOfMs: f.asOfMs });
  }
  return derived;
}

/** The GraphQL shape of `DataFreshness` (schema/shared.graphql): `asOf` as an ISO-8601 UTC instant. */
export function freshnessField(value: unknown): { stale: boolean; asOf: string | null } {
  const f = freshnessOf(value);
  return { stale: f.stale, asOf: f.asOfMs === null ? null : new Date(f.asOfMs).toISOString() };
}

/** `freshnessField` over several values (see `combineFreshness`). */
export function combinedFreshnessField(values: Iterable<unknown>): { stale: boolean; asOf: string | null } {
  const f = combineFreshness(values);
  return { stale: f.stale, asOf: f.asOfMs === null ? null : new Date(f.asOfMs).toISOString() };
}

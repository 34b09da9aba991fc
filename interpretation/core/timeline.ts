// One ordered stream of what happened to a piece of equipment (or a work center), from every system.
// The subgraph turns each owner's records into TimelineItems; this file only orders, filters and pages
// them, so the rules for ties and cursors live in one pure place.

export type TimelineKind = 'STATE_CHANGE' | 'PRODUCTION' | 'MAINTENANCE' | 'QUALITY' | 'NOTE' | 'INTERPRETATION';

export type TimelineItem = {
  /** When it happened (epoch ms); for an interval, its start. */
  readonly at: number;
  /** End of an interval (epoch ms), or null for an instant or an interval still open. */
  readonly endAt: number | null;
  readonly kind: TimelineKind;
  /** The system the item comes from (MES, ERP, CMMS, SPREADSHEET, OPERATOR_NOTES, INTERPRETATION). */
  readonly source: string;
  /** The record's id in that system (work order id, note id, equipment/tag for a derived event), for the tie-break and links. */
  readonly sourceRef: string;
  /** The equipment the item belongs to (a work center's timeline mixes several). */
  readonly equipmentId: string;
  readonly title: string;
  readonly detail: string | null;
};

export type TimelineQuery = {
  /** Half-open [from, to) on `at`, epoch ms; either may be absent. */
  readonly from?: number;
  readonly to?: number;
  readonly kinds?: readonly TimelineKind[];
  readonly sources?: readonly string[];
  readonly newestFirst?: boolean;
  /** Page size, 1..1000. */
  readonly first: number;
  /** A cursor from a previous page (same query); items strictly after it in the stream's order. */
  readonly after?: string;
};

export type TimelinePage = {
  readonly edges: readonly { readonly cursor: string; readonly node: TimelineItem }[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
  /** Items matching the filters (all pages). */
  readonly totalCount: number;
};

/** Total order: time, then source, kind, equipment, reference; so equal-time items never swap between pages. */
function compare(a: TimelineItem, b: TimelineItem): number {
  return a.at - b.at || cmp(a.source, b.source) || cmp(a.kind, b.kind) || cmp(a.equipmentId, b.equipmentId) || cmp(a.sourceRef, b.sourceRef);
}
const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

type CursorKey = [number, string, string, string, string];
const keyOf = (i: TimelineItem): CursorKey => [i.at, i.source, i.kind, i.equipmentId, i.sourceRef];

export function encodeTimelineCursor(i: TimelineItem): string {
  return Buffer.from(JSON.stringify(keyOf(i)), 'utf8').toString('base64url');
}

/** The item key a cursor names, or null when it is not one of ours (the caller answers a coded error). */
export function decodeTimelineCursor(cursor: string): TimelineItem | null {
  try {
    const k = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(k) || k.length !== 5 || typeof k[0] !== 'number' || !Number.isFinite(k[0]) || !k.slice(1).every((x) => typeof x === 'string')) return null;
    const [at, source, kind, equipmentId, sourceRef] = k as CursorKey;
    return { at, endAt: null, kind: kind as TimelineKind, source, sourceRef, equipmentId, title: '', detail: null };
  } catch {
    return null;
  }
}

/**
 * Filters, orders and pages `items`. Duplicates (same source, kind, equipment, reference and time, e.g. a
 * record two owners both delivered through one representation) appear once. Throws RangeError for a bad
 * `first` or an unreadable `after` (the subgraph maps it to a coded error).
 */
export function pageTimeline(items: readonly TimelineItem[], q: TimelineQuery): TimelinePage {
  if (!Number.isInteger(q.first) || q.first < 1 || q.first > 1000) throw new RangeError(`first must be an integer in 1..1000, got ${q.first}`);
  const after = q.after === undefined ? null : decodeTimelineCursor(q.after);
  if (q.after !== undefined && after === null) throw new RangeError('after is not a timeline cursor');
  const kinds = q.kinds === undefined || q.kinds.length === 0 ? null : new Set(q.kinds);
  const sources = q.sources === undefined || q.sources.length === 0 ? null : new Set(q.sources.map((s) => s.toUpperCase()));
  const matching = items.filter((i) => Number.isFinite(i.at)
    && (q.from === undefined || i.at >= q.from) && (q.to === undefined || i.at < q.to)
    && (kinds === null || kinds.has(i.kind)) && (sources === null || sources.has(i.source.toUpperCase())));
  const sorted = matching.sort(compare).filter((i, k, all) => k === 0 || compare(all[k - 1]!, i) !== 0);
  if (q.newestFirst) sorted.reverse();
  const dir = q.newestFirst ? -1 : 1;
  const start = after === null ? 0 : sorted.findIndex((i) => dir * compare(i, after) > 0);
  const from = start < 0 ? sorted.length : start;
  const page = sorted.slice(from, from + q.first);
  const edges = page.map((node) => ({ cursor: encodeTimelineCursor(node), node }));
  return { edges, hasNextPage: from + q.first < sorted.length, endCursor: edges.at(-1)?.cursor ?? null, totalCount: sorted.length };
}

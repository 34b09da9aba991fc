/** What identifies one logical record across resends and corrections. */
export interface Revisioned {
  readonly source: string;
  readonly sourceId: string | number;
  /** 1 = original; higher revisions correct earlier ones. */
  readonly revision: number;
}

/** The idempotency key `(source, sourceId, revision)` as one string. */
export function idempotencyKey(r: Revisioned): string {
  return `${r.source}\u0000${String(r.sourceId)}\u0000${r.revision}`;
}

const logicalKey = (r: Revisioned): string => `${r.source}\u0000${String(r.sourceId)}`;

/** What {@link mergeRevisions} did with each incoming record. */
export interface MergeResult<T extends Revisioned> {
  /** One record per (source, sourceId): the highest revision seen, in first-seen order of the logical key. */
  readonly records: readonly T[];
  /** Incoming records that were exact resends (same idempotency key as one already kept). */
  readonly duplicates: number;
  /** Incoming records older than the revision already kept (a late original after its correction). */
  readonly superseded: number;
  /** Kept records that a higher incoming revision replaced. */
  readonly replaced: number;
}

/**
 * Merges pages of records into `existing` (default none), keeping the highest revision per (source, sourceId).
 * Exact resends (same key, same revision) keep the first copy, so overlapping pages change nothing; the output
 * order is the first-seen order of each logical record, so the result is stable whichever page repeats.
 * Pure: inputs are not mutated.
 */
export function mergeRevisions<T extends Revisioned>(incoming: readonly T[], existing: readonly T[] = []): MergeResult<T> {
  const order: string[] = [];
  const kept = new Map<string, T>();
  let duplicates = 0;
  let superseded = 0;
  let replaced = 0;
  const add = (r: T, counting: boolean) => {
    const k = logicalKey(r);
    const prior = kept.get(k);
    if (prior === undefined) { kept.set(k, r); order.push(k); return; }
    if (r.revision > prior.revision) { kept.set(k, r); if (counting) replaced++; return; }
    if (!counting) return;
    if (r.revision === prior.revision) duplicates++;
    else superseded++;
  };
  for (const r of existing) add(r, false);
  for (const r of incoming) add(r, true);
  return { records: order.map((k) => kept.get(k) as T), duplicates, superseded, replaced };
}

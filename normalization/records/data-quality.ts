/** One data-quality finding (schema DataQualityIssue). `raw` is the source value as text, kept verbatim. */
export interface QualityIssue {
  readonly code: 'SENTINEL' | 'UNMAPPED_CODE' | 'UNKNOWN_UNIT' | 'AMBIGUOUS_TIME' | 'NEGATIVE_QUANTITY' | 'IMPLAUSIBLE_VALUE' | 'ABOVE_CAPACITY' | 'UNMAPPED_EQUIPMENT';
  readonly field: string;
  readonly raw: string | null;
  /** Why, in words, where the code alone does not say it (e.g. the capacity a count exceeds). */
  readonly detail?: string;
}

/** What a normalisation step did to a record (schema DataQuality.normalized). */
export type NormalizationStep =
  | 'UNIT_CONVERTED' | 'LOCAL_TIME_RESOLVED' | 'DST_GAP_SHIFTED' | 'DST_SEQUENCE_RESOLVED' | 'SENTINEL_NULLED' | 'CODE_TABLE'
  | 'CODE_CLASSIFIED' | 'REVISION_REPLACED' | 'DUPLICATE_DROPPED' | 'COUNTER_RESET' | 'COUNTER_ROLLOVER' | 'STATUS_MAPPED'
  | 'EPOCH_DECODED' | 'EXCEL_SERIAL_DECODED';

/** The data quality of one canonical record (schema DataQuality); `asOf` is an ISO-8601 UTC instant or null. */
export interface DataQualityReport {
  readonly completeness: number;
  readonly asOf: string | null;
  // Mutable array types only so the report is assignable to codegen's GraphQL types; never mutated.
  readonly issues: QualityIssue[];
  readonly normalized: NormalizationStep[];
}

/**
 * Builds a record's data quality. `fields` lists the record's expected source fields, true where the source gave
 * a usable value; completeness is their share (1 for an empty list), rounded to 3 decimals. `normalized` is
 * deduplicated in first-seen order. Pure.
 */
export function buildDataQuality(input: {
  readonly fields: readonly boolean[];
  readonly asOf: string | null;
  readonly issues?: readonly QualityIssue[];
  readonly normalized?: readonly NormalizationStep[];
}): DataQualityReport {
  const n = input.fields.length;
  const present = input.fields.filter(Boolean).length;
  return {
    completeness: n === 0 ? 1 : Math.round((present / n) * 1000) / 1000,
    asOf: input.asOf,
    issues: [...(input.issues ?? [])],
    normalized: [...new Set(input.normalized ?? [])],
  };
}

/** Per-field counts of values that could not be mapped (unknown codes, free text below threshold, unknown units). */
export interface UnmappedTally {
  /** Counts one unmapped value of `field` (e.g. 'MES.StateReason'). */
  add(field: string): void;
  /** Counts by field since creation. */
  counts(): Readonly<Record<string, number>>;
}

/** A fresh tally (a process-lifetime counter a subgraph exposes through upstreamStats for Prometheus). */
export function createUnmappedTally(): UnmappedTally {
  const byField = new Map<string, number>();
  return {
    add: (field) => { byField.set(field, (byField.get(field) ?? 0) + 1); },
    counts: () => Object.fromEntries(byField),
  };
}

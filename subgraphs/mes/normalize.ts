import { classifyScrapReason, convertQuantity, createReasonClassifier, createUnmappedTally } from '../../normalization/index.ts';
import type { Quantity, ReasonResult, ScrapReason, UnmappedTally } from '../../normalization/index.ts';

/**
 * The mes subgraph's normalisation state for one process: the reason classifier (code table first, then the
 * trained model; below its threshold UNMAPPED with the raw text kept) and a tally of unmapped values by source
 * field, which upstreamStats() hands to the gateway's /metrics (plantgraph_unmapped_codes_total). Counting is per
 * value served, so a record served twice counts twice: the metric's rate is what callers see unmapped.
 */
export interface MesNormalizer {
  /** A downtime reason text → canonical reason; null for no text. Unmapped texts are counted under MES.StateReason. */
  reason(text: string | null): ReasonResult | null;
  /** A reject reason text → ScrapReason by the table, then the scrap classifier (UNMAPPED, counted under MES.RejectReason, when unknown); null for no text. */
  scrap(text: string | null): ScrapReason | 'UNMAPPED' | null;
  /** As {@link scrap}, without counting (for data-quality findings about a value counted where it is served). */
  scrapPeek(text: string | null): ScrapReason | 'UNMAPPED' | null;
  /** Counts an unmapped value of a field (unknown unit strings, unknown count UoM). */
  unmapped(field: string): void;
  readonly tally: UnmappedTally;
}

function scrapPeek(text: string | null): ScrapReason | 'UNMAPPED' | null {
  if (text === null || text.trim() === '') return null;
  return classifyScrapReason(text)?.code ?? null;
}

export function createMesNormalizer(): MesNormalizer {
  const classifier = createReasonClassifier();
  const tally = createUnmappedTally();
  return {
    tally,
    unmapped: (field) => tally.add(field),
    reason: (text) => {
      if (text === null || text.trim() === '') return null;
      const r = classifier.classify(text);
      if (r.code === 'UNMAPPED') tally.add('MES.StateReason');
      return r;
    },
    scrap: (text) => {
      const r = scrapPeek(text);
      if (r === 'UNMAPPED') tally.add('MES.RejectReason');
      return r;
    },
    scrapPeek,
  };
}

/** A quantity as GraphQL carries it (sourceValue/sourceUnit nullable). */
export interface QuantityLike { readonly value: number; readonly unit: string; readonly sourceValue?: number | null; readonly sourceUnit?: string | null }

/**
 * `q` in `unit` when asked (a `unit:` argument), else as is; sourceValue/sourceUnit are kept. Throws the coded
 * normalization errors: UNIT_UNKNOWN, UNIT_INCOMPATIBLE (e.g. ea → mm), UNIT_PRESSURE_REFERENCE, UNIT_COUNT_FACTOR_MISSING.
 */
export function inUnit<Q extends QuantityLike>(q: Q, unit: string | null | undefined): Q | Quantity {
  if (unit === null || unit === undefined) return q;
  return convertQuantity({ value: q.value, unit: q.unit, sourceValue: q.sourceValue ?? q.value, sourceUnit: q.sourceUnit ?? q.unit }, unit);
}

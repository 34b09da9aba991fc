import { checkSentinel, convertQuantity, isKnownUnit, parseUnit, toCanonical as canonicalQuantity } from '../../../normalization/index.ts';
import type { Checked, MissingReason, Quantity, SentinelRules } from '../../../normalization/index.ts';

/**
 * The MES's units and "no value" markers through normalization/ (mathjs behind an explicit alias table):
 * no factor is written here, an unknown unit string is reported (null + counted by the caller), never guessed.
 * PSI (unstated reference) → bar, psig → barg: gauge and unspecified pressure are never silently mixed.
 */
export type { Quantity };

/** The canonical unit id for a source unit string (`psig` → `barg`, `degF` → `degC`); null when unknown. */
export function canonicalUnit(sourceUnit: string): string | null {
  if (!isKnownUnit(sourceUnit)) return null;
  return canonicalQuantity(0, sourceUnit).unit;
}

/** A value in `sourceUnit` in its canonical unit, with what the MES said; null for an unknown unit string. */
export function toCanonical(value: number, sourceUnit: string): Quantity | null {
  return isKnownUnit(sourceUnit) ? canonicalQuantity(value, sourceUnit) : null;
}

/**
 * A count in the MES's UoM → pieces (`ea`). Strokes convert by the record's PartsPerStroke as an item-level
 * factor (normalization refuses count conversions without one); null for an unknown UoM, a UoM that is not a
 * count, or another count unit (BX) that needs an item factor the MES does not send.
 */
export function countToCanonical(value: number, uom: string, perCount: number): Quantity | null {
  if (!isKnownUnit(uom) || parseUnit(uom).kind !== 'count') return null;
  const q = canonicalQuantity(value, uom);
  if (q.unit === 'ea') return q;
  // The record states parts per stroke; any other count unit (BX, cycle) needs an item factor this MES does not send.
  if (q.unit !== 'stroke') return null;
  try {
    return convertQuantity(q, 'ea', { countFactors: [{ from: q.unit, to: 'ea', factor: perCount }] });
  } catch { return null; }
}

/** Per-field sentinels this MES writes for "no value" (DOMAIN §5.6); the default placeholders (N/A, #N/A, …) apply too. */
export const mesSentinels: SentinelRules = Object.freeze({
  'MES.Sample.Value': [-9999, 9999.9],
  'MES.Measurement.Value': [-9999, 9999.9],
});

/** A sample/measurement value text → number, or null with why (SENTINEL, BAD_QUALITY, EMPTY, NOT_A_NUMBER …). */
export function checkSampleValue(field: 'MES.Sample.Value' | 'MES.Measurement.Value', text: string | null, quality?: string): Checked<number> {
  const c = checkSentinel(field, text, mesSentinels, quality);
  if (c.value === null) return c;
  const x = Number(c.value.trim());
  return Number.isFinite(x) ? { value: x, missingReason: null } : { value: null, missingReason: 'NOT_A_NUMBER' satisfies MissingReason, raw: text };
}

/** Sentinel parsing of a sample value text: the number, or null for sentinels and non-numbers. */
export function parseSampleValue(text: string): number | null {
  return checkSampleValue('MES.Sample.Value', text).value;
}

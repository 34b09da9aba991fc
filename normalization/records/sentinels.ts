/** Why a field value is missing. */
export type MissingReason = 'NULL' | 'EMPTY' | 'SENTINEL' | 'BAD_QUALITY' | 'NOT_A_NUMBER';

/** A field value after sentinel handling: the value, or null with the reason and the raw value kept. */
export type Checked<T> =
  | { readonly value: T; readonly missingReason: null }
  | { readonly value: null; readonly missingReason: MissingReason; readonly raw: unknown };

/** OPC UA StatusCode severity, or the string quality names OPC DA / MES exports carry. */
export type OpcQuality = 'GOOD' | 'UNCERTAIN' | 'BAD' | (string & {});

/** Sentinels declared per field: `{ 'MES.SpindleTemp': [-9999, 9999.9], 'ERP.Comment': ['N/A'] }`. */
export type SentinelRules = Readonly<Record<string, readonly (string | number)[]>>;

// Defaults every field gets, whatever its declaration: spreadsheet and export placeholders nobody means as data.
// Not '-' or 'NA': '-' is a real part revision in many ERPs and 'NA' a real code (North America, a part prefix);
// declare them per field where they are sentinels.
const DEFAULT_STRING_SENTINELS = new Set(['n/a', '#n/a', 'null', '#value!', '#ref!', '#div/0!']);

/** Whether an OPC quality means the value must not be used (`Bad*`, `badSensorFailure`, StatusCode ≥ 0x80000000). */
export function isBadQuality(q: OpcQuality | number | undefined): boolean {
  if (q === undefined) return false;
  // OPC UA StatusCode: the top two bits are severity; 10 = Bad.
  if (typeof q === 'number') return (q >>> 30) === 2;
  return /^bad/i.test(q.trim());
}

/**
 * The value of `field`, or null with a reason. Order: bad OPC quality (the last good value a server repeats
 * is not a reading) → `BAD_QUALITY`; null/undefined → `NULL`; blank string → `EMPTY`; a declared sentinel
 * of the field (numbers compare numerically, also when the source sends them as strings: `'-9999.0'`) or a
 * default placeholder (`N/A`, `#N/A`, case-insensitive) → `SENTINEL`; NaN → `NOT_A_NUMBER`. Pure.
 */
export function checkSentinel<T>(field: string, value: T | null | undefined, rules: SentinelRules, quality?: OpcQuality | number): Checked<T> {
  if (isBadQuality(quality)) return { value: null, missingReason: 'BAD_QUALITY', raw: value };
  if (value === null || value === undefined) return { value: null, missingReason: 'NULL', raw: value };
  if (typeof value === 'number' && Number.isNaN(value)) return { value: null, missingReason: 'NOT_A_NUMBER', raw: value };
  if (typeof value === 'string') {
    const t = value.trim();
    if (t === '') return { value: null, missingReason: 'EMPTY', raw: value };
    if (DEFAULT_STRING_SENTINELS.has(t.toLowerCase())) return { value: null, missingReason: 'SENTINEL', raw: value };
  }
  const declared = rules[field];
  if (declared !== undefined) {
    const asNum = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    for (const s of declared) {
      if (typeof s === 'number' ? asNum === s : typeof value === 'string' && value.trim().toLowerCase() === s.toLowerCase()) {
        return { value: null, missingReason: 'SENTINEL', raw: value };
      }
    }
  }
  return { value, missingReason: null };
}

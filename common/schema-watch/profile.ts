/**
 * Value-profile evidence for a remap. A renamed field usually keeps its values: the good count that was `GoodQty`
 * (whole numbers 0–500, a few distinct values, never empty) is still whole numbers 0–500 under `Yield`, while a
 * same-typed newcomer such as a spindle load (decimals 0–1, every value distinct) is not. A profile summarises the
 * values an adapter saw at one source path (bounded: the first `maxValues` non-empty values), and `compareProfiles`
 * scores how alike two profiles are. Pure and allocation-light; no I/O, no clock.
 */

/** The shape class of one value: what it looks like, whatever type the source declares (SOAP sends text). */
export type ValueClass = 'integer' | 'decimal' | 'datetime' | 'boolean' | 'code' | 'text' | 'object';
const classes: readonly ValueClass[] = ['integer', 'decimal', 'datetime', 'boolean', 'code', 'text', 'object'];

/** What the values at one path looked like. Counts are over the values added; `distinct` is capped at `maxValues`. */
export interface ValueProfile {
  /** Values added, empty ones included. */
  readonly count: number;
  /** null, undefined and blank strings. */
  readonly empty: number;
  readonly byClass: Readonly<Record<ValueClass, number>>;
  /** Range of the numeric values; null when none was numeric. */
  readonly min: number | null;
  readonly max: number | null;
  /**
   * Distinct non-empty values per non-empty value, averaged over the batches (responses) they came in: a source read
   * again and again shows the same records, which must not make its values look less distinct.
   */
  readonly distinctRatio: number;
  /** Mean length of the non-empty values as text. */
  readonly meanLength: number;
}

/** A profile being built; `add` ignores values past the cap so a long-running process stays bounded. */
export interface ProfileAccumulator {
  /** Adds a value of batch `batch` (one response; values of one batch are added together). */
  add(value: unknown, batch?: number): void;
  /** Non-empty values added so far (at most the cap). */
  readonly size: number;
  snapshot(): ValueProfile;
}

const numeric = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const dateLike = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The text of a scalar or of an XML-ish `{ $value }` node; undefined for other objects. */
function scalarText(v: unknown): string | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && !Array.isArray(v) && '$value' in v) return scalarText((v as { $value: unknown }).$value);
  return undefined;
}

/** The class of a non-empty value's text (or 'object'). Heuristic: codes are short and have no whitespace. */
export function classOf(v: unknown): ValueClass | null {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'decimal';
  const t = scalarText(v);
  if (t === undefined) return 'object';
  if (t === null) return null;
  const s = t.trim();
  if (s === '') return null;
  if (numeric.test(s)) return Number.isInteger(Number(s)) && !s.includes('.') ? 'integer' : 'decimal';
  if (s === 'true' || s === 'false') return 'boolean';
  if (dateLike.test(s)) return 'datetime';
  return s.length <= 32 && !/\s/.test(s) ? 'code' : 'text';
}

/** Starts a profile that keeps at most `maxValues` non-empty values (default 500). */
export function createProfileAccumulator(maxValues = 500): ProfileAccumulator {
  let count = 0, empty = 0, nonEmpty = 0, lengthSum = 0;
  let min = Infinity, max = -Infinity;
  const byClass: Record<ValueClass, number> = { integer: 0, decimal: 0, datetime: 0, boolean: 0, code: 0, text: 0, object: 0 };
  // The current batch's distinct values; finished batches leave only their ratio.
  let batchId: number | undefined, seen = new Set<string>(), batchValues = 0, ratioSum = 0, batches = 0;
  const closeBatch = (): void => { if (batchValues > 0) { ratioSum += seen.size / batchValues; batches++; } seen = new Set(); batchValues = 0; };
  return {
    add(value, batch) {
      if (nonEmpty >= maxValues) return;
      if (batch !== batchId) { closeBatch(); batchId = batch; }
      count++;
      const c = classOf(value);
      if (c === null) { empty++; return; }
      nonEmpty++;
      byClass[c]++;
      const t = c === 'object' ? '[object]' : (scalarText(value) ?? '').trim();
      lengthSum += t.length;
      seen.add(t);
      batchValues++;
      if (c === 'integer' || c === 'decimal') { const x = Number(t); if (x < min) min = x; if (x > max) max = x; }
    },
    get size() { return nonEmpty; },
    snapshot: () => ({
      count, empty, byClass: { ...byClass }, min: min === Infinity ? null : min, max: max === -Infinity ? null : max,
      distinctRatio: batches + (batchValues > 0 ? 1 : 0) === 0 ? 0 : (ratioSum + (batchValues > 0 ? seen.size / batchValues : 0)) / (batches + (batchValues > 0 ? 1 : 0)),
      meanLength: nonEmpty === 0 ? 0 : lengthSum / nonEmpty,
    }),
  };
}

/** The profile of a list of values (tests, benchmarks). */
export function profileOf(values: readonly unknown[], maxValues = 500): ValueProfile {
  const acc = createProfileAccumulator(maxValues);
  for (const v of values) acc.add(v);
  return acc.snapshot();
}

/** Profiles with fewer non-empty values than this are not evidence (compareProfiles answers null). */
export const minProfileValues = 5;

const nonEmptyOf = (p: ValueProfile): number => p.count - p.empty;
const share = (p: ValueProfile, c: ValueClass): number => (nonEmptyOf(p) === 0 ? 0 : p.byClass[c] / nonEmptyOf(p));
const isNumeric = (p: ValueProfile): boolean => share(p, 'integer') + share(p, 'decimal') >= 0.8;

/**
 * How alike two profiles are, in [0, 1]; null when either has fewer than `minProfileValues` non-empty values.
 * Weighted: value classes 0.35 (integer vs decimal vs date-like vs code-like vs free text), magnitude and range
 * (numbers) or text length (others) 0.35, distinct ratio 0.15, empty rate 0.15.
 */
export function compareProfiles(a: ValueProfile, b: ValueProfile): number | null {
  const na = nonEmptyOf(a), nb = nonEmptyOf(b);
  if (na < minProfileValues || nb < minProfileValues) return null;
  const classSim = 1 - 0.5 * classes.reduce((s, c) => s + Math.abs(share(a, c) - share(b, c)), 0);
  const emptySim = 1 - Math.abs(a.empty / a.count - b.empty / b.count);
  const distinctSim = 1 - Math.abs(a.distinctRatio - b.distinctRatio);
  let scaleSim: number;
  if (isNumeric(a) && isNumeric(b) && a.min !== null && a.max !== null && b.min !== null && b.max !== null) {
    // Orders of magnitude (a count of hundreds vs a fraction) and how much the two ranges overlap.
    const mag = (lo: number, hi: number): number => Math.log10(1 + Math.max(Math.abs(lo), Math.abs(hi)));
    const magSim = Math.max(0, 1 - Math.abs(mag(a.min, a.max) - mag(b.min, b.max)));
    const union = Math.max(a.max, b.max) - Math.min(a.min, b.min);
    const overlap = Math.max(0, Math.min(a.max, b.max) - Math.max(a.min, b.min));
    const rangeSim = union === 0 ? 1 : overlap / union;
    scaleSim = (magSim + rangeSim) / 2;
  } else if (isNumeric(a) !== isNumeric(b)) {
    scaleSim = 0;
  } else {
    const l = Math.max(a.meanLength, b.meanLength, 1);
    scaleSim = 1 - Math.abs(a.meanLength - b.meanLength) / l;
  }
  return 0.35 * classSim + 0.35 * scaleSim + 0.15 * distinctSim + 0.15 * emptySim;
}

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : String(Math.round(x * 1000) / 1000));

/** One line describing a profile, for schemaChanges' evidence: `integer 0–480, 12% distinct, 0% empty (n=200)`. */
export function describeProfile(p: ValueProfile): string {
  const n = nonEmptyOf(p);
  const top = classes.filter((c) => p.byClass[c] > 0).sort((x, y) => p.byClass[y] - p.byClass[x])
    .map((c) => (p.byClass[c] === n ? c : `${c} ${Math.round((100 * p.byClass[c]) / n)}%`)).join('/') || 'empty';
  const range = p.min === null || p.max === null ? '' : ` ${fmt(p.min)}–${fmt(p.max)}`;
  return `${top}${range}, ${Math.round(100 * p.distinctRatio)}% distinct, ${p.count === 0 ? 0 : Math.round((100 * p.empty) / p.count)}% empty (n=${p.count})`;
}

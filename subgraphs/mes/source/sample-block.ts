import type { MesSampleRow, TimeFlags } from './types.ts';

/**
 * The process samples of one MES read, packed column by column for the read cache.
 *
 * Why: sample windows are most of what the MES cache holds (interpretation reads 14 days at 5-minute steps for
 * every tag of every machine), and as row objects each sample costs a JS object, four strings and a freshness
 * tag: about 250 estimated bytes. Packed, a sample is a time and a value in two Float64Arrays plus four small
 * dictionary indexes, and only the rare row whose value text a number cannot reproduce ('N/A', '-9999.0',
 * '2075.30') or that carries DST flags keeps its extras. Rows are rebuilt on read, per request; the cache keeps
 * the block.
 *
 * Hand-written rather than a library: it is a dictionary plus typed arrays over one fixed row shape, and the
 * rebuilt rows must equal the originals exactly (tested), which a general codec would not promise more cheaply.
 */
export interface SampleBlock {
  readonly count: number;
  /** Distinct strings of the four repeated text columns, indexed by the `*Ix` arrays. */
  readonly dictionary: readonly string[];
  readonly mesCodeIx: Uint32Array;
  readonly tagIx: Uint32Array;
  readonly unitIx: Uint32Array;
  readonly qualityIx: Uint32Array;
  readonly timeMs: Float64Array;
  /** The value as a number when `String(number)` gives back the source text exactly; NaN otherwise. */
  readonly value: Float64Array;
  /** Rows whose source text is not `String(value[i])`, with that text: `[row, text]`, rows ascending. */
  readonly rawValues: readonly (readonly [number, string])[];
  /** Rows whose time flags are not the plain ones (`PLAIN_SAMPLE_TIME`), with them (null: none): `[row, flags]`, rows ascending. */
  readonly flags: readonly (readonly [number, TimeFlags | null])[];
}

/** The time flags of a sample time that was neither ambiguous nor in a DST gap: what nearly every sample has. */
const PLAIN_SAMPLE_TIME: TimeFlags = Object.freeze({
  ambiguous: Object.freeze({ time: false }), gap: Object.freeze({ time: false }), gapShifted: false, sequenceResolved: false,
});
const isPlain = (f: TimeFlags): boolean => !f.gapShifted && !f.sequenceResolved
  && Object.keys(f.ambiguous).length === 1 && f.ambiguous['time'] === false && Object.keys(f.gap).length === 1 && f.gap['time'] === false;

/** Packs rows (any order) into a block; `unpackSamples(packSamples(rows))` deep-equals `rows`. */
export function packSamples(rows: readonly MesSampleRow[]): SampleBlock {
  const n = rows.length;
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const ix = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) { i = dictionary.length; dictionary.push(s); index.set(s, i); }
    return i;
  };
  const mesCodeIx = new Uint32Array(n), tagIx = new Uint32Array(n), unitIx = new Uint32Array(n), qualityIx = new Uint32Array(n);
  const timeMs = new Float64Array(n), value = new Float64Array(n);
  const rawValues: [number, string][] = [];
  const flags: [number, TimeFlags | null][] = [];
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    mesCodeIx[i] = ix(r.mesCode); tagIx[i] = ix(r.tag); unitIx[i] = ix(r.sourceUnit); qualityIx[i] = ix(r.quality);
    timeMs[i] = r.timeMs;
    const v = r.sourceValue.trim() === '' ? NaN : Number(r.sourceValue);
    if (Number.isFinite(v) && String(v) === r.sourceValue) value[i] = v;
    else { value[i] = NaN; rawValues.push([i, r.sourceValue]); }
    if (r.timeFlags === undefined) flags.push([i, null]);
    else if (!isPlain(r.timeFlags)) flags.push([i, r.timeFlags]);
  }
  return { count: n, dictionary, mesCodeIx, tagIx, unitIx, qualityIx, timeMs, value, rawValues, flags };
}

/** Rebuilds the rows of a block, in the order they were packed; `only` keeps the rows of those tags. */
export function unpackSamples(b: SampleBlock, only?: ReadonlySet<string>): MesSampleRow[] {
  const out: MesSampleRow[] = [];
  let raw = 0, flag = 0;
  const d = b.dictionary;
  for (let i = 0; i < b.count; i++) {
    while (raw < b.rawValues.length && b.rawValues[raw]![0] < i) raw++;
    while (flag < b.flags.length && b.flags[flag]![0] < i) flag++;
    const tag = d[b.tagIx[i]!]!;
    if (only !== undefined && !only.has(tag)) continue;
    const rv = b.rawValues[raw], fl = b.flags[flag];
    const sourceValue = rv !== undefined && rv[0] === i ? rv[1] : String(b.value[i]);
    const timeFlags = fl !== undefined && fl[0] === i ? fl[1] : PLAIN_SAMPLE_TIME;
    const mesCode = d[b.mesCodeIx[i]!]!, timeMs = b.timeMs[i]!, sourceUnit = d[b.unitIx[i]!]!, quality = d[b.qualityIx[i]!]!;
    out.push(timeFlags === null ? { mesCode, tag, timeMs, sourceValue, sourceUnit, quality } : { mesCode, tag, timeMs, sourceValue, sourceUnit, quality, timeFlags });
  }
  return out;
}

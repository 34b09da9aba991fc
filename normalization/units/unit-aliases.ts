// The explicit alias table: every vendor unit string PlantGraph accepts, mapped onto a mathjs unit.
// Nothing outside this table is accepted; an unknown string is reported (UNIT_UNKNOWN), never guessed.
// Conversion factors are NOT here: mathjs owns them (including the affine °F ↔ °C).

/** The physical kind of a unit; conversion is only defined within one kind. */
export type UnitKind = 'pressure' | 'temperature' | 'length' | 'velocity' | 'duration' | 'ratio' | 'count';

/**
 * Pressure reference. `unspecified` is a vendor's bare "PSI"/"bar": we do not know whether it is gauge or
 * absolute, so it converts only to other unspecified pressures, never silently to gauge or absolute.
 */
export type PressureReference = 'gauge' | 'absolute' | 'unspecified';

/** A canonical unit: our id (what `Quantity.unit` carries), its mathjs expression and its kind. */
export interface UnitSpec {
  /** Our canonical id, e.g. `psig`, `bar`, `degC`, `mm`, `ea`. */
  readonly id: string;
  /** The mathjs unit expression; null for count units (they convert only by item-level factors) and for '%' (mathjs has no percent). */
  readonly mathjs: string | null;
  readonly kind: UnitKind;
  /** Set for pressure units only. */
  readonly reference?: PressureReference;
}

const spec = (id: string, mathjs: string | null, kind: UnitKind, reference?: PressureReference): UnitSpec =>
  Object.freeze(reference === undefined ? { id, mathjs, kind } : { id, mathjs, kind, reference });

/** Canonical units by id. */
export const units: Readonly<Record<string, UnitSpec>> = Object.freeze({
  psi: spec('psi', 'psi', 'pressure', 'unspecified'),
  psig: spec('psig', 'psi', 'pressure', 'gauge'),
  psia: spec('psia', 'psi', 'pressure', 'absolute'),
  bar: spec('bar', 'bar', 'pressure', 'unspecified'),
  barg: spec('barg', 'bar', 'pressure', 'gauge'),
  bara: spec('bara', 'bar', 'pressure', 'absolute'),
  kPa: spec('kPa', 'kPa', 'pressure', 'unspecified'),
  kPag: spec('kPag', 'kPa', 'pressure', 'gauge'),
  kPaa: spec('kPaa', 'kPa', 'pressure', 'absolute'),
  MPa: spec('MPa', 'MPa', 'pressure', 'unspecified'),
  degC: spec('degC', 'degC', 'temperature'),
  degF: spec('degF', 'degF', 'temperature'),
  K: spec('K', 'K', 'temperature'),
  mm: spec('mm', 'mm', 'length'),
  in: spec('in', 'inch', 'length'),
  um: spec('um', 'um', 'length'),
  'mm/s': spec('mm/s', 'mm/s', 'velocity'),
  'in/s': spec('in/s', 'inch/s', 'velocity'),
  s: spec('s', 's', 'duration'),
  min: spec('min', 'min', 'duration'),
  h: spec('h', 'h', 'duration'),
  // Percent of a rated value (spindle load, valve position): one unit of its kind, nothing to convert to.
  '%': spec('%', null, 'ratio'),
  ea: spec('ea', null, 'count'),
  bx: spec('bx', null, 'count'),
  stroke: spec('stroke', null, 'count'),
  cycle: spec('cycle', null, 'count'),
});

/**
 * Vendor spellings → canonical id. Keys are matched after trimming, collapsing inner whitespace and
 * lower-casing (so `PSI`, `Psi`, `psi` are one entry); the cp1252 mojibake `Â°` is repaired first.
 * Lower-casing is safe only because this table never holds two ids differing by case (`mPa` vs `MPa`):
 * `mpa` means MPa here; milli-pascal never occurs on a shop floor.
 */
export const unitAliases: Readonly<Record<string, string>> = Object.freeze({
  psi: 'psi', 'lb/in2': 'psi', 'lb/in^2': 'psi', 'lbf/in2': 'psi', 'lbf/in^2': 'psi',
  psig: 'psig', 'psi(g)': 'psig', 'psi g': 'psig',
  psia: 'psia', 'psi(a)': 'psia', 'psi a': 'psia',
  bar: 'bar', barg: 'barg', 'bar(g)': 'barg', 'bar g': 'barg', bara: 'bara', 'bar(a)': 'bara', 'bar a': 'bara',
  kpa: 'kPa', kpag: 'kPag', kpaa: 'kPaa', mpa: 'MPa',
  degc: 'degC', '°c': 'degC', 'deg c': 'degC', c: 'degC', celsius: 'degC', '℃': 'degC',
  degf: 'degF', '°f': 'degF', 'deg f': 'degF', f: 'degF', fahrenheit: 'degF', '℉': 'degF',
  k: 'K', kelvin: 'K',
  mm: 'mm', millimeter: 'mm', millimetre: 'mm',
  in: 'in', inch: 'in', inches: 'in', '"': 'in', '″': 'in',
  um: 'um', 'µm': 'um', 'μm': 'um', micron: 'um', microns: 'um',
  'mm/s': 'mm/s', 'mm/sec': 'mm/s', 'in/s': 'in/s', 'in/sec': 'in/s', ips: 'in/s',
  s: 's', sec: 's', secs: 's', second: 's', seconds: 's', min: 'min', mins: 'min', minute: 'min', minutes: 'min',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
  '%': '%', pct: '%', percent: '%',
  ea: 'ea', each: 'ea', pcs: 'ea', pc: 'ea', pce: 'ea', pieces: 'ea',
  bx: 'bx', box: 'bx',
  stroke: 'stroke', strokes: 'stroke', stk: 'stroke',
  cycle: 'cycle', cycles: 'cycle',
});

/**
 * Canonical unit per kind and pressure reference: what `toCanonical` converts to. Durations, counts and % keep
 * their own unit: a cycle time reads best in s and a runtime meter in h, and a `unit:` argument converts either.
 */
export const canonicalUnitIds: Readonly<Record<Exclude<UnitKind, 'pressure' | 'count' | 'ratio' | 'duration'>, string>> & {
  readonly pressure: Readonly<Record<PressureReference, string>>;
} = Object.freeze({
  pressure: Object.freeze({ gauge: 'barg', absolute: 'bara', unspecified: 'bar' }),
  temperature: 'degC',
  length: 'mm',
  velocity: 'mm/s',
});

import { unit as mathUnit } from 'mathjs';
import { Code, plantError } from '../../common/index.ts';
import { canonicalUnitIds, unitAliases, units } from './unit-aliases.ts';
import type { UnitSpec } from './unit-aliases.ts';

/**
 * A measured value in PlantGraph's canonical unit, with what the source actually said.
 * `unit` is a canonical unit id (`bar`, `barg`, `degC`, `mm`, `mm/s`, `ea`, …); `sourceUnit` is the raw
 * vendor string (`Â°F`, `PSI`), kept verbatim for audit.
 */
export interface Quantity {
  readonly value: number;
  readonly unit: string;
  readonly sourceValue: number;
  readonly sourceUnit: string;
}

/** One item-level count factor: `1 from = factor to` (1 BX = 12 EA; 1 stroke = 4 EA on a 4-up die). */
export interface CountFactor {
  readonly from: string;
  readonly to: string;
  readonly factor: number;
}

/** Options for {@link convertQuantity}. */
export interface ConvertOptions {
  /** Ambient pressure (absolute) needed to move between gauge and absolute pressure. */
  readonly ambientPressure?: { readonly value: number; readonly unit: string };
  /** Item-level factors needed to move between different count units. */
  readonly countFactors?: readonly CountFactor[];
}

// cp1252 mojibake: a UTF-8 '°' (C2 B0) read as cp1252 shows up as 'Â°'. Seen in CSV exports from MES HMIs.
const MOJIBAKE = /Â(?=[°µ])/g;

function aliasKey(raw: string): string {
  return raw.replace(MOJIBAKE, '').normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The canonical unit for a vendor unit string, through the explicit alias table only.
 * Throws UNIT_UNKNOWN (`Unknown unit "<raw>"`, `detail.unit` = raw) for anything not in the table.
 */
export function parseUnit(raw: string): UnitSpec {
  const memo = parsed.get(raw);
  if (memo !== undefined) return memo;
  const id = unitAliases[aliasKey(raw)];
  const found = id === undefined ? undefined : units[id];
  if (found === undefined) throw plantError(Code.UNIT_UNKNOWN, `Unknown unit "${raw}"`, { detail: { unit: raw } });
  // Only known spellings are remembered, so the memo is bounded by the alias table's variants in use.
  if (parsed.size < 4096) parsed.set(raw, found);
  return found;
}

const parsed = new Map<string, UnitSpec>();

/** Whether `raw` is in the alias table. Never throws. */
export function isKnownUnit(raw: string): boolean {
  return unitAliases[aliasKey(raw)] !== undefined;
}

// Converted values carry float noise from mathjs' SI round trip (0.75 in → 19.049999999999997 mm). Twelve
// significant digits is far below any plant instrument's resolution and keeps equal inputs printing equal.
const tidy = (v: number): number => (Number.isFinite(v) ? Number(v.toPrecision(12)) : v);

/** mathjs' own conversion, parsing both unit strings on every call (~5–10 µs). */
export function mathjsConvert(value: number, fromMathjs: string, toMathjs: string): number {
  return mathUnit(value, fromMathjs).toNumber(toMathjs);
}

// Every conversion between these units is affine (y = a + b·x; only temperatures have a ≠ 0), so the pair's
// a and b are read from mathjs once, by converting 0 and 1, and reused. The numbers still come from mathjs,
// not from a table written here; this only avoids re-parsing unit strings on every record.
const affine = new Map<string, { a: number; b: number }>();

function mathConvert(value: number, from: UnitSpec, to: UnitSpec): number {
  // Both non-null: callers only get here for same-kind physical units.
  const f = from.mathjs as string;
  const t = to.mathjs as string;
  const key = `${f}>${t}`;
  let m = affine.get(key);
  if (m === undefined) {
    const a = mathjsConvert(0, f, t);
    m = { a, b: mathjsConvert(1, f, t) - a };
    affine.set(key, m);
  }
  return m.a + m.b * value;
}

function describe(u: UnitSpec): string {
  return u.kind === 'pressure' ? `${u.id} (${u.reference ?? 'unspecified'} pressure)` : `${u.id} (${u.kind})`;
}

function convertValue(value: number, from: UnitSpec, to: UnitSpec, opts: ConvertOptions): number {
  if (from.id === to.id) return value;
  if (from.kind !== to.kind) {
    throw plantError(Code.UNIT_INCOMPATIBLE, `Cannot convert ${describe(from)} to ${describe(to)}`,
      { detail: { from: from.id, to: to.id } });
  }
  if (from.kind === 'count') return convertCount(value, from, to, opts.countFactors ?? []);
  if (from.kind === 'pressure' && from.reference !== to.reference) return convertPressureReference(value, from, to, opts);
  return mathConvert(value, from, to);
}

function convertPressureReference(value: number, from: UnitSpec, to: UnitSpec, opts: ConvertOptions): number {
  const detail = { from: from.id, to: to.id };
  if (from.reference === 'unspecified' || to.reference === 'unspecified') {
    throw plantError(Code.UNIT_PRESSURE_REFERENCE,
      `Cannot convert ${describe(from)} to ${describe(to)}: declare the source unit as gauge or absolute`, { detail });
  }
  const ambient = opts.ambientPressure;
  if (ambient === undefined) {
    throw plantError(Code.UNIT_PRESSURE_REFERENCE,
      `Cannot convert ${describe(from)} to ${describe(to)} without an ambient pressure`, { detail });
  }
  const amb = parseUnit(ambient.unit);
  if (amb.kind !== 'pressure' || amb.reference !== 'absolute') {
    throw plantError(Code.UNIT_PRESSURE_REFERENCE,
      `Ambient pressure must be an absolute pressure, got ${describe(amb)}`, { detail: { ambientUnit: ambient.unit } });
  }
  const ambientInTarget = mathConvert(ambient.value, amb, to);
  const inTarget = mathConvert(value, from, to);
  // absolute = gauge + ambient
  return to.reference === 'absolute' ? inTarget + ambientInTarget : inTarget - ambientInTarget;
}

function convertCount(value: number, from: UnitSpec, to: UnitSpec, factors: readonly CountFactor[]): number {
  for (const f of factors) {
    const fFrom = parseUnit(f.from).id;
    const fTo = parseUnit(f.to).id;
    if (!(f.factor > 0) || !Number.isFinite(f.factor)) {
      throw new RangeError(`Count factor ${f.from} → ${f.to} must be a positive finite number, got ${f.factor}`);
    }
    if (fFrom === from.id && fTo === to.id) return value * f.factor;
    if (fFrom === to.id && fTo === from.id) return value / f.factor;
  }
  throw plantError(Code.UNIT_COUNT_FACTOR_MISSING, `No item factor converts ${from.id} to ${to.id}`,
    { detail: { from: from.id, to: to.id } });
}

/** The canonical unit for a parsed unit: bar/barg/bara, degC, mm, mm/s; durations (s, min, h), counts and % stay in their own unit. */
export function canonicalUnitFor(u: UnitSpec): UnitSpec {
  if (u.kind === 'count' || u.kind === 'ratio' || u.kind === 'duration') return u;
  const id = u.kind === 'pressure' ? canonicalUnitIds.pressure[u.reference ?? 'unspecified'] : canonicalUnitIds[u.kind];
  return units[id] as UnitSpec;
}

/**
 * A source value with its raw unit string, converted to the canonical unit of its kind (pressure keeps its
 * gauge/absolute/unspecified reference: psig → barg, PSI → bar). Counts are not converted (they need item
 * factors; see {@link convertQuantity}). Throws UNIT_UNKNOWN for a unit string outside the alias table.
 * A non-finite `value` passes through as is (sentinels are handled before units, in records/).
 */
export function toCanonical(value: number, rawUnit: string): Quantity {
  const from = parseUnit(rawUnit);
  const to = canonicalUnitFor(from);
  return Object.freeze({ value: tidy(convertValue(value, from, to, {})), unit: to.id, sourceValue: value, sourceUnit: rawUnit });
}

/**
 * `q` expressed in `targetUnit` (any alias), for a `unit:` argument on quantity fields. Keeps `sourceValue`
 * and `sourceUnit`. Throws UNIT_UNKNOWN (target not in the table), UNIT_INCOMPATIBLE (different kinds),
 * UNIT_PRESSURE_REFERENCE (gauge ↔ absolute without `ambientPressure`, or unspecified ↔ gauge/absolute),
 * UNIT_COUNT_FACTOR_MISSING (different count units without a matching `countFactors` entry), and RangeError for
 * a count factor that is not a positive finite number.
 */
export function convertQuantity(q: Quantity, targetUnit: string, opts: ConvertOptions = {}): Quantity {
  const from = parseUnit(q.unit);
  const to = parseUnit(targetUnit);
  return Object.freeze({ value: tidy(convertValue(q.value, from, to, opts)), unit: to.id, sourceValue: q.sourceValue, sourceUnit: q.sourceUnit });
}

/**
 * The sum of quantities in `targetUnit` (default: the first quantity's unit). Every term is converted
 * first, so adding EA to BX without a factor, or gauge to absolute pressure, throws as {@link convertQuantity}
 * does. The result's sourceValue/sourceUnit equal value/unit: an aggregate has no single source reading.
 * Throws RangeError on an empty list without `targetUnit` (`Cannot sum an empty list without a target unit`): misuse.
 */
export function sumQuantities(qs: readonly Quantity[], targetUnit?: string, opts: ConvertOptions = {}): Quantity {
  const target = targetUnit ?? qs[0]?.unit;
  if (target === undefined) throw new RangeError('Cannot sum an empty list without a target unit');
  const to = parseUnit(target);
  let total = 0;
  for (const q of qs) total += convertValue(q.value, parseUnit(q.unit), to, opts);
  const value = tidy(total);
  return Object.freeze({ value, unit: to.id, sourceValue: value, sourceUnit: to.id });
}

/**
 * A small, deliberately closed conversion table for the units this MES is known to send (DOMAIN §5.3).
 * TODO(mes-owner): replace with the shared units library of the normalization issue; until then an
 * unknown unit string is reported (null), never guessed.
 */
export interface Canonical { readonly value: number; readonly unit: string }

const table: Readonly<Record<string, { unit: string; convert: (x: number) => number }>> = {
  bar: { unit: 'bar', convert: (x) => x },
  psi: { unit: 'bar', convert: (x) => x / 14.5038 },
  psig: { unit: 'bar', convert: (x) => x / 14.5038 }, // gauge; our bar values are gauge too
  'lb/in2': { unit: 'bar', convert: (x) => x / 14.5038 },
  degc: { unit: 'degC', convert: (x) => x },
  '°c': { unit: 'degC', convert: (x) => x },
  degf: { unit: 'degC', convert: (x) => (x - 32) / 1.8 },
  '°f': { unit: 'degC', convert: (x) => (x - 32) / 1.8 },
  mm: { unit: 'mm', convert: (x) => x },
  in: { unit: 'mm', convert: (x) => x * 25.4 },
  inch: { unit: 'mm', convert: (x) => x * 25.4 },
  'mm/s': { unit: 'mm/s', convert: (x) => x },
  '%': { unit: '%', convert: (x) => x },
  s: { unit: 's', convert: (x) => x },
};

/** The canonical unit for a source unit string, or null when the string is not in the table. */
export function canonicalUnit(sourceUnit: string): string | null {
  return table[sourceUnit.trim().toLowerCase()]?.unit ?? null;
}

/** Converts a value in `sourceUnit` to canonical; null for an unknown unit. */
export function toCanonical(value: number, sourceUnit: string): Canonical | null {
  const e = table[sourceUnit.trim().toLowerCase()];
  return e === undefined ? null : { value: e.convert(value), unit: e.unit };
}

const countUnits: ReadonlySet<string> = new Set(['ea', 'each', 'pcs', 'pc', 'pieces']);

/** Count UoM → pieces ('EA'). Strokes multiply by parts per stroke. Null for an unknown UoM. */
export function countToCanonical(value: number, uom: string, perCount: number): Canonical | null {
  const u = uom.trim().toLowerCase();
  if (countUnits.has(u)) return { value, unit: 'EA' };
  if (u === 'stroke' || u === 'strokes') return { value: value * perCount, unit: 'EA' };
  return null;
}

/** Per-field sentinels this MES uses for "no value" (DOMAIN §5.6). */
export function parseSampleValue(text: string): number | null {
  const t = text.trim();
  if (t === '' || /^(n\/a|#n\/a|nan|null)$/i.test(t)) return null;
  const x = Number(t);
  if (!Number.isFinite(x) || x === -9999 || x === 9999.9) return null;
  return x;
}

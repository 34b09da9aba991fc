/**
 * Unit normalization for CMMS meter readings (DOMAIN.md §5.3): each known spelling maps to one unit, and
 * non-canonical units convert to the canonical one (bar, degC, mm). Unknown unit strings are kept as they
 * are: the reading is served in the unit the CMMS gave, with sourceUnit equal to unit, never silently converted.
 */
const aliases: Readonly<Record<string, string>> = {
  psi: 'psi', psig: 'psi', 'lb/in2': 'psi', 'lbf/in2': 'psi',
  bar: 'bar', barg: 'bar',
  degf: 'degF', '°f': 'degF', f: 'degF', fahrenheit: 'degF',
  degc: 'degC', '°c': 'degC', c: 'degC', celsius: 'degC',
  in: 'in', inch: 'in', mm: 'mm',
  'mm/s': 'mm/s', 'in/s': 'in/s',
  h: 'h', hr: 'h', hrs: 'h', hours: 'h',
  cycles: 'cycles', cycle: 'cycles', strokes: 'cycles',
};

const conversions: Readonly<Record<string, { unit: string; f: (v: number) => number }>> = {
  psi: { unit: 'bar', f: (v) => v / 14.5038 },
  degF: { unit: 'degC', f: (v) => (v - 32) / 1.8 },
  in: { unit: 'mm', f: (v) => v * 25.4 },
  'in/s': { unit: 'mm/s', f: (v) => v * 25.4 },
};

function normalized(unit: string): string {
  return aliases[unit.trim().toLowerCase()] ?? unit.trim();
}

/** The canonical unit a reported unit converts to ('psi' → 'bar'); unknown units map to themselves. */
export function canonicalUnit(unit: string): string {
  const n = normalized(unit);
  return conversions[n]?.unit ?? n;
}

/** A reported value in its canonical unit, rounded to 6 significant decimals to hide float noise. */
export function toCanonical(value: number, unit: string): { value: number; unit: string } {
  const n = normalized(unit);
  const c = conversions[n];
  if (c === undefined) return { value, unit: n };
  return { value: Math.round(c.f(value) * 1e6) / 1e6, unit: c.unit };
}

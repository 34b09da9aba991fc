import { parseUnit, toCanonical } from './quantity.ts';
import type { Quantity } from './quantity.ts';
import type { UnitSpec } from './unit-aliases.ts';

/** One declared unit: what `source` means by `field` (`{ source: 'MES', field: 'HydPressure', unit: 'PSI' }`). */
export interface UnitDeclaration {
  readonly source: string;
  readonly field: string;
  /** A vendor unit string from the alias table. */
  readonly unit: string;
}

/** Declared units per source and field, validated once. */
export interface UnitRegistry {
  /** The declared unit, or undefined when (source, field) has no declaration. */
  unitOf(source: string, field: string): UnitSpec | undefined;
  /**
   * `value` of (source, field) in its canonical unit; sourceUnit is the declared string. Returns undefined
   * when the field has no declaration: an undeclared unit is a gap to report, not something to assume.
   */
  quantity(source: string, field: string, value: number): Quantity | undefined;
}

/**
 * Builds a registry from declarations. Throws UNIT_UNKNOWN for a declared unit outside the alias table and
 * an Error `Unit of <source>.<field> is declared twice (<a>, <b>)` for contradicting declarations: config
 * contradictions fail at start-up, not on the first read.
 */
export function createUnitRegistry(decls: readonly UnitDeclaration[]): UnitRegistry {
  const byKey = new Map<string, { spec: UnitSpec; raw: string }>();
  for (const d of decls) {
    const key = `${d.source}\u0000${d.field}`;
    const spec = parseUnit(d.unit);
    const prior = byKey.get(key);
    if (prior !== undefined && prior.spec.id !== spec.id) {
      throw new Error(`Unit of ${d.source}.${d.field} is declared twice (${prior.raw}, ${d.unit})`);
    }
    byKey.set(key, { spec, raw: d.unit });
  }
  return Object.freeze({
    unitOf: (source: string, field: string) => byKey.get(`${source}\u0000${field}`)?.spec,
    quantity: (source: string, field: string, value: number) => {
      const hit = byKey.get(`${source}\u0000${field}`);
      return hit === undefined ? undefined : toCanonical(value, hit.raw);
    },
  });
}

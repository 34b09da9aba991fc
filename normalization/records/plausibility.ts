import type { QualityIssue } from './data-quality.ts';

/**
 * How far above the planned rate a count may go before it is implausible. The rate the sources give is a planning
 * standard (Epicor JobOper.ProdStandard), not a nameplate maximum: a machine can beat its standard, so a count is
 * flagged only above 1.25 × rate × hours (plus one piece for a part begun in the previous interval). A number chosen
 * from what standards mean, not fitted to the demo plant.
 */
export const CAPACITY_TOLERANCE = 1.25;

/**
 * Counts above capacity: `pieces` (good + scrap) made in `hours` on a machine whose planned rate is `ratePerHour`
 * pieces/hour. Returns an ABOVE_CAPACITY issue on `field` (raw = `raw`, the source field's value; default the pieces) when
 * pieces > ratePerHour × hours × CAPACITY_TOLERANCE + 1, else null. Nothing is judged without a positive rate and
 * positive hours: no capacity is made up where the source states none. Pure.
 */
export function checkCapacity(input: {
  readonly field: string;
  readonly pieces: number;
  readonly hours: number;
  readonly ratePerHour: number | null;
  readonly raw?: string;
}): QualityIssue | null {
  const { field, pieces, hours, ratePerHour } = input;
  if (ratePerHour === null || !(ratePerHour > 0) || !(hours > 0) || !Number.isFinite(pieces)) return null;
  const capacity = ratePerHour * hours * CAPACITY_TOLERANCE + 1;
  if (pieces <= capacity) return null;
  return {
    code: 'ABOVE_CAPACITY', field, raw: input.raw ?? String(pieces),
    detail: `${pieces} pieces in ${hours} h at a planned ${ratePerHour}/h: at most ${Math.floor(capacity)} are physically plausible`,
  };
}

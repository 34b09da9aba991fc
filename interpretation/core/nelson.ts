// The eight Nelson rules (Nelson 1984, J. Quality Technology 16(4)) on an individuals chart.

/** Rule number → indices (into the series given) of the points at which the rule fired. */
export type NelsonViolations = Record<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8, number[]>;

export const nelsonRuleDescriptions: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8, string>> = Object.freeze({
  1: 'one point beyond 3 sigma',
  2: 'nine points in a row on the same side of the centre line',
  3: 'six points in a row steadily increasing or decreasing',
  4: 'fourteen points in a row alternating up and down',
  5: 'two of three points in a row beyond 2 sigma on the same side',
  6: 'four of five points in a row beyond 1 sigma on the same side',
  7: 'fifteen points in a row within 1 sigma of the centre line',
  8: 'eight points in a row beyond 1 sigma on either side, none within',
});

/**
 * Applies the eight rules with centre `centre` and sigma `sigma` (> 0). A run rule fires at the
 * point that completes the run and at every further point that extends it, so a 10-point run
 * reports rule 2 at its 9th and 10th points. `sigma` ≤ 0 returns no violations (a constant series
 * has no scale to judge against; the caller notes it).
 */
export function nelsonRules(values: readonly number[], centre: number, sigma: number): NelsonViolations {
  const out: NelsonViolations = { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [], 8: [] };
  if (!(sigma > 0)) return out;
  const z = values.map((v) => (v - centre) / sigma);
  const n = z.length;
  let sameSide = 0; let side = 0;
  let trend = 0; let trendDir = 0;
  let alt = 0; let lastDiffSign = 0;
  let within1 = 0; let outside1 = 0;
  for (let i = 0; i < n; i++) {
    const zi = z[i]!;
    if (Math.abs(zi) > 3) out[1].push(i);
    // Rule 2: a point exactly on the centre line breaks the run.
    const s = Math.sign(zi);
    if (s !== 0 && s === side) sameSide++; else { side = s; sameSide = s === 0 ? 0 : 1; }
    if (sameSide >= 9) out[2].push(i);
    // Rule 3: six points = five consecutive strict increases (or decreases); ties break the run.
    if (i > 0) {
      const d = Math.sign(zi - z[i - 1]!);
      if (d !== 0 && d === trendDir) trend++; else { trendDir = d; trend = d === 0 ? 0 : 1; }
      if (trend >= 5) out[3].push(i);
      // Rule 4: fourteen points = thirteen successive differences alternating in sign.
      if (d !== 0 && d === -lastDiffSign) alt++; else alt = d === 0 ? 0 : 1;
      lastDiffSign = d;
      if (alt >= 13) out[4].push(i);
    }
    // Rules 5 and 6: the current point must be one of the extreme ones, on the same side.
    if (i >= 2) {
      const w = z.slice(i - 2, i + 1);
      for (const sg of [1, -1]) {
        if (zi * sg > 2 && w.filter((x) => x * sg > 2).length >= 2) { out[5].push(i); break; }
      }
    }
    if (i >= 4) {
      const w = z.slice(i - 4, i + 1);
      for (const sg of [1, -1]) {
        if (zi * sg > 1 && w.filter((x) => x * sg > 1).length >= 4) { out[6].push(i); break; }
      }
    }
    within1 = Math.abs(zi) < 1 ? within1 + 1 : 0;
    if (within1 >= 15) out[7].push(i);
    outside1 = Math.abs(zi) > 1 ? outside1 + 1 : 0;
    if (outside1 >= 8) out[8].push(i);
  }
  return out;
}

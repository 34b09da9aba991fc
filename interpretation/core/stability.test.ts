import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeStability } from './stability.ts';
import { nelsonRules, type NelsonViolations } from './nelson.ts';
import { chiSquareQuantile, createRng, normalQuantile } from './series.ts';
import type { Sample } from './types.ts';

const T0 = Date.UTC(2026, 0, 1);
const series = (values: readonly (number | null)[]): Sample[] => values.map((v, i) => ({ t: T0 + i * 1000, v }));
const close = (a: number | null | undefined, b: number, tol: number, what: string) =>
  assert.ok(a !== null && a !== undefined && Math.abs(a - b) <= tol, `${what}: expected ${b} ± ${tol}, got ${a}`);
const none = (): NelsonViolations => ({ 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [], 8: [] });

// 20 individuals; by hand: mean 11.45, sample sd 0.998683, MR̄ = 26/19 = 1.368421, σw = MR̄/1.128 = 1.213139.
const KNOWN = [10, 12, 11, 13, 12, 11, 10, 12, 11, 13, 12, 11, 10, 12, 11, 13, 12, 11, 10, 12];

test('normalQuantile and chiSquareQuantile match table values', () => {
  close(normalQuantile(0.975), 1.959964, 1e-6, 'z0.975');
  close(normalQuantile(0.01), -2.326348, 1e-6, 'z0.01');
  // χ² tables: χ²_{0.025,24} = 12.401, χ²_{0.975,24} = 39.364, χ²_{0.05,10} = 3.940, χ²_{0.99,100} = 135.807.
  close(chiSquareQuantile(0.025, 24), 12.401, 0.05, 'chi 0.025,24');
  close(chiSquareQuantile(0.975, 24), 39.364, 0.05, 'chi 0.975,24');
  close(chiSquareQuantile(0.05, 10), 3.940, 0.03, 'chi 0.05,10');
  close(chiSquareQuantile(0.99, 100), 135.807, 0.1, 'chi 0.99,100');
});

test('computeStability pins Cp, Cpk, Pp, Ppk and their intervals on hand-computed data', () => {
  const r = computeStability(series(KNOWN), { lsl: 8, usl: 16 });
  close(r.mean, 11.45, 1e-12, 'mean');
  close(r.sigmaWithin, 1.2131392, 1e-6, 'sigmaWithin');
  close(r.sigmaOverall, 0.9986833, 1e-6, 'sigmaOverall');
  close(r.cp?.value, 1.0990769, 1e-6, 'Cp = 8/(6·1.213139)');
  close(r.cpk?.value, 0.9479538, 1e-6, 'Cpk = (11.45−8)/(3·1.213139)');
  close(r.pp?.value, 1.3350912, 1e-6, 'Pp');
  close(r.ppk?.value, 1.1515162, 1e-6, 'Ppk');
  // Exact chi-square interval 0.7525..1.4452; Wilson–Hilferty is within 1 %.
  close(r.cp?.lower, 0.7525, 0.0075, 'Cp lower');
  close(r.cp?.upper, 1.4452, 0.0145, 'Cp upper');
  // Bissell: 0.94795 ± 1.96·√(1/180 + 0.94795²/38) = 0.6130..1.2829.
  close(r.cpk?.lower, 0.6130158, 1e-6, 'Cpk lower');
  close(r.cpk?.upper, 1.2828919, 1e-6, 'Cpk upper');
  assert.deepEqual([r.state, r.violations, r.stateSince, r.cpm], ['STABLE', [], null, null]);
});

test('computeStability uses R̄/d2 for subgroups and reports Cpm with a target', () => {
  // Subgroups of 4: ranges 3,2,2,3,2 → R̄ = 2.4, σw = 2.4/2.059.
  const r = computeStability(series(KNOWN), { lsl: 8, usl: 16, subgroupSize: 4, target: 12 });
  close(r.sigmaWithin, 2.4 / 2.059, 1e-9, 'sigmaWithin');
  // Cpm = 8 / (6·√(σ²·(n−1)/n + (11.45−12)²)).
  close(r.cpm, 8 / (6 * Math.sqrt(0.9986833 ** 2 * 0.95 + 0.55 ** 2)), 1e-6, 'Cpm');
});

test('nelsonRules: each rule fires on a sequence built for it and only there', () => {
  const cases: [number, number[], Partial<NelsonViolations>][] = [
    [1, [0, 0.5, 3.5, 0], { 1: [2] }],
    [2, [0.5, 0.4, 0.5, 0.4, 0.5, 0.4, 0.5, 0.4, 0.5], { 2: [8] }],
    [3, [-0.5, -0.3, -0.1, 0.1, 0.3, 0.5], { 3: [5] }],
    [4, [0.1, -0.1, 0.2, -0.2, 0.1, -0.1, 0.2, -0.2, 0.1, -0.1, 0.2, -0.2, 0.1, -0.1], { 4: [13] }],
    [5, [0, 2.5, 0, 2.5], { 5: [3] }],
    [6, [0, 1.5, 1.5, 0, 1.5, 1.5], { 6: [5] }],
    [7, [0.1, 0.2, -0.1, -0.2, 0.3, 0.1, 0.2, -0.1, -0.2, 0.3, 0.1, 0.2, -0.1, -0.2, 0.3], { 7: [14] }],
    [8, [1.5, -1.5, 1.5, -1.5, 1.5, -1.5, 1.5, -1.5], { 8: [7] }],
  ];
  for (const [rule, seq, expected] of cases) {
    assert.deepEqual(nelsonRules(seq, 0, 1), { ...none(), ...expected }, `rule ${rule}`);
  }
});

test('nelsonRules: near-miss sequences fire nothing', () => {
  const nearMisses: [number, number[]][] = [
    [1, [2.9, -2.9, 0]],
    [2, [0.5, 0.4, 0.5, 0.4, 0.5, 0.4, 0.5, 0.4, -0.5]],
    [3, [-0.5, -0.3, -0.1, 0.1, 0.3, 0.3]],
    [4, [0.1, -0.1, 0.2, -0.2, 0.1, -0.1, 0.2, -0.2, 0.1, -0.1, 0.2, -0.2, 0.1]],
    [5, [2.5, 0, -2.5, 0]],
    [6, [1.5, 1.5, 0, 0, 1.5, 1.5]],
    [7, [0.1, 0.2, -0.1, -0.2, 0.3, 0.1, 0.2, -0.1, -0.2, 0.3, 0.1, 0.2, -0.1, -0.2]],
    [8, [1.5, -1.5, 1.5, -1.5, 1.5, -1.5, 1.5]],
  ];
  for (const [rule, seq] of nearMisses) assert.deepEqual(nelsonRules(seq, 0, 1), none(), `rule ${rule}`);
});

test('nelsonRules: a longer run reports every point that extends it', () => {
  assert.deepEqual(nelsonRules(new Array(10).fill(0.5), 0, 1)[2], [8, 9]);
});

test('computeStability is UNSTABLE on an outlier, DRIFTING on a shift, with indices into the caller array', () => {
  const withOutlier: (number | null)[] = [...KNOWN, ...KNOWN];
  withOutlier.splice(30, 0, null, 25); // index 30 null (ignored), index 31 the outlier
  const u = computeStability(series(withOutlier), { lsl: 0, usl: 40 });
  assert.equal(u.state, 'UNSTABLE');
  assert.deepEqual(u.violations.find((v) => v.rule === 1), { rule: 1, description: 'one point beyond 3 sigma', indices: [31], times: [T0 + 31_000] });
  assert.equal(u.stateSince, T0 + 31_000);
  // A 3.6 shift puts each half 1.8 from the grand mean: every point on its side (rule 2), none beyond 3σw.
  const shifted = [...KNOWN, ...KNOWN.map((x) => x + 3.6)];
  const d = computeStability(series(shifted), { lsl: 0, usl: 40 });
  assert.equal(d.state, 'DRIFTING');
  assert.deepEqual(d.violations.find((v) => v.rule === 2)?.indices, [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
  assert.deepEqual(d.violations.filter((v) => [1, 4, 8].includes(v.rule)), []);
});

test('computeStability edge cases: empty, one point, too few, constant, NaN gaps, 1e12 magnitudes', () => {
  const empty = computeStability([], { lsl: 0, usl: 1 });
  assert.deepEqual({ ...empty, explanation: undefined }, { state: 'INSUFFICIENT_DATA', cp: null, cpk: null, pp: null, ppk: null, cpm: null, mean: null, sigmaWithin: null, sigmaOverall: null, violations: [], stateSince: null, explanation: undefined });
  assert.equal(computeStability(series([1]), { lsl: 0, usl: 2 }).state, 'INSUFFICIENT_DATA');
  assert.deepEqual(computeStability(series(KNOWN.slice(0, 19)), { lsl: 0, usl: 20 }).explanation.notes, ['need ≥ 20 finite points, have 19']);
  const constant = computeStability(series(new Array(30).fill(5)), { lsl: 0, usl: 10 });
  assert.deepEqual([constant.state, constant.cp, constant.cpk, constant.sigmaWithin], ['STABLE', null, null, 0]);
  const holes = computeStability(series(KNOWN.flatMap((x) => [x, Number.NaN, null])), { lsl: 8, usl: 16 });
  close(holes.cpk?.value, 0.9479538, 1e-6, 'Cpk with gaps');
  const huge = computeStability(series(KNOWN.map((x) => 1e12 + x)), { lsl: 1e12 + 8, usl: 1e12 + 16 });
  close(huge.cpk?.value, 0.9479538, 1e-3, 'Cpk at 1e12');
  close(huge.pp?.value, 1.3350912, 1e-3, 'Pp at 1e12');
});

test('computeStability rejects misuse with exact messages', () => {
  assert.throws(() => computeStability([], { lsl: 2, usl: 1 }), { name: 'RangeError', message: 'computeStability: need finite lsl < usl, got 2 and 1' });
  assert.throws(() => computeStability([], { lsl: 0, usl: 1, subgroupSize: 11 }), { name: 'RangeError', message: 'computeStability: subgroupSize must be an integer in 1..10, got 11' });
});

/** Seeded standard-normal noise (Box–Muller over mulberry32). */
function gauss(n: number, seed: number): number[] {
  const r = createRng(seed);
  return Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r()));
}

test('computeStability judges an autocorrelated but stationary series on AR(1) residuals', () => {
  const e = gauss(200, 41);
  const ar: number[] = [];
  e.forEach((x, i) => ar.push(i === 0 ? x : 0.8 * ar[i - 1]! + x));
  const naive = computeStability(series(ar), { lsl: -20, usl: 20, autocorrelationAdjust: false });
  const adjusted = computeStability(series(ar), { lsl: -20, usl: 20 });
  assert.notEqual(naive.state, 'STABLE');
  assert.equal(adjusted.state, 'STABLE');
  assert.match(adjusted.explanation.notes[0] ?? '', /^lag-1 autocorrelation 0\.\d\d in the first half: Nelson rules judged on AR\(1\) residuals/);
});

test('computeStability: only stateRules among the last recentPoints points decide the state', () => {
  const alternating = Array.from({ length: 40 }, (_, i) => 10 + (i % 2 ? 0.5 : -0.5) * (1 + (i % 3) * 0.1));
  const byDefault = computeStability(series(alternating), { lsl: 0, usl: 20 });
  assert.ok(byDefault.violations.some((v) => v.rule === 4), 'rule 4 is reported');
  assert.equal(byDefault.state, 'STABLE');
  assert.equal(computeStability(series(alternating), { lsl: 0, usl: 20, stateRules: [4] }).state, 'UNSTABLE');
  const oldOutlier = [...KNOWN, ...KNOWN, ...KNOWN];
  oldOutlier[5] = 30;
  const recent = computeStability(series(oldOutlier), { lsl: 0, usl: 40 });
  assert.deepEqual([recent.violations.find((v) => v.rule === 1)?.indices, recent.state], [[5], 'STABLE']);
  assert.equal(computeStability(series(oldOutlier), { lsl: 0, usl: 40, recentPoints: 60 }).state, 'UNSTABLE');
});

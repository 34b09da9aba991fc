import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addConfusion, maskEdges, nabEventScore, nabFileScore, nabTotal, nabWindows, NAB_PROFILES, outlierScores } from './metrics.ts';

const [standard, lowFP, lowFN] = NAB_PROFILES as [typeof NAB_PROFILES[0], typeof NAB_PROFILES[0], typeof NAB_PROFILES[0]];
const S = 1000;
const close = (a: number, b: number, tol: number, what: string) => assert.ok(Math.abs(a - b) <= tol, `${what}: expected ${b} ± ${tol}, got ${a}`);

test('outlier metrics pool confusion counts point-wise across files', () => {
  const acc = { tp: 0, fp: 0, tn: 0, fn: 0 };
  addConfusion(acc, [true, true, false, false, true], [1, 0, 1, 0, 1]);
  addConfusion(acc, [false, false, true], [0, 0, 0]);
  // tp 2, fp 2, fn 1, tn 3: F1 = 2/(2 + 1.5) = 0.5714, FAR = 2/5 = 40 %, MAR = 1/3 = 33.3 %.
  const s = outlierScores(acc);
  assert.deepEqual({ ...s, f1: Number(s.f1.toFixed(4)), marPct: Number(s.marPct.toFixed(2)) }, { tp: 2, fp: 2, tn: 3, fn: 1, f1: 0.5714, farPct: 40, marPct: 33.33 });
  assert.throws(() => addConfusion(acc, [true], []), { message: 'addConfusion: 1 predictions for 0 labels' });
});

test('NAB windows are [t, t+60 s] and a later overlapping window starts where the earlier ends', () => {
  assert.deepEqual(nabWindows([100 * S, 10 * S, 30 * S], 60 * S), [
    { start: 10 * S, end: 70 * S },
    { start: 70 * S, end: 90 * S },
    { start: 100 * S, end: 160 * S },
  ]);
});

test('NAB event score is A_TP at the window start, ~(A_TP+A_FP)/2 in the middle and A_FP at the end', () => {
  const w = { start: 0, end: 60 * S };
  assert.equal(nabEventScore(0, w, standard), 1);
  close(nabEventScore(60 * S, w, standard), -0.11, 1e-12, 'end');
  // Midpoint: i = 500, x = −π/2 + 500π/999 ≈ 0.001572; tanh(x)/tanh(π/2) ≈ 0.0017 → ≈ 0.4440.
  close(nabEventScore(30 * S, w, standard), -0.11 + 1.11 * (1 - Math.tanh(-Math.PI / 2 + (500 * Math.PI) / 999) / Math.tanh(Math.PI / 2)) / 2, 1e-12, 'middle');
  close(nabEventScore(30 * S, w, standard), 0.4440, 1e-3, 'middle by hand');
});

test('NAB file score: first event per window counts, extras in a window are ignored, events outside cost A_FP, misses A_FN', () => {
  const cps = [100 * S, 500 * S];
  const events = [100 * S, 110 * S, 300 * S, 301 * S];
  // Window 1 hit at its start (+1; the 110 s event is ignored), window 2 missed (−1), two false positives (−0.11 each).
  const r = nabFileScore(events, cps, 60 * S, standard);
  assert.deepEqual({ ...r, score: Number(r.score.toFixed(12)) }, { score: -0.22, detected: 1, missed: 1, falsePositives: 2, changepoints: 2 });
  close(nabFileScore(events, cps, 60 * S, lowFP).score, 1 - 1 - 0.44, 1e-12, 'lowFP');
  close(nabFileScore(events, cps, 60 * S, lowFN).score, 1 - 2 - 0.22, 1e-12, 'lowFN');
});

test('NAB total maps the null detector to 0 and the perfect one to 100', () => {
  const cps = [100 * S, 500 * S];
  const perfect = nabFileScore(cps, cps, 60 * S, standard);
  const nothing = nabFileScore([], cps, 60 * S, standard);
  assert.equal(nabTotal([perfect], standard).score, 100);
  assert.equal(nabTotal([nothing], standard).score, 0);
  // One perfect file + one empty: S = 2 − 2 = 0, S_null = −4, S_perfect = 4 → 50.
  assert.deepEqual(nabTotal([perfect, nothing], standard), { score: 50, missed: 2, falsePositives: 0, changepoints: 4 });
});

test('maskEdges returns the times of rising and falling edges', () => {
  assert.deepEqual(maskEdges([false, true, true, false, false, true], [0, 1, 2, 3, 4, 5]), [1, 3, 5]);
});

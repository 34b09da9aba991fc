import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reconcileFigure } from './reconcile.ts';
import type { FieldPolicy, FigureCandidate } from './reconcile.ts';

const policy: FieldPolicy = {
  unit: 'EA',
  tolerance: { absolute: 0, relative: 0 },
  impactPerUnit: 2,
  singleSourceFactor: 0.8,
  rules: [
    { name: 'ERP once posted', source: 'ERP', when: { orderStatusIn: ['COMPLETE', 'CLOSED'] }, confidence: 0.95 },
    { name: 'MES intraday', source: 'MES', when: { orderStatusNotIn: ['COMPLETE', 'CLOSED'] }, confidence: 0.9 },
    { name: 'ERP when MES is missing', source: 'ERP', when: { missing: ['MES'] }, confidence: 0.75 },
    { name: 'spreadsheet only when ERP and MES are missing', source: 'SPREADSHEET', when: { missing: ['ERP', 'MES'] }, confidence: 0.5 },
  ],
};

const c = (system: FigureCandidate['system'], normalized: number | null, asOfMs: number | null = 1000): FigureCandidate => ({ system, raw: `${system} says ${normalized}`, normalized, asOfMs });

test('reconcileFigure picks the ERP once the order is posted and names the MES as disagreeing', () => {
  const candidates = [c('ERP', 100, 5), c('MES', 90, 6), c('SPREADSHEET', 100, 7)];
  assert.deepEqual(reconcileFigure(policy, candidates, { orderStatus: 'COMPLETE' }), {
    value: 100, unit: 'EA', asOfMs: 5, chosenSource: 'ERP', rule: 'ERP once posted', candidates,
    discrepancy: { disagreeing: ['MES'], maxDeviation: 10, tolerance: 0, impact: 20 },
    confidence: 0.633,
  });
});

test('reconcileFigure trusts the MES while the order is open, and then the ERP is the one disagreeing', () => {
  const r = reconcileFigure(policy, [c('ERP', 80), c('MES', 100), c('SPREADSHEET', 100)], { orderStatus: 'IN_PROGRESS' });
  assert.equal(r.chosenSource, 'MES');
  assert.equal(r.rule, 'MES intraday');
  assert.deepEqual(r.discrepancy, { disagreeing: ['ERP'], maxDeviation: 20, tolerance: 0, impact: 40 });
});

test('reconcileFigure uses the spreadsheet only when ERP and MES are both missing, at single-source confidence', () => {
  const r = reconcileFigure(policy, [c('ERP', null), c('MES', Number.NaN), c('SPREADSHEET', 42)], { orderStatus: 'IN_PROGRESS' });
  assert.equal(r.chosenSource, 'SPREADSHEET');
  assert.equal(r.value, 42);
  assert.equal(r.discrepancy, null);
  assert.equal(r.confidence, 0.4);
});

test('reconcileFigure never lets the spreadsheet win while the ERP has a figure, even if MES is missing', () => {
  const r = reconcileFigure(policy, [c('ERP', 7), c('MES', null), c('SPREADSHEET', 9)], { orderStatus: 'IN_PROGRESS' });
  assert.equal(r.chosenSource, 'ERP');
  assert.equal(r.rule, 'ERP when MES is missing');
  assert.deepEqual(r.discrepancy?.disagreeing, ['SPREADSHEET']);
});

test('reconcileFigure gives no value, no discrepancy and confidence 0 when no rule finds a usable candidate', () => {
  const candidates = [c('ERP', null), c('MES', null), c('SPREADSHEET', null)];
  assert.deepEqual(reconcileFigure(policy, candidates, {}), {
    value: null, unit: 'EA', asOfMs: null, chosenSource: null, rule: null, candidates, discrepancy: null, confidence: 0,
  });
});

test('reconcileFigure: a figure without an order status never matches orderStatusIn but matches orderStatusNotIn', () => {
  const r = reconcileFigure(policy, [c('ERP', 1), c('MES', 2)], {});
  assert.equal(r.rule, 'MES intraday');
});

test('reconcileFigure: deviations within max(absolute, relative × chosen) are agreement, beyond it a discrepancy', () => {
  const tolerant: FieldPolicy = { ...policy, unit: 'min', tolerance: { absolute: 5, relative: 0.1 }, rules: [{ name: 'MES', source: 'MES', confidence: 1 }] };
  // chosen 100: tolerance max(5, 10) = 10 → 109 agrees, 111 does not.
  assert.equal(reconcileFigure(tolerant, [c('MES', 100), c('SPREADSHEET', 109)]).discrepancy, null);
  assert.deepEqual(reconcileFigure(tolerant, [c('MES', 100), c('SPREADSHEET', 111)]).discrepancy, { disagreeing: ['SPREADSHEET'], maxDeviation: 11, tolerance: 10, impact: 22 });
  // chosen 10: tolerance max(5, 1) = 5 → 15 agrees.
  assert.equal(reconcileFigure(tolerant, [c('MES', 10), c('SPREADSHEET', 15)]).discrepancy, null);
});

test('reconcileFigure: changing the policy changes the chosen source for the same candidates', () => {
  const candidates = [c('ERP', 100), c('MES', 90), c('SPREADSHEET', 95)];
  const sheetFirst: FieldPolicy = { ...policy, rules: [{ name: 'supervisor sheet first', source: 'SPREADSHEET', confidence: 0.7 }, ...policy.rules] };
  assert.equal(reconcileFigure(policy, candidates, { orderStatus: 'CLOSED' }).chosenSource, 'ERP');
  const r = reconcileFigure(sheetFirst, candidates, { orderStatus: 'CLOSED' });
  assert.equal(r.chosenSource, 'SPREADSHEET');
  assert.equal(r.value, 95);
  assert.deepEqual(r.discrepancy?.disagreeing, ['ERP', 'MES']);
});

test('reconcileFigure handles huge magnitudes and zero without losing the comparison', () => {
  const big = reconcileFigure(policy, [c('ERP', 1e15), c('MES', 1e15 + 2)], { orderStatus: 'CLOSED' });
  assert.equal(big.discrepancy?.maxDeviation, 2);
  assert.equal(reconcileFigure(policy, [c('ERP', 0), c('MES', 0)], { orderStatus: 'CLOSED' }).discrepancy, null);
});

test('reconcileFigure: a shiftClosed condition holds only for figures that say whether their shift has ended', () => {
  const perShift: FieldPolicy = {
    ...policy,
    rules: [
      { name: "ERP once the shift's labour is posted", source: 'ERP', when: { shiftClosed: true }, confidence: 0.95 },
      { name: 'MES while the shift runs', source: 'MES', when: { shiftClosed: false }, confidence: 0.9 },
    ],
  };
  const candidates = [c('ERP', 0), c('MES', 30)];
  assert.deepEqual([reconcileFigure(perShift, candidates, { shiftClosed: true }).chosenSource, reconcileFigure(perShift, candidates, { shiftClosed: false }).chosenSource], ['ERP', 'MES']);
  // No shift fact (an order total): neither rule applies, nothing is chosen.
  assert.deepEqual([reconcileFigure(perShift, candidates, {}).value, reconcileFigure(perShift, candidates, { shiftClosed: null }).rule], [null, null]);
});

test('reconcileFigure: a candidate its own source flags (suspect) is passed over, counts as missing for the conditions, and still disagrees', () => {
  const withFallback: FieldPolicy = { ...policy, rules: [...policy.rules.slice(0, 3), { name: 'MES when ERP is missing', source: 'MES', when: { missing: ['ERP'] }, confidence: 0.75 }, policy.rules[3]!] };
  const flagged: FigureCandidate = { ...c('ERP', 120120), suspect: 'ABOVE_CAPACITY' };
  // "ERP once posted" would choose it; with the ERP counted missing, "MES when ERP is missing" does.
  const r = reconcileFigure(withFallback, [flagged, c('MES', 120), c('SPREADSHEET', 120)], { orderStatus: 'COMPLETE' });
  assert.deepEqual([r.value, r.chosenSource, r.rule, r.discrepancy?.disagreeing], [120, 'MES', 'MES when ERP is missing', ['ERP']]);
  // When no rule finds an unflagged candidate, the flagged one is still better than none.
  const alone = reconcileFigure(withFallback, [flagged, c('MES', null)], { orderStatus: 'COMPLETE' });
  assert.deepEqual([alone.value, alone.chosenSource, alone.rule], [120120, 'ERP', 'ERP once posted']);
});

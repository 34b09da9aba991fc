import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUnit, checkSampleValue, countToCanonical, parseSampleValue, toCanonical } from './units.ts';

test('toCanonical converts the units this MES sends through normalization/ and reports unknown ones as null', () => {
  // mathjs' psi (6894.757 Pa) makes 1 bar = 14.50377 psi, not the rounded 14.5038 some HMIs use.
  assert.deepEqual(toCanonical(14.5038, 'psig'), { value: 1.00000180823, unit: 'barg', sourceValue: 14.5038, sourceUnit: 'psig' });
  assert.deepEqual(toCanonical(212, 'degF'), { value: 100, unit: 'degC', sourceValue: 212, sourceUnit: 'degF' });
  assert.deepEqual(toCanonical(1, 'in'), { value: 25.4, unit: 'mm', sourceValue: 1, sourceUnit: 'in' });
  assert.deepEqual(toCanonical(2, 'mm/s'), { value: 2, unit: 'mm/s', sourceValue: 2, sourceUnit: 'mm/s' });
  assert.equal(toCanonical(3, 'kgf/cm2'), null);
  // A bare PSI has no stated reference: it becomes bar, never barg.
  assert.deepEqual(['PSI', 'psig', 'degF', 's', '%', 'kgf/cm2'].map(canonicalUnit), ['bar', 'barg', 'degC', 's', '%', null]);
});

test('countToCanonical counts pieces, multiplies strokes by parts per stroke, rejects unknown or non-count UoM', () => {
  assert.deepEqual(countToCanonical(5, 'ea', 1), { value: 5, unit: 'ea', sourceValue: 5, sourceUnit: 'ea' });
  assert.deepEqual(countToCanonical(5, 'PCS', 1), { value: 5, unit: 'ea', sourceValue: 5, sourceUnit: 'PCS' });
  assert.deepEqual(countToCanonical(5, 'STROKE', 2), { value: 10, unit: 'ea', sourceValue: 5, sourceUnit: 'STROKE' });
  assert.equal(countToCanonical(5, 'BX', 1), null);
  assert.equal(countToCanonical(5, 'kg', 1), null);
  assert.equal(countToCanonical(5, 'mm', 1), null);
});

test('parseSampleValue turns sentinels and non-numbers into null; checkSampleValue says why', () => {
  assert.deepEqual(['2075.3', '-9999', 'N/A', '#N/A', '', 'abc', '9999.9', '0'].map(parseSampleValue), [2075.3, null, null, null, null, null, null, 0]);
  assert.deepEqual(['-9999', 'N/A', '', 'abc', '12'].map((t) => checkSampleValue('MES.Sample.Value', t).missingReason),
    ['SENTINEL', 'SENTINEL', 'EMPTY', 'NOT_A_NUMBER', null]);
  assert.deepEqual(checkSampleValue('MES.Sample.Value', '12.5', 'BAD'), { value: null, missingReason: 'BAD_QUALITY', raw: '12.5' });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countToCanonical, parseSampleValue, toCanonical } from './units.ts';

test('toCanonical converts the units this MES sends and reports unknown ones as null', () => {
  assert.deepEqual(toCanonical(14.5038, 'psig'), { value: 1, unit: 'bar' });
  assert.deepEqual(toCanonical(212, 'degF'), { value: 100, unit: 'degC' });
  assert.deepEqual(toCanonical(1, 'in'), { value: 25.4, unit: 'mm' });
  assert.deepEqual(toCanonical(2, 'mm/s'), { value: 2, unit: 'mm/s' });
  assert.equal(toCanonical(3, 'kgf/cm2'), null);
});

test('countToCanonical counts pieces, multiplies strokes by parts per stroke, rejects unknown UoM', () => {
  assert.deepEqual(countToCanonical(5, 'ea', 1), { value: 5, unit: 'EA' });
  assert.deepEqual(countToCanonical(5, 'PCS', 1), { value: 5, unit: 'EA' });
  assert.deepEqual(countToCanonical(5, 'STROKE', 2), { value: 10, unit: 'EA' });
  assert.equal(countToCanonical(5, 'BX', 1), null);
});

test('parseSampleValue turns sentinels and non-numbers into null', () => {
  assert.deepEqual(['2075.3', '-9999', 'N/A', '#N/A', '', 'abc', '9999.9', '0'].map(parseSampleValue), [2075.3, null, null, null, null, null, null, 0]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classOf, compareProfiles, createProfileAccumulator, describeProfile, profileOf } from './profile.ts';

test('classOf tells integers, decimals, date-like, boolean, code-like and free-text values apart; empty is null', () => {
  assert.deepEqual(['40', 40, '40.5', 0.25, '2026-03-07T06:00:00', 'true', 'PRESS-04', 'jammed - cleared', { Text: 'x' }, { $value: '7' }, '', '  ', null, undefined].map(classOf),
    ['integer', 'integer', 'decimal', 'decimal', 'datetime', 'boolean', 'code', 'text', 'object', 'integer', null, null, null, null]);
});

test('a profile counts empties, classes, the numeric range and distinct values, and stops at its cap', () => {
  const p = profileOf(['1', '2', '2', null, '', '10']);
  assert.deepEqual(p, { count: 6, empty: 2, byClass: { integer: 4, decimal: 0, datetime: 0, boolean: 0, code: 0, text: 0, object: 0 }, min: 1, max: 10, distinctRatio: 0.75, meanLength: 1.25 });
  const acc = createProfileAccumulator(3);
  for (const v of [1, 2, 3, 4, 5]) acc.add(v);
  assert.equal(acc.size, 3);
  assert.equal(acc.snapshot().max, 3);
  assert.equal(describeProfile(p), 'integer 1–10, 75% distinct, 33% empty (n=6)');
});

test('the same records read again in later batches do not make the values look less distinct', () => {
  const acc = createProfileAccumulator();
  for (const batch of [1, 2, 3]) for (const v of ['PRESS-04', 'LATHE-02', 'MILL-07']) acc.add(v, batch);
  assert.equal(acc.snapshot().distinctRatio, 1);
});

test('compareProfiles: the same kind of values scores high, a different magnitude or class low, too few values null', () => {
  const counts = (k: number) => Array.from({ length: 60 }, (_, i) => String((i * 37 + k) % 400));
  const fractions = Array.from({ length: 60 }, (_, i) => String(Math.round(((i * 0.173) % 1) * 1000) / 1000));
  const codes = Array.from({ length: 60 }, (_, i) => `PRESS-0${i % 8}`);
  assert.ok(compareProfiles(profileOf(counts(0)), profileOf(counts(11)))! > 0.9);
  assert.ok(compareProfiles(profileOf(counts(0)), profileOf(fractions))! < 0.4);
  assert.ok(compareProfiles(profileOf(counts(0)), profileOf(codes))! < 0.4);
  assert.equal(compareProfiles(profileOf(counts(0)), profileOf(['1', '2', '3', '4'])), null);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dstTransitions, toExcelSerial, toLocalNaive, toSplitDateHours } from './local-time.ts';

const CHI = 'America/Chicago';

test('toLocalNaive maps both instants of the fall-back overlap to the same wall clock', () => {
  assert.equal(toLocalNaive(Date.UTC(2024, 10, 3, 6, 30), CHI), '2024-11-03T01:30:00.000'); // CDT
  assert.equal(toLocalNaive(Date.UTC(2024, 10, 3, 7, 30), CHI), '2024-11-03T01:30:00.000'); // CST
});

test('toLocalNaive skips the spring-forward gap: 01:59:59.999 is followed by 03:00', () => {
  assert.equal(toLocalNaive(Date.UTC(2024, 2, 10, 7, 59, 59, 999), CHI), '2024-03-10T01:59:59.999');
  assert.equal(toLocalNaive(Date.UTC(2024, 2, 10, 8, 0), CHI), '2024-03-10T03:00:00.000');
});

test('toExcelSerial gives 45361.5 for 2024-03-10 12:00 local and counts the fictitious 1900-02-29', () => {
  assert.equal(toExcelSerial(Date.UTC(2024, 2, 10, 17, 0), CHI), 45361.5); // noon CDT
  assert.equal(toExcelSerial(Date.UTC(1900, 0, 1), 'UTC'), 1);
  assert.equal(toExcelSerial(Date.UTC(1900, 1, 28), 'UTC'), 59);
  assert.equal(toExcelSerial(Date.UTC(1900, 2, 1), 'UTC'), 61);
  assert.equal(toExcelSerial(Date.UTC(1900, 2, 1, 6), 'UTC'), 61.25);
});

test('toSplitDateHours gives the local date and decimal hours (07:30 → 7.5)', () => {
  assert.deepEqual(toSplitDateHours(Date.UTC(2024, 4, 2, 12, 30), CHI), { date: '2024-05-02', hours: 7.5 });
  assert.deepEqual(toSplitDateHours(Date.UTC(2024, 4, 3, 4, 45), CHI), { date: '2024-05-02', hours: 23.75 });
});

test('dstTransitions finds the 2024 America/Chicago gap and overlap to the millisecond', () => {
  assert.deepEqual(dstTransitions(CHI, Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)), [
    { atMs: Date.UTC(2024, 2, 10, 8), offsetBeforeMinutes: -360, offsetAfterMinutes: -300, kind: 'gap', localBefore: '2024-03-10T02:00:00.000', localAfter: '2024-03-10T03:00:00.000' },
    { atMs: Date.UTC(2024, 10, 3, 7), offsetBeforeMinutes: -300, offsetAfterMinutes: -360, kind: 'overlap', localBefore: '2024-11-03T02:00:00.000', localAfter: '2024-11-03T01:00:00.000' },
  ]);
  assert.deepEqual(dstTransitions('UTC', Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)), []);
});

test('local-time helpers throw on an unknown zone', () => {
  assert.throws(() => toLocalNaive(0, 'Mars/Olympus'), /invalid instant 0 or zone 'Mars\/Olympus'/);
});

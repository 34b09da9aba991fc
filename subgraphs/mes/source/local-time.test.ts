import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localNaiveToUtc, utcToLocalNaive } from './local-time.ts';

const zone = 'America/Chicago';

test('localNaiveToUtc reads an ordinary naive time in the plant zone', () => {
  assert.deepEqual(localNaiveToUtc('2026-03-07T06:00:00', zone), { ms: Date.UTC(2026, 2, 7, 12), ambiguous: false });
});

test('localNaiveToUtc shifts a time in the spring-forward gap forward by the gap', () => {
  // 02:30 does not exist on 2026-03-08 in Chicago; 02:30 CST would be 08:30Z, which is 03:30 CDT.
  assert.deepEqual(localNaiveToUtc('2026-03-08T02:30:00', zone), { ms: Date.UTC(2026, 2, 8, 8, 30), ambiguous: false });
});

test('localNaiveToUtc takes the earlier instant of a fall-back overlap and flags it ambiguous', () => {
  // 01:30 on 2026-11-01 happens at 06:30Z (CDT) and again at 07:30Z (CST).
  assert.deepEqual(localNaiveToUtc('2026-11-01T01:30:00', zone), { ms: Date.UTC(2026, 10, 1, 6, 30), ambiguous: true });
});

test('localNaiveToUtc honours an explicit Z or offset and rejects unreadable text', () => {
  assert.deepEqual(localNaiveToUtc('2026-03-08T02:30:00Z', zone), { ms: Date.UTC(2026, 2, 8, 2, 30), ambiguous: false });
  assert.deepEqual(localNaiveToUtc('2026-03-09T07:00:00.000-05:00', zone), { ms: Date.UTC(2026, 2, 9, 12), ambiguous: false });
  assert.equal(localNaiveToUtc('08/03/2026 02:30', zone), null);
});

test('utcToLocalNaive renders plant-local wall-clock time without offset', () => {
  assert.equal(utcToLocalNaive(Date.UTC(2026, 2, 8, 8, 30), zone), '2026-03-08T03:30:00');
  assert.equal(utcToLocalNaive(Date.UTC(2026, 2, 8, 7, 59), zone), '2026-03-08T01:59:00');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createShiftCalendar } from './calendar.ts';

const cal = createShiftCalendar('America/Chicago');
const H = 3_600_000;

test('shift boundaries stay at 06:00/14:00/22:00 local across the fall-back change', () => {
  // Fri 2026-10-30 (CDT, UTC-5) and Mon 2026-11-02 (CST, UTC-6)
  assert.deepEqual([10.99, 11, 19, 3].map((h) => cal.shiftAt(Date.UTC(2026, 9, 30) + h * H, 'FIVE_DAY')), [3, 1, 2, 3]);
  assert.deepEqual([11.99, 12, 20, 4].map((h) => cal.shiftAt(Date.UTC(2026, 10, 2) + h * H, 'FIVE_DAY')), [3, 1, 2, 3]);
});

test('FIVE_DAY is off from Friday 22:00 to Sunday 22:00; SIX_DAY adds Saturday days; CONTINUOUS never stops', () => {
  const sat10 = Date.UTC(2026, 9, 31, 15); // Sat 10:00 CDT
  const sun21 = Date.UTC(2026, 10, 2, 3); // Sun 21:00 CST
  const sun23 = Date.UTC(2026, 10, 2, 5); // Sun 23:00 CST
  const fri23 = Date.UTC(2026, 9, 31, 4); // Fri 23:00 CDT
  assert.deepEqual([sat10, sun21, sun23, fri23].map((t) => cal.shiftAt(t, 'FIVE_DAY')), [0, 0, 3, 0]);
  assert.deepEqual([sat10, sun21, sun23, fri23].map((t) => cal.shiftAt(t, 'SIX_DAY')), [1, 0, 3, 0]);
  assert.deepEqual([sat10, sun21, sun23, fri23].map((t) => cal.shiftAt(t, 'CONTINUOUS')), [1, 2, 3, 3]);
});

test('shiftKey is the same for every minute of one shift, including the night shift over midnight', () => {
  const start = Date.UTC(2026, 10, 3, 4); // Mon 22:00 CST
  const key = cal.shiftKey(start);
  for (let m = 0; m < 8 * 60; m += 7) assert.equal(cal.shiftKey(start + m * 60_000), key);
  assert.notEqual(cal.shiftKey(start + 8 * H), key);
  assert.notEqual(cal.shiftKey(start - 60_000), key);
  // The fall-back night (Sat 22:00 CDT → Sun 06:00 CST) is one shift of nine hours.
  const night = Date.UTC(2026, 10, 1, 3);
  assert.equal(cal.shiftKey(night + 8.99 * H), cal.shiftKey(night));
  assert.notEqual(cal.shiftKey(night + 9 * H), cal.shiftKey(night));
});

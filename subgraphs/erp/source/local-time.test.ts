import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeDateAndHours, decodeLocalDateTime, wallClockToUtcMs } from './local-time.ts';

const CHI = 'America/Chicago';
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

test('wallClockToUtcMs localizes ordinary, gap and overlap wall times by the documented policy', () => {
  assert.deepEqual([
    Date.UTC(2026, 0, 15, 7, 30),     // CST
    Date.UTC(2026, 6, 15, 7, 30),     // CDT
    Date.UTC(2026, 2, 8, 2, 30),      // gap on 2026-03-08 → shifted forward to 03:30 CDT
    Date.UTC(2026, 10, 1, 1, 30),     // overlap on 2026-11-01 → the earlier, 01:30 CDT
    Date.UTC(2026, 10, 1, 2, 50),     // just after the overlap: 02:50 CST (a ±3 h bracket got this wrong)
    Date.UTC(2026, 2, 8, 3, 10),      // just after the gap: 03:10 CDT
    Date.UTC(2026, 2, 8, 1, 59),      // just before the gap: 01:59 CST
  ].map((w) => iso(wallClockToUtcMs(w, CHI))), [
    '2026-01-15T13:30:00.000Z', '2026-07-15T12:30:00.000Z', '2026-03-08T08:30:00.000Z', '2026-11-01T06:30:00.000Z',
    '2026-11-01T08:50:00.000Z', '2026-03-08T08:10:00.000Z', '2026-03-08T07:59:00.000Z',
  ]);
});

test('decodeLocalDateTime treats the Date UTC fields as the wall clock and maps NULL and sentinels to null', () => {
  assert.deepEqual([
    decodeLocalDateTime(new Date('2026-03-09T14:05:00.000Z'), CHI),
    decodeLocalDateTime(new Date('1753-01-01T00:00:00.000Z'), CHI),
    decodeLocalDateTime(new Date('1900-01-01T00:00:00.000Z'), CHI),
    decodeLocalDateTime(null, CHI),
  ].map(iso), ['2026-03-09T19:05:00.000Z', null, null, null]);
});

test('decodeDateAndHours decodes Epicor date + decimal hours (7.5 = 07:30 local)', () => {
  assert.deepEqual([
    decodeDateAndHours(new Date('2026-03-09T00:00:00.000Z'), 7.5, CHI),
    decodeDateAndHours(new Date('2026-03-08T00:00:00.000Z'), 2.5, CHI),
    decodeDateAndHours(new Date('2026-03-09T00:00:00.000Z'), null, CHI),
    decodeDateAndHours(new Date('1900-01-01T00:00:00.000Z'), 0, CHI),
  ].map(iso), ['2026-03-09T12:30:00.000Z', '2026-03-08T08:30:00.000Z', '2026-03-09T05:00:00.000Z', null]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphQLError } from 'graphql';
import {
  dateOrderOf, decodeSqlDateTime, fromDateAndDecimalHours, fromDateAndHhmm, fromEpoch, fromExcelSerial, parseDateString,
} from './decoders.ts';

const CHI = 'America/Chicago';

function thrown(fn: () => unknown): { code: unknown; message: string } {
  try { fn(); } catch (e: unknown) {
    assert.ok(e instanceof GraphQLError, `expected a GraphQLError, got ${String(e)}`);
    return { code: e.extensions['code'], message: e.message };
  }
  assert.fail('expected a throw');
}

test('fromDateAndDecimalHours reads Epicor split date + decimal hours as local time', () => {
  const cases: [string, number, string, boolean][] = [
    ['2026-05-02', 7.5, '2026-05-02T07:30:00.000-05:00', false],
    ['2026-05-02', 7.33, '2026-05-02T07:19:48.000-05:00', false],
    ['2026-05-02', 0, '2026-05-02T00:00:00.000-05:00', false],
    ['2026-05-02', 24, '2026-05-03T00:00:00.000-05:00', false],
    ['2026-03-08', 2.5, '2026-03-08T03:30:00.000-05:00', true],
  ];
  assert.deepEqual(cases.map(([d, h]) => { const t = fromDateAndDecimalHours(d, h, CHI); return [d, h, t.local, t.shiftedFromGap]; }), cases);
  assert.deepEqual(thrown(() => fromDateAndDecimalHours('2026-05-02', 25, CHI)),
    { code: 'TIME_UNPARSEABLE', message: 'Cannot read 25 as decimal hours (0–24)' });
  assert.deepEqual(thrown(() => fromDateAndDecimalHours('2026-13-02', 1, CHI)),
    { code: 'TIME_UNPARSEABLE', message: 'Cannot read "2026-13-02" as a date (YYYY-MM-DD)' });
});

test('fromDateAndHhmm reads B1 DocTime integers', () => {
  assert.deepEqual([1435, 905, 0, 2359].map((h) => fromDateAndHhmm('2026-05-02', h, CHI).local), [
    '2026-05-02T14:35:00.000-05:00', '2026-05-02T09:05:00.000-05:00', '2026-05-02T00:00:00.000-05:00', '2026-05-02T23:59:00.000-05:00',
  ]);
  for (const bad of [1260, 2400, -5, 14.5]) {
    assert.deepEqual(thrown(() => fromDateAndHhmm('2026-05-02', bad, CHI)), { code: 'TIME_UNPARSEABLE', message: `Cannot read ${bad} as an HHMM time` });
  }
});

test('decodeSqlDateTime turns SQL Server sentinel dates into null with a reason and keeps real times', () => {
  assert.deepEqual([
    decodeSqlDateTime(null, CHI), decodeSqlDateTime('1753-01-01 00:00:00.000', CHI), decodeSqlDateTime('1900-01-01', CHI),
    decodeSqlDateTime('9999-12-31T00:00:00', CHI),
  ], [
    { time: null, missingReason: 'NULL', raw: null },
    { time: null, missingReason: 'SQL_SENTINEL_DATE', raw: '1753-01-01 00:00:00.000' },
    { time: null, missingReason: 'SQL_SENTINEL_DATE', raw: '1900-01-01' },
    { time: null, missingReason: 'SQL_SENTINEL_DATE', raw: '9999-12-31T00:00:00' },
  ]);
  assert.deepEqual(decodeSqlDateTime('1900-01-01 07:30:00', CHI).time?.local, '1900-01-01T07:30:00.000-06:00');
  assert.deepEqual(decodeSqlDateTime('2026-11-01 01:30:00', CHI), {
    time: { utc: Date.UTC(2026, 10, 1, 6, 30), local: '2026-11-01T01:30:00.000-05:00', ambiguous: true, shiftedFromGap: false }, missingReason: null,
  });
});

test('fromExcelSerial uses the 1900 system with its fictitious 1900-02-29', () => {
  const cases: [number, string][] = [
    [45361.5, '2024-03-10T12:00:00.000-05:00'],
    [1, '1900-01-01T00:00:00.000-06:00'],
    [59, '1900-02-28T00:00:00.000-06:00'],
    [61, '1900-03-01T00:00:00.000-06:00'],
    [46082.25, '2026-03-01T06:00:00.000-06:00'],
  ];
  assert.deepEqual(cases.map(([s]) => [s, fromExcelSerial(s, CHI).local]), cases);
  assert.deepEqual(thrown(() => fromExcelSerial(60, CHI)),
    { code: 'TIME_UNPARSEABLE', message: 'Cannot read 60 as an Excel serial date (60 is the fictitious 1900-02-29)' });
  assert.deepEqual(thrown(() => fromExcelSerial(0, CHI)), { code: 'TIME_UNPARSEABLE', message: 'Cannot read 0 as an Excel serial date' });
});

test('fromEpoch tells seconds from milliseconds by magnitude and refuses implausible instants', () => {
  assert.deepEqual(fromEpoch(1714655045000, CHI), { utc: 1714655045000, local: '2024-05-02T08:04:05.000-05:00', ambiguous: false, shiftedFromGap: false, epochUnit: 'ms' });
  assert.deepEqual(fromEpoch(1714655045, CHI), { utc: 1714655045000, local: '2024-05-02T08:04:05.000-05:00', ambiguous: false, shiftedFromGap: false, epochUnit: 's' });
  assert.deepEqual(thrown(() => fromEpoch(12345, CHI)),
    { code: 'TIME_UNPARSEABLE', message: 'Cannot read 12345 as an epoch time in seconds (outside 1990–2100)' });
  assert.deepEqual(thrown(() => fromEpoch(1714655045000000, CHI)),
    { code: 'TIME_UNPARSEABLE', message: 'Cannot read 1714655045000000 as an epoch time in milliseconds (outside 1990–2100)' });
});

test('parseDateString refuses ambiguous D/M vs M/D unless a locale or order is configured', () => {
  assert.deepEqual(thrown(() => parseDateString('05/04/2026')),
    { code: 'TIME_AMBIGUOUS_DATE_ORDER', message: '"05/04/2026" could be day/month or month/day; configure the source\'s locale' });
  assert.deepEqual(parseDateString('05/04/2026', { locale: 'en-US' }), { year: 2026, month: 5, day: 4 });
  assert.deepEqual(parseDateString('05/04/2026', { locale: 'de-DE' }), { year: 2026, month: 4, day: 5 });
  assert.deepEqual(parseDateString('05.04.2026', { order: 'DMY' }), { year: 2026, month: 4, day: 5 });
  assert.deepEqual(parseDateString('25/04/2026'), { year: 2026, month: 4, day: 25 });
  assert.deepEqual(parseDateString('04/25/2026'), { year: 2026, month: 4, day: 25 });
  assert.deepEqual(parseDateString('2026-04-05'), { year: 2026, month: 4, day: 5 });
  assert.deepEqual(thrown(() => parseDateString('13/13/2026')), { code: 'TIME_UNPARSEABLE', message: 'Cannot read "13/13/2026" as a date' });
  assert.deepEqual([dateOrderOf('en-US'), dateOrderOf('es-MX'), dateOrderOf('en-GB')], ['MDY', 'DMY', 'DMY']);
});

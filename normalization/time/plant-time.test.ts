import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphQLError } from 'graphql';
import { parseNaiveLocal, resolveLocalSequence, resolveLocalTime } from './plant-time.ts';
import { asEventTime, asRecordedTime, latenessMs } from './event-time.ts';

const CHI = 'America/Chicago';
const BER = 'Europe/Berlin';

test('resolveLocalTime around the 2026 America/Chicago and Europe/Berlin transitions', () => {
  const cases: [string, string, { utc: string; local: string; ambiguous: boolean; shiftedFromGap: boolean }][] = [
    // Chicago spring forward 2026-03-08 02:00 CST → 03:00 CDT
    [CHI, '2026-03-08 01:59:59', { utc: '2026-03-08T07:59:59.000Z', local: '2026-03-08T01:59:59.000-06:00', ambiguous: false, shiftedFromGap: false }],
    [CHI, '2026-03-08 02:00:00', { utc: '2026-03-08T08:00:00.000Z', local: '2026-03-08T03:00:00.000-05:00', ambiguous: false, shiftedFromGap: true }],
    [CHI, '2026-03-08 02:30:00', { utc: '2026-03-08T08:30:00.000Z', local: '2026-03-08T03:30:00.000-05:00', ambiguous: false, shiftedFromGap: true }],
    [CHI, '2026-03-08 03:00:00', { utc: '2026-03-08T08:00:00.000Z', local: '2026-03-08T03:00:00.000-05:00', ambiguous: false, shiftedFromGap: false }],
    // Chicago fall back 2026-11-01 02:00 CDT → 01:00 CST: 01:00–01:59:59 happens twice
    [CHI, '2026-11-01 00:59:59', { utc: '2026-11-01T05:59:59.000Z', local: '2026-11-01T00:59:59.000-05:00', ambiguous: false, shiftedFromGap: false }],
    [CHI, '2026-11-01 01:00:00', { utc: '2026-11-01T06:00:00.000Z', local: '2026-11-01T01:00:00.000-05:00', ambiguous: true, shiftedFromGap: false }],
    [CHI, '2026-11-01 01:30:00', { utc: '2026-11-01T06:30:00.000Z', local: '2026-11-01T01:30:00.000-05:00', ambiguous: true, shiftedFromGap: false }],
    [CHI, '2026-11-01 01:59:59.999', { utc: '2026-11-01T06:59:59.999Z', local: '2026-11-01T01:59:59.999-05:00', ambiguous: true, shiftedFromGap: false }],
    [CHI, '2026-11-01 02:00:00', { utc: '2026-11-01T08:00:00.000Z', local: '2026-11-01T02:00:00.000-06:00', ambiguous: false, shiftedFromGap: false }],
    [CHI, '2026-07-01T12:00', { utc: '2026-07-01T17:00:00.000Z', local: '2026-07-01T12:00:00.000-05:00', ambiguous: false, shiftedFromGap: false }],
    // Berlin spring forward 2026-03-29 02:00 CET → 03:00 CEST; fall back 2026-10-25 03:00 CEST → 02:00 CET
    [BER, '2026-03-29 02:15', { utc: '2026-03-29T01:15:00.000Z', local: '2026-03-29T03:15:00.000+02:00', ambiguous: false, shiftedFromGap: true }],
    [BER, '2026-03-29 01:59', { utc: '2026-03-29T00:59:00.000Z', local: '2026-03-29T01:59:00.000+01:00', ambiguous: false, shiftedFromGap: false }],
    [BER, '2026-10-25 02:30', { utc: '2026-10-25T00:30:00.000Z', local: '2026-10-25T02:30:00.000+02:00', ambiguous: true, shiftedFromGap: false }],
    [BER, '2026-10-25 03:00', { utc: '2026-10-25T02:00:00.000Z', local: '2026-10-25T03:00:00.000+01:00', ambiguous: false, shiftedFromGap: false }],
  ];
  const got = cases.map(([zone, naive]) => {
    const t = resolveLocalTime(naive, zone);
    return [zone, naive, { ...t, utc: new Date(t.utc).toISOString() }];
  });
  assert.deepEqual(got, cases);
});

test('resolveLocalSequence resolves the repeated hour to the later instant once the sequence goes back', () => {
  const seq = ['2026-11-01 00:50', '2026-11-01 01:20', '2026-11-01 01:50', '2026-11-01 01:10', '2026-11-01 01:40', '2026-11-01 02:05'];
  assert.deepEqual(resolveLocalSequence(seq, CHI).map((t) => [t.local, t.ambiguous]), [
    ['2026-11-01T00:50:00.000-05:00', false],
    ['2026-11-01T01:20:00.000-05:00', true],
    ['2026-11-01T01:50:00.000-05:00', true],
    ['2026-11-01T01:10:00.000-06:00', false],
    ['2026-11-01T01:40:00.000-06:00', false],
    ['2026-11-01T02:05:00.000-06:00', false],
  ]);
});

test('resolveLocalSequence leaves a lone overlap time ambiguous and earlier, like resolveLocalTime', () => {
  assert.deepEqual(resolveLocalSequence(['2026-11-01 01:30'], CHI), [resolveLocalTime('2026-11-01 01:30', CHI)]);
});

test('parseNaiveLocal refuses offsets, impossible dates and junk with TIME_UNPARSEABLE', () => {
  for (const s of ['2026-11-01T01:30:00Z', '2026-02-30 10:00', '2026-11-01 24:00', 'yesterday', '2026-11-01T01:30:00-05:00']) {
    assert.throws(() => parseNaiveLocal(s), (e: unknown) => e instanceof GraphQLError &&
      e.extensions['code'] === 'TIME_UNPARSEABLE' && e.message === `Cannot read ${JSON.stringify(s)} as a naive local date-time`);
  }
  assert.deepEqual(parseNaiveLocal('2026-05-02 07:30:15.5'), { year: 2026, month: 5, day: 2, hour: 7, minute: 30, second: 15, millisecond: 500 });
});

test('resolveLocalTime and resolveLocalSequence refuse impossible components with TIME_UNPARSEABLE', () => {
  const bad = { year: 2026, month: 2, day: 29, hour: 0, minute: 0, second: 0, millisecond: 0 };
  const message = `Cannot read ${JSON.stringify(bad)} as a naive local date-time`;
  const isIt = (e: unknown) => e instanceof GraphQLError && e.extensions['code'] === 'TIME_UNPARSEABLE' && e.message === message;
  assert.throws(() => resolveLocalTime(bad, CHI), isIt);
  assert.throws(() => resolveLocalSequence([bad], CHI), isIt);
});

test('resolveLocalTime names a misconfigured zone', () => {
  assert.throws(() => resolveLocalTime('2026-01-01 00:00', 'America/Chicag0'), { message: 'Unknown IANA zone "America/Chicag0"' });
});

test('event and recorded times are tagged apart and lateness is recorded minus event', () => {
  const ev = asEventTime(resolveLocalTime('2026-05-02 07:00', CHI));
  const rec = asRecordedTime(resolveLocalTime('2026-05-02 10:00', CHI));
  assert.deepEqual(ev, { utc: Date.UTC(2026, 4, 2, 12), local: '2026-05-02T07:00:00.000-05:00', ambiguous: false, shiftedFromGap: false, role: 'event' });
  assert.equal(rec.role, 'recorded');
  assert.equal(latenessMs(ev, rec), 3 * 3_600_000);
});

test('the memoised zone offsets and local formatting agree with luxon around every transition of 2026', async () => {
  const { DateTime } = await import('luxon');
  const { formatLocal } = await import('./plant-time.ts');
  const mismatches: string[] = [];
  // Kolkata (+05:30, no DST) and Lord Howe (30-minute DST) stress the non-hour cases.
  for (const zone of [CHI, BER, 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns']) {
    for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
      // Every ~2 minutes on transition days; every ~3 hours elsewhere (offsets there are constant).
      const transition = DateTime.fromMillis(day, { zone }).offset !== DateTime.fromMillis(day + 86_399_999, { zone }).offset;
      const step = transition ? 2 * 60_000 + 7_000 : 3 * 3_600_000 + 17 * 60_000 + 13_000;
      for (let t = day; t < day + 86_400_000; t += step) {
        const expected = DateTime.fromMillis(t, { zone }).toISO();
        const got = formatLocal(t, zone);
        if (got !== expected) mismatches.push(`${zone} ${t}: ${got} vs ${expected}`);
      }
    }
  }
  assert.deepEqual(mismatches, []);
});

test('the compiler keeps event and recorded times apart', () => {
  const rec = asRecordedTime(resolveLocalTime('2026-05-02 10:00', CHI));
  // @ts-expect-error a RecordedTime is not an EventTime; tsc fails this file if that ever becomes assignable
  const ev: import('./event-time.ts').EventTime = rec;
  assert.equal(ev.role, 'recorded');
});

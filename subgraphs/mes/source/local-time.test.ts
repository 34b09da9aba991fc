import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localNaiveToUtc, resolveMesSequence, utcToLocalNaive } from './local-time.ts';

const zone = 'America/Chicago';
const pick = (t: ReturnType<typeof localNaiveToUtc>) => (t === null ? null : { ms: t.ms, local: t.local, ambiguous: t.ambiguous, shiftedFromGap: t.shiftedFromGap });

test('localNaiveToUtc reads an ordinary naive time in the plant zone', () => {
  assert.deepEqual(pick(localNaiveToUtc('2026-03-07T06:00:00', zone)),
    { ms: Date.UTC(2026, 2, 7, 12), local: '2026-03-07T06:00:00.000-06:00', ambiguous: false, shiftedFromGap: false });
});

test('localNaiveToUtc shifts a time in the spring-forward gap forward by the gap and says so', () => {
  // 02:30 does not exist on 2026-03-08 in Chicago; 02:30 CST would be 08:30Z, which is 03:30 CDT.
  assert.deepEqual(pick(localNaiveToUtc('2026-03-08T02:30:00', zone)),
    { ms: Date.UTC(2026, 2, 8, 8, 30), local: '2026-03-08T03:30:00.000-05:00', ambiguous: false, shiftedFromGap: true });
});

test('localNaiveToUtc takes the earlier instant of a fall-back overlap and flags it ambiguous', () => {
  // 01:30 on 2026-11-01 happens at 06:30Z (CDT) and again at 07:30Z (CST).
  assert.deepEqual(pick(localNaiveToUtc('2026-11-01T01:30:00', zone)),
    { ms: Date.UTC(2026, 10, 1, 6, 30), local: '2026-11-01T01:30:00.000-05:00', ambiguous: true, shiftedFromGap: false });
});

test('localNaiveToUtc honours an explicit Z or offset and rejects unreadable text', () => {
  assert.equal(localNaiveToUtc('2026-03-08T02:30:00Z', zone)?.ms, Date.UTC(2026, 2, 8, 2, 30));
  assert.equal(localNaiveToUtc('2026-03-09T07:00:00.000-05:00', zone)?.ms, Date.UTC(2026, 2, 9, 12));
  assert.equal(localNaiveToUtc('08/03/2026 02:30', zone), null);
});

test('resolveMesSequence lets a machine\'s own order decide an overlap time that would otherwise run backwards', () => {
  const ts = resolveMesSequence(['2026-11-01T00:50:00', '2026-11-01T01:50:00', '2026-11-01T01:10:00', 'garbage'], zone);
  assert.deepEqual(ts.map((t) => (t === null ? null : [new Date(t.ms).toISOString(), t.ambiguous])), [
    ['2026-11-01T05:50:00.000Z', false], ['2026-11-01T06:50:00.000Z', true], ['2026-11-01T07:10:00.000Z', false], null,
  ]);
});

test('utcToLocalNaive renders plant-local wall-clock time without offset', () => {
  assert.equal(utcToLocalNaive(Date.UTC(2026, 2, 8, 8, 30), zone), '2026-03-08T03:30:00');
  assert.equal(utcToLocalNaive(Date.UTC(2026, 2, 8, 7, 59), zone), '2026-03-08T01:59:00');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSentinel, isBadQuality } from './sentinels.ts';
import { idempotencyKey, mergeRevisions } from './dedupe.ts';
import { counterDelta, counterDeltas } from './counter-delta.ts';
import { checkCapacity } from './plausibility.ts';

const rules = { 'MES.SpindleTemp': [-9999, 9999.9], 'ERP.Operator': ['UNKNOWN'] };

test('checkSentinel turns per-field sentinels, placeholders, blanks and bad OPC quality into null with a reason', () => {
  const cases: [string, unknown, string | number | undefined, unknown][] = [
    ['MES.SpindleTemp', 231.5, undefined, { value: 231.5, missingReason: null }],
    ['MES.SpindleTemp', -9999, undefined, { value: null, missingReason: 'SENTINEL', raw: -9999 }],
    ['MES.SpindleTemp', 9999.9, undefined, { value: null, missingReason: 'SENTINEL', raw: 9999.9 }],
    ['MES.SpindleTemp', '-9999.0', undefined, { value: null, missingReason: 'SENTINEL', raw: '-9999.0' }],
    ['MES.Other', -9999, undefined, { value: -9999, missingReason: null }],
    ['MES.SpindleTemp', 'N/A', undefined, { value: null, missingReason: 'SENTINEL', raw: 'N/A' }],
    ['MES.SpindleTemp', '#N/A', undefined, { value: null, missingReason: 'SENTINEL', raw: '#N/A' }],
    ['ERP.Operator', 'unknown ', undefined, { value: null, missingReason: 'SENTINEL', raw: 'unknown ' }],
    ['ERP.RevisionNum', '-', undefined, { value: '-', missingReason: null }],
    ['ERP.Comment', '#VALUE!', undefined, { value: null, missingReason: 'SENTINEL', raw: '#VALUE!' }],
    ['ERP.Operator', '', undefined, { value: null, missingReason: 'EMPTY', raw: '' }],
    ['ERP.Operator', '   ', undefined, { value: null, missingReason: 'EMPTY', raw: '   ' }],
    ['ERP.Operator', null, undefined, { value: null, missingReason: 'NULL', raw: null }],
    ['MES.SpindleTemp', NaN, undefined, { value: null, missingReason: 'NOT_A_NUMBER', raw: NaN }],
    ['MES.SpindleTemp', 231.5, 'badSensorFailure', { value: null, missingReason: 'BAD_QUALITY', raw: 231.5 }],
    ['MES.SpindleTemp', 231.5, 0x808c0000, { value: null, missingReason: 'BAD_QUALITY', raw: 231.5 }],
    ['MES.SpindleTemp', 231.5, 0x40000000, { value: 231.5, missingReason: null }],
    ['MES.SpindleTemp', 231.5, 'GOOD', { value: 231.5, missingReason: null }],
  ];
  assert.deepEqual(cases.map(([f, v, q]) => [f, v, q, checkSentinel(f, v, rules, q)]), cases);
  assert.deepEqual([isBadQuality('Bad_CommFailure'), isBadQuality('UNCERTAIN'), isBadQuality(undefined)], [true, false, false]);
});

interface Rec { readonly source: string; readonly sourceId: number; readonly revision: number; readonly goodQty: number }
const r = (sourceId: number, revision: number, goodQty: number): Rec => ({ source: 'MES', sourceId, revision, goodQty });

test('mergeRevisions keeps the highest revision per record and counts resends, corrections and late originals', () => {
  const page1 = [r(88121, 1, 100), r(88122, 1, 480), r(88123, 1, 300)];
  const page2 = [r(88123, 1, 300), r(88122, 2, 460), r(88124, 1, 50), r(88122, 1, 480)]; // overlaps page1
  assert.deepEqual(mergeRevisions([...page1, ...page2]), {
    records: [r(88121, 1, 100), r(88122, 2, 460), r(88123, 1, 300), r(88124, 1, 50)],
    duplicates: 1, superseded: 1, replaced: 1,
  });
});

test('mergeRevisions is stable for overlapping pages: merging a page again changes nothing', () => {
  const once = mergeRevisions([r(1, 1, 10), r(2, 2, 20)]);
  const again = mergeRevisions([r(2, 2, 20), r(1, 1, 10)], once.records);
  assert.deepEqual(again, { records: once.records, duplicates: 2, superseded: 0, replaced: 0 });
  assert.notEqual(idempotencyKey(r(1, 1, 0)), idempotencyKey(r(1, 2, 0)));
  assert.notEqual(idempotencyKey({ source: 'MES', sourceId: 1, revision: 1 }), idempotencyKey({ source: 'ERP', sourceId: 1, revision: 1 }));
});

test('counterDelta tells rollover near the top of the range from a reset', () => {
  const u16 = { rolloverAt: 65536 };
  assert.deepEqual([
    counterDelta(100, 150, u16), counterDelta(65530, 4, u16), counterDelta(30000, 12, u16),
    counterDelta(65530, 40000, u16), counterDelta(5, 5, u16),
  ], [
    { delta: 50, step: 'NORMAL' }, { delta: 10, step: 'ROLLOVER' }, { delta: 12, step: 'RESET' },
    { delta: 40000, step: 'RESET' }, { delta: 0, step: 'NORMAL' },
  ]);
  // A 99999.9 h runtime meter (rollover width per source) with a narrower band.
  assert.deepEqual(counterDelta(99990.5, 2.5, { rolloverAt: 100000, nearTopFraction: 0.01 }), { delta: 12, step: 'ROLLOVER' });
  assert.throws(() => counterDelta(NaN, 1, u16), { name: 'RangeError', message: 'Counter readings must be finite, got NaN → 1' });
});

test('counterDeltas skips null readings instead of treating a gap as a reset', () => {
  assert.deepEqual(counterDeltas([65500, null, 65530, 20, null, 0, 7], { rolloverAt: 65536 }), [
    { delta: 30, step: 'NORMAL' }, { delta: 26, step: 'ROLLOVER' }, { delta: 0, step: 'RESET' }, { delta: 7, step: 'NORMAL' },
  ]);
});

test('buildDataQuality reports the share of present fields and deduplicates the normalisation steps', async () => {
  const { buildDataQuality, createUnmappedTally } = await import('./data-quality.ts');
  assert.deepEqual(buildDataQuality({ fields: [true, false, true], asOf: null, normalized: ['UNIT_CONVERTED', 'UNIT_CONVERTED', 'CODE_TABLE'] }),
    { completeness: 0.667, asOf: null, issues: [], normalized: ['UNIT_CONVERTED', 'CODE_TABLE'] });
  assert.equal(buildDataQuality({ fields: [], asOf: '2026-11-10T00:00:00.000Z' }).completeness, 1);
  const t = createUnmappedTally();
  t.add('MES.StateReason'); t.add('MES.StateReason'); t.add('ERP.ScrapReasonCode');
  assert.deepEqual(t.counts(), { 'MES.StateReason': 2, 'ERP.ScrapReasonCode': 1 });
});

test('checkCapacity flags counts above 1.25 × rate × hours + 1 with the reason, and judges nothing without a rate or hours', () => {
  assert.equal(checkCapacity({ field: 'quantity', pieces: 100, hours: 2, ratePerHour: 40 }), null);
  // 40/h × 2 h × 1.25 + 1 = 101: the boundary is plausible, one more is not.
  assert.equal(checkCapacity({ field: 'quantity', pieces: 101, hours: 2, ratePerHour: 40 }), null);
  assert.deepEqual(checkCapacity({ field: 'quantity', pieces: 102, hours: 2, ratePerHour: 40 }),
    { code: 'ABOVE_CAPACITY', field: 'quantity', raw: '102', detail: '102 pieces in 2 h at a planned 40/h: at most 101 are physically plausible' });
  assert.equal(checkCapacity({ field: 'quantity', pieces: 80080, hours: 2, ratePerHour: 40 })?.code, 'ABOVE_CAPACITY');
  for (const [hours, ratePerHour] of [[2, null], [2, 0], [0, 40], [-1, 40]] as const) {
    assert.equal(checkCapacity({ field: 'quantity', pieces: 1e9, hours, ratePerHour }), null, `${hours} h at ${ratePerHour}`);
  }
});

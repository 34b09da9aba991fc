import { test } from 'node:test';
import assert from 'node:assert/strict';
import { approxBytes } from '../../../common/index.ts';
import { packSamples, unpackSamples } from './sample-block.ts';
import type { MesSampleRow, TimeFlags } from './types.ts';

const plain: TimeFlags = { ambiguous: { time: false }, gap: { time: false }, gapShifted: false, sequenceResolved: false };
const row = (i: number, sourceValue: string, extra: Partial<MesSampleRow> = {}): MesSampleRow => ({
  mesCode: i % 2 === 0 ? 'P04' : 'W01', tag: i % 3 === 0 ? 'HYD_PRESS' : 'OIL_TEMP', timeMs: 1_772_884_800_000 + i * 300_000,
  sourceValue, sourceUnit: i % 2 === 0 ? 'psi' : 'degF', quality: i === 5 ? 'Bad' : 'Good', timeFlags: plain, ...extra,
});

test('packSamples/unpackSamples give back exactly the rows, whatever text the MES sent', () => {
  const texts = ['2075.3', '-9999', 'N/A', '', '2075.30', '1e3', '0', '-0', ' 12', '9999.9', '0.1', '-3.25', 'abc', '1234567.891'];
  const rows: MesSampleRow[] = texts.map((t, i) => row(i, t));
  rows.push(row(20, '7.5', { timeFlags: { ambiguous: { time: true }, gap: { time: false }, gapShifted: false, sequenceResolved: true } }));
  rows.push(row(21, '8', { timeFlags: { ambiguous: { time: false }, gap: { time: true }, gapShifted: true, sequenceResolved: false } }));
  const { timeFlags: _drop, ...noFlags } = row(22, '9');
  rows.push(noFlags);
  const block = packSamples(rows);
  assert.deepEqual(unpackSamples(block), rows);
  // Only texts a number cannot reproduce keep their text; only non-plain flags are kept.
  assert.deepEqual(block.rawValues.map(([i]) => texts[i]), ['N/A', '', '2075.30', '1e3', '-0', ' 12', 'abc']);
  assert.deepEqual(block.flags.map(([i]) => i), [texts.length, texts.length + 1, texts.length + 2]);
});

test('unpackSamples keeps only the asked tags, in packed order', () => {
  const rows = Array.from({ length: 12 }, (_, i) => row(i, String(i / 4)));
  assert.deepEqual(unpackSamples(packSamples(rows), new Set(['HYD_PRESS'])), rows.filter((r) => r.tag === 'HYD_PRESS'));
  assert.deepEqual(unpackSamples(packSamples([])), []);
});

test('a packed window is estimated at a fraction of its rows', () => {
  const rows = Array.from({ length: 4032 }, (_, i) => row(i, (2000 + Math.sin(i) * 50).toFixed(1).replace(/\.0$/, '')));
  const ratio = approxBytes(packSamples(rows)) / approxBytes(rows);
  assert.ok(ratio < 0.25, `packed/rows estimated bytes ${ratio.toFixed(3)}`);
});

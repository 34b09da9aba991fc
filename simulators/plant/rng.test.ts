import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRng } from './rng.ts';

const draw = (seed: number, n: number, label?: string): number[] => {
  const r = label === undefined ? createRng(seed) : createRng(seed).fork(label);
  return Array.from({ length: n }, () => r.next());
};

test('createRng gives the same stream for the same seed and a different one for another seed', () => {
  assert.deepEqual(draw(42, 50), draw(42, 50));
  assert.notDeepEqual(draw(42, 50), draw(43, 50));
});

test('fork depends on the root seed and label only, not on how much the parent consumed', () => {
  const a = createRng(7);
  const b = createRng(7);
  for (let i = 0; i < 1000; i++) b.next();
  const fa = a.fork('machine/PRESS-04');
  const fb = b.fork('machine/PRESS-04');
  assert.deepEqual(Array.from({ length: 20 }, () => fa.next()), Array.from({ length: 20 }, () => fb.next()));
  assert.notDeepEqual(draw(7, 20, 'machine/PRESS-04'), draw(7, 20, 'machine/PRESS-05'));
  assert.notDeepEqual(draw(7, 20, 'x'), draw(7, 20)); // a fork is not the parent stream
});

test('next is uniform on [0,1) and normal is standard normal (moments within sampling error)', () => {
  const r = createRng(1);
  const n = 100_000;
  let s = 0;
  let min = 1;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const x = r.next();
    s += x;
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  assert.ok(Math.abs(s / n - 0.5) < 0.005, `mean ${s / n}`);
  assert.ok(min >= 0 && max < 1);
  let m = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const z = r.normal();
    m += z;
    m2 += z * z;
  }
  assert.ok(Math.abs(m / n) < 0.015, `normal mean ${m / n}`);
  assert.ok(Math.abs(m2 / n - 1) < 0.02, `normal var ${m2 / n}`);
});

test('int covers both ends; weighted never picks a zero weight; pick and weighted throw on empty input', () => {
  const r = createRng(3);
  const seen = new Set<number>();
  for (let i = 0; i < 2000; i++) seen.add(r.int(1, 4));
  assert.deepEqual([...seen].sort(), [1, 2, 3, 4]);
  for (let i = 0; i < 2000; i++) assert.notEqual(r.weighted(['a', 'b', 'c'], [1, 0, 2]), 'b');
  assert.throws(() => r.pick([]), /rng.pick on an empty array/);
  assert.throws(() => r.weighted(['a'], [0]), /rng.weighted needs a positive total weight/);
});

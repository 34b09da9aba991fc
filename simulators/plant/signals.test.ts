import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bearingShape, normalCdf, quantize, wearShape } from './signals.ts';

test('wearShape starts at 0, ends near 1 at end of life and never decreases', () => {
  assert.equal(wearShape(0), 0);
  assert.ok(Math.abs(wearShape(1) - 1) < 0.01);
  for (let u = 0; u < 1.2; u += 0.01) assert.ok(wearShape(u + 0.01) >= wearShape(u));
  // The third stage accelerates: the last 10 % of life adds more wear than the 10 % before 70 %.
  assert.ok(wearShape(1) - wearShape(0.9) > wearShape(0.7) - wearShape(0.6));
});

test('bearingShape is flat for 85 % of life, 1 at end of life and capped at 4', () => {
  assert.deepEqual([0, 0.5, 0.85].map((x) => bearingShape(x * 1000, 1000)), [0, 0, 0]);
  assert.ok(Math.abs(bearingShape(1000, 1000) - 1) < 1e-12);
  assert.equal(bearingShape(5000, 1000), 4);
});

test('normalCdf matches reference values to 1e-6', () => {
  assert.ok(Math.abs(normalCdf(0) - 0.5) < 1e-6);
  assert.ok(Math.abs(normalCdf(1) + normalCdf(-1) - 1) < 1e-12);
  assert.ok(Math.abs(normalCdf(1.959964) - 0.975) < 1e-6);
  assert.ok(Math.abs(normalCdf(-3) - 0.0013498980) < 1e-6);
});

test('quantize rounds to the instrument resolution with clean decimals', () => {
  assert.equal(quantize(25.01234, 1000), 25.012);
  assert.equal(quantize(1.006, 100), 1.01);
  assert.equal(quantize(-0.04, 10), -0);
  assert.equal(String(quantize(0.1 + 0.2, 10)), '0.3');
});

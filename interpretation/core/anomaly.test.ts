import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { AnomalyModelCache, anomalyModelKey, scoreAnomalies, trainAnomalyModel } from './anomaly.ts';
import { initTensorflow } from './tensorflow-backend.ts';
import { createRng } from './series.ts';

const rng = createRng(5);
/** Two coupled features: a sine and its scaled copy plus noise, so breaking the coupling is anomalous. */
const rows = (n: number, phase = 0): number[][] =>
  Array.from({ length: n }, (_, i) => { const s = Math.sin((i + phase) / 5); return [s + 0.05 * rng(), 2 * s + 0.05 * rng()]; });
const opts = { epochs: 15, windowSize: 4, seed: 7 };
const cache = new AnomalyModelCache(opts);

before(async () => { assert.ok(['tensorflow', 'wasm', 'cpu'].includes(await initTensorflow())); });
after(() => cache.clear());

test('initTensorflow picks wasm here (tfjs-node is not installed) and is idempotent', async () => {
  assert.equal(await initTensorflow(), 'wasm');
  assert.equal(tf.getBackend(), 'wasm');
});

test('trainAnomalyModel is deterministic for a seed and frees every tensor but the weights', async () => {
  const base = rows(200);
  const before0 = tf.memory().numTensors;
  const a = await trainAnomalyModel(base, opts);
  const b = await trainAnomalyModel(base, opts);
  assert.equal(a.threshold, b.threshold);
  assert.equal(a.key, anomalyModelKey(base, opts));
  a.dispose();
  b.dispose();
  assert.equal(tf.memory().numTensors, before0);
});

test('scoreAnomalies flags a broken coupling, not normal rows, and leaks no tensors', async () => {
  const model = await trainAnomalyModel(rows(200), opts);
  const test = rows(60, 3);
  test[40] = [1.5, -2]; // coupling broken
  const n0 = tf.memory().numTensors;
  const r = scoreAnomalies(model, test);
  assert.equal(tf.memory().numTensors, n0);
  assert.deepEqual(r.scores.slice(0, 3), [null, null, null]); // windowSize 4: first complete window ends at row 3
  assert.deepEqual(r.anomalous.map((x, i) => (x ? i : -1)).filter((i) => i >= 0), [40, 41, 42, 43]);
  const withGap = scoreAnomalies(model, [[0, 0], [0, 0], [null, 0], [0, 0], [0, 0]]);
  assert.deepEqual(withGap.scores.map((s) => s === null), [true, true, true, true, true]);
  model.dispose();
});

test('AnomalyModelCache answers null at once, trains in the background, then serves the model', async () => {
  const base = rows(120);
  const key = anomalyModelKey(base, opts);
  assert.equal(cache.keyFor(base), key);
  assert.notEqual(cache.keyFor(rows(120)), key);
  assert.equal(cache.getOrTrain(key, base), null);
  assert.equal(cache.status(key), 'TRAINING');
  assert.equal(cache.getOrTrain(key, base), null); // no second training
  const model = await cache.whenTrained(key);
  assert.ok(model);
  assert.equal(cache.status(key), 'READY');
  assert.equal(cache.getOrTrain(key, base), model);
  const bad = 'bad-key';
  assert.equal(cache.getOrTrain(bad, [[1]]), null);
  assert.equal(await cache.whenTrained(bad), null);
  assert.deepEqual([cache.status(bad), cache.failure(bad)], ['FAILED', 'trainAnomalyModel: need ≥ 8 complete windows, have 0']);
});

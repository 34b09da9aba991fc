import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyScrapReason, createScrapReasonClassifier, crossValidateScrapClassifier, evaluateScrapClassifier, labelledScrapReasons, splitLabelledScrapReasons } from './scrap-classifier.ts';

test('the scrap labelled set covers the five reasons with at least 40 phrasings each; the split holds out 20 % of each', () => {
  const all = labelledScrapReasons();
  const { train, heldOut } = splitLabelledScrapReasons();
  assert.equal(train.length + heldOut.length, all.length);
  for (const r of ['DIM_OVERSIZE', 'DIM_UNDERSIZE', 'SURFACE', 'SETUP', 'MATERIAL']) {
    const n = all.filter((e) => e.label === r).length;
    assert.ok(n >= 40, `${r}: ${n}`);
    assert.equal(heldOut.filter((e) => e.label === r).length, Math.round(n * 0.2), r);
  }
});

test('held-out and 5-fold accuracy of the scrap classifier stay above floors set below the measured figures (90 % / 86.7 %)', () => {
  const e = evaluateScrapClassifier();
  assert.equal(e.heldOutSize, 40);
  assert.ok(e.accuracy >= 0.75, `held-out ${e.accuracy}`);
  const cv = crossValidateScrapClassifier(5);
  assert.equal(cv.examples, 166);
  assert.ok(cv.accuracy >= 0.75, `cv ${cv.accuracy}`);
  assert.ok(e.accuracyWhenAccepted >= e.accuracy, 'the threshold trades coverage for precision');
});

test('table first (ERP three-letter codes, MES texts), then the classifier with its confidence; blank is null, noise UNMAPPED', () => {
  assert.deepEqual(classifyScrapReason('OVR'), { code: 'DIM_OVERSIZE', confidence: 1, method: 'TABLE', raw: 'OVR' });
  assert.deepEqual(classifyScrapReason(' u/s '), { code: 'DIM_UNDERSIZE', confidence: 1, method: 'TABLE', raw: ' u/s ' });
  const r = classifyScrapReason('od way too small')!;
  assert.deepEqual([r.code, r.method], ['DIM_UNDERSIZE', 'CLASSIFIER']);
  assert.ok(r.confidence >= 0.5 && r.confidence < 1);
  assert.equal(classifyScrapReason('   '), null);
  assert.deepEqual(classifyScrapReason('??'), { code: 'UNMAPPED', confidence: 0, method: 'CLASSIFIER', raw: '??' });
  // Above any probability a softmax over five classes can give: everything the table does not know is UNMAPPED, raw kept.
  const strict = createScrapReasonClassifier({ threshold: 1.01 }).classify('od way too small')!;
  assert.deepEqual([strict.code, strict.raw], ['UNMAPPED', 'od way too small']);
});

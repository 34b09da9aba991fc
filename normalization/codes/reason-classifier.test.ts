import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createReasonClassifier, evaluateReasonClassifier, labelledReasons, normalizeReasonText, predictReason, splitLabelledReasons,
  trainReasonModel,
} from './reason-classifier.ts';

test('the shipped labelled set has at least 400 phrasings over every reason, split 80/20 the same way every time', () => {
  const all = labelledReasons();
  assert.ok(all.length >= 400, `only ${all.length} labelled phrasings`);
  const a = splitLabelledReasons();
  const b = splitLabelledReasons();
  assert.deepEqual(a, b);
  assert.equal(a.train.length + a.heldOut.length, all.length);
  assert.deepEqual(new Set(a.heldOut.map((e) => e.code)), new Set(all.map((e) => e.code)));
  const trainTexts = new Set(a.train.map((e) => e.text));
  assert.deepEqual(a.heldOut.filter((e) => trainTexts.has(e.text)), []);
});

test('training is deterministic: the same data gives the same weights', () => {
  const { train } = splitLabelledReasons();
  const small = train.slice(0, 80);
  assert.deepEqual(trainReasonModel(small, { epochs: 5 }).weights, trainReasonModel(small, { epochs: 5 }).weights);
});

test('held-out accuracy stays at or above 85 % and nothing accepted at the threshold is wrong more than 5 % of the time', () => {
  const ev = evaluateReasonClassifier();
  assert.ok(ev.accuracy >= 0.85, `held-out accuracy ${ev.accuracy}`);
  assert.ok(ev.wrongShare <= 0.05, `wrong share ${ev.wrongShare}`);
  assert.ok(ev.unmappedShare <= 0.25, `unmapped share ${ev.unmappedShare}`);
  assert.equal(ev.heldOutSize + ev.trainSize, labelledReasons().length);
});

test('known codes map by table, case and whitespace-insensitive, with confidence 1', () => {
  const c = createReasonClassifier();
  assert.deepEqual(['PM', ' pm ', 'C/O', 'JAM', 'tool_break'].map((t) => c.classify(t)), [
    { code: 'PREVENTIVE_MAINTENANCE', category: 'PLANNED_MAINTENANCE', confidence: 1, method: 'TABLE', raw: 'PM' },
    { code: 'PREVENTIVE_MAINTENANCE', category: 'PLANNED_MAINTENANCE', confidence: 1, method: 'TABLE', raw: ' pm ' },
    { code: 'CHANGEOVER', category: 'SETUP', confidence: 1, method: 'TABLE', raw: 'C/O' },
    { code: 'JAM', category: 'UNPLANNED_DOWN', confidence: 1, method: 'TABLE', raw: 'JAM' },
    { code: 'TOOL_BREAK', category: 'UNPLANNED_DOWN', confidence: 1, method: 'TABLE', raw: 'tool_break' },
  ]);
});

test('free text goes through the classifier, including phrasings not in the labelled set', () => {
  const c = createReasonClassifier();
  const texts = ['jammed - cleared', "no mat'l", 'waiting fork truck', 'tool broke', 'waiting on QC',
    'jam at the feeder again', 'waiting on fork truck to move coil', 'broke drill on op 30', 'sin material en linea'];
  assert.deepEqual(texts.map((t) => { const r = c.classify(t); return [t, r.code, r.method]; }), [
    ['jammed - cleared', 'JAM', 'CLASSIFIER'], ["no mat'l", 'NO_MATERIAL', 'CLASSIFIER'], ['waiting fork truck', 'WAITING_FORKLIFT', 'CLASSIFIER'],
    ['tool broke', 'TOOL_BREAK', 'CLASSIFIER'], ['waiting on QC', 'WAITING_QC', 'CLASSIFIER'], ['jam at the feeder again', 'JAM', 'CLASSIFIER'],
    ['waiting on fork truck to move coil', 'WAITING_FORKLIFT', 'CLASSIFIER'], ['broke drill on op 30', 'TOOL_BREAK', 'CLASSIFIER'],
    ['sin material en linea', 'NO_MATERIAL', 'CLASSIFIER'],
  ]);
  for (const t of texts) assert.ok(c.classify(t).confidence >= c.threshold);
});

test('text below the threshold is UNMAPPED with the raw value kept and counted', () => {
  const c = createReasonClassifier();
  const r = c.classify('zzqx 4471');
  assert.deepEqual({ ...r, confidence: r.confidence < c.threshold }, { code: 'UNMAPPED', category: 'UNMAPPED', confidence: true, method: 'CLASSIFIER', raw: 'zzqx 4471' });
  c.classify('???');
  c.classify('  ');
  c.classify('zzqx 4471');
  assert.deepEqual(c.unmapped.entries(), [['zzqx 4471', 2], ['???', 1]]);
});

test('normalizeReasonText folds case, accents, apostrophes and punctuation', () => {
  assert.deepEqual(["No Mat'l!!", 'Dañado  -  balero', 'jammed-cleared'].map(normalizeReasonText), ['no matl', 'danado balero', 'jammed cleared']);
  const m = trainReasonModel(splitLabelledReasons().train.slice(0, 40), { epochs: 2 });
  assert.equal(predictReason(m, 'x').confidence > 0, true);
});

test('the result cache answers repeats the same way and still counts every unmapped occurrence', () => {
  const cached = createReasonClassifier();
  const plain = createReasonClassifier({ cacheSize: 0 });
  const texts = ['no matl', 'no matl', 'qqq', 'qqq', '', 'qqq', 'PM', ''];
  assert.deepEqual(texts.map((t) => cached.classify(t)), texts.map((t) => plain.classify(t)));
  assert.deepEqual(cached.unmapped.entries(), [['qqq', 3]]);
  assert.deepEqual(plain.unmapped.entries(), [['qqq', 3]]);
});

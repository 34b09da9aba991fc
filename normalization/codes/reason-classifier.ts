// A small trained text classifier for free-text downtime reasons: hashed character n-grams + word uni/bigrams
// → multinomial logistic regression (softmax), trained by seeded SGD at load time on the labelled set shipped
// next to this file. Why not TF.js: ~360 short strings train in tens of milliseconds in plain TypeScript with
// no async backend initialisation, the classifier stays synchronous and pure for resolvers and the bench, and
// a linear model on n-grams is the established baseline for short noisy text (typos, abbreviations, Spanish).
// Deterministic: fixed seed, fixed epochs, fixed hashing.
import labelled from './reasons.labelled.json' with { type: 'json' };
import { codeKey, reasonCategory, reasonCodeTable } from './canonical-codes.ts';
import type { LossCategory, ReasonCode } from './canonical-codes.ts';
import { CLASSIFIER_SEED, crossValidateAtThreshold, crossValidation, featurize, heldOutEvaluation, normalizeClassifierText, predictText, scoreAtThreshold, stratifiedSplit, trainTextModel } from './text-classifier.ts';
import type { CrossValidation, HeldOutEvaluation, TextModel, TrainOptions } from './text-classifier.ts';

/** One labelled phrasing. */
export interface LabelledReason {
  readonly text: string;
  readonly code: ReasonCode;
}

/** The trained model: weights by class over hashed features. */
export type ReasonModel = TextModel<ReasonCode>;

/** A classified reason. `raw` is the source text verbatim; confidence in [0, 1] (1 for table hits). */
export interface ReasonResult {
  readonly code: ReasonCode;
  readonly category: LossCategory;
  readonly confidence: number;
  readonly method: 'TABLE' | 'CLASSIFIER';
  readonly raw: string;
}

/** Lower-case, accents stripped (ñ → n, ó → o), apostrophes dropped (mat'l → matl), other punctuation → space. */
export const normalizeReasonText = normalizeClassifierText;
export { featurize };
export type { TrainOptions };

/** Trains softmax regression by SGD on `examples`. Deterministic for the same examples and options. */
export function trainReasonModel(examples: readonly LabelledReason[], opts: TrainOptions = {}): ReasonModel {
  return trainTextModel(examples.map((e) => ({ text: e.text, label: e.code })), opts);
}

/** The most likely class and its probability under `model`. */
export function predictReason(model: ReasonModel, text: string): { code: ReasonCode; confidence: number } {
  const p = predictText(model, text);
  return { code: p.label, confidence: p.confidence };
}

/** The shipped labelled set, in file order. */
export function labelledReasons(): LabelledReason[] {
  const out: LabelledReason[] = [];
  for (const [code, texts] of Object.entries(labelled.reasons)) {
    if (!(code in reasonCategory) || code === 'UNMAPPED') throw new Error(`reasons.labelled.json: unknown reason ${code}`);
    for (const text of texts) out.push({ text, code: code as ReasonCode });
  }
  return out;
}

/**
 * The fixed split: within each reason, a seeded shuffle, then the first 80 % train and the rest held out
 * (stratified, so every reason is in both parts). Same split on every run.
 */
export function splitLabelledReasons(all: readonly LabelledReason[] = labelledReasons(), heldOutShare = 0.2): {
  train: LabelledReason[]; heldOut: LabelledReason[];
} {
  return stratifiedSplit(all, (e) => e.code, heldOutShare, CLASSIFIER_SEED + 1);
}

/** Confidence below which a classifier answer becomes UNMAPPED. Chosen before looking at the held-out set. */
export const DEFAULT_REASON_THRESHOLD = 0.5;

/** Counts of unmapped raw texts (exact raw string), for the `UNMAPPED` bucket report. */
export interface UnmappedCounter {
  add(raw: string): void;
  /** Raw texts with their counts, most frequent first, then by text. */
  entries(): [string, number][];
}

/** A fresh counter. */
export function createUnmappedCounter(): UnmappedCounter {
  const counts = new Map<string, number>();
  return {
    add: (raw) => { counts.set(raw, (counts.get(raw) ?? 0) + 1); },
    entries: () => [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
}

/** A reason classifier bound to one model, threshold and unmapped counter. */
export interface ReasonClassifier {
  classify(text: string): ReasonResult;
  readonly unmapped: UnmappedCounter;
  readonly threshold: number;
}

/**
 * Known codes by table first (exact, case/whitespace-insensitive: `pm`, ` C/O `), then the classifier; a
 * classifier answer below `threshold` (and a text with no letters or digits) is UNMAPPED with the raw text kept
 * and counted; a blank text is UNMAPPED but not counted (it is a missing value, not an unknown one).
 * `model` defaults to one trained on the training part of the shipped set.
 */
export function createReasonClassifier(opts: {
  readonly model?: ReasonModel; readonly threshold?: number;
  /** Distinct texts whose result is remembered (operators repeat themselves); 0 disables. Default 10,000. */
  readonly cacheSize?: number;
} = {}): ReasonClassifier {
  const model = opts.model ?? defaultModel();
  const threshold = opts.threshold ?? DEFAULT_REASON_THRESHOLD;
  const cacheSize = opts.cacheSize ?? 10_000;
  const unmapped = createUnmappedCounter();
  const cache = new Map<string, ReasonResult>();
  const classify = (raw: string): ReasonResult => {
    const hit = cache.get(raw);
    if (hit !== undefined) {
      // Counting happens per occurrence, cached or not.
      if (hit.code === 'UNMAPPED' && raw.trim() !== '') unmapped.add(raw);
      return hit;
    }
    const r = classifyUncached(raw);
    if (cacheSize > 0) {
      if (cache.size >= cacheSize) cache.clear();
      cache.set(raw, Object.freeze(r));
    }
    return r;
  };
  const classifyUncached = (raw: string): ReasonResult => {
    const hit = reasonCodeTable.get(codeKey(raw));
    if (hit !== undefined) return { code: hit, category: reasonCategory[hit], confidence: 1, method: 'TABLE', raw };
    if (normalizeReasonText(raw) === '') {
      // A blank text is a missing value (records/ sentinels), not an unmapped one; punctuation-only is unmapped.
      if (raw.trim() !== '') unmapped.add(raw);
      return { code: 'UNMAPPED', category: 'UNMAPPED', confidence: 0, method: 'CLASSIFIER', raw };
    }
    const p = predictReason(model, raw);
    if (p.confidence < threshold) {
      unmapped.add(raw);
      return { code: 'UNMAPPED', category: 'UNMAPPED', confidence: p.confidence, method: 'CLASSIFIER', raw };
    }
    return { code: p.code, category: reasonCategory[p.code], confidence: p.confidence, method: 'CLASSIFIER', raw };
  };
  return { classify, unmapped, threshold };
}

let shipped: ReasonModel | undefined;

/** The model trained once per process on the training part of the shipped set (lazy; ~tens of ms). */
function defaultModel(): ReasonModel {
  shipped ??= trainReasonModel(splitLabelledReasons().train);
  return shipped;
}

let shared: ReasonClassifier | undefined;

/**
 * Classifies one downtime reason with the shipped model at the default threshold. Unmapped texts are counted
 * in a process-wide counter ({@link unmappedReasonCounts}); use {@link createReasonClassifier} for your own.
 */
export function classifyReason(text: string): ReasonResult {
  shared ??= createReasonClassifier();
  return shared.classify(text);
}

/** The process-wide counts of texts {@link classifyReason} sent to UNMAPPED. */
export function unmappedReasonCounts(): [string, number][] {
  shared ??= createReasonClassifier();
  return shared.unmapped.entries();
}

const byLabel = (p: { readonly code: ReasonCode; readonly confidence: number }): { label: string; confidence: number } => ({ label: p.code, confidence: p.confidence });

/** Held-out evaluation of the shipped model (classifier only, no table). */
export interface ReasonEvaluation extends HeldOutEvaluation {
  /** Share of held-out examples sent to UNMAPPED (1 − acceptedShare). */
  readonly unmappedShare: number;
  readonly trainMs: number;
}

/** Trains on the fixed training part and scores the held-out part. Deterministic apart from trainMs. */
export function evaluateReasonClassifier(threshold = DEFAULT_REASON_THRESHOLD): ReasonEvaluation {
  const { train, heldOut } = splitLabelledReasons();
  const t0 = performance.now();
  const model = trainReasonModel(train);
  const trainMs = performance.now() - t0;
  const s = scoreAtThreshold((text) => byLabel(predictReason(model, text)), heldOut, (e) => e.code, threshold);
  return { ...heldOutEvaluation(s, train.length, threshold), unmappedShare: 1 - s.acceptedShare, trainMs };
}

/** k-fold cross-validation on the training part only (the held-out part is not touched). */
export type ReasonCrossValidation = CrossValidation;

/**
 * Cross-validates the shipped training options over the training part (fold = index mod k, after the seeded
 * split). A second estimate beside the single 92-example held-out figure, whose sampling error is ±3–4 points.
 */
export function crossValidateReasonClassifier(folds = 5, threshold = DEFAULT_REASON_THRESHOLD): ReasonCrossValidation {
  return crossValidation(crossValidateAtThreshold(splitLabelledReasons().train, folds, (xs) => trainReasonModel(xs), (m, text) => byLabel(predictReason(m, text)), (e) => e.code, threshold), folds);
}

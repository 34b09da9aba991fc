// Scrap/reject reasons from free text: the code table first (canonical names, MES terminal texts, the ERP's
// three-letter Reason codes), then the shared n-gram softmax classifier (codes/text-classifier.ts) trained on the
// labelled phrasings shipped next to this file. An operator typing "od small" into an ERP labour screen is a
// different vocabulary from the downtime reasons, so it gets its own labelled set and model.
import labelled from './scrap-reasons.labelled.json' with { type: 'json' };
import { codeKey, scrapReasonTable } from './canonical-codes.ts';
import type { ScrapReason } from './canonical-codes.ts';
import { CLASSIFIER_SEED, crossValidateAtThreshold, crossValidation, heldOutEvaluation, predictText, scoreAtThreshold, stratifiedSplit, trainTextModel } from './text-classifier.ts';
import type { CrossValidation, HeldOutEvaluation, LabelledText, TextModel } from './text-classifier.ts';

const scrapReasons: readonly ScrapReason[] = ['DIM_OVERSIZE', 'DIM_UNDERSIZE', 'SURFACE', 'SETUP', 'MATERIAL'];

/** A mapped scrap reason. `raw` is the source text verbatim; confidence 1 for table hits. */
export interface ScrapReasonResult {
  readonly code: ScrapReason | 'UNMAPPED';
  readonly confidence: number;
  readonly method: 'TABLE' | 'CLASSIFIER';
  readonly raw: string;
}

/** Below this probability a classifier answer is UNMAPPED. The reason classifier's value, fixed before scoring this set. */
export const DEFAULT_SCRAP_THRESHOLD = 0.5;

/** The shipped labelled set, in file order. Throws on an unknown reason in the file. */
export function labelledScrapReasons(): LabelledText<ScrapReason>[] {
  const out: LabelledText<ScrapReason>[] = [];
  for (const [label, texts] of Object.entries(labelled.reasons)) {
    if (!(scrapReasons as readonly string[]).includes(label)) throw new Error(`scrap-reasons.labelled.json: unknown reason ${label}`);
    for (const text of texts) out.push({ text, label: label as ScrapReason });
  }
  return out;
}

/** The fixed stratified split: 20 % of each reason held out, by a seeded shuffle. Same split on every run. */
export function splitLabelledScrapReasons(all: readonly LabelledText<ScrapReason>[] = labelledScrapReasons()): {
  train: LabelledText<ScrapReason>[]; heldOut: LabelledText<ScrapReason>[];
} {
  return stratifiedSplit(all, (e) => e.label, 0.2, CLASSIFIER_SEED + 11);
}

/** A scrap-reason mapper bound to one model and threshold. */
export interface ScrapReasonClassifier {
  /** null for a blank text (a missing value, not an unknown one). */
  classify(raw: string): ScrapReasonResult | null;
  readonly threshold: number;
}

/**
 * Table first (exact, case/whitespace-insensitive: `OVR`, ` u/s `), then the classifier; a classifier answer below
 * `threshold`, or a text with no letters or digits, is UNMAPPED with the raw text kept (the caller counts it).
 * `model` defaults to one trained on the training part of the shipped set (the held-out part stays unseen).
 */
export function createScrapReasonClassifier(opts: { readonly model?: TextModel<ScrapReason>; readonly threshold?: number } = {}): ScrapReasonClassifier {
  const threshold = opts.threshold ?? DEFAULT_SCRAP_THRESHOLD;
  const cache = new Map<string, ScrapReasonResult | null>();
  const classifyUncached = (raw: string): ScrapReasonResult | null => {
    if (raw.trim() === '') return null;
    const hit = scrapReasonTable.get(codeKey(raw));
    if (hit !== undefined) return { code: hit, confidence: 1, method: 'TABLE', raw };
    if (!/[\p{L}\p{N}]/u.test(raw)) return { code: 'UNMAPPED', confidence: 0, method: 'CLASSIFIER', raw };
    const p = predictText(opts.model ?? defaultModel(), raw);
    return { code: p.confidence >= threshold ? p.label : 'UNMAPPED', confidence: p.confidence, method: 'CLASSIFIER', raw };
  };
  return {
    threshold,
    classify(raw) {
      if (cache.has(raw)) return cache.get(raw) ?? null;
      const r = classifyUncached(raw);
      // Operators repeat a handful of texts; the bound only protects against a pathological source.
      if (cache.size >= 10_000) cache.clear();
      cache.set(raw, r === null ? null : Object.freeze(r));
      return r;
    },
  };
}

let shipped: TextModel<ScrapReason> | undefined;
function defaultModel(): TextModel<ScrapReason> {
  shipped ??= trainTextModel(splitLabelledScrapReasons().train);
  return shipped;
}

let shared: ScrapReasonClassifier | undefined;

/** One scrap/reject reason text with the shipped model at the default threshold; null when blank. */
export function classifyScrapReason(raw: string): ScrapReasonResult | null {
  shared ??= createScrapReasonClassifier();
  return shared.classify(raw);
}

/** Accuracy of the classifier alone (no table) on held-out phrasings. */
export type ScrapEvaluation = HeldOutEvaluation;

/** Trains on the fixed training part and scores the held-out part. Deterministic. */
export function evaluateScrapClassifier(threshold = DEFAULT_SCRAP_THRESHOLD): ScrapEvaluation {
  const { train, heldOut } = splitLabelledScrapReasons();
  const model = trainTextModel(train);
  return heldOutEvaluation(scoreAtThreshold((text) => predictText(model, text), heldOut, (e) => e.label, threshold), train.length, threshold);
}

/** k-fold cross-validation on the training part only (fold = index mod k after the seeded split); the held-out part is not touched. */
export function crossValidateScrapClassifier(folds = 5, threshold = DEFAULT_SCRAP_THRESHOLD): CrossValidation {
  return crossValidation(crossValidateAtThreshold(splitLabelledScrapReasons().train, folds, (xs) => trainTextModel(xs), predictText, (e) => e.label, threshold), folds);
}

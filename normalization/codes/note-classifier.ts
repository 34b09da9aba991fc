// Operator-note categories from free text: the shared n-gram softmax classifier (codes/text-classifier.ts)
// trained on the labelled phrasings shipped next to this file. Synchronous and pure, like the reason classifier.
import labelled from './notes.labelled.json' with { type: 'json' };
import { CLASSIFIER_SEED, predictText, stratifiedSplit, trainTextModel } from './text-classifier.ts';
import type { LabelledText, TextModel } from './text-classifier.ts';

/** What a note says happened. UNCLASSIFIED: the classifier's best guess is below the threshold. */
export const noteCategories = [
  'TOOL_CHANGE', 'MATERIAL_LOT_CHANGE', 'SETUP', 'SENSOR_SUSPECT', 'QUALITY_CONCERN', 'MAINTENANCE_REQUEST', 'DOWNTIME', 'GENERAL',
] as const;
export type NoteCategory = (typeof noteCategories)[number] | 'UNCLASSIFIED';
type TrainedCategory = (typeof noteCategories)[number];

/** A classified note. `confidence` is the probability of `category` (for UNCLASSIFIED: of the best guess). */
export interface NoteClassification {
  readonly category: NoteCategory;
  readonly confidence: number;
  /** The best guess even when it was not trusted (null for a text with no letters or digits). */
  readonly bestGuess: TrainedCategory | null;
  readonly version: string;
}

/**
 * Bumped whenever the labelled set, features or training options change, so stored classifications can be
 * told apart from a re-trained model's.
 */
export const NOTE_CLASSIFIER_VERSION = 'notes/1.1.0';
/** Below this probability a note is UNCLASSIFIED. Chosen before looking at the held-out set (as for reasons). */
export const DEFAULT_NOTE_THRESHOLD = 0.45;

/** The shipped labelled set, in file order. Throws on an unknown category in the file. */
export function labelledNotes(): LabelledText<TrainedCategory>[] {
  const out: LabelledText<TrainedCategory>[] = [];
  for (const [label, texts] of Object.entries(labelled.notes)) {
    if (!(noteCategories as readonly string[]).includes(label)) throw new Error(`notes.labelled.json: unknown category ${label}`);
    for (const text of texts) out.push({ text, label: label as TrainedCategory });
  }
  return out;
}

/** The fixed stratified split: 20 % of each category held out, by a seeded shuffle. */
export function splitLabelledNotes(all: readonly LabelledText<TrainedCategory>[] = labelledNotes()): {
  train: LabelledText<TrainedCategory>[]; heldOut: LabelledText<TrainedCategory>[];
} {
  return stratifiedSplit(all, (e) => e.label, 0.2, CLASSIFIER_SEED + 7);
}

/** A note classifier bound to one model and threshold. */
export interface NoteClassifier {
  classify(text: string): NoteClassification;
  readonly threshold: number;
}

/** `model` defaults to one trained on the training part of the shipped set (the held-out part stays unseen). */
export function createNoteClassifier(opts: { readonly model?: TextModel<TrainedCategory>; readonly threshold?: number } = {}): NoteClassifier {
  const model = opts.model ?? defaultModel();
  const threshold = opts.threshold ?? DEFAULT_NOTE_THRESHOLD;
  return {
    threshold,
    classify(text) {
      if (!/[\p{L}\p{N}]/u.test(text)) return { category: 'UNCLASSIFIED', confidence: 0, bestGuess: null, version: NOTE_CLASSIFIER_VERSION };
      const p = predictText(model, text);
      return { category: p.confidence >= threshold ? p.label : 'UNCLASSIFIED', confidence: p.confidence, bestGuess: p.label, version: NOTE_CLASSIFIER_VERSION };
    },
  };
}

let shipped: TextModel<TrainedCategory> | undefined;
function defaultModel(): TextModel<TrainedCategory> {
  shipped ??= trainTextModel(splitLabelledNotes().train);
  return shipped;
}

/** Accuracy figures of one evaluation (held-out split or cross-validation). */
export interface NoteEvaluation {
  readonly examples: number;
  readonly trainSize: number;
  /** Top-1 accuracy over all examples. */
  readonly accuracy: number;
  readonly threshold: number;
  /** Share at or above the threshold (the rest are UNCLASSIFIED). */
  readonly acceptedShare: number;
  readonly accuracyWhenAccepted: number;
  /** Share accepted and wrong: a note given a wrong category. */
  readonly wrongShare: number;
  /** Per category on the evaluated examples: [correct, total]. */
  readonly byCategory: Readonly<Record<string, readonly [number, number]>>;
}

function score(model: TextModel<TrainedCategory>, examples: readonly LabelledText<TrainedCategory>[], threshold: number, trainSize: number): NoteEvaluation {
  let correct = 0, accepted = 0, acceptedCorrect = 0;
  const byCategory: Record<string, [number, number]> = {};
  for (const e of examples) {
    const p = predictText(model, e.text);
    const ok = p.label === e.label;
    const c = (byCategory[e.label] ??= [0, 0]);
    c[1]++;
    if (ok) { correct++; c[0]++; }
    if (p.confidence >= threshold) { accepted++; if (ok) acceptedCorrect++; }
  }
  const n = examples.length;
  return { examples: n, trainSize, accuracy: correct / n, threshold, acceptedShare: accepted / n,
    accuracyWhenAccepted: accepted === 0 ? 0 : acceptedCorrect / accepted, wrongShare: (accepted - acceptedCorrect) / n, byCategory };
}

/** Trains on the fixed training part and scores the held-out part. Deterministic. */
export function evaluateNoteClassifier(threshold = DEFAULT_NOTE_THRESHOLD): NoteEvaluation {
  const { train, heldOut } = splitLabelledNotes();
  return score(trainTextModel(train), heldOut, threshold, train.length);
}

/**
 * k-fold cross-validation over the whole labelled set (stratified folds: each category's examples dealt round
 * robin after the seeded shuffle of the split), a second estimate beside the single 89-example held-out figure.
 */
export function crossValidateNoteClassifier(folds = 5, threshold = DEFAULT_NOTE_THRESHOLD): NoteEvaluation {
  const { train, heldOut } = splitLabelledNotes();
  const all = [...heldOut, ...train];
  const byLabel = new Map<string, number>();
  const foldOf = all.map((e) => { const i = byLabel.get(e.label) ?? 0; byLabel.set(e.label, i + 1); return i % folds; });
  const parts: NoteEvaluation[] = [];
  for (let f = 0; f < folds; f++) {
    const model = trainTextModel(all.filter((_, i) => foldOf[i] !== f));
    parts.push(score(model, all.filter((_, i) => foldOf[i] === f), threshold, all.length - foldOf.filter((x) => x === f).length));
  }
  const n = all.length;
  const sum = (k: 'accuracy' | 'acceptedShare' | 'wrongShare') => parts.reduce((s, p) => s + p[k] * p.examples, 0) / n;
  const accepted = parts.reduce((s, p) => s + p.acceptedShare * p.examples, 0);
  const acceptedCorrect = parts.reduce((s, p) => s + p.accuracyWhenAccepted * p.acceptedShare * p.examples, 0);
  const byCategory: Record<string, [number, number]> = {};
  for (const p of parts) for (const [k, [c, t]] of Object.entries(p.byCategory)) { const x = (byCategory[k] ??= [0, 0]); x[0] += c; x[1] += t; }
  return { examples: n, trainSize: Math.round(n * (folds - 1) / folds), accuracy: sum('accuracy'), threshold, acceptedShare: sum('acceptedShare'),
    accuracyWhenAccepted: accepted === 0 ? 0 : acceptedCorrect / accepted, wrongShare: sum('wrongShare'), byCategory };
}

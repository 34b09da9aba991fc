// A small trained text classifier for short shop-floor free text (downtime reasons, operator notes): hashed
// character n-grams + word uni/bigrams → multinomial logistic regression (softmax), trained by seeded SGD.
// Why not TF.js: a few hundred short strings train in tens of milliseconds in plain TypeScript with no async
// backend initialisation, the classifier stays synchronous and pure for resolvers and benches, and a linear
// model on n-grams is the established baseline for short noisy text (typos, abbreviations). Deterministic:
// fixed seed, fixed epochs, fixed hashing. Shared by codes/reason-classifier.ts and notes/note-classifier.ts.

/** One labelled phrasing. */
export interface LabelledText<L extends string> {
  readonly text: string;
  readonly label: L;
}

/** The trained model: weights by class over hashed features. */
export interface TextModel<L extends string> {
  readonly classes: readonly L[];
  readonly dims: number;
  /** classes.length × dims, row-major. */
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

const DIMS = 1 << 12;
/** The seed of the shipped classifiers' shuffles and splits. */
export const CLASSIFIER_SEED = 20261124;

/** A small seeded PRNG (mulberry32), so shuffles and the split are the same on every machine. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

/** Lower-case, accents stripped (ñ → n, ó → o), apostrophes dropped (mat'l → matl), other punctuation → space. */
export function normalizeClassifierText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['’`]/g, '').replace(/[^a-z0-9%]+/g, ' ').trim();
}

const FNV_OFFSET = 0x811c9dc5;
const fnvStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

// One seed per feature family, so a word, a bigram and a char n-gram with the same characters hash apart.
const SEED_WORD = fnvStep(FNV_OFFSET, 0x77);
const SEED_BIGRAM = fnvStep(FNV_OFFSET, 0x62);
const SEED_CHAR = [0, 0, fnvStep(FNV_OFFSET, 0x32), fnvStep(FNV_OFFSET, 0x33), fnvStep(FNV_OFFSET, 0x34)];

/**
 * Sparse L2-normalised feature vector: hashed word unigrams, word bigrams and char 2–4-grams of each word
 * padded with a space either side. FNV-1a over char codes, computed in place (no substring per n-gram:
 * this is the classifier's hot path).
 */
export function featurize(text: string): { idx: Int32Array; val: Float64Array } {
  const s = normalizeClassifierText(text);
  const counts = new Map<number, number>();
  const add = (h: number) => { const b = (h >>> 0) & (DIMS - 1); counts.set(b, (counts.get(b) ?? 0) + 1); };
  let prevWordHash = -1;
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s.charCodeAt(j) !== 32) j++;
    let hw = SEED_WORD;
    for (let k = i; k < j; k++) hw = fnvStep(hw, s.charCodeAt(k));
    add(hw);
    if (prevWordHash !== -1) add(fnvStep(fnvStep(SEED_BIGRAM, prevWordHash), hw));
    prevWordHash = hw >>> 0;
    const len = j - i + 2; // padded length
    const at = (k: number): number => (k === 0 || k === len - 1 ? 32 : s.charCodeAt(i + k - 1));
    for (let n = 2; n <= 4; n++) {
      for (let k = 0; k + n <= len; k++) {
        let h = SEED_CHAR[n] as number;
        for (let m = 0; m < n; m++) h = fnvStep(h, at(k + m));
        add(h);
      }
    }
    i = j + 1;
  }
  const idx = Int32Array.from(counts.keys());
  const val = Float64Array.from(counts.values());
  let norm2 = 0;
  for (const v of val) norm2 += v * v;
  const inv = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
  for (let k = 0; k < val.length; k++) val[k] = (val[k] as number) * inv;
  return { idx, val };
}

function softmaxScores(model: TextModel<string>, f: { idx: Int32Array; val: Float64Array }, out: Float64Array): void {
  const { dims, weights, bias } = model;
  let max = -Infinity;
  for (let c = 0; c < out.length; c++) {
    let s = bias[c] as number;
    const row = c * dims;
    for (let i = 0; i < f.idx.length; i++) s += (weights[row + (f.idx[i] as number)] as number) * (f.val[i] as number);
    out[c] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let c = 0; c < out.length; c++) { const e = Math.exp((out[c] as number) - max); out[c] = e; sum += e; }
  for (let c = 0; c < out.length; c++) out[c] = (out[c] as number) / sum;
}

/** Training hyper-parameters; the defaults are what ships. */
export interface TrainOptions {
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  readonly seed?: number;
}

/** Trains softmax regression by SGD on `examples`. Deterministic for the same examples and options. */
export function trainTextModel<L extends string>(examples: readonly LabelledText<L>[], opts: TrainOptions = {}): TextModel<L> {
  const epochs = opts.epochs ?? 30;
  const lr0 = opts.learningRate ?? 1.0;
  const l2 = opts.l2 ?? 1e-5;
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  const K = classes.length;
  const weights = new Float64Array(K * DIMS);
  const bias = new Float64Array(K);
  const model: TextModel<L> = { classes, dims: DIMS, weights, bias };
  const data = examples.map((e) => ({ f: featurize(e.text), y: classes.indexOf(e.label) }));
  const rnd = createRng(opts.seed ?? CLASSIFIER_SEED);
  const p = new Float64Array(K);
  for (let ep = 0; ep < epochs; ep++) {
    const lr = lr0 / (1 + ep * 0.1);
    for (const { f, y } of shuffle(data.slice(), rnd)) {
      softmaxScores(model, f, p);
      for (let c = 0; c < K; c++) {
        const g = (p[c] as number) - (c === y ? 1 : 0);
        bias[c] = (bias[c] as number) - lr * g;
        const row = c * DIMS;
        for (let i = 0; i < f.idx.length; i++) {
          const j = row + (f.idx[i] as number);
          // Lazy L2: shrink only the touched weights (standard for sparse SGD).
          weights[j] = (weights[j] as number) * (1 - lr * l2) - lr * g * (f.val[i] as number);
        }
      }
    }
  }
  return model;
}

/** The most likely class and its probability under `model`. */
export function predictText<L extends string>(model: TextModel<L>, text: string): { label: L; confidence: number } {
  const p = new Float64Array(model.classes.length);
  softmaxScores(model, featurize(text), p);
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  return { label: model.classes[best] as L, confidence: p[best] as number };
}

/**
 * A stratified split: within each label, a seeded shuffle, then the first `heldOutShare` held out (at least one)
 * and the rest for training. Same split on every run for the same input order and seed.
 */
export function stratifiedSplit<T>(all: readonly T[], labelOf: (x: T) => string, heldOutShare: number, seed: number): { train: T[]; heldOut: T[] } {
  const rnd = createRng(seed);
  const byLabel = new Map<string, T[]>();
  for (const e of all) byLabel.set(labelOf(e), [...(byLabel.get(labelOf(e)) ?? []), e]);
  const train: T[] = [];
  const heldOut: T[] = [];
  for (const label of [...byLabel.keys()].sort()) {
    const xs = shuffle((byLabel.get(label) ?? []).slice(), rnd);
    const nHeld = Math.max(1, Math.round(xs.length * heldOutShare));
    heldOut.push(...xs.slice(0, nHeld));
    train.push(...xs.slice(nHeld));
  }
  return { train, heldOut };
}

/** How a classifier did on examples it was not trained on, at a confidence threshold. */
export interface ThresholdScore {
  readonly examples: number;
  /** Top-1 accuracy over all examples. */
  readonly accuracy: number;
  /** Share at or above the threshold (the rest go to UNMAPPED / UNCLASSIFIED). */
  readonly acceptedShare: number;
  /** Accuracy over the accepted ones only. */
  readonly accuracyWhenAccepted: number;
  /** Of all examples, the share accepted with a wrong label. */
  readonly wrongShare: number;
}

/** Scores `predict` on `examples` (label by `labelOf`) at `threshold`. */
export function scoreAtThreshold<T extends { readonly text: string }>(
  predict: (text: string) => { readonly label: string; readonly confidence: number }, examples: readonly T[], labelOf: (e: T) => string, threshold: number,
): ThresholdScore {
  let correct = 0, accepted = 0, acceptedCorrect = 0;
  for (const e of examples) {
    const p = predict(e.text);
    const ok = p.label === labelOf(e);
    if (ok) correct++;
    if (p.confidence >= threshold) { accepted++; if (ok) acceptedCorrect++; }
  }
  const n = examples.length;
  return { examples: n, accuracy: n === 0 ? 0 : correct / n, acceptedShare: n === 0 ? 0 : accepted / n,
    accuracyWhenAccepted: accepted === 0 ? 0 : acceptedCorrect / accepted, wrongShare: n === 0 ? 0 : (accepted - acceptedCorrect) / n };
}

/**
 * k-fold cross-validation (fold = index mod k, so run it on an already shuffled split): each fold scored by a model
 * `train`ed on the others, the folds pooled into one score.
 */
export function crossValidateAtThreshold<T extends { readonly text: string }, M>(
  examples: readonly T[], folds: number, train: (xs: readonly T[]) => M, predict: (model: M, text: string) => { readonly label: string; readonly confidence: number },
  labelOf: (e: T) => string, threshold: number,
): ThresholdScore {
  let correct = 0, accepted = 0, wrong = 0;
  for (let f = 0; f < folds; f++) {
    const model = train(examples.filter((_, i) => i % folds !== f));
    const s = scoreAtThreshold((text) => predict(model, text), examples.filter((_, i) => i % folds === f), labelOf, threshold);
    correct += s.accuracy * s.examples; accepted += s.acceptedShare * s.examples; wrong += s.wrongShare * s.examples;
  }
  const n = examples.length;
  return { examples: n, accuracy: correct / n, acceptedShare: accepted / n, accuracyWhenAccepted: accepted === 0 ? 0 : (accepted - wrong) / accepted, wrongShare: wrong / n };
}

/** A held-out evaluation: the score of a model trained on `trainSize` examples, on `heldOutSize` others. */
export interface HeldOutEvaluation extends Omit<ThresholdScore, 'examples'> {
  readonly trainSize: number;
  readonly heldOutSize: number;
  readonly threshold: number;
}

/** A k-fold cross-validation's pooled score over `examples`. */
export interface CrossValidation {
  readonly folds: number;
  readonly examples: number;
  readonly accuracy: number;
  readonly acceptedShare: number;
  readonly accuracyWhenAccepted: number;
}

/** `score` as a held-out evaluation of a model trained on `trainSize` examples. */
export function heldOutEvaluation(score: ThresholdScore, trainSize: number, threshold: number): HeldOutEvaluation {
  return { trainSize, heldOutSize: score.examples, accuracy: score.accuracy, threshold, acceptedShare: score.acceptedShare,
    accuracyWhenAccepted: score.accuracyWhenAccepted, wrongShare: score.wrongShare };
}

/** `score` as the result of a `folds`-fold cross-validation. */
export function crossValidation(score: ThresholdScore, folds: number): CrossValidation {
  return { folds, examples: score.examples, accuracy: score.accuracy, acceptedShare: score.acceptedShare, accuracyWhenAccepted: score.accuracyWhenAccepted };
}

// A small trained text classifier for free-text downtime reasons: hashed character n-grams + word uni/bigrams
// → multinomial logistic regression (softmax), trained by seeded SGD at load time on the labelled set shipped
// next to this file. Why not TF.js: ~360 short strings train in tens of milliseconds in plain TypeScript with
// no async backend initialisation, the classifier stays synchronous and pure for resolvers and the bench, and
// a linear model on n-grams is the established baseline for short noisy text (typos, abbreviations, Spanish).
// Deterministic: fixed seed, fixed epochs, fixed hashing.
import labelled from './reasons.labelled.json' with { type: 'json' };
import { codeKey, reasonCategory, reasonCodeTable } from './canonical-codes.ts';
import type { LossCategory, ReasonCode } from './canonical-codes.ts';

/** One labelled phrasing. */
export interface LabelledReason {
  readonly text: string;
  readonly code: ReasonCode;
}

/** The trained model: weights by class over hashed features. */
export interface ReasonModel {
  readonly classes: readonly ReasonCode[];
  readonly dims: number;
  /** classes.length × dims, row-major. */
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

/** A classified reason. `raw` is the source text verbatim; confidence in [0, 1] (1 for table hits). */
export interface ReasonResult {
  readonly code: ReasonCode;
  readonly category: LossCategory;
  readonly confidence: number;
  readonly method: 'TABLE' | 'CLASSIFIER';
  readonly raw: string;
}

const DIMS = 1 << 12;
const SEED = 20261124;

/** A small seeded PRNG (mulberry32), so shuffles and the split are the same on every machine. */
function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

/** Lower-case, accents stripped (ñ → n, ó → o), apostrophes dropped (mat'l → matl), other punctuation → space. */
export function normalizeReasonText(text: string): string {
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
  const s = normalizeReasonText(text);
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

function softmaxScores(model: ReasonModel, f: { idx: Int32Array; val: Float64Array }, out: Float64Array): void {
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
export function trainReasonModel(examples: readonly LabelledReason[], opts: TrainOptions = {}): ReasonModel {
  const epochs = opts.epochs ?? 30;
  const lr0 = opts.learningRate ?? 1.0;
  const l2 = opts.l2 ?? 1e-5;
  const classes = [...new Set(examples.map((e) => e.code))].sort();
  const K = classes.length;
  const weights = new Float64Array(K * DIMS);
  const bias = new Float64Array(K);
  const model: ReasonModel = { classes, dims: DIMS, weights, bias };
  const data = examples.map((e) => ({ f: featurize(e.text), y: classes.indexOf(e.code) }));
  const rnd = createRng(opts.seed ?? SEED);
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
export function predictReason(model: ReasonModel, text: string): { code: ReasonCode; confidence: number } {
  const p = new Float64Array(model.classes.length);
  softmaxScores(model, featurize(text), p);
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  return { code: model.classes[best] as ReasonCode, confidence: p[best] as number };
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
  const rnd = createRng(SEED + 1);
  const byCode = new Map<ReasonCode, LabelledReason[]>();
  for (const e of all) byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
  const train: LabelledReason[] = [];
  const heldOut: LabelledReason[] = [];
  for (const code of [...byCode.keys()].sort()) {
    const xs = shuffle((byCode.get(code) ?? []).slice(), rnd);
    const nHeld = Math.max(1, Math.round(xs.length * heldOutShare));
    heldOut.push(...xs.slice(0, nHeld));
    train.push(...xs.slice(nHeld));
  }
  return { train, heldOut };
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

/** Held-out evaluation of the shipped model (classifier only, no table). */
export interface ReasonEvaluation {
  readonly trainSize: number;
  readonly heldOutSize: number;
  /** Top-1 accuracy over all held-out examples. */
  readonly accuracy: number;
  readonly threshold: number;
  /** Share of held-out examples at or above the threshold (the rest go to UNMAPPED). */
  readonly acceptedShare: number;
  /** Accuracy over the accepted examples only. */
  readonly accuracyWhenAccepted: number;
  /** Share of held-out examples sent to UNMAPPED. */
  readonly unmappedShare: number;
  /** Of all held-out examples, the share that got a wrong canonical code (accepted and wrong). */
  readonly wrongShare: number;
  readonly trainMs: number;
}

/** Trains on the fixed training part and scores the held-out part. Deterministic apart from trainMs. */
export function evaluateReasonClassifier(threshold = DEFAULT_REASON_THRESHOLD): ReasonEvaluation {
  const { train, heldOut } = splitLabelledReasons();
  const t0 = performance.now();
  const model = trainReasonModel(train);
  const trainMs = performance.now() - t0;
  let correct = 0, accepted = 0, acceptedCorrect = 0;
  for (const e of heldOut) {
    const p = predictReason(model, e.text);
    const ok = p.code === e.code;
    if (ok) correct++;
    if (p.confidence >= threshold) { accepted++; if (ok) acceptedCorrect++; }
  }
  const n = heldOut.length;
  return {
    trainSize: train.length, heldOutSize: n, accuracy: correct / n, threshold, acceptedShare: accepted / n,
    accuracyWhenAccepted: accepted === 0 ? 0 : acceptedCorrect / accepted, unmappedShare: (n - accepted) / n,
    wrongShare: (accepted - acceptedCorrect) / n, trainMs,
  };
}

/** k-fold cross-validation on the training part only (the held-out part is not touched). */
export interface ReasonCrossValidation {
  readonly folds: number;
  readonly examples: number;
  readonly accuracy: number;
  readonly acceptedShare: number;
  readonly accuracyWhenAccepted: number;
}

/**
 * Cross-validates the shipped training options over the training part (fold = index mod k, after the seeded
 * split). A second estimate beside the single 92-example held-out figure, whose sampling error is ±3–4 points.
 */
export function crossValidateReasonClassifier(folds = 5, threshold = DEFAULT_REASON_THRESHOLD): ReasonCrossValidation {
  const { train } = splitLabelledReasons();
  let correct = 0, accepted = 0, acceptedCorrect = 0;
  for (let f = 0; f < folds; f++) {
    const model = trainReasonModel(train.filter((_, i) => i % folds !== f));
    for (const e of train.filter((_, i) => i % folds === f)) {
      const p = predictReason(model, e.text);
      const ok = p.code === e.code;
      if (ok) correct++;
      if (p.confidence >= threshold) { accepted++; if (ok) acceptedCorrect++; }
    }
  }
  const n = train.length;
  return { folds, examples: n, accuracy: correct / n, acceptedShare: accepted / n, accuracyWhenAccepted: accepted === 0 ? 0 : acceptedCorrect / accepted };
}

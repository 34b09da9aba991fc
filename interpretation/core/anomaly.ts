// A small dense autoencoder over multivariate sliding windows, trained on a baseline; the
// reconstruction error of the window ending at a row is that row's anomaly score (causal).
import * as tf from '@tensorflow/tfjs';
import { createRng, hashInputs, isFiniteNumber, quantileSorted } from './series.ts';
import { initTensorflow } from './tensorflow-backend.ts';
import type { Explanation } from './types.ts';

export const ANOMALY_ALGORITHM_VERSION = 'anomaly-ae/1.0.0';

export type AnomalyOptions = {
  /** Rows per window. Default 8. */
  windowSize?: number;
  /** Hidden layer width and bottleneck width. Defaults 16 and 4. */
  hiddenUnits?: number;
  bottleneckUnits?: number;
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
  /** Threshold = this quantile of baseline reconstruction errors. Default 0.99. */
  thresholdQuantile?: number;
  /** Seed of weight initialisation and the batch shuffle. Default 42. */
  seed?: number;
};

type ResolvedAnomalyOptions = Required<AnomalyOptions>;

const defaults: ResolvedAnomalyOptions = {
  windowSize: 8, hiddenUnits: 16, bottleneckUnits: 4, epochs: 30, batchSize: 32, learningRate: 0.005, thresholdQuantile: 0.99, seed: 42,
};

/** A trained model. Holds tensors: call `dispose()` when dropping it (the cache does). */
export type AnomalyModel = {
  readonly key: string;
  readonly options: Readonly<ResolvedAnomalyOptions>;
  readonly featureMeans: readonly number[];
  readonly featureSds: readonly number[];
  /** Reconstruction-error threshold (mean squared error of a standardised window). */
  readonly threshold: number;
  readonly explanation: Explanation;
  readonly network: tf.LayersModel;
  dispose(): void;
};

export type AnomalyScores = {
  /** Per input row: mean squared reconstruction error of the window ending there; null for the first windowSize−1 rows and rows with a missing value in the window. */
  scores: (number | null)[];
  /** scores[i] > threshold. */
  anomalous: boolean[];
  threshold: number;
  explanation: Explanation;
};

const resolve = (opts: AnomalyOptions): ResolvedAnomalyOptions => ({ ...defaults, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) });

/** Stable cache key of a training set + options + algorithm version. */
export function anomalyModelKey(baselineRows: readonly (readonly number[])[], opts: AnomalyOptions = {}): string {
  return hashInputs([baselineRows], resolve(opts), ANOMALY_ALGORITHM_VERSION);
}

/**
 * Trains the autoencoder on `baselineRows` (rows = time steps, columns = features; null/NaN cells
 * make their windows unusable and are skipped). Each feature is standardised with the baseline mean
 * and sd (sd 0 → 1 so a constant feature contributes 0 until it moves). Deterministic for a given
 * seed on a given backend: seeded Glorot initialisers, our own seeded shuffle, `shuffle: false`.
 * Throws RangeError when fewer than 2·windowSize complete windows exist or rows are ragged.
 * Picks the backend through `initTensorflow()` (idempotent) before any tensor work.
 */
export async function trainAnomalyModel(baselineRows: readonly (readonly (number | null)[])[], opts: AnomalyOptions = {}): Promise<AnomalyModel> {
  await initTensorflow();
  const o = resolve(opts);
  const d = baselineRows[0]?.length ?? 0;
  if (d === 0 || baselineRows.some((r) => r.length !== d)) throw new RangeError('trainAnomalyModel: rows must be non-empty and all the same length');
  const means: number[] = [];
  const sds: number[] = [];
  for (let j = 0; j < d; j++) {
    const col = baselineRows.map((r) => r[j]).filter(isFiniteNumber);
    const mean = col.length > 0 ? col.reduce((a, x) => a + x, 0) / col.length : 0;
    const v = col.length > 1 ? col.reduce((a, x) => a + (x - mean) ** 2, 0) / (col.length - 1) : 0;
    means.push(mean);
    sds.push(v > 0 ? Math.sqrt(v) : 1);
  }
  const windows = buildWindows(baselineRows, o.windowSize, means, sds).filter((w): w is number[] => w !== null);
  if (windows.length < 2 * o.windowSize) throw new RangeError(`trainAnomalyModel: need ≥ ${2 * o.windowSize} complete windows, have ${windows.length}`);
  const rng = createRng(o.seed);
  for (let i = windows.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [windows[i], windows[j]] = [windows[j]!, windows[i]!];
  }
  const inputDim = o.windowSize * d;
  const net = tf.sequential();
  const init = (k: number) => tf.initializers.glorotUniform({ seed: o.seed + k });
  net.add(tf.layers.dense({ inputShape: [inputDim], units: o.hiddenUnits, activation: 'tanh', kernelInitializer: init(1) }));
  net.add(tf.layers.dense({ units: o.bottleneckUnits, activation: 'tanh', kernelInitializer: init(2) }));
  net.add(tf.layers.dense({ units: o.hiddenUnits, activation: 'tanh', kernelInitializer: init(3) }));
  net.add(tf.layers.dense({ units: inputDim, activation: 'linear', kernelInitializer: init(4) }));
  const optimizer = tf.train.adam(o.learningRate);
  net.compile({ optimizer, loss: 'meanSquaredError' });
  const xs = tf.tensor2d(windows, [windows.length, inputDim]);
  try {
    await net.fit(xs, xs, { epochs: o.epochs, batchSize: o.batchSize, shuffle: false, verbose: 0 });
  } finally {
    xs.dispose();
    optimizer.dispose();
  }
  const errors = reconstructionErrors(net, windows, inputDim).sort((a, b) => a - b);
  const threshold = quantileSorted(errors, o.thresholdQuantile);
  const key = anomalyModelKey(baselineRows as (readonly number[])[], opts);
  const explanation: Explanation = {
    method: `dense autoencoder ${inputDim}-${o.hiddenUnits}-${o.bottleneckUnits}-${o.hiddenUnits}-${inputDim} on standardised sliding windows; threshold = q${o.thresholdQuantile} of baseline errors`,
    algorithmVersion: ANOMALY_ALGORITHM_VERSION,
    parameters: { ...o },
    baseline: { from: null, to: null, n: baselineRows.length, mean: null, sigma: null },
    window: { from: null, to: null, n: baselineRows.length },
    inputsHash: key,
    notes: [`backend ${tf.getBackend()}`, `${windows.length} training windows`],
  };
  return {
    key, options: o, featureMeans: means, featureSds: sds, threshold, explanation, network: net,
    dispose: () => net.dispose(),
  };
}

/**
 * Scores `rows` (same feature order as training) synchronously; all tensors are freed before it
 * returns. A row's score depends only on it and the windowSize−1 rows before it.
 */
export function scoreAnomalies(model: AnomalyModel, rows: readonly (readonly (number | null)[])[]): AnomalyScores {
  const w = model.options.windowSize;
  const d = model.featureMeans.length;
  const windows = buildWindows(rows, w, model.featureMeans, model.featureSds);
  const complete = windows.map((x, i) => [x, i] as const).filter((p): p is readonly [number[], number] => p[0] !== null);
  const errs = complete.length > 0 ? reconstructionErrors(model.network, complete.map((p) => p[0]), w * d) : [];
  const scores: (number | null)[] = rows.map(() => null);
  complete.forEach(([, i], k) => { scores[i] = errs[k]!; });
  return {
    scores,
    anomalous: scores.map((s) => s !== null && s > model.threshold),
    threshold: model.threshold,
    explanation: { ...model.explanation, window: { from: null, to: null, n: rows.length }, notes: [...model.explanation.notes] },
  };
}

/** Window ending at row i (flattened, standardised), or null when incomplete. */
function buildWindows(rows: readonly (readonly (number | null)[])[], w: number, means: readonly number[], sds: readonly number[]): (number[] | null)[] {
  const d = means.length;
  return rows.map((_, i) => {
    if (i < w - 1) return null;
    const out: number[] = new Array(w * d);
    for (let k = 0; k < w; k++) {
      const r = rows[i - w + 1 + k]!;
      for (let j = 0; j < d; j++) {
        const x = r[j];
        if (!isFiniteNumber(x)) return null;
        out[k * d + j] = (x - means[j]!) / sds[j]!;
      }
    }
    return out;
  });
}

function reconstructionErrors(net: tf.LayersModel, windows: readonly number[][], inputDim: number): number[] {
  return tf.tidy(() => {
    const x = tf.tensor2d(windows as number[][], [windows.length, inputDim]);
    const y = net.predict(x) as tf.Tensor;
    return Array.from(tf.mean(tf.square(tf.sub(y, x)), 1).dataSync());
  });
}

export type AnomalyCacheStatus = 'READY' | 'TRAINING' | 'FAILED' | 'ABSENT';

/**
 * Trained models by key. `getOrTrain` never blocks a read: a miss schedules training on the next
 * macrotask and returns null, so the caller answers with the statistical detectors and says so.
 * Keeps at most `maxModels` (least recently used are disposed).
 */
export class AnomalyModelCache {
  readonly #models = new Map<string, AnomalyModel>();
  readonly #pending = new Map<string, Promise<AnomalyModel | null>>();
  readonly #failed = new Map<string, string>();
  readonly #maxModels: number;
  readonly #options: AnomalyOptions;

  constructor(options: AnomalyOptions = {}, maxModels = 50) {
    this.#options = options;
    this.#maxModels = maxModels;
  }

  /** The cache key of `rows` under this cache's options: `anomalyModelKey(rows, options)`. */
  keyFor(rows: readonly (readonly number[])[]): string {
    return anomalyModelKey(rows, this.#options);
  }

  /**
   * The ready model for `key`, or null after scheduling its training on `rows` (unless already
   * training or failed). Never awaits: callers answer with the statistical detectors while null.
   * `key` should be `keyFor(rows)`; another key is accepted (e.g. one per equipment) but then the
   * caller owns invalidation.
   */
  getOrTrain(key: string, rows: readonly (readonly (number | null)[])[]): AnomalyModel | null {
    const m = this.#models.get(key);
    if (m) {
      this.#models.delete(key);
      this.#models.set(key, m); // refresh LRU position
      return m;
    }
    if (!this.#pending.has(key) && !this.#failed.has(key)) {
      const job = new Promise<void>((r) => setImmediate(r))
        .then(() => trainAnomalyModel(rows, this.#options))
        .then((model) => { this.#store(key, model); return model; })
        .catch((e: unknown) => { this.#failed.set(key, e instanceof Error ? e.message : String(e)); return null; })
        .finally(() => this.#pending.delete(key));
      this.#pending.set(key, job);
    }
    return null;
  }

  status(key: string): AnomalyCacheStatus {
    if (this.#models.has(key)) return 'READY';
    if (this.#pending.has(key)) return 'TRAINING';
    if (this.#failed.has(key)) return 'FAILED';
    return 'ABSENT';
  }

  /** Why training failed for `key`, if it did. */
  failure(key: string): string | null {
    return this.#failed.get(key) ?? null;
  }

  /** Resolves when training of `key` settles (for tests and warm-up); null if it failed or was never started. */
  whenTrained(key: string): Promise<AnomalyModel | null> {
    return this.#pending.get(key) ?? Promise.resolve(this.#models.get(key) ?? null);
  }

  /** Disposes every model; pending trainings still finish and are then stored. */
  clear(): void {
    for (const m of this.#models.values()) m.dispose();
    this.#models.clear();
    this.#failed.clear();
  }

  #store(key: string, model: AnomalyModel): void {
    this.#models.set(key, model);
    while (this.#models.size > this.#maxModels) {
      const oldest = this.#models.keys().next().value as string;
      this.#models.get(oldest)?.dispose();
      this.#models.delete(oldest);
    }
  }
}

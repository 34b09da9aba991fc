// The core's TensorFlow.js autoencoder on SKAB, for comparison with the statistical detector:
// per file, trained on rows 0..fitRows−1, reconstruction error → the same post-processing.
import { initTensorflow, scoreAnomalies, trainAnomalyModel, type AnomalyOptions } from '../../interpretation/core/index.ts';
import { postProcess, type DetectorConfig } from './detector.ts';
import { addConfusion, maskEdges, nabFileScore, nabTotal, NAB_PROFILES, outlierScores, type NabFileResult } from './metrics.ts';
import type { BenchScores } from './run.ts';
import { NAB_WINDOW_MS } from './run.ts';
import { TRAIN_ROWS, type SkabFile } from './skab.ts';

export const AE_OPTIONS: Readonly<AnomalyOptions> = Object.freeze({ windowSize: 5, hiddenUnits: 16, bottleneckUnits: 4, epochs: 40, batchSize: 32, learningRate: 0.005, seed: 42 });

export async function runAutoencoderBenchmark(files: readonly SkabFile[], cfg: DetectorConfig): Promise<BenchScores & { backend: string }> {
  const backend = await initTensorflow();
  const acc = { tp: 0, fp: 0, tn: 0, fn: 0 };
  const perProfile: NabFileResult[][] = NAB_PROFILES.map(() => []);
  for (const f of files) {
    const rows = f.rows.map((r) => cfg.features.map((j) => r[j]!));
    const model = await trainAnomalyModel(rows.slice(0, cfg.fitRows), AE_OPTIONS);
    let raw: number[];
    try {
      const scored = scoreAnomalies(model, rows).scores;
      // The first windowSize−1 rows have no complete window; they are training rows, never scored.
      raw = scored.map((x) => x ?? 0);
    } finally {
      model.dispose();
    }
    const out = postProcess(raw, TRAIN_ROWS, cfg);
    const mask = out.mask.slice(TRAIN_ROWS);
    const times = f.times.slice(TRAIN_ROWS);
    addConfusion(acc, mask, f.anomaly.slice(TRAIN_ROWS));
    const cps = times.filter((_, i) => f.changepoint[TRAIN_ROWS + i] === 1);
    const ev = maskEdges(mask, times);
    NAB_PROFILES.forEach((p, k) => perProfile[k]!.push(nabFileScore(ev, cps, NAB_WINDOW_MS, p)));
  }
  return { backend, outlier: outlierScores(acc), nab: NAB_PROFILES.map((p, k) => ({ profile: p.name, ...nabTotal(perProfile[k]!, p) })) };
}

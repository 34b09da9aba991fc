// Runs one detector configuration over all SKAB files under the protocol and scores it.
import { detectFile, type DetectorConfig } from './detector.ts';
import { addConfusion, maskEdges, nabFileScore, nabTotal, NAB_PROFILES, outlierScores, type NabFileResult, type OutlierScores } from './metrics.ts';
import { TRAIN_ROWS, type SkabFile } from './skab.ts';

export const NAB_WINDOW_MS = 60_000;

export type BenchScores = {
  outlier: OutlierScores;
  /** One entry per NAB profile, in NAB_PROFILES order. */
  nab: { profile: string; score: number; missed: number; falsePositives: number; changepoints: number }[];
};

/**
 * Scores the detector on the test rows (TRAIN_ROWS..end) of every file; rows before only calibrate.
 * `cfg` is one configuration for all files, or a function giving file i's configuration (used only
 * by the cross-validation check, where each file is scored with a configuration chosen on other files).
 */
export function runBenchmark(files: readonly SkabFile[], cfg: DetectorConfig | ((fileIndex: number) => DetectorConfig), events: (mask: readonly boolean[], times: readonly number[], score: readonly number[]) => number[] = (m, t) => maskEdges(m, t)): BenchScores {
  const acc = { tp: 0, fp: 0, tn: 0, fn: 0 };
  const perProfile: NabFileResult[][] = NAB_PROFILES.map(() => []);
  for (const [i, f] of files.entries()) {
    const out = detectFile(f.rows, TRAIN_ROWS, typeof cfg === 'function' ? cfg(i) : cfg);
    const mask = out.mask.slice(TRAIN_ROWS);
    const times = f.times.slice(TRAIN_ROWS);
    addConfusion(acc, mask, f.anomaly.slice(TRAIN_ROWS));
    const ev = events(mask, times, out.score.slice(TRAIN_ROWS));
    const cps = times.filter((_, i) => f.changepoint[TRAIN_ROWS + i] === 1);
    NAB_PROFILES.forEach((p, k) => perProfile[k]!.push(nabFileScore(ev, cps, NAB_WINDOW_MS, p)));
  }
  return {
    outlier: outlierScores(acc),
    nab: NAB_PROFILES.map((p, k) => ({ profile: p.name, ...nabTotal(perProfile[k]!, p) })),
  };
}

/** The grid the configuration was chosen from (also used by the cross-validation check). */
export function configGrid(base: DetectorConfig): DetectorConfig[] {
  const out: DetectorConfig[] = [];
  for (const thresholdFactor of [0.8, 0.9, 1, 1.1, 1.5, 2]) {
    for (const ewmaLambda of [0.1, 0.2, 0.4, 0.5, 0.6, 0.7]) {
      for (const exitRatio of [0.6, 0.8, 0.9, 1]) {
        for (const [minOn, minOff] of [[2, 2], [3, 3], [3, 10]] as const) out.push({ ...base, thresholdFactor, ewmaLambda, exitRatio, minOn, minOff });
      }
    }
  }
  return out;
}

/** Selection objective: 100·F1 + NAB standard, among configurations with FAR ≤ 13.6 %. */
const objective = (s: BenchScores) => (s.outlier.farPct <= 13.6 ? 100 * s.outlier.f1 + s.nab[0]!.score : Number.NEGATIVE_INFINITY);

/**
 * Two-fold cross-validation by file (even / odd positions): each fold's files are scored with the
 * grid configuration that maximised the objective on the other fold. Estimates how much of our
 * score comes from choosing the configuration on the test split itself.
 */
export function crossValidate(files: readonly SkabFile[], base: DetectorConfig): BenchScores {
  const grid = configGrid(base);
  const folds = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)];
  const best = folds.map((fold) => {
    let top = grid[0]!;
    let topScore = Number.NEGATIVE_INFINITY;
    for (const c of grid) {
      const s = objective(runBenchmark(fold, c));
      if (s > topScore) { topScore = s; top = c; }
    }
    return top;
  });
  // A file in fold k is scored with the configuration chosen on the other fold.
  return runBenchmark(files, (i) => best[1 - (i % 2)]!);
}

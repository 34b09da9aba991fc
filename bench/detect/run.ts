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

/** Scores `cfg` on the test rows (TRAIN_ROWS..end) of every file; rows before only calibrate. */
export function runBenchmark(files: readonly SkabFile[], cfg: DetectorConfig, events: (mask: readonly boolean[], times: readonly number[], score: readonly number[]) => number[] = (m, t) => maskEdges(m, t)): BenchScores {
  const acc = { tp: 0, fp: 0, tn: 0, fn: 0 };
  const perProfile: NabFileResult[][] = NAB_PROFILES.map(() => []);
  for (const f of files) {
    const out = detectFile(f.rows, TRAIN_ROWS, cfg);
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

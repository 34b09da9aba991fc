// SKAB scoring, re-implemented from the protocol text in ../shared/datasets/skab/README.md:
// point-wise outlier F1/FAR/MAR pooled over files, and SKAB's NAB-style changepoint score.

/** Point-wise confusion counts. */
export type Confusion = { tp: number; fp: number; tn: number; fn: number };

export type OutlierScores = Confusion & { f1: number; farPct: number; marPct: number };

/** Adds one file's predictions (booleans) against its labels (0/1) to `acc`; lengths must match. */
export function addConfusion(acc: Confusion, predicted: readonly boolean[], labels: readonly number[]): Confusion {
  if (predicted.length !== labels.length) throw new RangeError(`addConfusion: ${predicted.length} predictions for ${labels.length} labels`);
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i] === 1;
    const p = predicted[i] === true;
    if (p && y) acc.tp++; else if (p) acc.fp++; else if (y) acc.fn++; else acc.tn++;
  }
  return acc;
}

/** F1 = TP/(TP + (FP+FN)/2), FAR% = 100·FP/(FP+TN), MAR% = 100·FN/(FN+TP); 0 where a denominator is 0. */
export function outlierScores(c: Confusion): OutlierScores {
  const div = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return { ...c, f1: div(c.tp, c.tp + (c.fp + c.fn) / 2), farPct: 100 * div(c.fp, c.fp + c.tn), marPct: 100 * div(c.fn, c.fn + c.tp) };
}

/** A NAB profile: reward of a true positive at the window start, cost of a false positive, cost of a miss. */
export type NabProfile = { name: string; aTp: number; aFp: number; aFn: number };

export const NAB_PROFILES: readonly NabProfile[] = Object.freeze([
  { name: 'standard', aTp: 1, aFp: -0.11, aFn: -1 },
  { name: 'lowFP', aTp: 1, aFp: -0.22, aFn: -1 },
  { name: 'lowFN', aTp: 1, aFp: -0.11, aFn: -2 },
]);

/** Per-file NAB tallies, in the units needed to pool files (scores must be summed raw). */
export type NabFileResult = { score: number; detected: number; missed: number; falsePositives: number; changepoints: number };

export type Window = { start: number; end: number };

/**
 * Windows [t, t + windowMs] per true changepoint (epoch ms, ascending); where two overlap, the later
 * one starts where the earlier ends (its end is unchanged).
 */
export function nabWindows(changepoints: readonly number[], windowMs: number): Window[] {
  const sorted = [...changepoints].sort((a, b) => a - b);
  const out: Window[] = [];
  for (const t of sorted) {
    const prev = out[out.length - 1];
    out.push({ start: prev && prev.end > t ? prev.end : t, end: t + windowMs });
  }
  return out;
}

/** The score of the first event inside a window, by SKAB's sigmoid: A_TP at the start, A_FP at the end. */
export function nabEventScore(eventT: number, w: Window, p: NabProfile): number {
  const len = w.end - w.start;
  const frac = len > 0 ? (eventT - w.start) / len : 0;
  const i = Math.min(Math.floor(1000 * frac), 999);
  const x = -Math.PI / 2 + (i * Math.PI) / 999; // linspace(−π/2, π/2, 1000)[i]
  return p.aFp + (p.aTp - p.aFp) * (1 - Math.tanh(x) / Math.tanh(Math.PI / 2)) / 2;
}

/**
 * One file's NAB score: only the first event inside each window counts (later ones in the same
 * window are neither rewarded nor punished), a window without events costs A_FN, and every event
 * outside all windows costs A_FP.
 */
export function nabFileScore(events: readonly number[], changepoints: readonly number[], windowMs: number, p: NabProfile): NabFileResult {
  const windows = nabWindows(changepoints, windowMs);
  let score = 0;
  let detected = 0;
  let falsePositives = 0;
  const used = new Set<number>();
  for (const e of [...events].sort((a, b) => a - b)) {
    const wi = windows.findIndex((w) => e >= w.start && e <= w.end);
    if (wi < 0) { score += p.aFp; falsePositives++; continue; }
    if (used.has(wi)) continue;
    used.add(wi);
    detected++;
    score += nabEventScore(e, windows[wi]!, p);
  }
  const missed = windows.length - detected;
  score += missed * p.aFn;
  return { score, detected, missed, falsePositives, changepoints: windows.length };
}

/** Pools file results: 100·(S − S_null)/(S_perfect − S_null), S_null = A_FN·N, S_perfect = A_TP·N. */
export function nabTotal(files: readonly NabFileResult[], p: NabProfile): { score: number; missed: number; falsePositives: number; changepoints: number } {
  const n = files.reduce((a, f) => a + f.changepoints, 0);
  const s = files.reduce((a, f) => a + f.score, 0);
  const sNull = p.aFn * n;
  const sPerfect = p.aTp * n;
  return {
    score: n === 0 ? 0 : (100 * (s - sNull)) / (sPerfect - sNull),
    missed: files.reduce((a, f) => a + f.missed, 0),
    falsePositives: files.reduce((a, f) => a + f.falsePositives, 0),
    changepoints: n,
  };
}

/** Changepoint events from a boolean mask: the times of its rising and falling edges (as SKAB's baselines do). */
export function maskEdges(mask: readonly boolean[], times: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < mask.length; i++) if (mask[i] !== mask[i - 1]) out.push(times[i]!);
  return out;
}

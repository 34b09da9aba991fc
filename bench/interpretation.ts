// `node dist/bench/interpretation.js [--series N] [--points M]`: throughput of drift + stability (what the
// interpretation subgraph computes per ProcessVariable on read) over many series, in samples per second,
// beside a baseline measured in the same run over the same data: one pass computing mean and variance
// (Welford), i.e. the floor any per-sample statistic pays. Printed as a ratio (how many times slower).
// Defaults: 2,000 series × 4,032 points (14 days at 5 minutes), a quarter of them drifting.
import { computeDrift, computeStability } from '../interpretation/core/index.ts';
import type { Sample } from '../interpretation/core/index.ts';
import { createRng } from '../simulators/plant/index.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer`);
  return v;
}
const nSeries = arg('series', 2000);
const nPoints = arg('points', 4032);
/** Distinct series generated up front and cycled, so generation and memory stay out of the measurement. */
const poolSize = Math.min(nSeries, 64);

/** Seeded standard normal draws: the demo plant's generator RNG, so the bench series are reproducible. */
function createNormal(seed: number): () => number {
  const rng = createRng(seed, 'bench/interpretation');
  return () => rng.normal();
}

const t0 = Date.UTC(2026, 9, 27);
const pool: Sample[][] = Array.from({ length: poolSize }, (_, k) => {
  const z = createNormal(k + 1);
  const drifting = k % 4 === 0;
  let ar = 0;
  return Array.from({ length: nPoints }, (_, i) => {
    ar = 0.5 * ar + z();
    const ramp = drifting && i > nPoints / 2 ? (0.004 * (i - nPoints / 2)) : 0; // slow wear, ~8 sigma by the end
    return { t: t0 + i * 300_000, v: 10 + 0.1 * ar + 0.1 * ramp };
  });
});

function baseline(): { ms: number; check: number } {
  const start = performance.now();
  let check = 0;
  for (let s = 0; s < nSeries; s++) {
    const xs = pool[s % poolSize]!;
    let n = 0, mean = 0, m2 = 0;
    for (const p of xs) {
      const v = p.v;
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      n++;
      const d = v - mean;
      mean += d / n;
      m2 += d * (v - mean);
    }
    check += mean + m2 / Math.max(1, n - 1);
  }
  return { ms: performance.now() - start, check };
}

function interpret(): { ms: number; drifting: number; unstable: number } {
  const start = performance.now();
  let drifting = 0, unstable = 0;
  for (let s = 0; s < nSeries; s++) {
    const xs = pool[s % poolSize]!;
    // The subgraph's defaults: baseline 288 points, stability over the last 2,016 against spec limits.
    if (computeDrift(xs, { baselineSize: 288 }).state === 'DRIFTING') drifting++;
    if (computeStability(xs.slice(xs.length - 2016), { lsl: 9.4, usl: 10.6 }).state !== 'STABLE') unstable++;
  }
  return { ms: performance.now() - start, drifting, unstable };
}

const samples = nSeries * nPoints;
baseline(); // warm-up pass: the baseline loop is measured JIT-compiled, as the interpretation path is after its first series
const b = baseline();
const r = interpret();
const perSec = (ms: number) => (samples / ms) * 1000;
process.stdout.write([
  `interpretation throughput: ${nSeries} series × ${nPoints} points = ${samples.toLocaleString('en')} samples (${poolSize} distinct series cycled)`,
  `  baseline  mean+variance (Welford): ${b.ms.toFixed(0)} ms  ${(perSec(b.ms) / 1e6).toFixed(1)} M samples/s`,
  `  drift + stability (core):          ${r.ms.toFixed(0)} ms  ${(perSec(r.ms) / 1e6).toFixed(2)} M samples/s  (${(r.ms / nSeries).toFixed(2)} ms per series)`,
  `  ratio: drift + stability is ${(r.ms / b.ms).toFixed(1)}× the baseline's time; verdicts: ${r.drifting} DRIFTING, ${r.unstable} not STABLE (expected ≈ ${Math.ceil(nSeries / 4)} drifting)`,
  '',
].join('\n'));
if (!Number.isFinite(b.check)) process.exitCode = 1; // keeps the baseline loop observable

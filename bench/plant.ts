// `npm run bench:plant`: how long the demo plant takes to generate, and the TDS server's rows/s for a large
// view read; each beside a baseline measured in the same run.
//   Generation baseline: drawing the same number of AR(1) noise samples from the same seeded RNG, with none of
//   the plant's dynamics, schedules or records, i.e. the floor any generator of that many samples pays.
//   TDS baseline: the same rows read straight from the embedded engine (sql.js), no driver and no wire.
import { createRng, generatePlant } from '../simulators/plant/index.ts';
import { benchTdsRead } from './tds-read.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const genMs: number[] = [];
let samples = 0;
let summary = '';
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const plant = generatePlant();
  genMs.push(performance.now() - t);
  samples = plant.series.reduce((n, s) => n + s.values.length, 0);
  summary = `${plant.machines.length} machines, ${plant.series.length} series (${samples} samples), ${plant.productionRecords.length} production records, ` +
    `${plant.states.length} state intervals, ${plant.quality.length} quality measurements, ${plant.workOrders.length} work orders, ${plant.meterReadings.length} meter readings`;
}

const baseMs: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const rng = createRng(42, 'bench');
  const out = new Float64Array(samples);
  let x = 0;
  for (let k = 0; k < samples; k++) { x = 0.8 * x + rng.normal(); out[k] = x; }
  baseMs.push(performance.now() - t);
  if (out[samples - 1] === 12345) process.stdout.write(''); // keep the loop from being optimised away
}

const tds = await benchTdsRead();
const g = median(genMs), b = median(baseMs);
process.stdout.write([
  `Demo plant generation (default config, seed 42: ${summary}), median of ${runs}:`,
  `  generatePlant: ${g.toFixed(0)} ms; baseline (same number of AR(1) samples, same RNG): ${b.toFixed(0)} ms; ratio ${(g / b).toFixed(1)}x`,
  `TDS read of a ${tds.rows}-row view (int, nvarchar, varchar, decimal, float, bit, date, datetime, nvarchar(max)):`,
  `  straight from sql.js: ${tds.baselineMs.toFixed(0)} ms (${tds.baselineRowsPerSec.toFixed(0)} rows/s)`,
  `  mssql over TDS:       ${tds.tdsMs.toFixed(0)} ms (${tds.tdsRowsPerSec.toFixed(0)} rows/s), ${tds.slowdown.toFixed(2)}x the direct read`,
  '',
].join('\n'));

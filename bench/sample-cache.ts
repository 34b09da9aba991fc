// `node --expose-gc dist/bench/sample-cache.js [--machines N] [--days D]`: what the MES read cache holds for the
// interpretation's sample windows (every tag of every machine, D days at 5-minute steps), stored as the row objects
// the SOAP adapter builds (the baseline: how the cache held them before) and packed (subgraphs/mes/source/
// sample-block.ts, how it holds them now). Both go through a real read cache, one entry per machine, as the adapter
// stores them. Prints the cache's estimated bytes, heap retained after a full GC, and the cost of a warm read
// (a cache hit; packed also rebuilds the rows) per sample. Default: 200 machines × 3 tags × 14 days.
import { createReadCache } from '../common/index.ts';
import { packSamples, unpackSamples } from '../subgraphs/mes/source/index.ts';
import type { MesSampleRow } from '../subgraphs/mes/source/index.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer`);
  return v;
}
const machines = arg('machines', 200), days = arg('days', 14);
const TAGS = ['HYD_PRESS', 'OIL_TEMP', 'SPINDLE_TEMP'];
const steps = days * 288;
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');
// Typed arrays live outside the JS heap: count their backing stores too.
const heap = (): number => { gc(); gc(); const u = process.memoryUsage(); return u.heapUsed + u.arrayBuffers; };
/** A fresh copy of a string, as an XML parser hands each row its own strings. */
const fresh = (s: string): string => [...s].join('');
const mib = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MiB`;

/** One machine's window as the SOAP adapter builds it: new strings per row (as parsed from XML), its time flags. */
function machineRows(m: number): MesSampleRow[] {
  const rows: MesSampleRow[] = [];
  const t0 = Date.UTC(2026, 10, 1);
  for (const [k, tag] of TAGS.entries()) {
    for (let i = 0; i < steps; i++) {
      const v = 1000 * (k + 1) + 50 * Math.sin((i + m) / 40) + ((i * 7919 + m * 104_729) % 100) / 10;
      // About one sample in 500 is a sentinel or a dropout, as the demo plant's MES sends them.
      const text = (i + m) % 500 === 0 ? '-9999' : (i + m) % 997 === 0 ? 'N/A' : v.toFixed(1).replace(/\.0$/, '');
      rows.push({
        mesCode: fresh(`M${String(m).padStart(3, '0')}`), tag: fresh(tag), timeMs: t0 + i * 300_000, sourceValue: text,
        sourceUnit: fresh(k === 1 ? 'degF' : k === 0 ? 'psi' : 'degC'), quality: fresh((i + m) % 997 === 0 ? 'Bad' : 'Good'),
        timeFlags: { ambiguous: { time: false }, gap: { time: false }, gapShifted: false, sequenceResolved: false },
      });
    }
  }
  return rows;
}

async function fill<T>(store: (rows: MesSampleRow[]) => T): Promise<{ cache: ReturnType<typeof createReadCache>; heapBytes: number; buildMs: number }> {
  const cache = createReadCache({ maxBytes: 64 * 1024 * 1024 * 1024, maxKeys: 1_000_000 });
  const before = heap();
  const t = performance.now();
  for (let m = 0; m < machines; m++) await cache.read(`samples:${m}`, 3600, async () => store(machineRows(m)));
  const buildMs = performance.now() - t;
  return { cache, heapBytes: heap() - before, buildMs };
}

async function warmNsPerSample(cache: ReturnType<typeof createReadCache>, read: (v: unknown) => readonly MesSampleRow[]): Promise<number> {
  let n = 0;
  const t = performance.now();
  for (let rep = 0; rep < 3; rep++) {
    for (let m = 0; m < machines; m++) {
      const rows = read(await cache.read(`samples:${m}`, 3600, async () => { throw new Error('expected a hit'); }));
      // What the loader then does with them: one tag's rows.
      n += rows.filter((r) => r.tag === 'OIL_TEMP').length > 0 ? rows.length : 0;
    }
  }
  return ((performance.now() - t) * 1e6) / n;
}

const samples = machines * TAGS.length * steps;
console.log(`MES sample windows in the read cache: ${machines} machines × ${TAGS.length} tags × ${days} days at 5 min = ${samples.toLocaleString('en-US')} samples`);
const rows = await fill((r) => r);
const rowsEst = rows.cache.stats().bytes;
const rowsNs = await warmNsPerSample(rows.cache, (v) => v as MesSampleRow[]);
rows.cache.close();
const packed = await fill((r) => packSamples(r));
const packedEst = packed.cache.stats().bytes;
const packedNs = await warmNsPerSample(packed.cache, (v) => unpackSamples(v as Parameters<typeof unpackSamples>[0]));
packed.cache.close();
console.log(`| stored as | cache estimate | heap + array buffers retained after GC | per sample | warm read per sample |`);
console.log(`|---|---|---|---|---|`);
console.log(`| row objects (baseline) | ${mib(rowsEst)} | ${mib(rows.heapBytes)} | ${(rows.heapBytes / samples).toFixed(0)} B | ${rowsNs.toFixed(1)} ns |`);
console.log(`| packed blocks | ${mib(packedEst)} | ${mib(packed.heapBytes)} | ${(packed.heapBytes / samples).toFixed(0)} B | ${packedNs.toFixed(1)} ns |`);
console.log(`ratio packed/rows: estimate ${(packedEst / rowsEst).toFixed(3)}, heap ${(packed.heapBytes / rows.heapBytes).toFixed(3)}, warm read ${(packedNs / rowsNs).toFixed(1)}×`);

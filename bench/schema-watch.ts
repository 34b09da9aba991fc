// `node dist/bench/schema-watch.js [--records N] [--rounds R]`: what reading items through the schema watch costs.
// The MES and CMMS adapters project every item onto its declared fields (`watcher.read` per field: access lookup,
// path walk, value map); the baseline, measured in the same process over the same items, copies the same fields by
// name. Run for a v1 source (identity remap) and a v2 source (renamed, moved and value-mapped fields). Then a whole
// response as the adapters read it now (`readResponse`: value-profile sampling, the shape check of every item, the
// projection) against the same plain copy, per page of 100 items. Each figure is the median of R alternating rounds
// (the machine is shared: single runs swing by 2×). Last, diff+classify+remap time of one fingerprint of the MES v2 WSDL.
import { createMemoryStore, createSchemaWatcher, diffContract, silentLogger } from '../common/index.ts';
import type { Fingerprint, SchemaWatcher, SourceContract } from '../common/index.ts';
import { shopFloorWsdl } from '../simulators/mes/index.ts';
import { mesContract, wsdlEntities } from '../subgraphs/mes/index.ts';

const arg = (name: string, fallback: number): number => { const i = process.argv.indexOf(name); return i >= 0 ? Number(process.argv[i + 1]) : fallback; };
const n = arg('--records', 200_000);
const rounds = arg('--rounds', 7);
const pageSize = 100;
const contract: SourceContract = { system: 'MES', entities: mesContract.entities.filter((e) => e.entity === 'ProductionRecord') };
const names = contract.entities[0]!.fields.map((f) => f.name);
const fp = (v: 'v1' | 'v2'): Fingerprint => { const r = wsdlEntities(shopFloorWsdl(v, 'http://mes.invalid/x'), ['ProductionRecord']); return { system: 'MES', version: r.version, entities: r.entities }; };

const item = (k: number, v2: boolean): Record<string, unknown> => ({
  RecordId: String(k), Revision: '1', EquipmentId: 'P04', WorkOrder: `J${k % 500}-10`, ...(v2 ? { QtyGood: String(k % 480), QtyRejected: String(k % 7) } : { GoodQty: String(k % 480), RejectQty: String(k % 7) }),
  RejectReason: 'DIM', UoM: 'EA', PartsPerStroke: '2', StartTime: '2026-03-07T06:00:00', EndTime: '2026-03-07T10:00:00', RecordedAt: '2026-03-07T13:00:00',
});

type ReadResponse = <T>(entity: string, records: readonly Readonly<Record<string, unknown>>[], map: () => T, isContractError: (e: unknown) => boolean) => Promise<T>;
const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
/** ns per item of each function, median over rounds, the two measured alternately so load drifts hit both alike. */
function compare(base: () => number, watched: () => number): { base: number; watched: number } {
  base(); watched(); // warm-up
  const b: number[] = [], w: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now(); if (base() !== n) throw new Error('bench rows not read'); b.push(((performance.now() - t0) * 1e6) / n);
    t0 = performance.now(); if (watched() !== n) throw new Error('bench rows not read'); w.push(((performance.now() - t0) * 1e6) / n);
  }
  return { base: median(b), watched: median(w) };
}
const line = (label: string, m: { base: number; watched: number }): string =>
  `${label}: copy by name ${m.base.toFixed(0)} ns/item, through the schema watch ${m.watched.toFixed(0)} ns/item, ratio ${(m.watched / m.base).toFixed(2)}\n`;

for (const v of ['v1', 'v2'] as const) {
  const w: SchemaWatcher = createSchemaWatcher({ contract, fingerprint: async () => fp(v), store: createMemoryStore(), logger: silentLogger, subgraph: 'bench', intervalMs: 0 });
  await w.check('manual');
  const rows = Array.from({ length: n }, (_, k) => item(k, v === 'v2'));
  const pages = Array.from({ length: Math.ceil(n / pageSize) }, (_, p) => rows.slice(p * pageSize, (p + 1) * pageSize));
  const direct = v === 'v2' ? names.map((nm) => (nm === 'GoodQty' ? 'QtyGood' : nm === 'RejectQty' ? 'QtyRejected' : nm)) : names;
  const copy = (r: Record<string, unknown>): Record<string, unknown> => { const o: Record<string, unknown> = {}; names.forEach((nm, j) => { o[nm] = r[direct[j]!]; }); return o; };
  const project = (r: Record<string, unknown>): Record<string, unknown> => { const o: Record<string, unknown> = {}; for (const nm of names) o[nm] = w.read('ProductionRecord', r, nm); return o; };
  const count = (out: readonly Record<string, unknown>[]): number => out.reduce((s, o) => s + (o['GoodQty'] === undefined ? 0 : 1), 0);
  process.stdout.write(line(`${v}: ${n} items × ${names.length} fields, read per field`,
    compare(() => count(rows.map(copy)), () => count(rows.map(project)))));
  // Feature-tested so the same file measures a build from before readResponse existed (the before/after figures).
  const readResponse = (w as unknown as { readResponse?: ReadResponse }).readResponse?.bind(w);
  if (readResponse !== undefined) {
    // The baseline is synchronous; readResponse is awaited per page, so its figure includes one promise per page.
    let pageSum = 0;
    const perPage = async (): Promise<number> => { let s = 0; for (const p of pages) s += count(await readResponse('ProductionRecord', p, () => p.map(project), () => false)); return s; };
    const m = { b: [] as number[], w: [] as number[] };
    await perPage();
    for (let r = 0; r < rounds; r++) {
      let t0 = performance.now(); pageSum = 0; for (const p of pages) pageSum += count(p.map(copy)); m.b.push(((performance.now() - t0) * 1e6) / n);
      t0 = performance.now(); if ((await perPage()) !== n || pageSum !== n) throw new Error('bench rows not read'); m.w.push(((performance.now() - t0) * 1e6) / n);
    }
    process.stdout.write(line(`${v}: pages of ${pageSize}, whole response (sample + shape check + project)`, { base: median(m.b), watched: median(m.w) }));
  }
  w.close();
}
const wsdl = shopFloorWsdl('v2', 'http://mes.invalid/x');
const reps = 200;
const t0 = performance.now();
for (let k = 0; k < reps; k++) { const r = wsdlEntities(wsdl, mesContract.entities.map((e) => e.entity)); diffContract(mesContract, { system: 'MES', version: r.version, entities: r.entities }); }
process.stdout.write(`fingerprint of the MES v2 WSDL (parse + flatten + diff/classify/remap, ${mesContract.entities.length} entities): ${((performance.now() - t0) / reps).toFixed(2)} ms\n`);

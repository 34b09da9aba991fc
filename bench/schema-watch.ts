// `node dist/bench/schema-watch.js [--records N]`: what reading items through the schema watch costs. The MES and
// CMMS adapters project every item onto its declared fields (`watcher.read` per field: access lookup, path walk,
// value map); the baseline, measured in the same run over the same items, copies the same fields by name. Run for a
// v1 source (identity remap) and a v2 source (renamed, moved and value-mapped fields), then diff+classify+remap time
// of one fingerprint of the MES v2 WSDL.
import { createMemoryStore, createSchemaWatcher, diffContract, silentLogger } from '../common/index.ts';
import type { Fingerprint, SourceContract } from '../common/index.ts';
import { shopFloorWsdl } from '../simulators/mes/index.ts';
import { mesContract, wsdlEntities } from '../subgraphs/mes/index.ts';

const i = process.argv.indexOf('--records');
const n = i >= 0 ? Number(process.argv[i + 1]) : 200_000;
const contract: SourceContract = { system: 'MES', entities: mesContract.entities.filter((e) => e.entity === 'ProductionRecord') };
const names = contract.entities[0]!.fields.map((f) => f.name);
const fp = (v: 'v1' | 'v2'): Fingerprint => { const r = wsdlEntities(shopFloorWsdl(v, 'http://mes.invalid/x'), ['ProductionRecord']); return { system: 'MES', version: r.version, entities: r.entities }; };

const item = (k: number, v2: boolean): Record<string, unknown> => ({
  RecordId: String(k), Revision: '1', EquipmentId: 'P04', WorkOrder: 'J1-10', ...(v2 ? { QtyGood: '40', QtyRejected: '1' } : { GoodQty: '40', RejectQty: '1' }),
  RejectReason: 'DIM', UoM: 'EA', PartsPerStroke: '2', StartTime: '2026-03-07T06:00:00', EndTime: '2026-03-07T10:00:00', RecordedAt: '2026-03-07T13:00:00',
});

function time(fn: () => number): { ms: number; sink: number } {
  fn(); // warm-up
  const t0 = performance.now();
  const sink = fn();
  return { ms: performance.now() - t0, sink };
}

for (const v of ['v1', 'v2'] as const) {
  const w = createSchemaWatcher({ contract, fingerprint: async () => fp(v), store: createMemoryStore(), logger: silentLogger, subgraph: 'bench', intervalMs: 0 });
  await w.check('manual');
  const rows = Array.from({ length: n }, (_, k) => item(k, v === 'v2'));
  const direct = v === 'v2' ? names.map((nm) => (nm === 'GoodQty' ? 'QtyGood' : nm === 'RejectQty' ? 'QtyRejected' : nm)) : names;
  const base = time(() => { let s = 0; for (const r of rows) { const o: Record<string, unknown> = {}; names.forEach((nm, j) => { o[nm] = r[direct[j]!]; }); s += o['GoodQty'] === undefined ? 0 : 1; } return s; });
  const watched = time(() => { let s = 0; for (const r of rows) { const o: Record<string, unknown> = {}; for (const nm of names) o[nm] = w.read('ProductionRecord', r, nm); s += o['GoodQty'] === undefined ? 0 : 1; } return s; });
  if (base.sink !== n || watched.sink !== n) throw new Error('bench rows not read');
  process.stdout.write(`${v}: ${n} items × ${names.length} fields — copy by name ${(base.ms * 1e6 / n).toFixed(0)} ns/item, through the schema watch ${(watched.ms * 1e6 / n).toFixed(0)} ns/item, ratio ${(watched.ms / base.ms).toFixed(2)}\n`);
  w.close();
}
const wsdl = shopFloorWsdl('v2', 'http://mes.invalid/x');
const reps = 200;
const t0 = performance.now();
for (let k = 0; k < reps; k++) { const r = wsdlEntities(wsdl, mesContract.entities.map((e) => e.entity)); diffContract(mesContract, { system: 'MES', version: r.version, entities: r.entities }); }
process.stdout.write(`fingerprint of the MES v2 WSDL (parse + flatten + diff/classify/remap, ${mesContract.entities.length} entities): ${((performance.now() - t0) / reps).toFixed(2)} ms\n`);

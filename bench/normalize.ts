// `node dist/bench/normalize.js [--records N]`: cost per record of normalizing a realistic MES production
// record (naive local times incl. the fall-back hour, split date + decimal hours, epoch recorded time,
// psi and cp1252-mangled °F readings, a -9999 sentinel, free-text reason, quantity classes) beside a
// pass-through baseline measured in the same run over the same records: copying each record field by field
// into a new object. Prints ns/record for both, the ratio, a per-stage split, and the reason classifier's
// held-out accuracy. Then the same cost through the mes subgraph's mapping, beside pass-through fields of the same rows.
import {
  asEventTime, asRecordedTime, checkSentinel, createReasonClassifier, crossValidateReasonClassifier, crossValidateScrapClassifier, evaluateReasonClassifier, evaluateScrapClassifier, fromDateAndDecimalHours,
  fromEpoch, mapQuantityClass, resolveLocalTime, toCanonical,
} from '../normalization/index.ts';
import { silentLogger } from '../common/index.ts';
import { createMesSubgraph, createServer as createMesServer, loadConfig as loadMesConfig } from '../subgraphs/mes/index.ts';
import type { MesSource } from '../subgraphs/mes/index.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer`);
  return v;
}
const nRecords = arg('records', 50_000);
const ZONE = 'America/Chicago';

interface MesRecord {
  readonly RecordId: number; readonly Revision: number; readonly MachineCode: string;
  readonly StartLocal: string; readonly EndDate: string; readonly EndHour: number; readonly RecordedEpoch: number;
  readonly GoodQty: number; readonly RejectQty: number;
  readonly HydPressure: number | string; readonly HydPressureUnit: string;
  readonly OilTemp: number | string; readonly OilTempUnit: string;
  readonly SpindleTemp: number; readonly Reason: string;
}

// Reason texts operators type, deliberately not all from the labelled set.
const REASONS = ['jammed - cleared', "no mat'l", 'waiting fork truck', 'PM', 'tool broke', 'waiting on QC', 'C/O',
  'hyd leak', 'brg noise', 'breaker tripped', 'conveyor full', 'no op', 'tool chg', 'calib', 'weekend', 'running slow',
  'jam at feeder again', 'esperando material', 'misc', ''];

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const rnd = mulberry(7);
const pad = (n: number) => String(n).padStart(2, '0');
const POOL = 1024;
const records: MesRecord[] = Array.from({ length: POOL }, (_, i) => {
  const day = 1 + (i % 28);
  const hour = Math.floor(rnd() * 24);
  const metric = rnd() < 0.3;
  return {
    RecordId: 88_000 + i, Revision: 1 + (i % 3 === 0 ? 1 : 0), MachineCode: `P${pad(1 + (i % 12))}`,
    StartLocal: i % 50 === 0 ? '2026-11-01 01:30:00' : `2026-10-${pad(day)} ${pad(hour)}:${pad(Math.floor(rnd() * 60))}:00`,
    EndDate: `2026-10-${pad(day)}`, EndHour: Math.round(rnd() * 2400) / 100, RecordedEpoch: 1_793_000_000_000 + i * 60_000,
    GoodQty: Math.floor(rnd() * 500), RejectQty: Math.floor(rnd() * 5),
    HydPressure: metric ? 140 + rnd() * 5 : 2030 + rnd() * 80, HydPressureUnit: metric ? 'bar' : ['PSI', 'psi', 'lb/in2'][i % 3] as string,
    OilTemp: i % 97 === 0 ? 'N/A' : 180 + rnd() * 10, OilTempUnit: ['Â°F', '°F', 'degF'][i % 3] as string,
    SpindleTemp: i % 20 === 0 ? -9999 : 30 + rnd() * 10, Reason: REASONS[i % REASONS.length] as string,
  };
});

const sentinels = { 'MES.SpindleTemp': [-9999, 9999.9], 'MES.HydPressure': [-9999], 'MES.OilTemp': [-9999] };
const classifier = createReasonClassifier();
const uncached = createReasonClassifier({ cacheSize: 0 });

function num(field: string, v: number | string, unit: string) {
  const c = checkSentinel(field, v, sentinels);
  return c.value === null ? { value: null, missingReason: c.missingReason } : toCanonical(Number(c.value), unit);
}

function normalizeWith(r: MesRecord, reasons: typeof classifier) {
  const spindle = checkSentinel('MES.SpindleTemp', r.SpindleTemp, sentinels);
  return {
    source: 'MES', sourceId: r.RecordId, revision: r.Revision, machineCode: r.MachineCode,
    start: asEventTime(resolveLocalTime(r.StartLocal, ZONE)),
    end: asEventTime(fromDateAndDecimalHours(r.EndDate, r.EndHour, ZONE)),
    recordedTime: asRecordedTime(fromEpoch(r.RecordedEpoch, ZONE)),
    good: { value: r.GoodQty, unit: 'ea', quantityClass: mapQuantityClass('MES', 'GoodQty') },
    reject: { value: r.RejectQty, unit: 'ea', quantityClass: mapQuantityClass('MES', 'RejectQty') },
    hydPressure: num('MES.HydPressure', r.HydPressure, r.HydPressureUnit),
    oilTemp: num('MES.OilTemp', r.OilTemp, r.OilTempUnit),
    spindleTemp: spindle.value === null ? { value: null, missingReason: spindle.missingReason } : toCanonical(spindle.value, 'degC'),
    reason: reasons.classify(r.Reason),
  };
}
const normalize = (r: MesRecord) => normalizeWith(r, classifier);
const normalizeCold = (r: MesRecord) => normalizeWith(r, uncached);

function passThrough(r: MesRecord) {
  return {
    source: 'MES', sourceId: r.RecordId, revision: r.Revision, machineCode: r.MachineCode, start: r.StartLocal,
    end: r.EndDate, endHour: r.EndHour, recordedTime: r.RecordedEpoch, good: r.GoodQty, reject: r.RejectQty,
    hydPressure: r.HydPressure, hydPressureUnit: r.HydPressureUnit, oilTemp: r.OilTemp, oilTempUnit: r.OilTempUnit,
    spindleTemp: r.SpindleTemp, reason: r.Reason,
  };
}

/** Runs fn over nRecords records (cycling the pool) and returns ns/record; `sink` defeats dead-code elimination. */
let sink = 0;
function measure(fn: (r: MesRecord) => unknown, n: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) { const o = fn(records[i % POOL] as MesRecord); if (o !== null && typeof o === 'object') sink++; }
  return Number(process.hrtime.bigint() - t0) / n;
}

const stages: [string, (r: MesRecord) => unknown][] = [
  ['times (local, split date+hours, epoch)', (r) => [resolveLocalTime(r.StartLocal, ZONE), fromDateAndDecimalHours(r.EndDate, r.EndHour, ZONE), fromEpoch(r.RecordedEpoch, ZONE)]],
  ['units (2 × mathjs via alias table)', (r) => [toCanonical(Number(r.HydPressure), r.HydPressureUnit), toCanonical(185, r.OilTempUnit)]],
  ['reason (table, else classifier; cached)', (r) => classifier.classify(r.Reason)],
  ['reason (table, else classifier; no cache)', (r) => uncached.classify(r.Reason)],
  ['sentinels (3 fields)', (r) => [checkSentinel('MES.SpindleTemp', r.SpindleTemp, sentinels), checkSentinel('MES.OilTemp', r.OilTemp, sentinels), checkSentinel('MES.HydPressure', r.HydPressure, sentinels)]],
];

// Warm up both paths so the JIT has compiled them before measuring.
measure(passThrough, Math.min(nRecords, 20_000));
measure(normalize, Math.min(nRecords, 5_000));
const base = measure(passThrough, nRecords);
const norm = measure(normalize, nRecords);
const base2 = measure(passThrough, nRecords); // again after, to show the baseline is steady
const cold = measure(normalizeCold, nRecords);

console.log(`normalize: ${nRecords} MES production records (pool of ${POOL}), zone ${ZONE}`);
console.log(`  pass-through copy : ${base.toFixed(0)} ns/record (again after: ${base2.toFixed(0)})`);
console.log(`  normalize         : ${norm.toFixed(0)} ns/record (${(1e9 / norm).toFixed(0)} records/s)`);
console.log(`  ratio             : ${(norm / Math.min(base, base2)).toFixed(0)}× the pass-through`);
console.log(`  normalize, no reason cache: ${cold.toFixed(0)} ns/record, ${(cold / Math.min(base, base2)).toFixed(0)}× (every text classified afresh)`);
for (const [name, fn] of stages) console.log(`    stage ${name.padEnd(44)} ${measure(fn, Math.min(nRecords, 20_000)).toFixed(0)} ns/record`);
const ev = evaluateReasonClassifier();
console.log(`reason classifier (char n-gram softmax regression, trained in ${ev.trainMs.toFixed(0)} ms on ${ev.trainSize}, held out ${ev.heldOutSize}):`);
console.log(`  held-out top-1 accuracy ${(100 * ev.accuracy).toFixed(1)} %; at threshold ${ev.threshold}: ` +
  `${(100 * ev.acceptedShare).toFixed(1)} % accepted with ${(100 * ev.accuracyWhenAccepted).toFixed(1)} % accuracy, ` +
  `${(100 * ev.unmappedShare).toFixed(1)} % sent to UNMAPPED, ${(100 * ev.wrongShare).toFixed(1)} % wrong`);
const cv = crossValidateReasonClassifier();
console.log(`  ${cv.folds}-fold cross-validation on the ${cv.examples} training phrasings: top-1 ${(100 * cv.accuracy).toFixed(1)} %; ` +
  `at threshold ${ev.threshold}: ${(100 * cv.acceptedShare).toFixed(1)} % accepted with ${(100 * cv.accuracyWhenAccepted).toFixed(1)} % accuracy`);
console.log(`  unmapped in this run: ${JSON.stringify(classifier.unmapped.entries().slice(0, 5))}`);
const sev = evaluateScrapClassifier();
const scv = crossValidateScrapClassifier();
console.log(`scrap-reason classifier (same model, trained on ${sev.trainSize}, held out ${sev.heldOutSize}): held-out top-1 ${(100 * sev.accuracy).toFixed(1)} %; ` +
  `at threshold ${sev.threshold}: ${(100 * sev.acceptedShare).toFixed(1)} % accepted with ${(100 * sev.accuracyWhenAccepted).toFixed(1)} % accuracy, ` +
  `${(100 * sev.wrongShare).toFixed(1)} % wrong; ${scv.folds}-fold CV on the training part: top-1 ${(100 * scv.accuracy).toFixed(1)} %, ` +
  `${(100 * scv.acceptedShare).toFixed(1)} % accepted with ${(100 * scv.accuracyWhenAccepted).toFixed(1)} % accuracy`);
if (sink === 0) console.log('');

// ---- Through the mes subgraph's mapping: the same rows served as canonical fields vs. as raw pass-through fields ----
// A fake MES port hands N production rows (resends, revisions, strokes, free-text rejects) and N state rows (free-text
// reasons) to the real mes subgraph in-process (executeOperation: no HTTP, no SOAP). Both operations pay for GraphQL
// execution and the loaders' dedupe; only the canonical one asks for units, reason mapping, plant-local times and
// dataQuality, so the difference per record is what the subgraph's normalisation costs.

type ProductionRow = Awaited<ReturnType<MesSource['productionRecords']>>[number];
type StateRow = Awaited<ReturnType<MesSource['stateHistory']>>[number];
const nSub = Math.min(nRecords, 4000);
const t0ms = Date.UTC(2026, 9, 1, 12);
const rejects = ['', '', '', 'oversize', 'u/s', 'first off', "bad mat'l", 'scratches', 'burr on edge'];
const productionRows: ProductionRow[] = Array.from({ length: nSub }, (_, i): ProductionRow => {
  const stroke = i % 3 === 0;
  return { recordId: String(90_000 + Math.floor(i * 0.92)), revision: 1 + (i % 7 === 0 ? 1 : 0), mesCode: 'P09', workOrder: `J${4000 + (i % 50)}-10`,
    goodSource: 40 + (i % 17), rejectSource: i % 4, uom: stroke ? 'STROKE' : ['EA', 'PCS', 'ea'][i % 3]!, perCount: stroke ? 2 : 1,
    rejectReason: (i % 4 === 0 ? null : rejects[i % rejects.length]) || null, startMs: t0ms + i * 600_000, endMs: t0ms + i * 600_000 + 540_000, recordedMs: t0ms + i * 600_000 + 600_000 };
});
const stateRows: StateRow[] = Array.from({ length: nSub }, (_, i): StateRow => ({
  mesCode: 'P09', stateCode: i % 2 === 0 ? 1 : 5, stateName: i % 2 === 0 ? 'RUN' : 'DOWN', reasonText: i % 2 === 0 ? null : REASONS[i % REASONS.length] || null,
  startMs: t0ms + i * 600_000, endMs: t0ms + (i + 1) * 600_000, ambiguous: false,
}));
const fakeMes: MesSource = {
  serverInfo: async () => ({ serverTimeMs: t0ms, version: 'bench', timeZone: ZONE, siteCode: 'S' }),
  equipmentList: async () => [{ mesCode: 'P09', equipmentId: 'PRESS-09', erpAliasRaw: 'PRESS-09', parentId: null, level: 'MACHINE', description: 'Press 9', opcPath: null, tags: [] }],
  stateHistory: async () => stateRows, productionRecords: async () => productionRows, processSamples: async () => [], qualityMeasurements: async () => [],
  readCurrent: async () => [], stats: () => ({ calls: 0, byOp: {} }), resetStats: () => {}, close: async () => {},
};
const mesRuntime = await createMesSubgraph(loadMesConfig({}, { wsdlUrl: 'http://mes.invalid/ShopFloorService.asmx?wsdl', user: 'u', password: 'p', siteTimeZone: ZONE, erpCompany: 'ACME' }),
  { logger: silentLogger, source: fakeMes });
const mesServer = createMesServer(mesRuntime);
await mesServer.start();
const range = `{ from: "${new Date(t0ms - 3_600_000).toISOString()}", to: "${new Date(t0ms + nSub * 600_000 + 3_600_000).toISOString()}" }`;
const entity = (fields: string) => `{ _entities(representations: [{ __typename: "Equipment", id: "PRESS-09" }]) { ... on Equipment { ${fields} } } }`;
const passQuery = entity(`productionRecords(range: ${range}, first: 5000) { recordId revision rejectReasonText startTime endTime recordedTime }
  states(range: ${range}, first: 5000) { sourceState startTime endTime reasonText }`);
const canonQuery = entity(`productionRecords(range: ${range}, first: 5000) { recordId revision rejectReasonText startTime endTime recordedTime
    goodQuantity { value unit sourceValue sourceUnit } scrapQuantity { value unit sourceValue sourceUnit } rejectReason
    start { utc local ambiguous shiftedFromGap } end { local } recorded { local } dataQuality { completeness asOf issues { code field raw } normalized } }
  states(range: ${range}, first: 5000) { sourceState startTime endTime reasonText state reasonCode lossCategory reasonConfidence
    start { local ambiguous } end { local } dataQuality { completeness issues { code field raw } normalized } }`);
async function timeQuery(query: string, reps: number): Promise<{ nsPerRecord: number; records: number }> {
  let records = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) {
    const res = await mesServer.executeOperation({ query }, { contextValue: mesRuntime.createContext({ requestId: 'bench', headers: {} }) });
    const body = res.body.kind === 'single' ? res.body.singleResult : null;
    if (body?.errors !== undefined) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    const e = (body?.data as { _entities: [{ productionRecords: unknown[]; states: unknown[] }] })._entities[0];
    records = e.productionRecords.length + e.states.length;
  }
  return { nsPerRecord: Number(process.hrtime.bigint() - started) / reps / records, records };
}
await timeQuery(passQuery, 2); await timeQuery(canonQuery, 2); // warm-up (JIT, classifier training, caches)
const reps = 5;
const pass1 = await timeQuery(passQuery, reps);
const canon = await timeQuery(canonQuery, reps);
const pass2 = await timeQuery(passQuery, reps);
const passNs = Math.min(pass1.nsPerRecord, pass2.nsPerRecord);
console.log(`through the mes subgraph (in-process executeOperation, ${canon.records} records per operation: ${productionRows.length} production rows deduplicated + ${stateRows.length} states, ${reps} reps):`);
console.log(`  raw fields (pass-through)        : ${passNs.toFixed(0)} ns/record (again after: ${Math.max(pass1.nsPerRecord, pass2.nsPerRecord).toFixed(0)})`);
console.log(`  canonical fields + dataQuality   : ${canon.nsPerRecord.toFixed(0)} ns/record`);
console.log(`  normalisation cost in the subgraph: ${(canon.nsPerRecord - passNs).toFixed(0)} ns/record, ${(canon.nsPerRecord / passNs).toFixed(2)}× the pass-through operation`);
console.log(`  unmapped in this run: ${JSON.stringify(mesRuntime.upstreamStats().unmapped)}`);
await mesServer.stop();
await mesRuntime.close();

// `node dist/bench/normalize.js [--records N]`: cost per record of normalizing a realistic MES production
// record (naive local times incl. the fall-back hour, split date + decimal hours, epoch recorded time,
// psi and cp1252-mangled °F readings, a -9999 sentinel, free-text reason, quantity classes) beside a
// pass-through baseline measured in the same run over the same records: copying each record field by field
// into a new object. Prints ns/record for both, the ratio, a per-stage split, and the reason classifier's
// held-out accuracy.
import {
  asEventTime, asRecordedTime, checkSentinel, createReasonClassifier, crossValidateReasonClassifier, evaluateReasonClassifier, fromDateAndDecimalHours,
  fromEpoch, mapQuantityClass, resolveLocalTime, toCanonical,
} from '../normalization/index.ts';

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
if (sink === 0) console.log('');

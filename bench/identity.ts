// bench:identity — precision and recall of the identity matcher against the demo plant's ground truth, on
// several seeds with every mess on: rules only (the baseline), rules + fuzzy names, rules + fuzzy + evidence;
// plus matcher time per observation. Run: npm run bench:identity [-- --seeds 1,2,3]
import { performance } from 'node:perf_hooks';
import { matchEquipment, matchMaterials, matchOrders } from '../normalization/index.ts';
import type { MatchOptions } from '../normalization/index.ts';
import { allMess, generatePlant } from '../simulators/index.ts';
import { plantObservations, scoreLinks, truePairs } from '../test-utils/index.ts';

const arg = (name: string): string | undefined => { const i = process.argv.indexOf(`--${name}`); return i < 0 ? undefined : process.argv[i + 1]; };
const seeds = (arg('seeds') ?? '1,2,3,4,5').split(',').map(Number);
const days = Number(arg('days') ?? 7);

const variants: readonly [string, Partial<MatchOptions>][] = [
  ['rules only (baseline)', { fuzzy: false, evidence: false }],
  ['rules + fuzzy names', { fuzzy: true, evidence: false }],
  ['rules + fuzzy + evidence', { fuzzy: true, evidence: true }],
];

const totals = new Map<string, { truth: number; linked: number; correct: number; found: number; ms: number; records: number }>();
for (const seed of seeds) {
  const plant = generatePlant({ seed, days });
  const obs = plantObservations(plant, allMess);
  const truth = truePairs(plant);
  const parts: string[] = [];
  for (const [name, opts] of variants) {
    matchEquipment(obs, [], opts); // warm
    const reps = 20;
    const t0 = performance.now();
    let m = matchEquipment(obs, [], opts);
    for (let i = 1; i < reps; i++) m = matchEquipment(obs, [], opts);
    const ms = (performance.now() - t0) / reps;
    const s = scoreLinks(m.links, truth);
    const t = totals.get(name) ?? { truth: 0, linked: 0, correct: 0, found: 0, ms: 0, records: 0 };
    totals.set(name, { truth: t.truth + s.truth, linked: t.linked + s.linked, correct: t.correct + s.linkedCorrect,
      found: t.found + Math.round(s.recallWithProposals * s.truth), ms: t.ms + ms, records: t.records + obs.length });
    parts.push(`${name}: P ${(100 * s.precision).toFixed(1)} % R ${(100 * s.recall).toFixed(1)} % (+proposals ${(100 * s.recallWithProposals).toFixed(1)} %)`);
  }
  console.log(`seed ${seed} (${obs.length} observations, ${truth.size} true pairs) — ${parts.join(' | ')}`);
}
console.log('\nall seeds, every mess on (precision = LINKED pairs that are true; recall = true pairs LINKED; +proposals = true pairs LINKED or PROPOSED):');
const base = totals.get(variants[0]![0])!;
for (const [name] of variants) {
  const t = totals.get(name)!;
  const usPerRecord = (1000 * t.ms) / t.records;
  console.log(`  ${name.padEnd(26)} precision ${(100 * t.correct / Math.max(1, t.linked)).toFixed(1)} %  recall ${(100 * t.correct / t.truth).toFixed(1)} %  `
    + `recall incl. proposals ${(100 * t.found / t.truth).toFixed(1)} %  ${usPerRecord.toFixed(1)} µs/observation (${(usPerRecord / ((1000 * base.ms) / base.records)).toFixed(2)}× baseline)`);
}

// Materials and production orders: MES part numbers and MES order ids (job-operation) against the ERP, scoped.
const plant = generatePlant({ seed: seeds[0] ?? 1, days });
const company = plant.site.company;
const parts = plant.parts.map((p) => ({ company, partNum: p.partNum, revision: p.revision }));
const mx = plant.parts.map((p) => ({ company: 'ACME-MX', partNum: p.partNum, revision: p.revision }));
const observedParts = plant.jobs.map((j) => ({ system: 'MES', nativeId: j.partNum, scope: { company, plant: null } }));
const mat = matchMaterials([...parts, ...mx], observedParts);
const matOk = mat.filter((l, i) => l.status === 'LINKED' && l.canonicalId === `${company}/${observedParts[i]!.nativeId}`).length;
const ops = plant.jobs.flatMap((j) => j.operations.map((o) => ({ company: j.company, jobNum: j.jobNum, oprSeq: o.oprSeq })));
const opsMx = ops.filter((_, i) => i % 3 === 0).map((o) => ({ ...o, company: 'ACME-MX' }));
const observedOrders = ops.map((o) => ({ system: 'MES', nativeId: `${o.jobNum}-${o.oprSeq}`, scope: { company, plant: null } }));
const ord = matchOrders([...ops, ...opsMx], observedOrders);
const ordOk = ord.filter((l, i) => l.status === 'LINKED' && l.canonicalId === `${company}/${ops[i]!.jobNum}` && l.operation === ops[i]!.oprSeq).length;
const unscoped = matchOrders([...ops, ...opsMx], observedOrders.map((o) => ({ ...o, scope: { company: null, plant: null } })));
console.log(`\nmaterials (seed ${seeds[0]}): ${matOk}/${observedParts.length} MES part numbers LINKED to the right ${company} part with ACME-MX parts present`);
console.log(`production orders: ${ordOk}/${observedOrders.length} MES order ids LINKED to the right ${company} job+operation; `
  + `unscoped, ${unscoped.filter((l) => l.status === 'PROPOSED').length} clash with ACME-MX and are only PROPOSED, ${unscoped.filter((l) => l.status === 'LINKED').length} LINKED`);

// bench:identity — precision and recall of the identity matcher against the demo plant's ground truth, on
// several seeds with every mess on: rules only (the baseline), rules + fuzzy names, rules + fuzzy + evidence;
// plus matcher time per observation. Run: npm run bench:identity [-- --seeds 1,2,3]
import { performance } from 'node:perf_hooks';
import { matchEquipment, matchKeyAliases } from '../normalization/index.ts';
import type { MatchOptions } from '../normalization/index.ts';
import { allMess, generatePlant } from '../simulators/index.ts';
import { plantKeyObservations, plantObservations, scoreKeyAliases, scoreLinks, trueKeyPairs, truePairs } from '../test-utils/index.ts';

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

// Materials and production orders: the MES's part numbers and order ids as the demo MES spells them with every mess on
// (zero-padded jobs, zero-filled and revision-suffixed parts, MES-only trial orders) against the ERP's parts and jobs of
// both companies (ACME-MX's clashing job numbers included), scored against the plant's true parts and jobs.
const keyVariants: readonly [string, Partial<MatchOptions>][] = [['rules only (baseline)', { evidence: false }], ['rules + evidence', { evidence: true }]];
const keyTotals = new Map<string, { truth: number; linked: number; correct: number; found: number; ms: number; records: number }>();
console.log('\nmaterials and production orders (MES part numbers and order ids → ERP parts and jobs, ACME and ACME-MX):');
for (const seed of seeds) {
  const plant = generatePlant({ seed, days });
  const obs = plantKeyObservations(plant, allMess);
  const truth = trueKeyPairs(plant, allMess);
  const parts: string[] = [];
  for (const [name, opts] of keyVariants) {
    matchKeyAliases(obs, [], opts); // warm
    const reps = 5;
    const t0 = performance.now();
    let m = matchKeyAliases(obs, [], opts);
    for (let i = 1; i < reps; i++) m = matchKeyAliases(obs, [], opts);
    const ms = (performance.now() - t0) / reps;
    for (const kind of ['MATERIAL', 'PRODUCTION_ORDER'] as const) {
      const sc = scoreKeyAliases(m.aliases, truth, kind);
      const key = `${kind} ${name}`;
      const t = keyTotals.get(key) ?? { truth: 0, linked: 0, correct: 0, found: 0, ms: 0, records: 0 };
      keyTotals.set(key, { truth: t.truth + sc.truth, linked: t.linked + sc.linked, correct: t.correct + sc.linkedCorrect,
        found: t.found + Math.round(sc.recallWithProposals * sc.truth), ms: t.ms + ms, records: t.records + obs.length });
      parts.push(`${kind === 'MATERIAL' ? 'materials' : 'orders'} ${name}: P ${(100 * sc.precision).toFixed(1)} % R ${(100 * sc.recall).toFixed(1)} % (+proposals ${(100 * sc.recallWithProposals).toFixed(1)} %)`);
    }
  }
  console.log(`seed ${seed} (${obs.length} key observations, ${truth.size} true MES keys, ${matchKeyAliases(obs).unmatched.length} unmatched) — ${parts.join(' | ')}`);
}
for (const kind of ['MATERIAL', 'PRODUCTION_ORDER'] as const) {
  for (const [name] of keyVariants) {
    const t = keyTotals.get(`${kind} ${name}`)!;
    console.log(`  ${(kind === 'MATERIAL' ? 'materials' : 'production orders').padEnd(18)} ${name.padEnd(22)} precision ${(100 * t.correct / Math.max(1, t.linked)).toFixed(1)} %  recall ${(100 * t.correct / t.truth).toFixed(1)} %  `
      + `recall incl. proposals ${(100 * t.found / t.truth).toFixed(1)} %  ${((1000 * t.ms) / t.records).toFixed(1)} µs/observation`);
  }
}

// npm run bench:reconcile — reconciliation on the demo plant against its ground truth: disagreements seeded,
// found as discrepancies, resolved correctly by the default policy; reconciled figures equal to the truth;
// discrepancies that match no seeded disagreement. Everything through the embedded gateway over the real
// protocols. `--seed N` picks another plant, `--machines/--days/--parts` its size; `--verbose` lists the misses.
import { startPlantGraph } from '../scripts/index.ts';
import { scoreReconciliation } from '../scripts/index.ts';

const arg = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i < 0 ? undefined : process.argv[i + 1]; };
const seed = Number(arg('--seed') ?? 42);
// A smaller plant for a quick look (`--machines 10 --days 20 --parts 40` is what scripts/reconcile.test.ts uses).
const size = Object.fromEntries((['machines', 'days', 'parts'] as const).flatMap((k) => (arg(`--${k}`) === undefined ? [] : [[k, Number(arg(`--${k}`))]])));
const verbose = process.argv.includes('--verbose');

const startedAt = Date.now();
const pg = await startPlantGraph({ env: {}, demo: { plant: { seed, ...size } }, gateway: { port: 0, graphiql: false } });
try {
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const r = await fetch(pg.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await r.json()) as { data?: unknown; errors?: unknown[] };
  };
  const sites = (await post('{ sites { id } }')).data as { sites: { id: string }[] };
  const siteId = sites.sites[0]!.id;
  const s = await scoreReconciliation(post, pg.demo!.truth, siteId);
  const demoTruthFrom = pg.demo!.truth.reconciliation.coverageFromUtc;
  const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`);
  console.log(`demo plant seed ${seed}: start ${((Date.now() - startedAt) / 1000).toFixed(1)} s, scoring queries ${s.ms} ms`);
  console.log(`seeded disagreements: ${s.seeded} (detectable ${s.seededDetectable}); found ${s.seededFound}, on the site's list ${s.seededListed}, resolved to the truth ${s.seededResolvedCorrectly} (expected unresolved ${s.seededExpectedUnresolved})`);
  console.log('  kind                       seeded detectable found listed resolved expected-unresolved');
  for (const [kind, k] of Object.entries(s.byKind).sort()) console.log(`  ${kind.padEnd(26)} ${String(k.seeded).padStart(6)} ${String(k.detectable).padStart(10)} ${String(k.found).padStart(5)} ${String(k.listed).padStart(6)} ${String(k.resolved).padStart(8)} ${String(k.expectedUnresolved).padStart(19)}`);
  console.log(`  on CLOSED orders: ${s.seededOnClosedOrders}, of them on the site's list: ${s.seededOnClosedOrdersListed}`);
  console.log(`order figures (good/scrap/produced of ${s.orders} orders inside the shift log): ${s.orderFiguresCorrect}/${s.orderFigures} equal the truth (${pct(s.orderFiguresCorrect, s.orderFigures)})`);
  console.log(`order completion (1/0): ${s.completion.correct}/${s.completion.figures} equal the truth (${pct(s.completion.correct, s.completion.figures)})`);
  console.log(`shift production figures (good/scrap/produced, machine x shift): ${s.shiftProduction.correct}/${s.shiftProduction.figures} equal the truth (${pct(s.shiftProduction.correct, s.shiftProduction.figures)})`);
  console.log(`shift downtime figures (machine x shift): ${s.shiftFiguresCorrect}/${s.shiftFigures} equal the truth within 0.5 min (${pct(s.shiftFiguresCorrect, s.shiftFigures)})`);
  console.log(`wrong figures the policy should have got right: ${s.unexpectedWrong}`);
  console.log(`discrepancies listed on the site: ${s.discrepanciesListed} (${s.pages} pages of 500); matching no seeded disagreement: ${s.unseededDiscrepancies.length}; of shifts before the truth's coverage (${demoTruthFrom}): ${s.outsideTruth.length}`);
  if (verbose) {
    for (const m of s.seededMissed) console.log(`  missed: ${m}`);
    for (const w of [...s.orderFiguresWrong, ...s.completion.wrong, ...s.shiftProduction.wrong, ...s.shiftFiguresWrong].slice(0, 60)) console.log(`  wrong: ${w}`);
    for (const u of s.unseededDiscrepancies.slice(0, 40)) console.log(`  unseeded: ${u}`);
    for (const u of s.outsideTruth.slice(0, 20)) console.log(`  before the truth's coverage: ${u}`);
  }
} finally {
  await pg.close();
}

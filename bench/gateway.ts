// `npm run bench`: the gateway over the demo plant, beside the same subgraph queried directly.
// Prints latency (cold and warm cache), throughput, upstream calls per query, and RSS of the embedded
// process. Every figure is a measurement of this run; ratios compare runs made in the same process.
import autocannon from 'autocannon';
import { startSubgraphServer as startErpServer } from '../subgraphs/erp/index.ts';
import type { ErpContext } from '../subgraphs/erp/index.ts';
import type { SubgraphRuntime } from '../common/index.ts';
import { startPlantGraph } from '../scripts/index.ts';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 8);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;

/** The ERP-only part: what the ERP subgraph can answer alone (for the overhead ratio). */
const erpQuery = '{ equipmentList(first: 200) { edges { node { id name kind workCenter { id name } } } } }';

function crossQuery(fromIso: string, toIso: string): string {
  return `{ equipmentList(first: 200) { edges { node { id name workCenter { id name }
    states(range: { from: "${fromIso}", to: "${toIso}" }) { state startTime endTime }
    openMaintenanceWorkOrders { number status } } } } }`;
}

async function post(url: string, query: string): Promise<{ ms: number; body: { data?: unknown; errors?: unknown[] } }> {
  const t = performance.now();
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await r.json()) as { data?: unknown; errors?: unknown[] };
  return { ms: performance.now() - t, body };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function load(url: string, query: string): Promise<{ rps: number; p50: number; p99: number; errors: number; non2xx: number }> {
  const r = await autocannon({
    url, method: 'POST', connections, duration: seconds,
    headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

function upstreamCalls(runtimes: Readonly<Record<string, SubgraphRuntime>>): Record<string, number> {
  return Object.fromEntries(Object.entries(runtimes).map(([n, r]) => [n, r.upstreamStats().calls]));
}

const rssStart = process.memoryUsage().rss;
const pg = await startPlantGraph({ gateway: { port: 0, logLevel: 'silent' } });
const rssAfterStart = process.memoryUsage().rss;
const erpDirect = await startErpServer(pg.runtimes['erp'] as SubgraphRuntime<ErpContext>, { port: 0, host: '127.0.0.1' });
const anchor = pg.demo?.clock() ?? Date.now();
const q = crossQuery(new Date(anchor - 24 * 3600_000).toISOString(), new Date(anchor).toISOString());
const out: string[] = [];
try {
  for (const r of Object.values(pg.runtimes)) r.resetStats();
  const cold = await post(pg.gateway.url, q);
  const coldCalls = upstreamCalls(pg.runtimes);
  const errs = cold.body.errors?.length ?? 0;
  const n = ((cold.body.data as { equipmentList?: { edges?: unknown[] } } | undefined)?.equipmentList?.edges ?? []).length;
  for (const r of Object.values(pg.runtimes)) r.resetStats();
  const warmTimes: number[] = [];
  for (let i = 0; i < 20; i++) warmTimes.push((await post(pg.gateway.url, q)).ms);
  const warmCalls = upstreamCalls(pg.runtimes);

  const gwErp: number[] = [], directErp: number[] = [];
  for (let i = 0; i < 30; i++) { gwErp.push((await post(pg.gateway.url, erpQuery)).ms); directErp.push((await post(erpDirect.url, erpQuery)).ms); }

  const loadGwErp = await load(pg.gateway.url, erpQuery);
  const loadDirectErp = await load(erpDirect.url, erpQuery);
  const loadCross = await load(pg.gateway.url, q);
  const rssEnd = process.memoryUsage().rss;

  out.push(`PlantGraph gateway benchmark (embedded topology, demo plant seed ${pg.demo?.plant.config.seed}, ${pg.demo?.plant.machines.length} machines; ${seconds} s per load run at ${connections} connections)`);
  out.push('');
  out.push(`Cross-system query (${n} equipment: ERP work center + MES 24 h states + CMMS open work orders):`);
  out.push(`  cold cache: ${cold.ms.toFixed(0)} ms, ${errs} errors; upstream calls ${JSON.stringify(coldCalls)}`);
  out.push(`  warm cache: median ${median(warmTimes).toFixed(1)} ms over 20; upstream calls for 20 queries ${JSON.stringify(warmCalls)}`);
  out.push(`  load: ${loadCross.rps.toFixed(1)} req/s, p50 ${loadCross.p50} ms, p99 ${loadCross.p99} ms, errors ${loadCross.errors}, non-2xx ${loadCross.non2xx}`);
  out.push('');
  out.push(`ERP-only query (${n} equipment with work centers), gateway vs the ERP subgraph queried directly over HTTP:`);
  out.push(`  sequential median: gateway ${median(gwErp).toFixed(2)} ms, direct ${median(directErp).toFixed(2)} ms, overhead ratio ${(median(gwErp) / median(directErp)).toFixed(2)}x`);
  out.push(`  throughput: gateway ${loadGwErp.rps.toFixed(0)} req/s (p50 ${loadGwErp.p50} ms, p99 ${loadGwErp.p99} ms), direct ${loadDirectErp.rps.toFixed(0)} req/s (p50 ${loadDirectErp.p50} ms, p99 ${loadDirectErp.p99} ms), ratio ${(loadDirectErp.rps / loadGwErp.rps).toFixed(2)}x`);
  out.push('');
  out.push(`RSS: before start ${mb(rssStart)}, after start (plant + simulators + subgraphs + gateway) ${mb(rssAfterStart)}, after load ${mb(rssEnd)}`);
  process.stdout.write(out.join('\n') + '\n');
} finally {
  await erpDirect.close();
  await pg.close();
}

// Interpretation on read over 200 equipment: a plant of 200 machines with 3 days of history (the MES serves
// samples one machine per SOAP call, 500 rows a page, so the cold read is dominated by SOAP paging).
{
  // MES transactional reads cached for 10 minutes here, so the warm runs measure interpretation + federation,
  // not the SOAP paging again (the default 15 s TTL expires during one cold read of this size).
  // The request deadline is raised: a cold read of 200 machines' samples is a batch job (tens of seconds of SOAP
  // paging), not the interactive request the 30 s default is for, and the figure is its whole duration.
  const big = await startPlantGraph({ env: { ...process.env, MES_CACHE_TTL_TRANSACTIONAL_S: '600' }, demo: { plant: { machines: 200, days: 3, parts: 60 } }, gateway: { port: 0, requestTimeoutMs: 600_000 } });
  try {
    const plainVars = '{ equipmentList(first: 200) { edges { node { id processVariables { id unit } } } } }';
    const interpVars = '{ equipmentList(first: 200) { edges { node { id processVariables { id unit drift { state score since } stability { state cpk { value } } } } } } }';
    for (const r of Object.values(big.runtimes)) r.resetStats();
    const plainCold = await post(big.gateway.url, plainVars);
    const interpCold = await post(big.gateway.url, interpVars);
    const calls = upstreamCalls(big.runtimes);
    const nVars = ((interpCold.body.data as { equipmentList?: { edges?: { node: { processVariables?: unknown[] } }[] } } | undefined)?.equipmentList?.edges ?? [])
      .reduce((k, e) => k + (e.node.processVariables?.length ?? 0), 0);
    const plainTimes: number[] = [], interpTimes: number[] = [];
    for (let i = 0; i < 5; i++) { plainTimes.push((await post(big.gateway.url, plainVars)).ms); interpTimes.push((await post(big.gateway.url, interpVars)).ms); }
    process.stdout.write([
      '',
      `Interpretation on read over 200 equipment (${nVars} process variables: drift + stability each; plant of 200 machines, 3 days):`,
      `  cold: without interpretation ${plainCold.ms.toFixed(0)} ms, with it ${interpCold.ms.toFixed(0)} ms (${interpCold.body.errors?.length ?? 0} errors); upstream calls for both ${JSON.stringify(calls)}`,
      `  warm median of 5: without ${median(plainTimes).toFixed(0)} ms, with ${median(interpTimes).toFixed(0)} ms, ratio ${(median(interpTimes) / median(plainTimes)).toFixed(1)}x`,
      '',
    ].join('\n'));
  } finally {
    await big.close();
  }
}

// `npm run bench:load`: a bounded load (default 60 s at 16 connections, loopback only) against the embedded
// gateway over the demo plant while faults are injected into each system in turn. Prints throughput, p50/p99
// latency, GraphQL errors by code and RSS at start and end. The load stops by itself.
//   BENCH_LOAD_SECONDS (60), BENCH_LOAD_CONNECTIONS (16)
import autocannon from 'autocannon';
import { startPlantGraph } from '../scripts/index.ts';

const seconds = Number(process.env['BENCH_LOAD_SECONDS'] ?? 60);
const connections = Number(process.env['BENCH_LOAD_CONNECTIONS'] ?? 16);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;

const pg = await startPlantGraph({ gateway: { port: 0 } });
const demo = pg.demo!;
// Heap after a full collection (the script runs with --expose-gc) tells retained memory from RSS the
// allocator keeps after a peak; the read caches' estimated bytes tell how much of it they hold.
const gc = (globalThis as { gc?: () => void }).gc;
const heapAfterGc = () => { gc?.(); return process.memoryUsage().heapUsed; };
const rssStart = process.memoryUsage().rss;
const heapStart = heapAfterGc();
const clock = demo.clock();
// Nine requests in ten repeat one query (served from the caches, stale-if-error when a system is down); every
// tenth asks for a fresh 8-hour window, so the systems are really read under load and faults show as errors.
const queryFor = (toMs: number) => `{ equipmentList(first: 200) { freshness { stale } edges { node { id name workCenter { name } mesMachineCode
  states(range: { from: "${new Date(toMs - 8 * 3600_000).toISOString()}", to: "${new Date(toMs).toISOString()}" }) { state startTime }
  openMaintenanceWorkOrders { number status } } } } }`;
let sent = 0;

// The fault schedule, as fractions of the run: each system misbehaves for a sixth of it, with calm in between.
const schedule: { at: number; label: string; on: () => void; off: () => void }[] = [
  { at: 1 / 6, label: 'MES down', on: () => demo.mes.setFault({ mode: 'down' }), off: () => demo.mes.setFault({ mode: 'none' }) },
  { at: 3 / 6, label: 'CMMS 429 storm', on: () => demo.cmms.setFault({ mode: 'rate429', retryAfterS: 1 }), off: () => demo.cmms.setFault({ mode: 'none' }) },
  { at: 5 / 6 - 1 / 12, label: 'ERP hangs past its timeout', on: () => demo.erp.setFault({ mode: 'hang' }), off: () => demo.erp.setFault({ mode: 'none' }) },
];
const timers: NodeJS.Timeout[] = [];
for (const f of schedule) {
  timers.push(setTimeout(() => { process.stdout.write(`  t=${(f.at * seconds).toFixed(0)} s: ${f.label}\n`); f.on(); }, f.at * seconds * 1000));
  timers.push(setTimeout(() => { f.off(); }, (f.at + 1 / 6) * seconds * 1000));
}

const codes: Record<string, number> = {};
let bodies = 0, stale = 0, withErrors = 0;
process.stdout.write(`Load: ${seconds} s at ${connections} connections against ${pg.gateway.url} (embedded; demo plant seed ${demo.plant.config.seed}, ${demo.plant.machines.length} machines)\n`);
const result = await autocannon({
  url: pg.gateway.url, method: 'POST', connections, duration: seconds,
  headers: { 'content-type': 'application/json' },
  requests: [{ setupRequest: (req) => {
    sent++;
    const toMs = sent % 10 === 0 ? clock - (sent % 5000) * 1000 : clock;
    return { ...req, body: JSON.stringify({ query: queryFor(toMs) }) };
  } }],
  setupClient: (client) => {
    client.on('body', (buf: Buffer) => {
      bodies++;
      try {
        const body = JSON.parse(buf.toString('utf8')) as { data?: { equipmentList?: { freshness?: { stale?: boolean } } }; errors?: { extensions?: { code?: string } }[] };
        if (body.data?.equipmentList?.freshness?.stale === true) stale++;
        if ((body.errors ?? []).length > 0) withErrors++;
        for (const e of body.errors ?? []) { const c = e.extensions?.code ?? 'NO_CODE'; codes[c] = (codes[c] ?? 0) + 1; }
      } catch { codes['UNPARSABLE_BODY'] = (codes['UNPARSABLE_BODY'] ?? 0) + 1; }
    });
  },
});
for (const t of timers) clearTimeout(t);
for (const f of schedule) f.off();
const rssEnd = process.memoryUsage().rss;
const heapEnd = heapAfterGc();
const caches = Object.entries(pg.runtimes).flatMap(([name, r]) => { const c = r.upstreamStats().cache; return c === undefined ? [] : [`${name} ${c.keys} keys ~${mb(c.bytes ?? 0)}`]; });
process.stdout.write([
  `  requests ${result.requests.total} (${result.requests.average.toFixed(1)} req/s average), responses parsed ${bodies}`,
  `  latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  `  HTTP: 2xx ${result['2xx']}, non-2xx ${result.non2xx}, socket errors ${result.errors}, timeouts ${result.timeouts}`,
  `  responses with errors ${withErrors}, served stale (ERP data) ${stale}; GraphQL errors by code: ${JSON.stringify(codes)}`,
  `  RSS: start ${mb(rssStart)}, end ${mb(rssEnd)}; heap after GC: start ${gc ? mb(heapStart) : 'n/a'}, end ${gc ? mb(heapEnd) : 'n/a (run with --expose-gc)'}`,
  `  read caches at the end: ${caches.join(', ')}`,
  '',
].join('\n'));
await pg.close();

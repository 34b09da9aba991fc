// Dev-only measurement of the demo ERP and the ERP subgraph over it (not a test). Prints JSON lines.
// Run: node dist-*/simulators/erp/measure.js [days] [machines]
import { silentLogger } from '../../common/index.ts';
import { allMess, generatePlant } from '../plant/index.ts';
import { createErpSubgraph, createServer, loadConfig } from '../../subgraphs/erp/index.ts';
import { buildErpDatabase } from './erp-db.ts';
import { startErpSimulator } from './erp-simulator.ts';
import { openSqlJs } from './tds/index.ts';

const days = Number(process.argv[2] ?? 30), machines = Number(process.argv[3] ?? 40);
const ms = (t0: number): number => Math.round((performance.now() - t0) * 10) / 10;

let t0 = performance.now();
const plant = generatePlant({ days, machines, parts: 200 });
console.log(JSON.stringify({ step: 'generatePlant', days, machines, ms: ms(t0), jobs: plant.jobs.length, labor: plant.labor.length }));

const SQL = await openSqlJs();
t0 = performance.now();
const direct = new SQL.Database();
buildErpDatabase(direct, plant, allMess, plant.config.anchorMs);
console.log(JSON.stringify({ step: 'buildErpDatabase', ms: ms(t0) }));

const view = 'SELECT o.Company, o.JobNum, o.OprSeq, o.OpCode, o.ResourceID, o.EstProdHours, o.QtyCompleted, o.ScrapQty, o.ActualStartDate FROM vw_JobOperStatus o';
t0 = performance.now();
const [direct1] = direct.exec(view);
const directMs = ms(t0);
const n = direct1?.values.length ?? 0;

const sim = await startErpSimulator({ plant, mess: allMess });
const runtime = await createErpSubgraph(loadConfig({ ERP_DEMO: 'true', ERP_SQL_PORT: String(sim.port), ERP_SITE_TIME_ZONE: plant.site.timeZone }), { logger: silentLogger });
const server = createServer(runtime);
const sql = (await import('mssql')).default;
const pool = await new sql.ConnectionPool({ server: '127.0.0.1', port: sim.port, database: 'PlantERP', user: 'plantgraph', password: 'demo-only-password', options: { encrypt: false, trustServerCertificate: true } }).connect();
await pool.request().query(view.replace('FROM vw_', 'FROM dbo.vw_'));
t0 = performance.now();
const overTds = await pool.request().query(view.replace('FROM vw_', 'FROM dbo.vw_'));
const tdsMs = ms(t0);
console.log(JSON.stringify({ step: 'view read vw_JobOperStatus', rows: n, tdsRows: overTds.recordset.length, directMs, tdsMs,
  directRowsPerS: Math.round(n / (directMs / 1000)), tdsRowsPerS: Math.round(n / (tdsMs / 1000)), ratio: Math.round((tdsMs / directMs) * 10) / 10 }));

const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { id name mesCode workCenter { id area { id } } } } }`;
const reps = plant.machines.map((m) => ({ __typename: 'Equipment', id: m.id }));
const once = async (query: string, variables: Record<string, unknown>) => {
  const t = performance.now();
  const res = await server.executeOperation({ query, variables }, { contextValue: runtime.createContext({ requestId: 'm', headers: {} }) });
  if (res.body.kind !== 'single' || res.body.singleResult.errors !== undefined) throw new Error('query failed');
  return ms(t);
};
runtime.resetStats();
const cold = await once(q, { r: reps });
const coldCalls = runtime.upstreamStats().calls;
runtime.resetStats();
const warm = await once(q, { r: reps });
console.log(JSON.stringify({ step: `_entities over ${reps.length} equipment`, coldMs: cold, coldSqlCalls: coldCalls, warmMs: warm, warmSqlCalls: runtime.upstreamStats().calls }));
const oq = `{ productionOrders(first: 200) { totalCount edges { node { id status operations { equipment { id } completedQuantity { value } } laborRecords(first: 3) { clockIn } } } } }`;
runtime.resetStats();
const ocold = await once(oq, {});
const oCalls = runtime.upstreamStats().byOp;
const owarm = await once(oq, {});
console.log(JSON.stringify({ step: '200 production orders with operations + labour', coldMs: ocold, sqlByView: oCalls, warmMs: owarm }));
await pool.close(); await runtime.close(); await sim.close(); direct.close();

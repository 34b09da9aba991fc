import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import sql from 'mssql';
import { allMess, generatePlant } from '../plant/index.ts';
import { buildErpRows, startErpSimulator } from './index.ts';

// The simulator as a real client sees it: the unmodified mssql driver over TDS on 127.0.0.1.
const plant = generatePlant({ days: 7, machines: 12, parts: 40 });
const sim = await startErpSimulator({ plant, mess: allMess });
const pool = await new sql.ConnectionPool({
  server: '127.0.0.1', port: sim.port, database: 'PlantERP', user: 'plantgraph', password: 'demo-only-password',
  options: { encrypt: false, trustServerCertificate: true, useUTC: true },
}).connect();
after(async () => { await pool.close(); await sim.close(); });

test('the same plant and mess give identical ERP rows', () => {
  assert.deepEqual(buildErpRows(plant, allMess, plant.config.anchorMs), buildErpRows(plant, allMess, plant.config.anchorMs));
});

test('views report SQL Server column types and typed values to mssql', async () => {
  const req = pool.request();
  req.input('job', sql.NVarChar(14), plant.jobs.find((j) => j.status === 'COMPLETE')?.jobNum ?? '');
  const res = await req.query(`SELECT TOP 1 o.Company, o.JobNum, o.OprSeq, o.EstProdHours, o.OpComplete, o.ActualStartDate, o.QtyCompleted
    FROM dbo.vw_JobOperStatus o WHERE o.Company = N'ACME' AND o.JobNum = @job ORDER BY o.OprSeq`);
  const cols = res.recordset.columns;
  // tedious reports (n)varchar length in bytes, as it does against a real SQL Server.
  assert.deepEqual(Object.values(cols).map((c) => [c.name, (c.type as unknown as { declaration: string }).declaration, c.precision ?? null, c.scale ?? null]), [
    ['Company', 'nvarchar', null, null], ['JobNum', 'nvarchar', null, null], ['OprSeq', 'int', null, null],
    ['EstProdHours', 'decimal', 22, 8], ['OpComplete', 'bit', null, null], ['ActualStartDate', 'date', null, null],
    ['QtyCompleted', 'decimal', 22, 8],
  ]);
  assert.deepEqual([cols['Company']?.length, cols['JobNum']?.length], [16, 28]);
  const row = res.recordset[0] as Record<string, unknown>;
  assert.deepEqual([typeof row['OprSeq'], typeof row['EstProdHours'], typeof row['OpComplete'], row['ActualStartDate'] instanceof Date], ['number', 'number', 'boolean', true]);
});

test('the second company repeats job numbers under the same plant code', async () => {
  const res = await pool.request().query(`SELECT j.Company, COUNT(*) AS n FROM dbo.vw_Jobs j WHERE j.Plant = N'MfgSys' GROUP BY j.Company ORDER BY j.Company`);
  const visible = plant.jobs.filter((j) => j.createdMs <= plant.config.anchorMs).length;
  assert.deepEqual(res.recordset, [{ Company: 'ACME', n: visible }, { Company: 'ACME-MX', n: Math.ceil(visible / 3) }]);
});

test("setUpgrade('v2') renames QtyCompleted to CompletedQty (error 207 for the old name) and adds LastLaborDate", async (t) => {
  t.after(() => sim.setUpgrade('v1'));
  sim.setUpgrade('v2');
  const ok = await pool.request().query('SELECT TOP 1 o.CompletedQty, o.LastLaborDate FROM dbo.vw_JobOperStatus o');
  assert.deepEqual(Object.keys(ok.recordset.columns), ['CompletedQty', 'LastLaborDate']);
  await assert.rejects(pool.request().query('SELECT TOP 1 o.QtyCompleted FROM dbo.vw_JobOperStatus o'),
    (e: unknown) => (e as { name: string; number: number }).name === 'RequestError' && (e as { number: number }).number === 207);
});

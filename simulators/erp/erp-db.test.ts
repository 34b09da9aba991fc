import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import type { Database } from 'sql.js';
import { findRepoRoot } from '../../common/index.ts';
import { allMess, noMess } from '../plant/plant-types.ts';
import { buildErpDatabase, switchErpViews } from './erp-db.ts';
import { erpCatalog, tsqlScript } from './erp-schema.ts';
import { FIXTURE_ANCHOR_MS, fixturePlant } from './fixture-plant.ts';

const SQL = await initSqlJs();
function rows(db: Database, sql: string): Record<string, unknown>[] {
  const [res] = db.exec(sql);
  if (res === undefined) return [];
  return res.values.map((vals) => Object.fromEntries(res.columns.map((c, i) => [c, vals[i]])));
}
function open(mess = allMess): Database {
  const db = new SQL.Database();
  buildErpDatabase(db, fixturePlant(), mess, FIXTURE_ANCHOR_MS);
  return db;
}

test('the committed T-SQL script equals the one generated from erp-schema.ts', () => {
  const committed = readFileSync(new URL('simulators/erp/sql/demo-erp.sql', findRepoRoot(import.meta.url)), 'utf8');
  assert.equal(committed, tsqlScript('v1'));
});

test('every catalog view exists in SQLite with exactly the catalog columns, in order', () => {
  const db = open();
  for (const obj of erpCatalog('v1').filter((o) => o.kind === 'view')) {
    const cols = rows(db, `PRAGMA table_info(${obj.sqliteName})`).map((r) => r['name']);
    assert.deepEqual(cols, obj.columns.map((c) => c.name), obj.name);
  }
  db.close();
});

test('the clean render has no padding, no sentinels and the UD column filled', () => {
  const db = open(noMess);
  assert.deepEqual(rows(db, "SELECT ResourceID, MesMachineCode FROM vw_Resources WHERE Company = 'ACME' ORDER BY ResourceID").slice(0, 2),
    [{ ResourceID: 'GRIND-01', MesMachineCode: 'G01' }, { ResourceID: 'GRIND-02', MesMachineCode: 'G02' }]);
  assert.deepEqual(rows(db, "SELECT COUNT(*) AS n FROM Erp_JobOper WHERE ActualStartDate < '1901-01-01'"), [{ n: 0 }]);
  assert.deepEqual(rows(db, "SELECT DISTINCT Company FROM vw_Jobs"), [{ Company: 'ACME' }]);
  db.close();
});

test('messy render: padded keys still join and match unpadded literals, sentinels, second company, blank UD codes', () => {
  const db = open(allMess);
  const padded = rows(db, "SELECT ResourceID FROM vw_Resources WHERE LENGTH(ResourceID) > LENGTH(RTRIM(ResourceID))");
  assert.ok(padded.length > 0, 'some keys are padded');
  // Every operation still finds its JobHead and its resource through padded keys.
  assert.deepEqual(rows(db, 'SELECT COUNT(*) AS n FROM vw_JobOperStatus WHERE ResourceID IS NULL'), [{ n: 0 }]);
  const key = String(padded[0]?.['ResourceID']).trimEnd();
  assert.equal(rows(db, `SELECT ResourceID FROM vw_Resources WHERE Company = 'ACME' AND ResourceID IN ('${key}')`).length, 1);
  assert.ok(rows(db, "SELECT COUNT(*) AS n FROM Erp_JobOper WHERE ActualStartDate IN ('1753-01-01', '1900-01-01')")[0]?.['n'] as number > 0);
  assert.deepEqual(rows(db, "SELECT DISTINCT Company FROM vw_Jobs ORDER BY Company"), [{ Company: 'ACME' }, { Company: 'ACME-MX' }]);
  const clash = rows(db, "SELECT JobNum, COUNT(*) AS n FROM vw_Jobs GROUP BY JobNum HAVING COUNT(*) > 1");
  assert.ok(clash.length > 0, 'job numbers clash across companies');
  db.close();
});

test('labour keeps Epicor split date + decimal hours; the hour after spring-forward is written inside the DST gap', () => {
  const db = open(allMess);
  // Fixture job J004503 op 10 clocks in at 03:30 CDT on 2026-03-08; an unadjusted clock writes 02:30, which does not exist.
  assert.deepEqual(rows(db, "SELECT ClockInDate, ClockinTime, ClockOutTime, LaborHrs FROM vw_LaborActuals WHERE JobNum = 'J004503' AND OprSeq = 10"),
    [{ ClockInDate: '2026-03-08', ClockinTime: 2.5, ClockOutTime: 6.75, LaborHrs: 3.25 }]);
  const clean = open(noMess);
  assert.deepEqual(rows(clean, "SELECT ClockInDate, ClockinTime FROM vw_LaborActuals WHERE JobNum = 'J004503' AND OprSeq = 10"),
    [{ ClockInDate: '2026-03-08', ClockinTime: 3.5 }]);
  db.close(); clean.close();
});

test('text comparisons are case-insensitive like SQL Server default collation', () => {
  const db = open(noMess);
  assert.equal(rows(db, "SELECT PartNum FROM vw_Parts WHERE PartDescription = 'BRACKET 1' AND Company = 'ACME'").length, 1);
  db.close();
});

test('switching to v2 renames QtyCompleted to CompletedQty and adds LastLaborDate', () => {
  const db = open(noMess);
  switchErpViews(db, 'v2');
  const cols = rows(db, 'PRAGMA table_info(vw_JobOperStatus)').map((r) => r['name']);
  assert.deepEqual(cols, erpCatalog('v2').find((o) => o.name === 'vw_JobOperStatus')?.columns.map((c) => c.name));
  assert.ok(cols.includes('CompletedQty') && cols.includes('LastLaborDate') && !cols.includes('QtyCompleted'));
  assert.throws(() => db.exec('SELECT QtyCompleted FROM vw_JobOperStatus'), /no such column: QtyCompleted/);
  db.close();
});

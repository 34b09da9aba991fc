// The spreadsheet subgraph over a real drop folder: the demo plant's shift log written as .xlsx and .csv by the
// simulator, read back with exceljs and csv-parse, checked against the plant's clean shift log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../common/index.ts';
import { generatePlant, planReconciliation } from '../../simulators/plant/index.ts';
import { WORKBOOK_NAME, writeShiftLogDropFolder } from '../../simulators/spreadsheet/index.ts';
import ExcelJS from 'exceljs';
import { createServer, createSpreadsheetSubgraph, loadConfig } from './index.ts';

const plant = generatePlant({ machines: 8, days: 16, parts: 30 });
const plan = planReconciliation(plant);

async function start(t: { after(fn: () => void | Promise<void>): void }, opts: { disagreements: boolean; exoticTimes?: boolean }) {
  const dir = mkdtempSync(join(tmpdir(), 'pg-sheet-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const files = await writeShiftLogDropFolder(plant, dir, opts);
  let now = Date.parse('2026-11-20T00:00:00Z');
  const runtime = await createSpreadsheetSubgraph(loadConfig({ SPREADSHEET_DROP_DIR: files.dropDir, SPREADSHEET_MAPPING_FILE: files.mappingFile, SPREADSHEET_RESCAN_MS: '1000' }), { logger: silentLogger, now: () => now });
  const server = createServer(runtime);
  await server.start();
  t.after(async () => { await server.stop(); await runtime.close(); });
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await server.executeOperation({ query, variables }, { contextValue: runtime.createContext({ requestId: 't', headers: {} }) });
    assert.equal(res.body.kind, 'single');
    return JSON.parse(JSON.stringify(res.body.kind === 'single' ? res.body.singleResult : null));
  };
  return { files, run, runtime, tick: (ms: number) => { now += ms; } };
}

const filesQuery = '{ spreadsheetFiles { coverage { from to } rejectedRows { code count } files { name format rowsRead rowsRejected rowsSkipped problems { code sheet row message } } } }';

test('the drop folder is read: xlsx and csv rows, the lock file and the note ignored, bad rows counted with their place', async (t) => {
  const { run } = await start(t, { disagreements: false });
  const res = await run(filesQuery);
  assert.equal(res.errors, undefined);
  const f = res.data.spreadsheetFiles;
  assert.deepEqual(f.coverage, { from: new Date(plan.coverageFromMs).toISOString(), to: new Date(plan.coverageToMs).toISOString() });
  assert.deepEqual(f.files.map((x: { name: string; format: string }) => [x.name, x.format]), [
    [`~$${WORKBOOK_NAME}`, 'IGNORED'], [`downtime_export_20261109.csv`, 'CSV'], ['production_export_20261109.csv', 'CSV'], ['README - do not delete.txt', 'IGNORED'], [WORKBOOK_NAME, 'XLSX'],
  ]);
  // Every clean line comes back, plus nothing: the two planted bad rows (an unfinished line, the compressor) are rejected.
  const read = f.files.reduce((s: number, x: { rowsRead: number }) => s + x.rowsRead, 0);
  assert.equal(read, plan.production.length + plan.downtime.length);
  assert.deepEqual(f.rejectedRows, [{ code: 'SPREADSHEET_BAD_ROW', count: 1 }, { code: 'SPREADSHEET_UNKNOWN_EQUIPMENT', count: 1 }]);
  const wb = f.files.find((x: { name: string }) => x.name === WORKBOOK_NAME);
  assert.deepEqual(wb.problems.map((p: { code: string; sheet: string; message: string }) => [p.code, p.sheet, p.message]), [
    ['SPREADSHEET_BAD_ROW', 'Production', 'shift "" is not a configured shift'],
    ['SPREADSHEET_UNKNOWN_EQUIPMENT', 'Downtime', 'machine "Compressor room" matches no equipment alias'],
  ]);
});

test('an order\'s lines equal the clean shift log, each with file, sheet, row and the file\'s modified time', async (t) => {
  const { run } = await start(t, { disagreements: false });
  const line = plan.production[Math.floor(plan.production.length / 2)]!;
  const res = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on ProductionOrder { id spreadsheetProduction {
    lines { shiftStart equipment { id } operationSequence goodQuantity { value unit } scrapQuantity { value } provenance { file sheet row modifiedAt equipmentMatch } } } } } }`,
  { r: [{ __typename: 'ProductionOrder', id: `ACME/${line.jobNum}` }, { __typename: 'ProductionOrder', id: `ACME-MX/${line.jobNum}` }] });
  assert.equal(res.errors, undefined);
  const [acme, other] = res.data._entities;
  assert.equal(other.spreadsheetProduction, null, 'the sheet knows job numbers of the mapping company only');
  const want = plan.production.filter((l) => l.jobNum === line.jobNum)
    .map((l) => [new Date(l.shiftStartMs).toISOString(), l.machineId, l.oprSeq, l.good, l.scrap]);
  const got = acme.spreadsheetProduction.lines.map((l: { shiftStart: string; equipment: { id: string }; operationSequence: number; goodQuantity: { value: number }; scrapQuantity: { value: number } }) =>
    [l.shiftStart, l.equipment.id, l.operationSequence, l.goodQuantity.value, l.scrapQuantity.value]);
  assert.deepEqual(got.sort(), want.sort());
  for (const l of acme.spreadsheetProduction.lines) {
    assert.ok(l.provenance.file === WORKBOOK_NAME || l.provenance.file.startsWith('production_export_'), l.provenance.file);
    assert.ok(l.provenance.row > 3 && ['EXACT', 'NORMALIZED', 'FUZZY'].includes(l.provenance.equipmentMatch));
    assert.ok(Date.parse(l.provenance.modifiedAt) <= plan.coverageToMs);
  }
});

test('exoticTimes: dates and stop starts pasted as Excel serial numbers decode (normalization/time) to the clean log\'s instants', async (t) => {
  const { run, files } = await start(t, { disagreements: false, exoticTimes: true });
  // The mess fired: bare numbers where the clean workbook has date cells and 'HH:mm' texts.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(files.dropDir, WORKBOOK_NAME));
  const numbers = (sheet: string, col: number) => { let n = 0; wb.getWorksheet(sheet)!.eachRow((r) => { if (typeof r.getCell(col).value === 'number' && (r.getCell(col).value as number) > 20_000) n++; }); return n; };
  const serialDates = numbers('Production', 1), serialStarts = numbers('Downtime', 4);
  assert.ok(serialDates > 5 && serialStarts > 5, `${serialDates} serial dates, ${serialStarts} serial starts`);
  const f = (await run(filesQuery)).data.spreadsheetFiles;
  assert.equal(f.files.reduce((s: number, x: { rowsRead: number }) => s + x.rowsRead, 0), plan.production.length + plan.downtime.length);
  assert.deepEqual(f.rejectedRows, [{ code: 'SPREADSHEET_BAD_ROW', count: 1 }, { code: 'SPREADSHEET_UNKNOWN_EQUIPMENT', count: 1 }]);
  const res = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { id spreadsheetDowntime { lines { shiftStart startTime minutes } } } } }`,
    { r: plant.machines.map((m) => ({ __typename: 'Equipment', id: m.id })) });
  assert.equal(res.errors, undefined);
  const iso = (ms: number) => new Date(ms).toISOString();
  const got = (res.data._entities as { id: string; spreadsheetDowntime: { lines: { shiftStart: string; startTime: string; minutes: number }[] } }[])
    .flatMap((e) => e.spreadsheetDowntime.lines.map((l) => [e.id, l.shiftStart, l.startTime, l.minutes].join(' ')));
  const want = plan.downtime.map((l) => [l.machineId, iso(l.shiftStartMs), iso(l.startMs), l.minutes].join(' '));
  assert.deepEqual(got.sort(), want.sort());
  // Every production line's shift start (its date may have been a serial) equals the clean log's.
  const jobs = [...new Set(plan.production.map((l) => l.jobNum))];
  const prod = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on ProductionOrder { id spreadsheetProduction { lines { shiftStart operationSequence equipment { id } } } } } }`,
    { r: jobs.map((j) => ({ __typename: 'ProductionOrder', id: `ACME/${j}` })) });
  assert.equal(prod.errors, undefined);
  const gotProd = (prod.data._entities as { id: string; spreadsheetProduction: { lines: { shiftStart: string; operationSequence: number; equipment: { id: string } }[] } }[])
    .flatMap((e) => e.spreadsheetProduction.lines.map((l) => [e.id.slice('ACME/'.length), l.shiftStart, l.operationSequence, l.equipment.id].join(' ')));
  assert.deepEqual(gotProd.sort(), plan.production.map((l) => [l.jobNum, iso(l.shiftStartMs), l.oprSeq, l.machineId].join(' ')).sort());
});

test('the folder is re-read after a change: a new bad file is counted, a removed file disappears, a missing folder is SPREADSHEET_UNAVAILABLE', async (t) => {
  const { run, files, tick } = await start(t, { disagreements: true });
  const before = await run(filesQuery);
  writeFileSync(join(files.dropDir, 'broken.xlsx'), 'this is not a zip');
  copyFileSync(join(files.dropDir, WORKBOOK_NAME), join(files.dropDir, 'copy of shift log.xlsx'));
  utimesSync(join(files.dropDir, 'copy of shift log.xlsx'), new Date(plan.coverageToMs), new Date(plan.coverageToMs));
  const cached = await run(filesQuery);
  assert.deepEqual(cached, before, 'within SPREADSHEET_RESCAN_MS the last scan is served');
  tick(1500);
  const after = await run(filesQuery);
  const broken = after.data.spreadsheetFiles.files.find((x: { name: string }) => x.name === 'broken.xlsx');
  assert.deepEqual(broken, { name: 'broken.xlsx', format: 'XLSX', rowsRead: 0, rowsRejected: 0, rowsSkipped: 0, problems: [{ code: 'SPREADSHEET_BAD_FILE', sheet: null, row: null, message: 'not a readable workbook' }] });
  assert.ok(after.data.spreadsheetFiles.files.some((x: { name: string; rowsRead: number }) => x.name === 'copy of shift log.xlsx' && x.rowsRead > 0));
  unlinkSync(join(files.dropDir, 'broken.xlsx'));
  tick(1500);
  const removed = await run(filesQuery);
  assert.equal(removed.data.spreadsheetFiles.files.some((x: { name: string }) => x.name === 'broken.xlsx'), false);
  rmSync(files.dropDir, { recursive: true, force: true });
  tick(1500);
  const gone = await run('{ spreadsheetFiles { dropDir } }');
  assert.deepEqual(gone.errors.map((e: { message: string; extensions: unknown; path: unknown }) => [e.message, e.extensions, e.path]), [
    ['the spreadsheet drop folder cannot be listed', { code: 'SPREADSHEET_UNAVAILABLE', source: 'SPREADSHEET', retryable: true }, ['spreadsheetFiles']],
  ]);
});

test('loadConfig names the missing variable and the bad mapping entry', () => {
  assert.throws(() => loadConfig({}), /SPREADSHEET_DROP_DIR/);
  const dir = mkdtempSync(join(tmpdir(), 'pg-sheet-map-'));
  try {
    const bad = join(dir, 'm.json');
    writeFileSync(bad, JSON.stringify({ company: 'ACME', timeZone: 'America/Chicago', dateOrder: 'YMD' }));
    assert.throws(() => loadConfig({ SPREADSHEET_DROP_DIR: dir, SPREADSHEET_MAPPING_FILE: bad }), /SPREADSHEET_MAPPING_FILE .*m\.json: dateOrder/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

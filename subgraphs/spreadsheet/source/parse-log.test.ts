import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEquipmentMatcher, normalizeMachineText } from './mapping.ts';
import type { SheetMapping } from './mapping.ts';
import { parseTable } from './parse-log.ts';

const mapping: SheetMapping = {
  company: 'ACME', timeZone: 'America/Chicago', dateOrder: 'MDY',
  shiftStarts: { '1': '06:00', '2': '14:00', '3': '22:00' },
  sheets: {
    production: { sheetNames: ['Production'], filePattern: 'production', columns: { date: ['Date'], shift: ['Shift'], equipment: ['Machine'], job: ['Job #', 'Job'], operation: ['Op', 'Oper'], good: ['Good Qty', 'Good'], scrap: ['Scrap'] } },
    downtime: { sheetNames: ['Downtime'], filePattern: 'downtime', columns: { date: ['Date'], shift: ['Shift'], equipment: ['Machine'], start: ['Start'], minutes: ['Minutes'], reason: ['Reason'] } },
  },
  equipment: [
    { id: 'PRESS-04', aliases: ['Press 4', 'P04'] }, { id: 'PRESS-07', aliases: ['Press 7', 'P07'] },
    { id: 'MILL-01', aliases: ['Mill 1', 'M01'] }, { id: 'HMC-01', aliases: ['HMC 1', 'H01'] },
  ],
};
const match = createEquipmentMatcher(mapping);

test('normalizeMachineText drops case, punctuation and leading zeros of numbers', () => {
  assert.deepEqual(['Press #04', 'P04', 'PRESS-04', ' press 4 '].map(normalizeMachineText), ['press4', 'p4', 'press4', 'press4']);
});

test('the equipment matcher: exact alias, normalized, one dropped letter; never another number or an ambiguous text', () => {
  assert.deepEqual(
    ['Press 4', 'press #04', 'Pess 4', 'Press 9', 'Pres 7', 'HM 1', '', 'Compressor room'].map(match),
    [{ id: 'PRESS-04', how: 'EXACT' }, { id: 'PRESS-04', how: 'NORMALIZED' }, { id: 'PRESS-04', how: 'FUZZY' }, null, { id: 'PRESS-07', how: 'FUZZY' },
      null, null, null],
  );
});

test('parseTable reads a supervisor sheet: merged titles skipped, Excel and typed dates, 2nd/3rd shifts, blank scrap, totals skipped', () => {
  const t = {
    file: 'Shift Log v3 FINAL.xlsx', sheet: 'Production', modifiedMs: Date.parse('2026-11-08T11:00:00Z'),
    rows: [
      ['FAB - SHIFT PRODUCTION LOG', 'FAB - SHIFT PRODUCTION LOG'],
      [],
      ['Date', 'Shift', 'Machine', 'Job #', 'Op', 'Good Qty', 'Scrap', 'Operator'],
      [new Date(Date.UTC(2026, 10, 3)), 2, 'Press 4', 'j014001', 10, 120, null, '1001'],
      ['11/3/2026', '3rd', 'P04', 'J014001', '10', '1,200', 3, '1002'],
      [null, null, 'TOTAL 2026-11-03', null, null, { formula: 'SUM(F4:F5)', result: 1320 }],
      ['11/3/2026', '1st', 'Press 9', 'J014002', 10, 5, 0],
      ['11/3/2026', '', 'Press 4', 'J014002', 10, 5, 0],
      ['11/3/2026', 1, 'Press 4', 'J014002', 10, -5, 0],
    ],
  };
  const r = parseTable(t, mapping, match);
  assert.equal(r.kind, 'production');
  assert.equal(r.skipped, 1); // the day-total row (rows above the header are not counted)
  assert.deepEqual(r.production.map((l) => [new Date(l.shiftStartMs).toISOString(), l.shift, l.equipmentId, l.jobNum, l.operationSequence, l.good, l.scrap, l.provenance.row, l.provenance.equipmentMatch]), [
    ['2026-11-03T20:00:00.000Z', 2, 'PRESS-04', 'J014001', 10, 120, 0, 4, 'EXACT'],
    ['2026-11-04T04:00:00.000Z', 3, 'PRESS-04', 'J014001', 10, 1200, 3, 5, 'EXACT'],
  ]);
  assert.deepEqual(r.problems, [
    { code: 'SPREADSHEET_UNKNOWN_EQUIPMENT', file: 'Shift Log v3 FINAL.xlsx', sheet: 'Production', row: 7, message: 'machine "Press 9" matches no equipment alias' },
    { code: 'SPREADSHEET_BAD_ROW', file: 'Shift Log v3 FINAL.xlsx', sheet: 'Production', row: 8, message: 'shift "" is not a configured shift' },
    { code: 'SPREADSHEET_BAD_ROW', file: 'Shift Log v3 FINAL.xlsx', sheet: 'Production', row: 9, message: 'good quantity -5 is not a non-negative number' },
  ]);
});

test('parseTable reads a downtime CSV export: a stop after midnight belongs to the 3rd shift of the evening before', () => {
  const t = {
    file: 'downtime_export_20261109.csv', sheet: 'downtime_export_20261109.csv', modifiedMs: 0,
    rows: [['\uFEFFDate', 'Shift', 'Machine', 'Start', 'Minutes', 'Reason'], ['2026-11-08', '3rd', 'Mill 1', '01:30', '45', 'no material'], ['2026-11-08', '1st', 'Mill 1', '06:10', '', 'jammed']],
  };
  const r = parseTable(t, mapping, match);
  assert.equal(r.kind, 'downtime');
  assert.deepEqual(r.downtime.map((l) => [new Date(l.shiftStartMs).toISOString(), l.startMs === null ? null : new Date(l.startMs).toISOString(), l.minutes, l.reasonText]), [
    ['2026-11-09T04:00:00.000Z', '2026-11-09T07:30:00.000Z', 45, 'no material'],
  ]);
  assert.deepEqual(r.problems.map((p) => [p.code, p.row, p.message]), [['SPREADSHEET_BAD_ROW', 3, 'minutes is blank']]);
});

test('parseTable reads a stop start however the cell holds it: HH:mm text, Excel date-time serial, day fraction, time or date-time cell', () => {
  // 2026-11-08 3rd shift (22:00 CST = 04:00Z next day); the stop at 01:30 local on the 9th is 07:30Z.
  const serial = (Date.UTC(2026, 10, 9, 1, 30) - Date.UTC(1899, 11, 30)) / 86_400_000;
  const starts: unknown[] = ['01:30', serial, 1.5 / 24, new Date(Date.UTC(1899, 11, 30, 1, 30)), new Date(Date.UTC(2026, 10, 9, 1, 30))];
  const t = {
    file: 'Shift Log.xlsx', sheet: 'Downtime', modifiedMs: 0,
    rows: [['Date', 'Shift', 'Machine', 'Start', 'Minutes', 'Reason'], ...starts.map((s) => [new Date(Date.UTC(2026, 10, 8)), 3, 'Mill 1', s, 45, 'jammed']),
      [new Date(Date.UTC(2026, 10, 8)), 3, 'Mill 1', 7, 45, 'jammed']],
  };
  const r = parseTable(t, mapping, match);
  assert.deepEqual(r.downtime.map((l) => (l.startMs === null ? null : new Date(l.startMs).toISOString())), starts.map(() => '2026-11-09T07:30:00.000Z'));
  assert.deepEqual(r.problems.map((p) => [p.code, p.row, p.message]), [['SPREADSHEET_BAD_ROW', 7, 'start 7 is neither a time nor an Excel date-time']]);
});

test('parseTable reports a table without a recognisable header as one SPREADSHEET_BAD_FILE problem', () => {
  const r = parseTable({ file: 'notes.csv', sheet: 'notes.csv', modifiedMs: 0, rows: [['hello', 'world']] }, mapping, match);
  assert.deepEqual(r.problems, [{ code: 'SPREADSHEET_BAD_FILE', file: 'notes.csv', sheet: 'notes.csv', row: null, message: 'no production or downtime header row found' }]);
});

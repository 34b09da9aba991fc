/**
 * Renders the supervisors' shift log (simulators/plant/shift-log.ts) the way the plant really keeps it: a
 * workbook 'Shift Log v3 FINAL.xlsx' (the "Excel third version") with a Production and a Downtime sheet,
 * and the last two days as CSV exports from the shift terminal, in a drop folder. Quirks on purpose: merged
 * title rows above the header, dates as Excel dates or as typed M/D/YYYY text, shifts as 1/'2nd', machine
 * names as people write them (with typos), blank scrap cells, day-total rows with SUM formulas, an Excel
 * lock file, a stray note. With `disagreements` the seeded typos and double entries are written too. With
 * `exoticTimes`, cells someone pasted as values: some production dates are bare Excel serial numbers (46330) and
 * some downtime start times are the stop's full local date-time as a serial (46330.4375) or the bare time of day
 * (0.4375), no date format on any.
 *
 * Also writes the mapping file a plant engineer would maintain for the spreadsheet subgraph (machine aliases,
 * company, time zone, shift starts, column names): configuration, kept outside the drop folder.
 */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { planReconciliation } from '../plant/index.ts';
import type { Machine, Plant, ShiftLogDowntimeLine, ShiftLogProductionLine } from '../plant/index.ts';

export const WORKBOOK_NAME = 'Shift Log v3 FINAL.xlsx';

/** Reason texts as supervisors write them in the downtime sheet. */
const reasonText: Readonly<Record<string, string>> = {
  JAM: 'jammed', TOOL_BREAK: 'broken tool', HYDRAULIC_FAULT: 'hydraulics leaking', BEARING_FAILURE: 'bearing noise - stopped',
  ELECTRICAL_FAULT: 'electrical / breaker', NO_MATERIAL: 'no material', WAITING_FORKLIFT: 'waiting on forklift', NO_OPERATOR: 'no operator',
  DOWNSTREAM_BLOCKED: 'blocked downstream', CHANGEOVER: 'changeover', TOOL_CHANGE: 'tool change', PREVENTIVE_MAINTENANCE: 'PM',
  CALIBRATION: 'calibration', NO_SHIFT: 'no shift',
};

/** FNV-1a over `${seed}:${label}` → [0, 1): stable per-line choices independent of iteration order. */
function unitHash(seed: number, label: string): number {
  let h = 0x811c9dc5;
  const s = `${seed}:${label}`;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0) / 4_294_967_296;
}

/** How a supervisor writes the machine: its name mostly, else the MES code or the id; now and then with a typo. */
function machineText(m: Machine, seed: number, label: string): string {
  const u = unitHash(seed, `mach:${label}`);
  const base = u < 0.6 ? m.name : u < 0.8 ? m.mesCode : u < 0.9 ? m.name.replace(/ (\d+)$/, ' #$1') : m.id;
  if (unitHash(seed, `typo:${label}`) < 0.05 && base === m.name && base.length >= 6) {
    // One letter dropped (never a digit: 'Press 4' → 'Pess 4' stays recognisable, 'Press 1' → 'Press ' would not).
    const letters = [...base].flatMap((c, i) => (/[A-Za-z]/.test(c) && i > 0 ? [i] : []));
    const at = letters[Math.floor(unitHash(seed, `typoat:${label}`) * letters.length)] ?? 1;
    return base.slice(0, at) + base.slice(at + 1);
  }
  return base;
}

const ordinal = (s: 1 | 2 | 3): string => (s === 1 ? '1st' : s === 2 ? '2nd' : '3rd');

export interface DropFolderFiles {
  readonly dropDir: string;
  readonly mappingFile: string;
  readonly files: readonly string[];
}

/**
 * Writes the drop folder under `dir/drop` and the mapping under `dir/spreadsheet-mapping.json`; every file's
 * modified time is set to the plant clock at which it was last saved. Deterministic in content for a plant.
 */
export async function writeShiftLogDropFolder(plant: Plant, dir: string, opts: { disagreements: boolean; exoticTimes?: boolean }): Promise<DropFolderFiles> {
  const plan = planReconciliation(plant);
  const zone = plant.config.timeZone;
  const seed = plant.config.seed;
  const machines = new Map(plant.machines.map((m) => [m.id, m]));
  const dropDir = join(dir, 'drop');
  mkdirSync(dropDir, { recursive: true });

  // The seeded edits: typo'd counts and double entries (production), typo'd minutes (downtime).
  const production: (ShiftLogProductionLine & { readonly double?: boolean })[] = plan.production.map((l) => ({ ...l }));
  const downtime: ShiftLogDowntimeLine[] = plan.downtime.map((l) => ({ ...l }));
  if (opts.disagreements) {
    for (const t of plan.sheetEdits.productionTypos) production[t.index] = { ...production[t.index]!, good: t.good };
    for (const t of plan.sheetEdits.downtimeTypos) downtime[t.index] = { ...downtime[t.index]!, minutes: t.minutes };
    for (const i of [...plan.sheetEdits.productionDoubles].sort((a, b) => b - a)) production.splice(i + 1, 0, { ...production[i]!, double: true });
  }

  // The workbook holds everything but the last two local days; the terminal's CSV exports hold those.
  const splitMs = DateTime.fromMillis(plan.coverageToMs, { zone }).startOf('day').minus({ days: 1 }).set({ hour: 6 }).toMillis();
  const workbookSavedMs = splitMs - 3_600_000;
  const files: string[] = [];

  const wb = new ExcelJS.Workbook();
  wb.creator = 'shift supervisor';
  wb.created = new Date(plan.coverageFromMs);
  wb.modified = new Date(workbookSavedMs);
  const prod = wb.addWorksheet('Production');
  prod.mergeCells('A1:I1');
  prod.getCell('A1').value = 'FAB - SHIFT PRODUCTION LOG (v3 - do not sort!!)';
  prod.mergeCells('A2:I2');
  prod.getCell('A2').value = `Plant ${plant.site.name} - times are local`;
  prod.addRow(['Date', 'Shift', 'Machine', 'Job #', 'Op', 'Good Qty', 'Scrap', 'Operator', 'Comments']);
  let dayStart = prod.rowCount + 1;
  let lastDate = '';
  const closeDay = (): void => {
    if (lastDate === '') return;
    const end = prod.rowCount;
    const good = production.filter((l) => l.localDate === lastDate && l.shiftStartMs < splitMs).reduce((s, l) => s + l.good, 0);
    prod.addRow([null, null, `TOTAL ${lastDate}`, null, null, { formula: `SUM(F${dayStart}:F${end})`, result: good }, null, null, null]);
    dayStart = prod.rowCount + 1;
  };
  for (const [i, l] of production.entries()) {
    if (l.shiftStartMs >= splitMs) continue;
    if (l.localDate !== lastDate) { closeDay(); lastDate = l.localDate; }
    const label = `p:${l.shiftStartMs}:${l.machineId}:${l.jobNum}:${l.oprSeq}`;
    const [y, mo, d] = l.localDate.split('-').map(Number) as [number, number, number];
    const u = unitHash(seed, `dtext:${label}`);
    const date = u < 0.1 ? `${mo}/${d}/${y}` : opts.exoticTimes === true && u < 0.25 ? excelSerial(Date.UTC(y, mo - 1, d)) : new Date(Date.UTC(y, mo - 1, d));
    const shift = unitHash(seed, `stext:${label}`) < 0.15 ? ordinal(l.shift) : l.shift;
    const scrap = l.scrap === 0 && unitHash(seed, `blank:${label}`) < 0.7 ? null : l.scrap;
    prod.addRow([date, shift, machineText(machines.get(l.machineId)!, seed, label), l.jobNum, l.oprSeq, l.good, scrap, l.operatorId, l.double === true ? 'entered again?' : i % 97 === 0 ? 'ok' : null]);
  }
  closeDay();
  // A line someone started and never finished (no count, no real production behind it): a bad row to be counted.
  prod.addRow([lastDate, null, plant.machines[0]?.name ?? 'Press 1', 'TBD', null, '?', null, null, 'ask 2nd shift']);
  const down = wb.addWorksheet('Downtime');
  down.mergeCells('A1:G1');
  down.getCell('A1').value = 'DOWNTIME LOG - minutes per stop (fill in every stop > 5 min)';
  down.addRow([]);
  down.addRow(['Date', 'Shift', 'Machine', 'Start', 'Minutes', 'Reason', 'Comments']);
  let totalMin = 0;
  const firstDown = down.rowCount + 1;
  for (const l of downtime) {
    if (l.shiftStartMs >= splitMs) continue;
    const label = `d:${l.startMs}:${l.machineId}`;
    const [y, mo, d] = l.localDate.split('-').map(Number) as [number, number, number];
    const wall = DateTime.fromMillis(l.startMs, { zone });
    const u = unitHash(seed, `serial:${label}`);
    const start = opts.exoticTimes !== true || u >= 0.3 ? wall.toFormat('HH:mm')
      // A time pasted as a value is the bare fraction of a day; a date-time is the full serial.
      : u < 0.1 ? (wall.hour * 60 + wall.minute) / 1440 : excelSerial(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute));
    down.addRow([new Date(Date.UTC(y, mo - 1, d)), l.shift, machineText(machines.get(l.machineId)!, seed, label),
      start, l.minutes, reasonText[l.reason] ?? l.reason.toLowerCase(), null]);
    totalMin += l.minutes;
  }
  // Facilities stops get logged too; the compressor is no production equipment (an unknown machine, counted).
  const lastDown = downtime.filter((l) => l.shiftStartMs < splitMs).at(-1);
  if (lastDown !== undefined) down.addRow([lastDown.localDate, lastDown.shift, 'Compressor room', '10:00', 25, 'air pressure low', 'facilities']);
  down.addRow([null, null, 'TOTAL', null, { formula: `SUM(E${firstDown}:E${down.rowCount})`, result: totalMin }, null, null]);
  const wbPath = join(dropDir, WORKBOOK_NAME);
  await wb.xlsx.writeFile(wbPath);
  files.push(wbPath);
  setTimes(wbPath, workbookSavedMs);

  // The shift terminal's CSV exports of the last two days (comma separated, quoted where needed, a BOM).
  const exportDate = DateTime.fromMillis(plan.coverageToMs, { zone }).toFormat('yyyyMMdd');
  const csvLines = [['Date', 'Shift', 'Machine', 'Job', 'Oper', 'Good', 'Scrap', 'Operator']];
  for (const l of production) {
    if (l.shiftStartMs < splitMs) continue;
    const label = `p:${l.shiftStartMs}:${l.machineId}:${l.jobNum}:${l.oprSeq}`;
    csvLines.push([l.localDate, ordinal(l.shift), machineText(machines.get(l.machineId)!, seed, label), l.jobNum, String(l.oprSeq), String(l.good), l.scrap === 0 ? '' : String(l.scrap), l.operatorId]);
  }
  const prodCsv = join(dropDir, `production_export_${exportDate}.csv`);
  writeFileSync(prodCsv, '\uFEFF' + csvLines.map(csvLine).join('\r\n') + '\r\n', 'utf8');
  files.push(prodCsv);
  setTimes(prodCsv, plan.coverageToMs);
  const downLines = [['Date', 'Shift', 'Machine', 'Start', 'Minutes', 'Reason']];
  for (const l of downtime) {
    if (l.shiftStartMs < splitMs) continue;
    const label = `d:${l.startMs}:${l.machineId}`;
    downLines.push([l.localDate, ordinal(l.shift), machineText(machines.get(l.machineId)!, seed, label), DateTime.fromMillis(l.startMs, { zone }).toFormat('HH:mm'), String(l.minutes), reasonText[l.reason] ?? l.reason]);
  }
  const downCsv = join(dropDir, `downtime_export_${exportDate}.csv`);
  writeFileSync(downCsv, '\uFEFF' + downLines.map(csvLine).join('\r\n') + '\r\n', 'utf8');
  files.push(downCsv);
  setTimes(downCsv, plan.coverageToMs);

  // What else lands in a real drop folder: Excel's lock file of an open workbook, and a note.
  const lock = join(dropDir, `~$${WORKBOOK_NAME}`);
  writeFileSync(lock, Buffer.from('shift supervisor\u0000\u0000\u0000', 'utf8'));
  setTimes(lock, plan.coverageToMs);
  files.push(lock);
  const note = join(dropDir, 'README - do not delete.txt');
  writeFileSync(note, 'Put the shift log here. Ask Dave before changing the columns.\r\n', 'utf8');
  files.push(note);

  const mappingFile = join(dir, 'spreadsheet-mapping.json');
  writeFileSync(mappingFile, JSON.stringify(demoMapping(plant), null, 2) + '\n', 'utf8');
  return { dropDir, mappingFile, files };
}

/** The mapping a plant engineer keeps for the demo plant: company, zone, shift starts, columns, machine aliases. */
export function demoMapping(plant: Plant): unknown {
  return {
    company: plant.site.company,
    timeZone: plant.config.timeZone,
    dateOrder: 'MDY',
    shiftStarts: { '1': '06:00', '2': '14:00', '3': '22:00' },
    sheets: {
      production: { sheetNames: ['Production', 'Prod'], filePattern: 'production', columns: { date: ['Date'], shift: ['Shift'], equipment: ['Machine', 'Equipment'], job: ['Job #', 'Job', 'Job No'], operation: ['Op', 'Oper', 'Operation'], good: ['Good Qty', 'Good'], scrap: ['Scrap', 'Scrap Qty', 'Rejects'] } },
      downtime: { sheetNames: ['Downtime', 'Down'], filePattern: 'downtime', columns: { date: ['Date'], shift: ['Shift'], equipment: ['Machine', 'Equipment'], start: ['Start', 'From'], minutes: ['Minutes', 'Min', 'Mins'], reason: ['Reason'] } },
    },
    equipment: plant.machines.map((m) => ({ id: m.id, aliases: [m.name, m.mesCode] })),
  };
}

/**
 * The Excel 1900-system serial of a wall-clock time given as if it were UTC (days since 1899-12-30, the time of day
 * as the fraction): what a date cell holds once pasted as values. Only for dates after 1900-02-28.
 */
function excelSerial(wallAsUtcMs: number): number {
  return (wallAsUtcMs - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

function setTimes(path: string, ms: number): void {
  const t = new Date(ms);
  utimesSync(path, t, t);
}

// Pure: a table read from an .xlsx sheet or a .csv file → shift-log lines with provenance, and coded problems.
// No I/O; the reader (read-table.ts) hands cells over as exceljs/csv-parse give them.
import { DateTime } from 'luxon';
import { Code } from '../../../common/index.ts';
import { fromExcelSerial, parseDateString, resolveLocalTime } from '../../../normalization/index.ts';
import type { LocalDate } from '../../../normalization/index.ts';
import type { EquipmentMatch, LogKind, SheetMapping } from './mapping.ts';

/** One sheet of a workbook or one CSV file; rows[i] is sheet row i + 1 (CSV line i + 1). */
export interface RawTable {
  readonly file: string;
  readonly sheet: string;
  readonly modifiedMs: number;
  readonly rows: readonly (readonly unknown[])[];
}

export interface Provenance {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly modifiedMs: number;
  readonly equipmentMatch: 'EXACT' | 'NORMALIZED' | 'FUZZY';
  readonly equipmentText: string;
}

export interface ProductionLine {
  readonly shiftStartMs: number;
  readonly shift: number;
  readonly equipmentId: string;
  readonly jobNum: string;
  readonly operationSequence: number;
  readonly good: number;
  readonly scrap: number;
  readonly provenance: Provenance;
}

export interface DowntimeLine {
  readonly shiftStartMs: number;
  readonly shift: number;
  readonly equipmentId: string;
  readonly startMs: number | null;
  readonly minutes: number;
  readonly reasonText: string | null;
  readonly provenance: Provenance;
}

export type ProblemCode = typeof Code.SPREADSHEET_BAD_FILE | typeof Code.SPREADSHEET_BAD_ROW | typeof Code.SPREADSHEET_UNKNOWN_EQUIPMENT;

export interface Problem {
  readonly code: ProblemCode;
  readonly file: string;
  readonly sheet: string | null;
  readonly row: number | null;
  readonly message: string;
}

export interface ParsedTable {
  readonly kind: LogKind | null;
  readonly production: ProductionLine[];
  readonly downtime: DowntimeLine[];
  readonly problems: Problem[];
  readonly skipped: number;
}

/** Which log a table holds: by sheet name, then by file name, then by which header it carries. */
export function kindOf(table: RawTable, mapping: SheetMapping): LogKind | null {
  for (const k of ['production', 'downtime'] as const) {
    if (mapping.sheets[k].sheetNames.some((n) => n.toLowerCase() === table.sheet.toLowerCase())) return k;
  }
  for (const k of ['production', 'downtime'] as const) {
    if (table.file.toLowerCase().includes(mapping.sheets[k].filePattern.toLowerCase())) return k;
  }
  for (const k of ['production', 'downtime'] as const) if (findHeader(table, mapping, k) !== null) return k;
  return null;
}

/** Cell → trimmed text ('' for empty); formula cells give their cached result, rich text its plain text. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.replace(/^\uFEFF/, '').trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('result' in o) return cellText(o['result']);
    if (Array.isArray(o['richText'])) return (o['richText'] as { text?: unknown }[]).map((r) => String(r.text ?? '')).join('').trim();
    if ('text' in o) return cellText(o['text']);
  }
  return '';
}

const cellValue = (v: unknown): unknown => (v !== null && typeof v === 'object' && !(v instanceof Date) && 'result' in (v as object) ? (v as { result: unknown }).result : v);

type Columns = Record<string, number>;

/** The header row (within the first 15) and the column index of each field; null when no row names every field. */
export function findHeader(table: RawTable, mapping: SheetMapping, kind: LogKind): { row: number; cols: Columns } | null {
  const spec = mapping.sheets[kind].columns as Record<string, string[]>;
  for (let r = 0; r < Math.min(15, table.rows.length); r++) {
    const cells = (table.rows[r] ?? []).map((c) => cellText(c).toLowerCase());
    const cols: Columns = {};
    for (const [field, names] of Object.entries(spec)) {
      const i = cells.findIndex((c) => names.some((n) => n.toLowerCase() === c));
      if (i >= 0) cols[field] = i;
    }
    if (Object.keys(cols).length === Object.keys(spec).length) return { row: r, cols };
  }
  return null;
}

class RowError extends Error {
  readonly code: ProblemCode;
  constructor(code: ProblemCode, message: string) { super(message); this.code = code; }
}

/** A date cell: an Excel date (exceljs gives a Date at UTC midnight of the local date), a serial number, or typed text. */
function dateOf(v: unknown, mapping: SheetMapping): LocalDate {
  const x = cellValue(v);
  if (x instanceof Date) return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
  if (typeof x === 'number' && x > 20_000 && x < 80_000) {
    // A date pasted as a value: an Excel 1900-system serial (1954–2119 here), decoded by normalization/time.
    return localDateOf(fromExcelSerial(Math.floor(x), mapping.timeZone).local);
  }
  const t = cellText(x);
  if (t === '') throw new RowError(Code.SPREADSHEET_BAD_ROW, 'date is blank');
  try { return parseDateString(t.slice(0, 10).length === 10 && /^\d{4}-/.test(t) ? t.slice(0, 10) : t, { order: mapping.dateOrder }); } catch {
    throw new RowError(Code.SPREADSHEET_BAD_ROW, `date "${t}" is not a date`);
  }
}

function shiftOf(v: unknown, mapping: SheetMapping): number {
  const t = cellText(v).toLowerCase();
  const m = /^(\d)(?:st|nd|rd|th)?(?:\s*shift)?$/.exec(t) ?? /^shift\s*(\d)$/.exec(t);
  const n = m === null ? NaN : Number(m[1]);
  if (!Number.isInteger(n) || mapping.shiftStarts[String(n)] === undefined) throw new RowError(Code.SPREADSHEET_BAD_ROW, `shift "${cellText(v)}" is not a configured shift`);
  return n;
}

/** A count or minutes: numbers, '1,234' text; blank → `blank` (null = required). Negative or non-numeric → bad row. */
function numberOf(v: unknown, what: string, blank: number | null): number {
  const x = cellValue(v);
  if (typeof x === 'number') { if (Number.isFinite(x) && x >= 0) return x; throw new RowError(Code.SPREADSHEET_BAD_ROW, `${what} ${x} is not a non-negative number`); }
  const t = cellText(x).replace(/,/g, '');
  if (t === '') { if (blank !== null) return blank; throw new RowError(Code.SPREADSHEET_BAD_ROW, `${what} is blank`); }
  const n = Number(t);
  if (!Number.isFinite(n) || n < 0) throw new RowError(Code.SPREADSHEET_BAD_ROW, `${what} "${t}" is not a non-negative number`);
  return n;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** UTC start of `shift` on the local `date` (the 3rd shift belongs to the evening it starts). */
export function shiftStartMs(date: LocalDate, shift: number, mapping: SheetMapping): number {
  const hhmm = mapping.shiftStarts[String(shift)]!;
  return resolveLocalTime(`${date.year}-${pad2(date.month)}-${pad2(date.day)}T${hhmm}:00`, mapping.timeZone).utc;
}

/** The local date of a PlantTime's `local` (ISO with offset). */
const localDateOf = (local: string): LocalDate => ({ year: Number(local.slice(0, 4)), month: Number(local.slice(5, 7)), day: Number(local.slice(8, 10)) });

/**
 * A stop's start → UTC instant. 'HH:mm' within the shift: a time before the shift's start is after midnight (3rd
 * shift). Pasted as a value, a number is an Excel serial: a date-time carries its own date (decoded by
 * normalization/time in the site zone), a bare fraction of a day is a time of day like 'HH:mm'. exceljs hands a
 * time-formatted cell over as a Date on 1899-12-30 (a time of day) and a date-time-formatted one as a Date whose UTC
 * fields are the wall clock.
 */
function startWithin(v: unknown, date: LocalDate, shift: number, mapping: SheetMapping): number | null {
  const x = cellValue(v);
  if (typeof x === 'number') {
    if (x > 20_000 && x < 80_000) return fromExcelSerial(x, mapping.timeZone).utc;
    if (x >= 0 && x < 1) { const min = Math.round(x * 1440) % 1440; return startWithin(`${pad2(Math.floor(min / 60))}:${pad2(min % 60)}`, date, shift, mapping); }
    throw new RowError(Code.SPREADSHEET_BAD_ROW, `start ${x} is neither a time nor an Excel date-time`);
  }
  if (x instanceof Date) {
    if (x.getUTCFullYear() === 1899) return startWithin(`${pad2(x.getUTCHours())}:${pad2(x.getUTCMinutes())}`, date, shift, mapping);
    return resolveLocalTime(x.toISOString().slice(0, 19), mapping.timeZone).utc;
  }
  const t = cellText(v);
  const m = /^(\d{1,2}):(\d{2})/.exec(t);
  if (m === null) return null;
  const startHh = Number(mapping.shiftStarts[String(shift)]!.slice(0, 2));
  let day = DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { zone: 'UTC' });
  if (Number(m[1]) < startHh) day = day.plus({ days: 1 });
  return resolveLocalTime(`${day.toFormat('yyyy-MM-dd')}T${pad2(Number(m[1]))}:${m[2]}:00`, mapping.timeZone).utc;
}

const isTotalRow = (cells: readonly unknown[]): boolean => cells.some((c) => /^(grand\s+)?(day\s+)?total\b/i.test(cellText(c)));
const isBlankRow = (cells: readonly unknown[]): boolean => cells.every((c) => cellText(c) === '');

/**
 * Parses one table of the shift log. Rows above the header (merged titles), blank rows and total rows are
 * skipped; every other row becomes a line or a problem (SPREADSHEET_BAD_ROW, SPREADSHEET_UNKNOWN_EQUIPMENT).
 * A table with no recognisable header is one SPREADSHEET_BAD_FILE problem.
 */
export function parseTable(table: RawTable, mapping: SheetMapping, matchEquipment: (text: string) => EquipmentMatch): ParsedTable {
  const kind = kindOf(table, mapping);
  const out = { kind, production: [] as ProductionLine[], downtime: [] as DowntimeLine[], problems: [] as Problem[], skipped: 0 };
  if (kind === null) {
    out.problems.push({ code: Code.SPREADSHEET_BAD_FILE, file: table.file, sheet: table.sheet, row: null, message: 'no production or downtime header row found' });
    return out;
  }
  const header = findHeader(table, mapping, kind);
  if (header === null) {
    out.problems.push({ code: Code.SPREADSHEET_BAD_FILE, file: table.file, sheet: table.sheet, row: null, message: `no ${kind} header row (columns ${Object.keys(mapping.sheets[kind].columns).join(', ')}) in the first 15 rows` });
    return out;
  }
  const c = header.cols;
  for (let r = header.row + 1; r < table.rows.length; r++) {
    const cells = table.rows[r] ?? [];
    if (isBlankRow(cells) || isTotalRow(cells)) { out.skipped++; continue; }
    const rowNo = r + 1;
    try {
      const date = dateOf(cells[c['date']!], mapping);
      const shift = shiftOf(cells[c['shift']!], mapping);
      const equipmentText = cellText(cells[c['equipment']!]);
      const match = matchEquipment(equipmentText);
      if (match === null) throw new RowError(Code.SPREADSHEET_UNKNOWN_EQUIPMENT, `machine "${equipmentText}" matches no equipment alias`);
      const provenance: Provenance = { file: table.file, sheet: table.sheet, row: rowNo, modifiedMs: table.modifiedMs, equipmentMatch: match.how, equipmentText };
      const start = shiftStartMs(date, shift, mapping);
      if (kind === 'production') {
        const jobNum = cellText(cells[c['job']!]).toUpperCase();
        if (jobNum === '') throw new RowError(Code.SPREADSHEET_BAD_ROW, 'job number is blank');
        const op = numberOf(cells[c['operation']!], 'operation', null);
        if (!Number.isInteger(op)) throw new RowError(Code.SPREADSHEET_BAD_ROW, `operation ${op} is not an integer`);
        out.production.push({ shiftStartMs: start, shift, equipmentId: match.id, jobNum, operationSequence: op,
          good: numberOf(cells[c['good']!], 'good quantity', null), scrap: numberOf(cells[c['scrap']!], 'scrap quantity', 0), provenance });
      } else {
        const reason = cellText(cells[c['reason']!]);
        out.downtime.push({ shiftStartMs: start, shift, equipmentId: match.id, startMs: startWithin(cells[c['start']!], date, shift, mapping),
          minutes: numberOf(cells[c['minutes']!], 'minutes', null), reasonText: reason === '' ? null : reason, provenance });
      }
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      out.problems.push({ code: e.code, file: table.file, sheet: table.sheet, row: rowNo, message: e.message });
    }
  }
  return out;
}

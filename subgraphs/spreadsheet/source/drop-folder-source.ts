// The only place that reads the drop folder: lists it, reads .xlsx with exceljs and .csv with csv-parse, and
// keeps the parsed shift log per file. Every read re-checks the folder at most every `rescanMs`: files whose
// size or modified time changed are parsed again, removed files are dropped, so a supervisor saving the
// workbook is seen on the next query without a restart (a poll rather than fs.watch: watch events are lost on
// network shares, which is where these folders usually live).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { Code, plantError } from '../../../common/index.ts';
import type { Logger, UpstreamStats } from '../../../common/index.ts';
import { createEquipmentMatcher } from './mapping.ts';
import type { SheetMapping } from './mapping.ts';
import { parseTable } from './parse-log.ts';
import type { DowntimeLine, Problem, ProductionLine, RawTable } from './parse-log.ts';

export interface FileReport {
  readonly name: string;
  readonly format: 'XLSX' | 'CSV' | 'IGNORED';
  readonly modifiedMs: number;
  readonly sizeBytes: number;
  readonly rowsRead: number;
  readonly rowsRejected: number;
  readonly rowsSkipped: number;
  readonly problems: readonly Problem[];
}

export interface ShiftLogSnapshot {
  readonly dropDir: string;
  readonly scannedAtMs: number;
  readonly files: readonly FileReport[];
  readonly production: readonly ProductionLine[];
  readonly downtime: readonly DowntimeLine[];
  /** [first shift start, latest modified time of a file with rows); null when no row was read. */
  readonly coverage: { readonly fromMs: number; readonly toMs: number } | null;
  readonly productionByJob: ReadonlyMap<string, readonly ProductionLine[]>;
  readonly downtimeByEquipment: ReadonlyMap<string, readonly DowntimeLine[]>;
  readonly productionByEquipment: ReadonlyMap<string, readonly ProductionLine[]>;
}

/** The spreadsheet subgraph's port: the shift log as currently in the drop folder. */
export interface SpreadsheetSource {
  /** The current snapshot; throws SPREADSHEET_UNAVAILABLE when the folder itself cannot be listed. */
  snapshot(): Promise<ShiftLogSnapshot>;
  stats(): UpstreamStats;
  resetStats(): void;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

interface Parsed { readonly key: string; readonly report: FileReport; readonly production: readonly ProductionLine[]; readonly downtime: readonly DowntimeLine[] }

export interface DropFolderOptions {
  readonly dropDir: string;
  readonly mapping: SheetMapping;
  readonly rescanMs: number;
  readonly maxFileBytes: number;
  readonly logger: Logger;
  /** Injected clock (tests). */
  readonly now?: () => number;
}

/** Creates the drop-folder source. Does no I/O until the first snapshot(). */
export function createDropFolderSource(opts: DropFolderOptions): SpreadsheetSource {
  const now = opts.now ?? Date.now;
  const match = createEquipmentMatcher(opts.mapping);
  const cache = new Map<string, Parsed>();
  let current: ShiftLogSnapshot | null = null;
  let scanning: Promise<ShiftLogSnapshot> | null = null;
  let calls = 0;
  const byOp: Record<string, number> = {};
  const count = (op: string): void => { calls++; byOp[op] = (byOp[op] ?? 0) + 1; };

  const readFile = async (name: string, path: string, size: number, mtimeMs: number): Promise<Parsed> => {
    const key = `${size}:${mtimeMs}`;
    const ext = extname(name).toLowerCase();
    const base = { name, modifiedMs: mtimeMs, sizeBytes: size };
    // Excel's lock file of an open workbook ('~$Name.xlsx') and anything not a spreadsheet are listed, not read.
    if (name.startsWith('~$') || (ext !== '.xlsx' && ext !== '.csv')) {
      return { key, production: [], downtime: [], report: { ...base, format: 'IGNORED', rowsRead: 0, rowsRejected: 0, rowsSkipped: 0, problems: [] } };
    }
    const format = ext === '.xlsx' ? 'XLSX' : 'CSV';
    const badFile = (message: string): Parsed => ({ key, production: [], downtime: [], report: { ...base, format, rowsRead: 0, rowsRejected: 0, rowsSkipped: 0,
      problems: [{ code: Code.SPREADSHEET_BAD_FILE, file: name, sheet: null, row: null, message }] } });
    if (size > opts.maxFileBytes) return badFile(`file is ${size} bytes, over SPREADSHEET_MAX_FILE_BYTES (${opts.maxFileBytes})`);
    let tables: RawTable[];
    try {
      count(format === 'XLSX' ? 'readXlsx' : 'readCsv');
      tables = format === 'XLSX' ? await readWorkbook(path, name, mtimeMs) : [readCsvTable(path, name, mtimeMs)];
    } catch (e) {
      opts.logger.warn({ source: 'SPREADSHEET', op: 'read', outcome: 'bad file' }, `cannot read ${name}: ${e instanceof Error ? e.message : String(e)}`);
      return badFile(`not a readable ${format === 'XLSX' ? 'workbook' : 'CSV file'}`);
    }
    const production: ProductionLine[] = [];
    const downtime: DowntimeLine[] = [];
    const problems: Problem[] = [];
    let skipped = 0;
    for (const t of tables) {
      const p = parseTable(t, opts.mapping, match);
      production.push(...p.production);
      downtime.push(...p.downtime);
      problems.push(...p.problems);
      skipped += p.skipped;
    }
    const rejected = problems.filter((p) => p.row !== null).length;
    return { key, production, downtime, report: { ...base, format, rowsRead: production.length + downtime.length, rowsRejected: rejected, rowsSkipped: skipped, problems } };
  };

  const scan = async (): Promise<ShiftLogSnapshot> => {
    const started = now();
    let names: string[];
    try { names = readdirSync(opts.dropDir).sort(); } catch (e) {
      throw plantError(Code.SPREADSHEET_UNAVAILABLE, 'the spreadsheet drop folder cannot be listed', { source: 'SPREADSHEET', retryable: true }, e);
    }
    count('list');
    const seen = new Set<string>();
    for (const name of names) {
      const path = join(opts.dropDir, name);
      let st;
      try { st = statSync(path); } catch { continue; } // removed between list and stat
      if (!st.isFile()) continue;
      seen.add(name);
      const key = `${st.size}:${st.mtimeMs}`;
      if (cache.get(name)?.key !== key) cache.set(name, await readFile(name, path, st.size, st.mtimeMs));
    }
    for (const name of [...cache.keys()]) if (!seen.has(name)) cache.delete(name);
    const parsed = [...cache.values()];
    const production = parsed.flatMap((p) => p.production).sort((a, b) => a.shiftStartMs - b.shiftStartMs || a.provenance.row - b.provenance.row);
    const downtime = parsed.flatMap((p) => p.downtime).sort((a, b) => a.shiftStartMs - b.shiftStartMs || (a.startMs ?? 0) - (b.startMs ?? 0));
    const withRows = parsed.filter((p) => p.report.rowsRead > 0);
    const starts = [...production, ...downtime].map((l) => l.shiftStartMs);
    const coverage = starts.length === 0 ? null : { fromMs: Math.min(...starts), toMs: Math.max(...withRows.map((p) => p.report.modifiedMs)) };
    const productionByJob = new Map<string, ProductionLine[]>();
    for (const l of production) { const list = productionByJob.get(l.jobNum); if (list === undefined) productionByJob.set(l.jobNum, [l]); else list.push(l); }
    const downtimeByEquipment = new Map<string, DowntimeLine[]>();
    for (const l of downtime) { const list = downtimeByEquipment.get(l.equipmentId); if (list === undefined) downtimeByEquipment.set(l.equipmentId, [l]); else list.push(l); }
    const productionByEquipment = new Map<string, ProductionLine[]>();
    for (const l of production) { const list = productionByEquipment.get(l.equipmentId); if (list === undefined) productionByEquipment.set(l.equipmentId, [l]); else list.push(l); }
    const files = parsed.map((p) => p.report).sort((a, b) => a.name.localeCompare(b.name));
    const rejected = files.reduce((s, f) => s + f.rowsRejected, 0);
    opts.logger.info({ source: 'SPREADSHEET', op: 'scan', ms: now() - started, rows: production.length + downtime.length }, `drop folder scanned: ${files.length} files, ${rejected} rows rejected`);
    return { dropDir: opts.dropDir, scannedAtMs: now(), files, production, downtime, coverage, productionByJob, downtimeByEquipment, productionByEquipment };
  };

  return {
    snapshot: async () => {
      if (current !== null && now() - current.scannedAtMs < opts.rescanMs) return current;
      // One scan at a time; concurrent readers share it.
      scanning ??= scan().then((s) => { current = s; return s; }).finally(() => { scanning = null; });
      return scanning;
    },
    stats: () => ({ calls, byOp: { ...byOp } }),
    resetStats: () => { calls = 0; for (const k of Object.keys(byOp)) delete byOp[k]; },
    ping: async () => { try { readdirSync(opts.dropDir); return true; } catch { return false; } },
    close: async () => { cache.clear(); current = null; },
  };
}

async function readWorkbook(path: string, name: string, modifiedMs: number): Promise<RawTable[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      // exceljs rows are 1-based with values[0] unused; keep row numbers aligned with the sheet.
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows[n - 1] = values;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { file: name, sheet: ws.name, modifiedMs, rows };
  });
}

function readCsvTable(path: string, name: string, modifiedMs: number): RawTable {
  const rows = parseCsv(readFileSync(path), { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
  return { file: name, sheet: name, modifiedMs, rows };
}

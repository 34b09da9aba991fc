// The CSV analyser's engine: parse a table, find the time and numeric columns, and run the core's
// causal detectors over every numeric column with one global configuration. No file I/O here.
import { parse } from 'csv-parse/sync';
import { baselineStats, computeDrift, createDriftMonitor, defaultDriftMonitorParams, type DriftMonitor, type DriftResult, type Sample } from '../core/index.ts';

/** The one global configuration (every column, every file). */
export type AnalyzeConfig = {
  /** First finite values of each column that form its baseline (scored null while filling). */
  baselineRows: number;
  /** |z| above this (baseline sigmas) marks a row as an outlier. */
  outlierSigma: number;
};

export const DEFAULT_ANALYZE_CONFIG: Readonly<AnalyzeConfig> = Object.freeze({ baselineRows: 30, outlierSigma: 3 });

export type RowResult = {
  /** Epoch ms, or the row number when the table has no time column. */
  t: number;
  /** Per numeric column: the causal drift score 0..1 (null while the baseline fills or the value is missing). */
  scores: Record<string, number | null>;
  /** Per numeric column: (x − baseline mean)/baseline sigma, null when unavailable. */
  z: Record<string, number | null>;
  /** Max of the row's scores, null when none. */
  maxScore: number | null;
  /** Kinds of events detected at this row, as `KIND:column`. */
  events: string[];
};

export type CsvEvent = {
  kind: 'DRIFT_BEGAN' | 'DRIFT_ENDED' | 'OUTLIER';
  column: string;
  /** Row index (0-based, data rows) and time where it was detected. */
  row: number;
  t: number;
  /** DRIFT_BEGAN: the onset estimated from rows up to this one (computeDrift), epoch ms. */
  since: number | null;
  direction: 'UP' | 'DOWN' | 'NONE';
};

export type ColumnSummary = {
  column: string;
  finite: number;
  missing: number;
  baselineMean: number | null;
  baselineSigma: number | null;
  driftEpisodes: number;
  outliers: number;
  /** computeDrift over the whole column (retrospective, for the summary only). */
  finalDrift: Pick<DriftResult, 'state' | 'direction' | 'magnitudeSigma' | 'since' | 'score'>;
};

export type AnalyzeResult = {
  delimiter: string;
  timeColumn: string | null;
  numericColumns: string[];
  ignoredColumns: string[];
  config: AnalyzeConfig;
  rows: RowResult[];
  events: CsvEvent[];
  summary: ColumnSummary[];
};

const TIME_NAME = /^(t|ts|time|timestamp|date|datetime|date_time|zeit|zeitstempel|time_stamp)$/i;

/** `;` when the header holds more semicolons than commas (a European Excel export), else `,`; tab when it has only tabs. */
export function sniffDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  if (count('\t') > 0 && count(';') === 0 && count(',') === 0) return '\t';
  return count(';') > count(',') ? ';' : ',';
}

/** A cell as a number: '' / NA / NaN / null → null; with `;` as delimiter, a decimal comma is accepted. */
export function parseNumber(cell: string | undefined, decimalComma: boolean): number | null {
  if (cell === undefined) return null;
  let s = cell.trim();
  if (s === '' || /^(na|n\/a|nan|null|-)$/i.test(s)) return null;
  if (decimalComma && /^[-+]?\d+,\d+(e[-+]?\d+)?$/i.test(s)) s = s.replace(',', '.');
  const x = Number(s);
  return Number.isFinite(x) ? x : Number.NaN;
}

/** A time cell as epoch ms: numbers < 1e11 are epoch seconds, larger ones epoch ms; strings via Date.parse (a missing zone is read as UTC). */
export function parseTime(cell: string | undefined): number | null {
  if (cell === undefined || cell.trim() === '') return null;
  const s = cell.trim();
  if (/^\d+(\.\d+)?$/.test(s)) { const x = Number(s); return x < 1e11 ? Math.round(x * 1000) : Math.round(x); }
  const iso = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s) ? `${s.replace(' ', 'T')}Z` : s;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}

/**
 * Analyses a CSV text. Throws Error with a readable message when the table has no header, no data
 * rows or no numeric column. Causal: row i's scores and events depend only on rows 0..i.
 */
export function analyzeCsv(text: string, config: AnalyzeConfig = DEFAULT_ANALYZE_CONFIG): AnalyzeResult {
  const delimiter = sniffDelimiter(text);
  const records = parse(text, { delimiter, columns: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: true }) as Record<string, string>[];
  if (records.length === 0) throw new Error('analyze: the CSV has no data rows');
  const columns = Object.keys(records[0]!);
  const decimalComma = delimiter === ';';
  // Column roles are a heuristic: a time-like name whose cells all parse wins, else the first column
  // whose cells are ≥ 90 % non-numeric dates.
  const timeColumn = columns.find((c) => TIME_NAME.test(c) && records.every((r) => r[c] === undefined || r[c]!.trim() === '' || parseTime(r[c]) !== null))
    ?? columns.find((c) => records.filter((r) => parseTime(r[c]) !== null && Number.isNaN(Number(r[c]))).length >= 0.9 * records.length)
    ?? null;
  const numericColumns: string[] = [];
  const ignoredColumns: string[] = [];
  for (const c of columns) {
    if (c === timeColumn) continue;
    const parsed = records.map((r) => parseNumber(r[c], decimalComma));
    const present = parsed.filter((x) => x !== null);
    // Heuristic: numeric when at least 90 % of the non-empty cells are numbers (the rest count as missing).
    if (present.length > 0 && present.filter((x) => !Number.isNaN(x)).length >= 0.9 * present.length) numericColumns.push(c);
    else ignoredColumns.push(c);
  }
  if (numericColumns.length === 0) throw new Error(`analyze: no numeric column among ${columns.join(', ')}`);

  const times = records.map((r, i) => (timeColumn ? parseTime(r[timeColumn]) ?? Number.NaN : i));
  const rows: RowResult[] = times.map((t) => ({ t, scores: {}, z: {}, maxScore: null, events: [] }));
  const events: CsvEvent[] = [];
  const summary: ColumnSummary[] = [];
  for (const c of numericColumns) {
    const values = records.map((r) => { const x = parseNumber(r[c], decimalComma); return x === null || Number.isNaN(x) ? null : x; });
    const samples: Sample[] = values.map((v, i) => ({ t: times[i]!, v }));
    const baseline: number[] = [];
    let monitor: DriftMonitor | null = null;
    let mean = 0;
    let sigma = 0;
    let sigmaMonitor = 0;
    let inAlarm = false;
    let episodes = 0;
    let outliers = 0;
    values.forEach((v, i) => {
      const row = rows[i]!;
      row.scores[c] = null;
      row.z[c] = null;
      if (v === null || !Number.isFinite(row.t)) return;
      if (baseline.length < config.baselineRows) {
        baseline.push(v);
        if (baseline.length === config.baselineRows) {
          // The core's baseline rule (Welford moments, sigma widened for autocorrelation), as computeDrift does.
          const b = baselineStats(baseline);
          mean = b.mean;
          sigma = b.sigma;
          sigmaMonitor = b.sigmaMonitor;
          if (sigma > 0) monitor = createDriftMonitor(mean, sigmaMonitor, defaultDriftMonitorParams);
        }
        return;
      }
      let alarm: boolean;
      let direction: 'UP' | 'DOWN' | 'NONE';
      let z: number | null;
      let score: number;
      if (monitor) {
        const s = monitor.push(v);
        // Report z in plain baseline sigmas (the monitor's own z is in the widened sigma).
        alarm = s.alarm; direction = s.direction; z = (v - mean) / sigma;
        score = (s.ratio * s.ratio) / (1 + s.ratio * s.ratio); // same mapping as computeDrift's score
      } else {
        // Constant baseline: any departure is drift (the core's rule); z is undefined.
        alarm = v !== mean; direction = v > mean ? 'UP' : v < mean ? 'DOWN' : 'NONE'; z = null; score = alarm ? 1 : 0;
      }
      row.scores[c] = score;
      row.z[c] = z;
      // During an active drift alarm, far points belong to the drift and are not reported again.
      if (z !== null && Math.abs(z) > config.outlierSigma && !alarm) {
        outliers++;
        events.push({ kind: 'OUTLIER', column: c, row: i, t: row.t, since: null, direction: z > 0 ? 'UP' : 'DOWN' });
        row.events.push(`OUTLIER:${c}`);
      }
      if (alarm && !inAlarm) {
        episodes++;
        // Onset from the same core, on rows up to this one only (causal).
        const d = computeDrift(samples.slice(0, i + 1), { baselineSize: config.baselineRows });
        events.push({ kind: 'DRIFT_BEGAN', column: c, row: i, t: row.t, since: d.since, direction });
        row.events.push(`DRIFT_BEGAN:${c}`);
      } else if (!alarm && inAlarm) {
        events.push({ kind: 'DRIFT_ENDED', column: c, row: i, t: row.t, since: null, direction: 'NONE' });
        row.events.push(`DRIFT_ENDED:${c}`);
      }
      inAlarm = alarm;
    });
    const final = computeDrift(samples, { baselineSize: config.baselineRows });
    summary.push({
      column: c,
      finite: values.filter((v) => v !== null).length,
      missing: values.filter((v) => v === null).length,
      baselineMean: baseline.length === config.baselineRows ? mean : null,
      baselineSigma: baseline.length === config.baselineRows ? sigma : null,
      driftEpisodes: episodes,
      outliers,
      finalDrift: { state: final.state, direction: final.direction, magnitudeSigma: final.magnitudeSigma, since: final.since, score: final.score },
    });
  }
  for (const r of rows) {
    const s = Object.values(r.scores).filter((x): x is number => x !== null);
    r.maxScore = s.length > 0 ? Math.max(...s) : null;
  }
  events.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column) || a.kind.localeCompare(b.kind));
  return { delimiter, timeColumn, numericColumns, ignoredColumns, config: { ...config }, rows, events, summary };
}

const iso = (t: number | null, hasTime: boolean) => (t === null || !Number.isFinite(t) ? '' : hasTime ? new Date(t).toISOString() : String(t));
const cell = (x: number | null) => (x === null ? '' : String(Number(x.toPrecision(6))));
const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Per-row CSV: time, then `<col>_z` and `<col>_score` per numeric column, `max_score`, `events` (space-separated). */
export function formatRowsCsv(r: AnalyzeResult): string {
  const hasTime = r.timeColumn !== null;
  const header = [hasTime ? 'time' : 'row', ...r.numericColumns.flatMap((c) => [`${c}_z`, `${c}_score`]), 'max_score', 'events'];
  const lines = [header.map(quote).join(',')];
  for (const row of r.rows) {
    lines.push([iso(row.t, hasTime), ...r.numericColumns.flatMap((c) => [cell(row.z[c] ?? null), cell(row.scores[c] ?? null)]), cell(row.maxScore), row.events.join(' ')].map(quote).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Human summary printed by the CLI. */
export function formatSummary(r: AnalyzeResult): string {
  const hasTime = r.timeColumn !== null;
  const out = [
    `rows ${r.rows.length}, delimiter '${r.delimiter === '\t' ? '\\t' : r.delimiter}', time column ${r.timeColumn ?? '(none: row numbers)'}, numeric columns ${r.numericColumns.length}${r.ignoredColumns.length > 0 ? `, ignored ${r.ignoredColumns.join(', ')}` : ''}`,
    `config: baseline = first ${r.config.baselineRows} finite values per column; EWMA λ ${defaultDriftMonitorParams.ewmaLambda} L ${defaultDriftMonitorParams.ewmaL}; CUSUM k ${defaultDriftMonitorParams.cusumK} h ${defaultDriftMonitorParams.cusumH}; outlier |z| > ${r.config.outlierSigma}`,
  ];
  for (const s of r.summary) {
    const f = s.finalDrift;
    const mag = f.magnitudeSigma === null ? 'n/a' : f.magnitudeSigma.toFixed(2);
    out.push(`  ${s.column}: ${s.finite} values (${s.missing} missing); drift episodes ${s.driftEpisodes}, outliers ${s.outliers}; at end ${f.state} ${f.direction} ${mag} sigma${f.since !== null ? ` since ${iso(f.since, hasTime)}` : ''}`);
  }
  out.push(`events: ${r.events.length} (${['DRIFT_BEGAN', 'DRIFT_ENDED', 'OUTLIER'].map((k) => `${k} ${r.events.filter((e) => e.kind === k).length}`).join(', ')})`);
  return out.join('\n');
}

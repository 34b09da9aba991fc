// npm run analyze -- FILE.csv [--out out.csv] [--json] [--baseline N]
// Runs interpretation/core over a CSV (an Excel export) causally, with one global configuration:
// writes per-row scores and detected events (CSV, or JSON with --json) and prints a summary.
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeCsv, DEFAULT_ANALYZE_CONFIG, formatRowsCsv, formatSummary } from './analyze-csv.ts';

const USAGE = 'usage: npm run analyze -- FILE.csv [--out OUT] [--json] [--baseline N]';

function main(argv: readonly string[]): number {
  let file: string | null = null;
  let out: string | null = null;
  let json = false;
  let baselineRows = DEFAULT_ANALYZE_CONFIG.baselineRows;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--out') out = argv[++i] ?? null;
    else if (a === '--baseline') baselineRows = Number(argv[++i]);
    else if (a === '--help' || a === '-h') { console.log(USAGE); return 0; }
    else if (a.startsWith('--')) { console.error(`unknown option ${a}\n${USAGE}`); return 2; }
    else file = a;
  }
  if (!file || (argv.includes('--out') && !out)) { console.error(USAGE); return 2; }
  if (!Number.isInteger(baselineRows) || baselineRows < 2) { console.error(`--baseline must be an integer ≥ 2, got ${baselineRows}`); return 2; }
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e: unknown) { console.error(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`); return 1; }
  let result;
  try { result = analyzeCsv(text, { ...DEFAULT_ANALYZE_CONFIG, baselineRows }); } catch (e: unknown) { console.error(e instanceof Error ? e.message : String(e)); return 1; }
  const body = json ? `${JSON.stringify({ summary: result.summary, events: result.events, rows: result.rows, timeColumn: result.timeColumn, numericColumns: result.numericColumns, config: result.config }, null, 2)}\n` : formatRowsCsv(result);
  if (out) {
    writeFileSync(out, body);
    console.log(formatSummary(result));
    console.log(`wrote ${out}`);
  } else if (json) {
    process.stdout.write(body); // JSON on stdout stays parseable; the summary goes to stderr
    console.error(formatSummary(result));
  } else {
    process.stdout.write(body);
    console.error(formatSummary(result));
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));

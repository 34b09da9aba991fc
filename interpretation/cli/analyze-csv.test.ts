import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeCsv, formatRowsCsv, parseNumber, parseTime, sniffDelimiter } from './analyze-csv.ts';

const T0 = Date.UTC(2026, 2, 1, 6, 0, 0);
// Deterministic pseudo-noise in [−0.5, 0.5): no RNG needed for a fixed fixture.
const jitter = (i: number) => ((i * 7919) % 101) / 101 - 0.5;

/** 120 rows, `;`-separated with decimal commas: `pressure` steps up by ~6 sigma at row 80, `flow` is steady, `setpoint` constant, `operator` text. */
function europeanCsv(rows = 120): string {
  const lines = ['Zeitstempel;pressure;flow;setpoint;operator'];
  for (let i = 0; i < rows; i++) {
    const t = new Date(T0 + i * 60_000).toISOString().replace('T', ' ').slice(0, 19);
    const p = (10 + jitter(i) + (i >= 80 ? 2 : 0)).toFixed(3).replace('.', ',');
    const f = i === 50 ? '' : (5 + jitter(i + 13) * 0.2).toFixed(3).replace('.', ',');
    lines.push(`${t};${p};${f};7;${i % 2 ? 'ana' : 'li'}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const dir = mkdtempSync(path.join(tmpdir(), 'analyze-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('sniffDelimiter, parseNumber and parseTime follow their stated rules', () => {
  assert.deepEqual([sniffDelimiter('a;b;c\n1;2;3'), sniffDelimiter('a,b\n1,2'), sniffDelimiter('a\tb\n1\t2')], [';', ',', '\t']);
  assert.deepEqual([parseNumber('1,5', true), parseNumber('1,5', false), parseNumber('', true), parseNumber('NA', false), parseNumber('x', false)], [1.5, Number.NaN, null, null, Number.NaN]);
  assert.deepEqual([parseTime('2026-03-01 06:00:00'), parseTime('1772344800'), parseTime('1772344800000'), parseTime('soon')], [T0, T0, T0, null]);
});

test('analyzeCsv finds the time and numeric columns and flags the planted step with its onset', () => {
  const r = analyzeCsv(europeanCsv());
  assert.deepEqual([r.delimiter, r.timeColumn, r.numericColumns, r.ignoredColumns], [';', 'Zeitstempel', ['pressure', 'flow', 'setpoint'], ['operator']]);
  const began = r.events.filter((e) => e.kind === 'DRIFT_BEGAN');
  assert.deepEqual(began.map((e) => [e.column, e.direction]), [['pressure', 'UP']]);
  const first = began[0]!;
  assert.ok(first.row >= 80 && first.row <= 84, `alarm row ${first.row}`);
  assert.ok(first.since !== null && Math.abs(first.since - (T0 + 80 * 60_000)) <= 3 * 60_000, `since ${first.since}`);
  assert.deepEqual(r.rows[10]!.scores, { pressure: null, flow: null, setpoint: null }); // baseline still filling
  assert.equal(r.rows[50]!.scores['flow'], null); // the missing cell is ignored, not zero
  assert.deepEqual(r.summary.map((s) => [s.column, s.missing, s.finalDrift.state]), [['pressure', 0, 'DRIFTING'], ['flow', 1, 'IN_CONTROL'], ['setpoint', 0, 'IN_CONTROL']]);
});

test('analyzeCsv is causal: a row\'s scores and events do not change when later rows change or vanish', () => {
  const full = analyzeCsv(europeanCsv(120));
  const cut = analyzeCsv(europeanCsv(85));
  assert.deepEqual(cut.rows, full.rows.slice(0, 85));
  assert.deepEqual(cut.events, full.events.filter((e) => e.row < 85));
});

test('analyzeCsv rejects a table without numeric columns with a readable message', () => {
  assert.throws(() => analyzeCsv('name,comment\na,b\nc,d\n'), { message: 'analyze: no numeric column among name, comment' });
  assert.throws(() => analyzeCsv('a,b\n'), { message: 'analyze: the CSV has no data rows' });
});

test('formatRowsCsv writes one line per row with z, score, max and events', () => {
  const lines = formatRowsCsv(analyzeCsv(europeanCsv())).trimEnd().split('\n');
  assert.equal(lines.length, 121);
  assert.equal(lines[0], 'time,pressure_z,pressure_score,flow_z,flow_score,setpoint_z,setpoint_score,max_score,events');
  assert.equal(lines[1], '2026-03-01T06:00:00.000Z,,,,,,,,');
});

test('the analyze CLI writes CSV or JSON and prints a summary', () => {
  const input = path.join(dir, 'export.csv');
  writeFileSync(input, europeanCsv());
  const cli = fileURLToPath(new URL('./analyze.js', import.meta.url));
  const out = path.join(dir, 'scores.csv');
  const a = spawnSync(process.execPath, [cli, input, '--out', out], { encoding: 'utf8' });
  assert.equal(a.status, 0, a.stderr);
  assert.match(a.stdout, /^rows 120, delimiter ';', time column Zeitstempel, numeric columns 3, ignored operator$/m);
  assert.match(a.stdout, /pressure: 120 values \(0 missing\); drift episodes 1, outliers \d+; at end DRIFTING UP/);
  assert.equal(readFileSync(out, 'utf8').split('\n')[0], 'time,pressure_z,pressure_score,flow_z,flow_score,setpoint_z,setpoint_score,max_score,events');
  const j = spawnSync(process.execPath, [cli, input, '--json'], { encoding: 'utf8' });
  assert.equal(j.status, 0, j.stderr);
  const parsed = JSON.parse(j.stdout) as { events: { kind: string; column: string }[]; rows: unknown[] };
  assert.equal(parsed.rows.length, 120);
  assert.deepEqual(parsed.events.filter((e) => e.kind === 'DRIFT_BEGAN').map((e) => e.column), ['pressure']);
  const bad = spawnSync(process.execPath, [cli], { encoding: 'utf8' });
  assert.deepEqual([bad.status, bad.stderr.trim()], [2, 'usage: npm run analyze -- FILE.csv [--out OUT] [--json] [--baseline N]']);
});

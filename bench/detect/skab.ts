// SKAB loading: the 34 labelled files, parsed with csv-parse (`;`, CRLF or LF), datetime → epoch ms.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export const SKAB_SENSORS = ['Accelerometer1RMS', 'Accelerometer2RMS', 'Current', 'Pressure', 'Temperature', 'Thermocouple', 'Voltage', 'Volume Flow RateRMS'] as const;

export type SkabFile = {
  name: string;
  /** Epoch ms; local wall-clock time read as UTC (only differences matter). */
  times: number[];
  /** rows × 8 sensors, in SKAB_SENSORS order. */
  rows: number[][];
  anomaly: number[];
  changepoint: number[];
};

/** The labelled files in a fixed order: valve1/0..15, valve2/0..3, other/1..14. */
export const SKAB_FILES: readonly string[] = Object.freeze([
  ...Array.from({ length: 16 }, (_, i) => `valve1/${i}.csv`),
  ...Array.from({ length: 4 }, (_, i) => `valve2/${i}.csv`),
  ...Array.from({ length: 14 }, (_, i) => `other/${i + 1}.csv`),
]);

/** Rows 0..TRAIN_ROWS−1 of each file are for training/calibration; the rest is the test split. */
export const TRAIN_ROWS = 400;

export function loadSkabFile(dataDir: string, name: string): SkabFile {
  const records = parse(readFileSync(path.join(dataDir, name), 'utf8'), { delimiter: ';', columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const num = (r: Record<string, string>, k: string): number => {
    const x = Number(r[k]);
    if (!Number.isFinite(x)) throw new Error(`${name}: column ${k} is not numeric: ${r[k]}`);
    return x;
  };
  return {
    name,
    times: records.map((r) => Date.parse(`${r['datetime']!.replace(' ', 'T')}Z`)),
    rows: records.map((r) => SKAB_SENSORS.map((k) => num(r, k))),
    anomaly: records.map((r) => num(r, 'anomaly')),
    changepoint: records.map((r) => num(r, 'changepoint')),
  };
}

import { intEnv, requireEnv, stringEnv } from '../../common/index.ts';
import type { Env } from '../../common/index.ts';
import { loadMapping } from './source/index.ts';
import type { SheetMapping } from './source/index.ts';

/** The spreadsheet subgraph's configuration, read once from env, validated, frozen. */
export interface SpreadsheetConfig {
  /** The folder supervisors save the shift log into (.xlsx workbooks, .csv exports). */
  readonly dropDir: string;
  /** The mapping file (company, zone, shift starts, columns, machine aliases), already validated. */
  readonly mappingFile: string;
  readonly mapping: SheetMapping;
  /** A read re-checks the folder when the last scan is older than this. */
  readonly rescanMs: number;
  /** Larger files are refused as SPREADSHEET_BAD_FILE unread. */
  readonly maxFileBytes: number;
  readonly port: number;
  readonly host: string;
}

/**
 * Reads SPREADSHEET_DROP_DIR and SPREADSHEET_MAPPING_FILE (both required) and the optional
 * SPREADSHEET_RESCAN_MS (5000), SPREADSHEET_MAX_FILE_BYTES (20 MiB), SPREADSHEET_PORT (4007), SPREADSHEET_HOST.
 * Throws an Error naming the bad variable (or the mapping file's bad entry). An explicit `overrides` argument beats env.
 */
export function loadConfig(env: Env = process.env, overrides: Partial<Pick<SpreadsheetConfig, 'dropDir' | 'mappingFile' | 'port' | 'host'>> = {}): Readonly<SpreadsheetConfig> {
  const dropDir = overrides.dropDir ?? requireEnv(env, 'SPREADSHEET_DROP_DIR');
  const mappingFile = overrides.mappingFile ?? requireEnv(env, 'SPREADSHEET_MAPPING_FILE');
  return Object.freeze({
    dropDir,
    mappingFile,
    mapping: loadMapping(mappingFile),
    rescanMs: intEnv(env, 'SPREADSHEET_RESCAN_MS', { fallback: 5000, min: 0, max: 3_600_000 }),
    maxFileBytes: intEnv(env, 'SPREADSHEET_MAX_FILE_BYTES', { fallback: 20 * 1024 * 1024, min: 1024, max: 1024 * 1024 * 1024 }),
    port: overrides.port ?? intEnv(env, 'SPREADSHEET_PORT', { fallback: 4007, min: 0, max: 65535 }),
    host: overrides.host ?? stringEnv(env, 'SPREADSHEET_HOST', '127.0.0.1'),
  });
}

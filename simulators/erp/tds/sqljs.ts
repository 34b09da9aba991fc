import initSqlJs from 'sql.js';

/** The sql.js module (SQLite compiled to WASM). */
export type SqlJsStatic = initSqlJs.SqlJsStatic;
/** One sql.js database, the store behind the TDS server. */
export type SqlJsDatabase = initSqlJs.Database;
/** A value sql.js reads or binds. */
export type SqlJsValue = initSqlJs.SqlValue;

let cached: Promise<SqlJsStatic> | undefined;

/**
 * Initialises sql.js once per process and returns the cached module afterwards, so the ERP data
 * population and the TDS server share one WASM instance. Rejects if the WASM file cannot be loaded.
 */
export function openSqlJs(): Promise<SqlJsStatic> {
  cached ??= initSqlJs().catch((e: unknown) => {
    cached = undefined; // a failed init may be retried
    throw e;
  });
  return cached;
}

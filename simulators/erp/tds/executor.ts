import { objectKey, translateBatch, TsqlError } from './translate.ts';
import type { TranslatedStatement } from './translate.ts';
import type { TdsColumnType } from './types.ts';
import type { SqlJsDatabase, SqlJsValue } from './sqljs.ts';

/**
 * Column types per object, as the ERP would declare them. Keys are object names as T-SQL writes
 * them ('dbo.vw_OpenJobs', 'Erp.JobHead'; case-insensitive), then column name → type.
 */
export type TdsCatalog = Readonly<Record<string, Readonly<Record<string, TdsColumnType>>>>;

/** A SQL Server error as the client will see it in an ERROR token. */
export class SqlServerError extends Error {
  readonly number: number;
  readonly state: number;
  readonly severity: number;
  constructor(number: number, message: string, severity = 16, state = 1) {
    super(message);
    this.number = number;
    this.severity = severity;
    this.state = state;
  }
}

export interface ResultColumn { readonly name: string; readonly type: TdsColumnType }
/** The outcome of one statement: a result set (select) or a row count (DML). */
export interface StatementResult {
  readonly tsql: string;
  readonly columns?: readonly ResultColumn[];
  readonly rows?: readonly SqlJsValue[][];
  readonly rowCount: number;
}

/** Catalog lookups by SQLite object key and by column name, built once per server. */
export interface CatalogIndex {
  readonly byObject: ReadonlyMap<string, ReadonlyMap<string, TdsColumnType>>;
  readonly byColumn: ReadonlyMap<string, TdsColumnType>;
}

export function indexCatalog(catalog: TdsCatalog): CatalogIndex {
  const byObject = new Map<string, Map<string, TdsColumnType>>();
  const byColumn = new Map<string, TdsColumnType>();
  for (const [obj, cols] of Object.entries(catalog)) {
    const m = new Map<string, TdsColumnType>();
    for (const [col, type] of Object.entries(cols)) {
      m.set(col.toLowerCase(), type);
      if (!byColumn.has(col.toLowerCase())) byColumn.set(col.toLowerCase(), type);
    }
    byObject.set(objectKey(obj), m);
  }
  return { byObject, byColumn };
}

/** Parameter values by lower-case name with '@'. */
export type ParamValues = ReadonlyMap<string, SqlJsValue>;

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

/** Step (4) of type resolution: a type from the values themselves (heuristic). */
function inferType(rows: readonly SqlJsValue[][], c: number): TdsColumnType {
  let ints = 0; let floats = 0; let strings = 0; let blobs = 0; let big = false; let longText = false;
  for (const r of rows) {
    const v = r[c];
    if (v === null || v === undefined) continue;
    if (typeof v === 'number') {
      if (Number.isInteger(v)) { ints++; if (v < INT_MIN || v > INT_MAX) big = true; } else floats++;
    } else if (typeof v === 'string') { strings++; if (v.length > 4000) longText = true; } else blobs++;
  }
  if (strings > 0) return { type: 'nvarchar', length: longText ? 'max' : 4000 };
  if (blobs > 0) return { type: 'varbinary', length: 'max' };
  if (floats > 0) return { type: 'float' };
  if (ints > 0) return { type: big ? 'bigint' : 'int' };
  return { type: 'nvarchar', length: 4000 };
}

function resolveTypes(st: TranslatedStatement, names: readonly string[], rows: readonly SqlJsValue[][], cat: CatalogIndex): ResultColumn[] {
  const aligned = !st.items.some((i) => i.star) && st.items.length === names.length;
  return names.map((sqliteName, c) => {
    const item = aligned ? st.items[c] : undefined;
    // SQLite names an unaliased expression by its text; SQL Server sends no name.
    const name = item !== undefined && !item.named ? '' : sqliteName;
    if (item?.explicitType !== undefined) return { name, type: item.explicitType };
    const col = (item?.sourceColumn ?? sqliteName).toLowerCase();
    for (const obj of st.fromObjects) {
      const t = cat.byObject.get(obj)?.get(col);
      if (t !== undefined) return { name, type: t };
    }
    const t = cat.byColumn.get(col) ?? cat.byColumn.get(sqliteName.toLowerCase());
    return { name, type: t ?? inferType(rows, c) };
  });
}

/** Maps a SQLite (or tds_* function) error to the SQL Server error a client would get. */
export function mapEngineError(e: unknown, tsql: string): SqlServerError {
  if (e instanceof SqlServerError) return e;
  if (e instanceof TsqlError) return new SqlServerError(e.number, e.message, e.severity);
  const msg = e instanceof Error ? e.message : String(e);
  let m: RegExpExecArray | null;
  if ((m = /TDS(\d+):([^]*)$/.exec(msg)) !== null) return new SqlServerError(Number(m[1]), m[2] ?? '');
  if ((m = /no such table: (?:main\.)?(\S+)/.exec(msg)) !== null) return new SqlServerError(208, `Invalid object name '${originalName(m[1] ?? '', tsql)}'.`);
  if ((m = /no such column: (\S+)/.exec(msg)) !== null) return new SqlServerError(207, `Invalid column name '${(m[1] ?? '').split('.').pop()?.replace(/^"|"$/g, '') ?? ''}'.`);
  if ((m = /ambiguous column name: (\S+)/.exec(msg)) !== null) return new SqlServerError(209, `Ambiguous column name '${(m[1] ?? '').split('.').pop() ?? ''}'.`);
  if ((m = /near "([^"]*)": syntax error/.exec(msg)) !== null) return new SqlServerError(102, `Incorrect syntax near '${m[1] ?? ''}'.`, 15);
  if (/incomplete input/.test(msg)) return new SqlServerError(102, "Incorrect syntax near the end of the batch.", 15);
  if ((m = /UNIQUE constraint failed: (\w+)\.(\w+)/.exec(msg)) !== null) {
    const table = originalName(m[1] ?? '', tsql);
    return new SqlServerError(2627, `Violation of PRIMARY KEY constraint 'PK_${m[1] ?? ''}'. Cannot insert duplicate key in object '${table.includes('.') ? table : `dbo.${table}`}'.`, 14);
  }
  if ((m = /NOT NULL constraint failed: (\w+)\.(\w+)/.exec(msg)) !== null) {
    return new SqlServerError(515, `Cannot insert the value NULL into column '${m[2] ?? ''}', table '${originalName(m[1] ?? '', tsql)}'; column does not allow nulls. INSERT fails.`);
  }
  if ((m = /no such function: (\w+)/.exec(msg)) !== null) return new SqlServerError(195, `'${m[1] ?? ''}' is not a recognized built-in function name.`, 15);
  if ((m = /wrong number of arguments to function (\w+)/.exec(msg)) !== null) return new SqlServerError(174, `The ${m[1] ?? ''} function requires a different number of arguments.`, 15);
  return new SqlServerError(50000, `Engine error: ${msg}`);
}

/** The name as the T-SQL wrote it for a SQLite object name (Erp_JobHead → Erp.JobHead). */
function originalName(sqliteName: string, tsql: string): string {
  const key = sqliteName.replace(/^"|"$/g, '').toLowerCase();
  const re = /(?:\[[^\]]+\]|"[^"]+"|[A-Za-z_][\w$#]*)(?:\.(?:\[[^\]]+\]|"[^"]+"|[A-Za-z_][\w$#]*))*/g;
  for (const m of tsql.matchAll(re)) {
    const plain = m[0].replace(/[[\]"]/g, '');
    if (objectKey(plain) === key) return plain;
  }
  return sqliteName;
}

/** Names declared in an sp_executesql parameter list ('@a int, @b nvarchar(10) OUTPUT'), lower-case. */
export function declaredParams(decl: string): string[] {
  return [...decl.matchAll(/@[\w$#@]+/g)].map((m) => m[0].toLowerCase());
}

/**
 * Runs translated statements in order. Stops at the first error, which it throws as
 * `SqlServerError` together with the results so far (`partial`).
 */
export function runStatements(
  db: SqlJsDatabase, cat: CatalogIndex, statements: readonly TranslatedStatement[], params: ParamValues,
  onStatement: (tsql: string) => void,
): StatementResult[] {
  const results: StatementResult[] = [];
  for (const st of statements) {
    try {
      if (st.kind === 'ignored') continue;
      if (st.kind === 'exec' && st.exec !== undefined) {
        const declared = declaredParams(st.exec.decl);
        const supplied = new Map<string, SqlJsValue>(st.exec.args.map((a) => [a.name, a.value]));
        for (const d of declared) {
          if (!supplied.has(d)) {
            throw new SqlServerError(8178, `The parameterized query '(${st.exec.decl})${st.exec.stmt}' expects the parameter '${d}', which was not supplied.`);
          }
        }
        results.push(...runStatements(db, cat, translateBatch(st.exec.stmt), supplied, onStatement));
        continue;
      }
      onStatement(st.tsql);
      results.push(runOne(db, cat, st, params));
    } catch (e: unknown) {
      throw Object.assign(mapEngineError(e, st.tsql), { partial: results });
    }
  }
  return results;
}

function runOne(db: SqlJsDatabase, cat: CatalogIndex, st: TranslatedStatement, params: ParamValues): StatementResult {
  const bind: Record<string, SqlJsValue> = {};
  for (const v of st.vars) {
    if (!params.has(v)) throw new SqlServerError(137, `Must declare the scalar variable "${v}".`, 15, 2);
    bind[v] = params.get(v) ?? null;
  }
  const stmt = db.prepare(st.sql);
  try {
    if (st.vars.length > 0) stmt.bind(bind);
    const names = stmt.getColumnNames();
    if (names.length === 0) {
      stmt.step();
      return { tsql: st.tsql, rowCount: db.getRowsModified() };
    }
    const rows: SqlJsValue[][] = [];
    while (stmt.step()) rows.push(stmt.get());
    return { tsql: st.tsql, columns: resolveTypes(st, names, rows, cat), rows, rowCount: rows.length };
  } finally {
    stmt.free();
  }
}

import { isIdent, isWord, tokenize, TokenizeError } from './tokenize.ts';
import type { Tok } from './tokenize.ts';
import type { TdsColumnType } from './types.ts';

/**
 * A T-SQL statement this server refuses, with the SQL Server error number and class a client sees.
 * Unsupported constructs use 40517 ("Keyword or statement option '…' is not supported…"), the
 * number Azure SQL uses for the same situation, and the message names the construct.
 */
export class TsqlError extends Error {
  readonly number: number;
  readonly severity: number;
  constructor(number: number, message: string, severity = 16) {
    super(message);
    this.number = number;
    this.severity = severity;
  }
}

function unsupported(construct: string): TsqlError {
  return new TsqlError(40517, `Keyword or statement option '${construct}' is not supported in this version of SQL Server (PlantGraph demo ERP).`);
}

/** What the type resolver needs to know about one select-list item. */
export interface SelectItem {
  /** The type named by a top-level CAST/CONVERT of the item. */
  readonly explicitType?: TdsColumnType;
  /** The column an item reads when it is a bare (possibly alias-qualified) column reference. */
  readonly sourceColumn?: string;
  readonly star: boolean;
  /** False for an expression without an alias: SQL Server sends such a column with an empty name. */
  readonly named: boolean;
}

/** One statement of a batch after translation. */
export interface TranslatedStatement {
  /** The T-SQL text as sent, trimmed. */
  readonly tsql: string;
  /** `ignored`: SET/USE options accepted and ignored; `exec`: EXEC sp_executesql with literal arguments. */
  readonly kind: 'query' | 'ignored' | 'exec';
  /** SQLite text (kind `query`). */
  readonly sql: string;
  readonly items: readonly SelectItem[];
  /** Catalog keys (see `objectKey`) of the objects after FROM/JOIN at the statement's top level. */
  readonly fromObjects: readonly string[];
  /** Variables the statement references, lower-case with '@'. */
  readonly vars: readonly string[];
  /** For kind `exec`: the statement text, the declaration and the literal arguments. */
  readonly exec?: { readonly stmt: string; readonly decl: string; readonly args: readonly { readonly name: string; readonly value: string | number | null }[] };
}

/**
 * Schema prefixes this server knows. `dbo.X` maps to the SQLite object `X`; any other known schema
 * maps `Schema.X` to `Schema_X` (so `Erp.JobHead` is the SQLite table `Erp_JobHead`). A database
 * prefix before a known schema (`ERP10.dbo.X`) is dropped.
 */
const SCHEMAS = new Set(['dbo', 'erp', 'ice', 'sys', 'information_schema']);

/** The catalog key of a (possibly schema-qualified) object name: the SQLite name, lower-case. */
export function objectKey(name: string): string {
  const parts = name.split('.').map((p) => p.replace(/^\[|\]$/g, '').replace(/^"|"$/g, ''));
  for (let k = 0; k < parts.length - 1; k++) {
    const s = (parts[k] ?? '').toLowerCase();
    if (SCHEMAS.has(s)) {
      const obj = parts[k + 1] ?? '';
      return (s === 'dbo' ? obj : `${parts[k]}_${obj}`).toLowerCase();
    }
  }
  return (parts[parts.length - 1] ?? '').toLowerCase();
}

/** Parses a SQL Server type name such as `nvarchar(30)`, `decimal(22, 8)` or `datetime2(3)`. */
export function parseTypeName(text: string): TdsColumnType | undefined {
  const m = /^\s*([a-z0-9_]+)\s*(?:\(\s*(max|\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*$/i.exec(text);
  if (m === null) return undefined;
  const name = (m[1] ?? '').toLowerCase();
  const a = m[2]?.toLowerCase();
  const b = m[3];
  switch (name) {
    case 'int': case 'integer': return { type: 'int' };
    case 'bigint': case 'smallint': case 'tinyint': case 'bit': case 'float': case 'real': case 'date': case 'datetime': case 'uniqueidentifier':
      return { type: name };
    case 'smalldatetime': return { type: 'datetime' };
    case 'datetime2': return { type: 'datetime2', scale: a === undefined ? 7 : Number(a) };
    case 'decimal': case 'numeric': case 'dec':
      return { type: name === 'numeric' ? 'numeric' : 'decimal', precision: a === undefined ? 18 : Number(a), scale: b === undefined ? 0 : Number(b) };
    case 'money': return { type: 'decimal', precision: 19, scale: 4 };
    case 'nvarchar': case 'varchar': case 'nchar': case 'char': case 'varbinary':
      return { type: name, length: a === 'max' ? 'max' : a === undefined ? (name === 'nvarchar' || name === 'varchar' || name === 'varbinary' ? 30 : 1) : Number(a) };
    default: return undefined;
  }
}

const STARTERS = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'SET', 'WITH', 'EXEC', 'EXECUTE', 'USE', 'DECLARE', 'MERGE',
  'BEGIN', 'COMMIT', 'ROLLBACK', 'IF', 'WHILE', 'CREATE', 'DROP', 'ALTER', 'TRUNCATE', 'PRINT', 'RAISERROR', 'THROW']);
const UNSUPPORTED_WORDS = new Set(['MERGE', 'PIVOT', 'UNPIVOT', 'OUTPUT', 'CURSOR', 'OPENJSON', 'OPENROWSET', 'OPENQUERY', 'OPENXML',
  'WAITFOR', 'GOTO', 'DECLARE', 'WHILE', 'IF', 'PRINT', 'RAISERROR', 'THROW', 'TRY_CAST', 'TRY_CONVERT', 'TRY_PARSE', 'PARSE',
  'FORMAT', 'STRING_SPLIT', 'ROLLUP', 'CUBE', 'GROUPING', 'CONTAINS', 'FREETEXT', 'CONTAINSTABLE', 'FREETEXTTABLE']);
const TABLE_HINTS = new Set(['NOLOCK', 'READUNCOMMITTED', 'READCOMMITTED', 'ROWLOCK', 'PAGLOCK', 'TABLOCK', 'TABLOCKX', 'UPDLOCK',
  'HOLDLOCK', 'READPAST', 'NOWAIT', 'SERIALIZABLE', 'REPEATABLEREAD', 'INDEX', 'FORCESEEK', 'FORCESCAN', 'XLOCK', 'SNAPSHOT', 'NOEXPAND']);
/** T-SQL functions with a direct SQLite or registered (`tds_*`, see functions.ts) counterpart. */
const FUNCTIONS: Readonly<Record<string, string>> = {
  ISNULL: 'IFNULL', LEN: 'tds_len', GETDATE: 'tds_getdate', SYSDATETIME: 'tds_getdate', GETUTCDATE: 'tds_getutcdate',
  SYSUTCDATETIME: 'tds_getutcdate', SUBSTRING: 'substr', CHARINDEX: 'tds_charindex', NEWID: 'tds_newid', STRING_AGG: 'group_concat',
  YEAR: 'tds_year', MONTH: 'tds_month', DAY: 'tds_day', CEILING: 'tds_ceiling', FLOOR: 'tds_floor', EOMONTH: 'tds_eomonth',
  DATALENGTH: 'length', SQUARE: 'tds_square', POWER: 'tds_power', SIGN: 'sign',
};
const DATE_PART_FUNCTIONS: Readonly<Record<string, string>> = {
  DATEADD: 'tds_dateadd', DATEDIFF: 'tds_datediff', DATEPART: 'tds_datepart', DATENAME: 'tds_datepart',
};

const COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);
const KEYWORDS = new Set(['NULL', 'AND', 'OR', 'NOT', 'SELECT', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'WHERE', 'ON', 'IS', 'IN', 'LIKE',
  'BETWEEN', 'EXISTS', 'SET', 'VALUES', 'TOP', 'LIMIT', 'OFFSET', 'FETCH', 'ROWS', 'HAVING', 'BY']);

function isStringTok(t: Tok | undefined): boolean {
  return t !== undefined && (t.kind === 'str' || t.kind === 'nstr');
}

function isSig(t: Tok | undefined): boolean {
  return t !== undefined && t.kind !== 'ws' && t.kind !== 'comment';
}

function isPunct(t: Tok | undefined, p: string): boolean {
  return t !== undefined && t.kind === 'punct' && t.text === p;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Splits a token list into statements: at `;` and where a new statement keyword starts at depth 0. */
function splitStatements(toks: readonly Tok[]): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  let depth = 0;
  let first: string | undefined;
  let sawSelect = false;
  let prevSig: Tok | undefined;
  const flush = () => {
    if (cur.some(isSig)) out.push(cur);
    cur = [];
    first = undefined;
    sawSelect = false;
    prevSig = undefined;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (isPunct(t, ';') && depth === 0) { flush(); continue; }
    if (isPunct(t, '(')) depth++;
    if (isPunct(t, ')')) depth = Math.max(0, depth - 1);
    if (depth === 0 && t.kind === 'word' && first !== undefined) {
      const w = t.value.toUpperCase();
      let starts = STARTERS.has(w);
      const prev = prevSig?.kind === 'word' ? prevSig.value.toUpperCase() : prevSig?.text;
      if (w === 'SELECT') {
        starts = !(prev === 'UNION' || prev === 'ALL' || prev === 'EXCEPT' || prev === 'INTERSECT' || prev === '(' ||
          ((first === 'INSERT' || first === 'WITH' || first === 'CREATE' || first === 'ALTER') && !sawSelect));
        sawSelect = true;
      } else if (w === 'SET') {
        starts = first !== 'UPDATE';
      } else if (w === 'WITH') {
        let j = i + 1;
        while (j < toks.length && !isSig(toks[j])) j++;
        starts = isIdent(toks[j]) && !isWord(toks[j], 'TIES') && !(first === 'CREATE' || first === 'ALTER');
      } else if (w === 'BEGIN' || w === 'COMMIT' || w === 'ROLLBACK') {
        starts = first !== 'CREATE';
      }
      if (starts) flush();
    }
    if (isSig(t) && first === undefined) {
      first = t.kind === 'word' ? t.value.toUpperCase() : t.text;
      if (first === 'SELECT') sawSelect = true;
    }
    cur.push(t);
    if (isSig(t)) prevSig = t;
  }
  flush();
  return out;
}

class StatementTranslator {
  readonly toks: readonly Tok[];
  readonly vars = new Set<string>();

  constructor(toks: readonly Tok[]) {
    this.toks = toks;
  }

  next(i: number): number {
    let j = i + 1;
    while (j < this.toks.length && !isSig(this.toks[j])) j++;
    return j;
  }

  /** Index of the `)` matching the `(` at `open`. */
  close(open: number): number {
    let depth = 0;
    for (let j = open; j < this.toks.length; j++) {
      if (isPunct(this.toks[j], '(')) depth++;
      else if (isPunct(this.toks[j], ')')) { depth--; if (depth === 0) return j; }
    }
    throw new TsqlError(102, "Incorrect syntax near '('.", 15);
  }

  /** Index of the first word `w` at depth 0 within [a, b), or -1. */
  findWord(a: number, b: number, ...words: string[]): number {
    let depth = 0;
    for (let j = a; j < b; j++) {
      const t = this.toks[j];
      if (isPunct(t, '(')) depth++;
      else if (isPunct(t, ')')) depth--;
      else if (depth === 0 && words.some((w) => isWord(t, w))) return j;
    }
    return -1;
  }

  text(a: number, b: number): string {
    return this.toks.slice(a, b).map((t) => t.text).join('');
  }

  /** CAST/CONVERT target → SQLite expression over `expr`. */
  castTo(typeText: string, expr: string, style: string | undefined): string {
    const t = parseTypeName(typeText);
    if (t === undefined) throw new TsqlError(243, `Type ${typeText.trim()} is not a defined system type.`);
    switch (t.type) {
      case 'int': case 'bigint': case 'smallint': case 'tinyint': return `tds_int(${expr})`;
      case 'bit': return `tds_bit(${expr})`;
      case 'float': case 'real': return `tds_float(${expr})`;
      case 'decimal': case 'numeric': return `tds_decimal(${expr}, ${t.scale})`;
      case 'date': return `tds_date(${expr})`;
      case 'datetime': return `tds_datetime(${expr})`;
      case 'datetime2': return `tds_datetime2(${expr})`;
      case 'uniqueidentifier': return `UPPER(CAST(${expr} AS TEXT))`;
      case 'varbinary': return `CAST(${expr} AS BLOB)`;
      case 'nvarchar': case 'varchar': case 'nchar': case 'char':
        return `tds_text(${expr}, ${style ?? 'NULL'}, ${t.length === 'max' ? 'NULL' : t.length})`;
    }
  }

  /** Translates tokens [a, b) to SQLite text. */
  emit(a: number, b: number): string {
    const toks = this.toks;
    let out = '';
    const scopes: { limit?: string; offset?: boolean }[] = [{}];
    const top = () => scopes[scopes.length - 1] as { limit?: string; offset?: boolean };
    let afterSelect = false;
    for (let i = a; i < b; i++) {
      const t = toks[i] as Tok;
      if (t.kind === 'ws') { out += t.text; continue; }
      if (t.kind === 'comment') { out += ' '; continue; }
      const wasAfterSelect = afterSelect;
      afterSelect = false;
      switch (t.kind) {
        case 'str': case 'num': out += t.text; continue;
        case 'nstr': out += t.text.slice(1); continue;
        case 'sysvar': out += sysvar(t.value); continue;
        case 'var':
          this.vars.add(t.value.toLowerCase());
          // SQL Server compares with a case-insensitive collation. Compared with a column, SQLite uses
          // that column's declared collation (NOCASE, or RTRIM for padded keys), which must win; compared
          // with anything else, a parameter would get BINARY, so it is given NOCASE explicitly.
          out += this.comparedWithColumn(i) ? t.value.toLowerCase() : `${t.value.toLowerCase()} COLLATE NOCASE`;
          continue;
        case 'punct': {
          if (t.text === '(') {
            // Old-style bare table hint: FROM t (NOLOCK)
            const j = this.next(i);
            const k = this.next(j);
            if (toks[j]?.kind === 'word' && TABLE_HINTS.has(toks[j].value.toUpperCase()) && isPunct(toks[k], ')')) { i = k; continue; }
            scopes.push({});
            out += '(';
          } else if (t.text === ')') {
            const s = scopes.length > 1 ? scopes.pop() : undefined;
            if (s?.limit !== undefined) out += ` LIMIT ${s.limit}`;
            out += ')';
          } else if (t.text === '+' && (isStringTok(toks[this.prev(i)]) || isStringTok(toks[this.next(i)]))) {
            // Heuristic: `+` next to a string literal is T-SQL concatenation. Column + column is left alone.
            out += '||';
          } else if (t.text === '#') {
            throw unsupported('#temporary table');
          } else out += t.text;
          continue;
        }
        default: break;
      }
      // Identifiers, possibly dotted.
      const parts: Tok[] = [t];
      let j = i;
      while (isPunct(toks[j + 1], '.') && (isIdent(toks[j + 2]) || isPunct(toks[j + 2], '*'))) {
        parts.push(toks[j + 2] as Tok);
        j += 2;
      }
      if (parts.length > 1) {
        out += this.qualified(parts);
        i = j;
        continue;
      }
      if (t.kind !== 'word') { out += quoteIdent(t.value); continue; }
      const w = t.value.toUpperCase();
      const n1 = this.next(i);
      const callsParen = isPunct(toks[n1], '(');
      if (UNSUPPORTED_WORDS.has(w)) throw unsupported(w);
      if (w === 'APPLY') throw unsupported(`${toks[i - 2]?.kind === 'word' ? (toks[i - 2] as Tok).value.toUpperCase() : 'CROSS'} APPLY`);
      if (w === 'FOR' && (isWord(toks[n1], 'XML') || isWord(toks[n1], 'JSON'))) throw unsupported(`FOR ${(toks[n1] as Tok).value.toUpperCase()}`);
      if (w === 'INTO' && this.findWord(0, i, 'INSERT', 'MERGE') < 0) throw unsupported('SELECT INTO');
      if (w === 'SELECT') { afterSelect = true; out += t.text; continue; }
      if ((w === 'DISTINCT' || w === 'ALL') && wasAfterSelect) { afterSelect = true; out += t.text; continue; }
      if (w === 'TOP' && wasAfterSelect) {
        let limit: string;
        let end: number;
        if (callsParen) { end = this.close(n1); limit = this.emit(n1 + 1, end); }
        else if (toks[n1]?.kind === 'num' || toks[n1]?.kind === 'var') { end = n1; limit = this.emit(n1, n1 + 1); }
        else throw new TsqlError(102, "Incorrect syntax near 'TOP'.", 15);
        const after = this.next(end);
        if (isWord(toks[after], 'PERCENT')) throw unsupported('TOP … PERCENT');
        if (isWord(toks[after], 'WITH') && isWord(toks[this.next(after)], 'TIES')) throw unsupported('TOP … WITH TIES');
        top().limit = limit;
        i = end;
        continue;
      }
      if (w === 'OFFSET') {
        const rows = this.findWord(n1, b, 'ROWS', 'ROW');
        if (rows < 0) throw new TsqlError(102, "Incorrect syntax near 'OFFSET'.", 15);
        if (top().limit !== undefined) throw new TsqlError(10741, 'A TOP can not be used in the same query or sub-query as a OFFSET.', 15);
        const offset = this.emit(n1, rows).trim();
        let limit = '-1';
        let end = rows;
        const f = this.next(rows);
        if (isWord(toks[f], 'FETCH')) {
          const nf = this.next(f);
          if (!isWord(toks[nf], 'NEXT') && !isWord(toks[nf], 'FIRST')) throw new TsqlError(102, "Incorrect syntax near 'FETCH'.", 15);
          const r2 = this.findWord(nf + 1, b, 'ROWS', 'ROW');
          const only = this.next(r2);
          if (r2 < 0 || !isWord(toks[only], 'ONLY')) throw new TsqlError(102, "Incorrect syntax near 'FETCH'.", 15);
          limit = this.emit(nf + 1, r2).trim();
          end = only;
        }
        out += `LIMIT ${limit} OFFSET ${offset}`;
        i = end;
        continue;
      }
      if (w === 'FETCH') throw unsupported('FETCH (cursors)');
      if (w === 'WITH' && callsParen) {
        const end = this.close(n1);
        const inner = toks.slice(n1 + 1, end).filter((x) => x.kind === 'word');
        if (inner.length > 0 && inner.every((x) => TABLE_HINTS.has(x.value.toUpperCase()) || /^[A-Za-z0-9_]+$/.test(x.value) && isIndexArg(toks, n1, end))) {
          i = end; // table hints change locking only; SQLite reads a consistent snapshot anyway
          continue;
        }
      }
      if (w === 'COLLATE') {
        const c = toks[n1];
        out += `COLLATE ${c !== undefined && /_CS_|_BIN/i.test(c.value) ? 'BINARY' : 'NOCASE'}`;
        i = n1;
        continue;
      }
      if (w === 'CURRENT_TIMESTAMP') { out += 'tds_getdate()'; continue; }
      if (callsParen && (w === 'CAST' || w === 'CONVERT')) {
        const end = this.close(n1);
        if (w === 'CAST') {
          const as = this.findWord(n1 + 1, end, 'AS');
          if (as < 0) throw new TsqlError(102, "Incorrect syntax near 'CAST'.", 15);
          out += this.castTo(this.text(as + 1, end), this.emit(n1 + 1, as).trim(), undefined);
        } else {
          const commas = this.topCommas(n1 + 1, end);
          const c1 = commas[0];
          if (c1 === undefined) throw new TsqlError(102, "Incorrect syntax near 'CONVERT'.", 15);
          const c2 = commas[1];
          const expr = this.emit(c1 + 1, c2 ?? end).trim();
          const style = c2 === undefined ? undefined : this.emit(c2 + 1, end).trim();
          out += this.castTo(this.text(n1 + 1, c1), expr, style);
        }
        i = end;
        continue;
      }
      if (callsParen && DATE_PART_FUNCTIONS[w] !== undefined) {
        const p = this.next(n1);
        const part = toks[p];
        if (part === undefined || (part.kind !== 'word' && part.kind !== 'str')) throw new TsqlError(155, `'${part?.text ?? ''}' is not a recognized ${w.toLowerCase()} option.`, 15);
        out += `${DATE_PART_FUNCTIONS[w]}(${w === 'DATENAME' ? "'name:" : "'"}${part.value.toLowerCase()}'`;
        scopes.push({});
        i = p;
        continue;
      }
      if (callsParen && FUNCTIONS[w] !== undefined) { out += FUNCTIONS[w]; continue; }
      out += t.text;
    }
    if (scopes[0]?.limit !== undefined) out += ` LIMIT ${scopes[0].limit}`;
    return out;
  }

  prev(i: number): number {
    let j = i - 1;
    while (j >= 0 && !isSig(this.toks[j])) j--;
    return j;
  }

  /** True when the variable at `i` is compared (=, <>, <, >, IN (…), LIKE) with a plain column reference. */
  comparedWithColumn(i: number): boolean {
    const toks = this.toks;
    const isColumn = (t: Tok | undefined) => t !== undefined && (t.kind === 'bracket' || t.kind === 'dquote' || (t.kind === 'word' && !KEYWORDS.has(t.value.toUpperCase())));
    const isCmp = (t: Tok | undefined) => t !== undefined && ((t.kind === 'punct' && COMPARISONS.has(t.text)) || isWord(t, 'LIKE'));
    const p = this.prev(i);
    if (isCmp(toks[p]) && isColumn(toks[this.prev(p)])) return true;
    const n = this.next(i);
    if (isCmp(toks[n]) && isColumn(toks[this.next(n)]) && !isPunct(toks[this.next(this.next(n))], '(')) return true;
    // col IN (@a, @b): walk back over the list to its '(' and check `col IN` before it.
    let j = p;
    while (j >= 0 && (isPunct(toks[j], ',') || toks[j]?.kind === 'var' || toks[j]?.kind === 'str' || toks[j]?.kind === 'nstr' || toks[j]?.kind === 'num')) j = this.prev(j);
    if (isPunct(toks[j], '(') && isWord(toks[this.prev(j)], 'IN')) return isColumn(toks[this.prev(this.prev(j))]);
    return false;
  }

  topCommas(a: number, b: number): number[] {
    const out: number[] = [];
    let depth = 0;
    for (let j = a; j < b; j++) {
      const t = this.toks[j];
      if (isPunct(t, '(')) depth++;
      else if (isPunct(t, ')')) depth--;
      else if (depth === 0 && isPunct(t, ',')) out.push(j);
    }
    return out;
  }

  qualified(parts: readonly Tok[]): string {
    let k = -1;
    for (let x = 0; x < parts.length - 1; x++) {
      const p = parts[x] as Tok;
      if (p.kind !== 'punct' && SCHEMAS.has(p.value.toLowerCase())) { k = x; break; }
    }
    const render = (p: Tok) => (p.kind === 'punct' ? p.text : p.kind === 'word' ? p.text : quoteIdent(p.value));
    if (k < 0) return parts.map(render).join('.');
    const schema = parts[k] as Tok;
    const obj = parts[k + 1] as Tok;
    const head = schema.value.toLowerCase() === 'dbo' ? render(obj) : quoteIdent(`${schema.value}_${obj.value}`);
    return [head, ...parts.slice(k + 2).map(render)].join('.');
  }
}

function isIndexArg(toks: readonly Tok[], open: number, end: number): boolean {
  // WITH (INDEX(IX_Foo), NOLOCK): names inside INDEX(...) are not hints themselves.
  return toks.slice(open, end).some((x) => isWord(x, 'INDEX'));
}

function sysvar(name: string): string {
  switch (name.toUpperCase()) {
    case '@@VERSION': return "'Microsoft SQL Server 2019 (RTM) - 15.0.2000.5 (X64) PlantGraph demo ERP (TDS simulator over SQLite)'";
    case '@@SERVERNAME': return "'PLANTGRAPH-ERP'";
    case '@@SPID': return '51';
    case '@@ROWCOUNT': return 'changes()';
    case '@@IDENTITY': return 'last_insert_rowid()';
    case '@@TRANCOUNT': return '0';
    case '@@LANGUAGE': return "'us_english'";
    default: throw unsupported(name.toUpperCase());
  }
}

/** Select-list items and FROM/JOIN objects of the statement's first top-level SELECT. */
function analyze(toks: readonly Tok[]): { items: SelectItem[]; fromObjects: string[] } {
  const sig: { t: Tok; depth: number }[] = [];
  let depth = 0;
  for (const t of toks) {
    if (!isSig(t)) continue;
    if (isPunct(t, ')')) depth--;
    sig.push({ t, depth });
    if (isPunct(t, '(')) depth++;
  }
  const fromObjects: string[] = [];
  for (let i = 0; i < sig.length; i++) {
    const s = sig[i] as { t: Tok; depth: number };
    if (s.depth === 0 && (isWord(s.t, 'FROM') || isWord(s.t, 'JOIN'))) {
      const name: string[] = [];
      let j = i + 1;
      while (j < sig.length && isIdent(sig[j]?.t)) {
        name.push((sig[j] as { t: Tok }).t.value);
        if (!isPunct(sig[j + 1]?.t, '.')) break;
        j += 2;
      }
      if (name.length > 0) fromObjects.push(objectKey(name.join('.')));
    }
  }
  const sel = sig.findIndex((s) => s.depth === 0 && isWord(s.t, 'SELECT'));
  const items: SelectItem[] = [];
  if (sel < 0) return { items, fromObjects };
  let i = sel + 1;
  if (isWord(sig[i]?.t, 'DISTINCT') || isWord(sig[i]?.t, 'ALL')) i++;
  if (isWord(sig[i]?.t, 'TOP')) {
    i++;
    if (isPunct(sig[i]?.t, '(')) { while (i < sig.length && !(isPunct(sig[i]?.t, ')') && sig[i]?.depth === 0)) i++; }
    i++;
  }
  let cur: Tok[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    items.push(describeItem(cur));
    cur = [];
  };
  for (; i < sig.length; i++) {
    const s = sig[i] as { t: Tok; depth: number };
    if (s.depth === 0 && (isWord(s.t, 'FROM') || isWord(s.t, 'WHERE') || isWord(s.t, 'UNION') || isWord(s.t, 'ORDER') || isWord(s.t, 'GROUP'))) break;
    if (s.depth === 0 && isPunct(s.t, ',')) { flush(); continue; }
    cur.push(s.t);
  }
  flush();
  return { items, fromObjects };
}

function describeItem(toks: readonly Tok[]): SelectItem {
  let expr = [...toks];
  // Strip an alias: `expr AS alias`, `expr alias`, or `alias = expr`.
  const n = expr.length;
  let aliased = true;
  if (n >= 3 && isPunct(expr[1], '=') && isIdent(expr[0])) expr = expr.slice(2);
  else if (n >= 3 && isWord(expr[n - 2], 'AS')) expr = expr.slice(0, n - 2);
  else if (n >= 2 && (isIdent(expr[n - 1]) || expr[n - 1]?.kind === 'str') && !isPunct(expr[n - 2], '.') && !isWord(expr[n - 1], 'END')) expr = expr.slice(0, n - 1);
  else aliased = false;
  const last = expr[expr.length - 1];
  if (isPunct(last, '*')) return { star: true, named: true };
  const first = expr[0];
  if ((isWord(first, 'CAST') || isWord(first, 'CONVERT')) && isPunct(expr[1], '(') && isPunct(last, ')')) {
    let typeText: string | undefined;
    if (isWord(first, 'CAST')) {
      let depth = 0;
      for (let j = 1; j < expr.length; j++) {
        if (isPunct(expr[j], '(')) depth++;
        else if (isPunct(expr[j], ')')) depth--;
        else if (depth === 1 && isWord(expr[j], 'AS')) { typeText = expr.slice(j + 1, -1).map((t) => t.text).join(''); break; }
      }
    } else {
      const comma = expr.findIndex((t, j) => j > 1 && isPunct(t, ','));
      if (comma > 0) typeText = expr.slice(2, comma).map((t) => t.text).join('');
    }
    const explicitType = typeText === undefined ? undefined : parseTypeName(typeText);
    if (explicitType !== undefined) return { star: false, named: aliased, explicitType };
  }
  // A bare column reference: ident or alias.ident
  if (expr.length >= 1 && isIdent(last) && expr.every((t, j) => (j % 2 === 0 ? isIdent(t) : isPunct(t, '.')))) {
    return { star: false, named: true, sourceColumn: (last as Tok).value };
  }
  return { star: false, named: aliased };
}

/** Parses `EXEC sp_executesql N'…', N'@a int', @a = 1` with literal arguments only. */
function parseExec(toks: readonly Tok[]): NonNullable<TranslatedStatement['exec']> {
  const sig = toks.filter(isSig);
  const proc = sig[1];
  if (proc === undefined || !isIdent(proc) || !/^(sys\.)?sp_executesql$/i.test(proc.value)) {
    throw new TsqlError(2812, `Could not find stored procedure '${proc?.value ?? ''}'.`);
  }
  const groups: Tok[][] = [[]];
  for (const t of sig.slice(2)) {
    if (isPunct(t, ',')) groups.push([]);
    else (groups[groups.length - 1] as Tok[]).push(t);
  }
  const lit = (g: Tok[] | undefined, what: string): string => {
    const t = g?.[0];
    if (g?.length !== 1 || t === undefined || (t.kind !== 'str' && t.kind !== 'nstr')) throw unsupported(`EXEC sp_executesql with a non-literal ${what}`);
    return t.value;
  };
  const stmt = lit(groups[0], 'statement');
  const decl = groups.length > 1 ? lit(groups[1], 'parameter list') : '';
  const args = groups.slice(2).map((g) => {
    const [name, eq, ...rest] = g;
    if (name?.kind !== 'var' || !isPunct(eq, '=') || rest.length === 0) throw unsupported('EXEC sp_executesql with positional arguments');
    const neg = isPunct(rest[0], '-');
    const v = rest[neg ? 1 : 0];
    let value: string | number | null;
    if (v?.kind === 'num') value = (neg ? -1 : 1) * Number(v.text);
    else if (v?.kind === 'str' || v?.kind === 'nstr') value = v.value;
    else if (isWord(v, 'NULL')) value = null;
    else throw unsupported('EXEC sp_executesql with a non-literal argument');
    return { name: name.value.toLowerCase(), value };
  });
  return { stmt, decl, args };
}

/**
 * Translates a T-SQL batch into statements SQLite can run. Throws `TsqlError` (102 for syntax it
 * cannot tokenize, 40517 naming an unsupported construct, 2812 for unknown procedures).
 */
export function translateBatch(sql: string): TranslatedStatement[] {
  let toks: Tok[];
  try {
    toks = tokenize(sql);
  } catch (e: unknown) {
    if (e instanceof TokenizeError) throw new TsqlError(105, e.message, 15);
    throw e;
  }
  return splitStatements(toks).map((st): TranslatedStatement => {
    const tsql = st.map((t) => t.text).join('').trim();
    const firstTok = st.find(isSig);
    const first = firstTok?.kind === 'word' ? firstTok.value.toUpperCase() : '';
    const empty = { items: [], fromObjects: [], vars: [] };
    if (first === 'SET') {
      const second = st.filter(isSig)[1];
      if (second?.kind === 'var') throw unsupported('SET @variable');
      return { tsql, kind: 'ignored', sql: '', ...empty };
    }
    if (first === 'USE') return { tsql, kind: 'ignored', sql: '', ...empty };
    if (first === 'EXEC' || first === 'EXECUTE') {
      const exec = parseExec(st);
      return { tsql, kind: 'exec', sql: '', ...empty, exec };
    }
    if (first === 'BEGIN' || first === 'COMMIT' || first === 'ROLLBACK') {
      return { tsql, kind: 'query', sql: first === 'BEGIN' ? 'BEGIN' : first, ...empty };
    }
    const tr = new StatementTranslator(st);
    const out = tr.emit(0, st.length).trim();
    const { items, fromObjects } = analyze(st);
    return { tsql, kind: 'query', sql: out, items, fromObjects, vars: [...tr.vars] };
  });
}

/**
 * Translates T-SQL to SQLite text: statements joined with `;\n`, SET/USE options dropped.
 * Pure; for tests and debugging. Throws `TsqlError` like `translateBatch`.
 */
export function translateTsql(sql: string): string {
  return translateBatch(sql).filter((s) => s.kind === 'query').map((s) => s.sql).join(';\n');
}

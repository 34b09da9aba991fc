/**
 * The demo ERP's schema, defined ONCE as data: Epicor-flavoured base tables (schema `Erp`) and the integration
 * views the ERP subgraph reads (schema `dbo`). Everything else is generated from it:
 *  - the SQLite DDL the simulator runs on sql.js (`sqliteDdl`),
 *  - the catalog the TDS server reports column types from (`erpCatalog`),
 *  - the T-SQL script for a real SQL Server (`tsqlScript`, committed as simulators/erp/sql/demo-erp.sql).
 *
 * Views are written in a dialect-neutral subset (SELECT … AS, JOIN, CASE, COALESCE, EXISTS, correlated SUM/MAX
 * subqueries, comparisons with string literals) that SQLite and SQL Server both accept. Table references are
 * written `{Erp.Part}` and rendered per dialect: `Erp.Part` in T-SQL, `Erp_Part` in SQLite (a SQLite view may not
 * reference an ATTACHed database, so the schema becomes a name prefix there).
 */

/** A SQL Server column type. `length: 'max'` for (n)varchar(max). */
export type SqlType =
  | { readonly kind: 'nvarchar' | 'varchar'; readonly length: number | 'max' }
  | { readonly kind: 'decimal'; readonly precision: number; readonly scale: number }
  | { readonly kind: 'int' | 'bigint' | 'float' | 'bit' | 'date' | 'datetime' | 'datetime2' };

export interface ColumnDef {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
  /**
   * Key columns whose values may carry trailing spaces (paddedKeys mess). SQL Server ignores trailing spaces in
   * `=`/`IN` comparisons (ANSI padding); SQLite does not, so these get `COLLATE RTRIM` there instead of NOCASE.
   * Keys are upper-case codes, so losing case-insensitivity on them is the smaller divergence.
   */
  readonly padded?: boolean;
}

export interface TableDef {
  readonly schema: 'Erp';
  readonly name: string;
  readonly columns: readonly ColumnDef[];
  readonly primaryKey: readonly string[];
  /** Secondary indexes (column lists) the views' correlated subqueries need, on both engines. */
  readonly indexes?: readonly (readonly string[])[];
}

export interface ViewColumnDef {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
  /** Dialect-neutral SQL expression; `{Erp.X}` table placeholders allowed inside subqueries. */
  readonly expr: string;
}

export interface ViewDef {
  readonly schema: 'dbo';
  readonly name: string;
  readonly columns: readonly ViewColumnDef[];
  /** FROM … [JOIN …] [WHERE …] tail, dialect-neutral, with `{Erp.X}` placeholders. */
  readonly from: string;
}

/** The view contract version: 'v2' is the vendor patch that renames/adds view columns. */
export type ErpSchemaVersion = 'v1' | 'v2';

const nv = (length: number | 'max'): SqlType => ({ kind: 'nvarchar', length });
const dec = (precision: number, scale: number): SqlType => ({ kind: 'decimal', precision, scale });
const INT: SqlType = { kind: 'int' };
const BIT: SqlType = { kind: 'bit' };
const DATE: SqlType = { kind: 'date' };
const DATETIME: SqlType = { kind: 'datetime' };
const c = (name: string, type: SqlType, nullable = false, padded = false): ColumnDef =>
  padded ? { name, type, nullable, padded } : { name, type, nullable };

const CO = c('Company', nv(8), false, true);
const PL = c('Plant', nv(8), false, true);

/** Base tables: the subset of Epicor Kinetic's schema the demo needs, with Epicor's column names and casing. */
export const erpTables: readonly TableDef[] = [
  { schema: 'Erp', name: 'Company', primaryKey: ['Company'], columns: [CO, c('Name', nv(50))] },
  {
    schema: 'Erp', name: 'Plant', primaryKey: ['Company', 'Plant'],
    // SiteID_c: a Kinetic-style UD column carrying the canonical ISA-95 site id.
    columns: [CO, PL, c('Name', nv(50)), c('SiteID_c', nv(20), true)],
  },
  { schema: 'Erp', name: 'JCDept', primaryKey: ['Company', 'JCDept'], columns: [CO, c('JCDept', nv(8), false, true), c('Description', nv(30))] },
  {
    schema: 'Erp', name: 'ResourceGroup', primaryKey: ['Company', 'ResourceGrpID'],
    columns: [CO, PL, c('ResourceGrpID', nv(8), false, true), c('Description', nv(30)), c('JCDept', nv(8), false, true),
      c('NumberOfMachines', INT), c('DailyCapacity1', dec(8, 2)), c('Inactive', BIT)],
  },
  {
    schema: 'Erp', name: 'Resource', primaryKey: ['Company', 'ResourceID'],
    columns: [CO, PL, c('ResourceID', nv(20), false, true), c('ResourceGrpID', nv(8), false, true), c('Description', nv(50)),
      c('ResourceType', nv(8)), c('EquipID', nv(20)), c('Inactive', BIT),
      // UserChar1: the plant's UD field holding the MES machine code (blank for some machines under differentIds).
      c('UserChar1', nv(30))],
  },
  {
    schema: 'Erp', name: 'UOMConv', primaryKey: ['Company', 'UOMClassID', 'UOMCode'],
    columns: [CO, c('UOMClassID', nv(12)), c('UOMCode', nv(6)), c('ConvFactor', dec(20, 9)), c('ConvOperator', nv(1))],
  },
  {
    schema: 'Erp', name: 'Part', primaryKey: ['Company', 'PartNum'],
    // RevisionNum lives in PartRev in Epicor; folded into Part here to keep the demo small.
    columns: [CO, c('PartNum', nv(50), false, true), c('PartDescription', nv(100)), c('RevisionNum', nv(12)), c('IUM', nv(6)),
      c('PUM', nv(6)), c('PurchasingFactor', dec(20, 9)), c('TypeCode', nv(8)), c('ClassID', nv(4)), c('InActive', BIT)],
  },
  {
    schema: 'Erp', name: 'PartWhse', primaryKey: ['Company', 'PartNum', 'WarehouseCode'],
    columns: [CO, c('PartNum', nv(50), false, true), c('WarehouseCode', nv(8)), c('OnHandQty', dec(22, 8))],
  },
  {
    schema: 'Erp', name: 'PartTran', primaryKey: ['Company', 'SysDate', 'SysTime', 'TranNum'],
    columns: [CO, PL, c('SysDate', DATE), c('SysTime', INT), c('TranNum', INT), c('PartNum', nv(50), false, true),
      c('TranType', nv(7)), c('TranDate', DATE), c('TranQty', dec(22, 8)), c('UM', nv(6)), c('JobNum', nv(14), false, true),
      c('WareHouseCode', nv(8))],
  },
  {
    schema: 'Erp', name: 'JobHead', primaryKey: ['Company', 'JobNum'],
    columns: [CO, PL, c('JobNum', nv(14), false, true), c('PartNum', nv(50), false, true), c('RevisionNum', nv(12)),
      c('ProdQty', dec(22, 8)), c('IUM', nv(6)), c('QtyCompleted', dec(22, 8)),
      c('StartDate', DATE, true), c('StartHour', dec(6, 2)), c('DueDate', DATE, true), c('DueHour', dec(6, 2)),
      c('ReqDueDate', DATE, true), c('JobFirm', BIT), c('JobReleased', BIT), c('JobComplete', BIT), c('JobClosed', BIT),
      c('JobHeld', BIT), c('CreateDate', DATETIME, true), c('LastChangedOn', DATETIME, true)],
  },
  {
    schema: 'Erp', name: 'JobOper', primaryKey: ['Company', 'JobNum', 'AssemblySeq', 'OprSeq'],
    columns: [CO, c('JobNum', nv(14), false, true), c('AssemblySeq', INT), c('OprSeq', INT), c('OpCode', nv(8)),
      c('EstSetHours', dec(22, 8)), c('EstProdHours', dec(22, 8)), c('ProdStandard', dec(22, 8)), c('StdFormat', nv(2)),
      c('QtyCompleted', dec(22, 8)), c('ActProdHours', dec(22, 8)), c('ActSetupHours', dec(22, 8)), c('OpComplete', BIT),
      c('ActualStartDate', DATE, true), c('ActualStartHour', dec(6, 2))],
  },
  {
    schema: 'Erp', name: 'JobOpDtl', primaryKey: ['Company', 'JobNum', 'AssemblySeq', 'OprSeq', 'OpDtlSeq'],
    columns: [CO, c('JobNum', nv(14), false, true), c('AssemblySeq', INT), c('OprSeq', INT), c('OpDtlSeq', INT),
      c('ResourceGrpID', nv(8), false, true), c('ResourceID', nv(20), false, true)],
  },
  {
    schema: 'Erp', name: 'LaborDtl', primaryKey: ['Company', 'LaborDtlSeq'],
    columns: [CO, c('LaborDtlSeq', INT), c('EmployeeNum', nv(9)), c('JobNum', nv(14), false, true), c('AssemblySeq', INT),
      c('OprSeq', INT), c('ResourceID', nv(20), false, true), c('LaborType', nv(1)), c('LaborQty', dec(22, 8)),
      c('ScrapQty', dec(22, 8)), c('ScrapReasonCode', nv(30)), c('DiscrepQty', dec(22, 8)),
      c('ClockInDate', DATE, true), c('ClockinTime', dec(6, 2)), c('ClockOutTime', dec(6, 2)),
      c('ClockInMInute', INT), c('ClockOutMinute', INT), c('LaborHrs', dec(22, 8)), c('Downtime', BIT), c('Shift', INT),
      c('PayrollDate', DATE, true)],
    indexes: [['Company', 'JobNum', 'OprSeq']],
  },
];

const v = (name: string, type: SqlType, expr: string, nullable = false): ViewColumnDef => ({ name, type, nullable, expr });

/** Operation scrap comes from LaborDtl (Epicor posts scrap on labour, not on the operation). */
const opScrapExpr =
  '(SELECT COALESCE(SUM(l.ScrapQty), 0) FROM {Erp.LaborDtl} l WHERE l.Company = o.Company AND l.JobNum = o.JobNum ' +
  'AND l.AssemblySeq = o.AssemblySeq AND l.OprSeq = o.OprSeq)';

function jobOperStatusView(version: ErpSchemaVersion): ViewDef {
  const qty = version === 'v1'
    ? [v('QtyCompleted', dec(22, 8), 'o.QtyCompleted')]
    // The vendor patch renames QtyCompleted and adds LastLaborDate: what an Epicor update does to a custom view.
    : [v('CompletedQty', dec(22, 8), 'o.QtyCompleted'),
      v('LastLaborDate', DATE, '(SELECT MAX(l.ClockInDate) FROM {Erp.LaborDtl} l WHERE l.Company = o.Company AND l.JobNum = o.JobNum AND l.OprSeq = o.OprSeq)', true)];
  return {
    schema: 'dbo', name: 'vw_JobOperStatus',
    columns: [
      v('Company', nv(8), 'o.Company'), v('Plant', nv(8), 'j.Plant'), v('JobNum', nv(14), 'o.JobNum'),
      v('AssemblySeq', INT, 'o.AssemblySeq'), v('OprSeq', INT, 'o.OprSeq'), v('OpCode', nv(8), 'o.OpCode'),
      v('ResourceGrpID', nv(8), 'd.ResourceGrpID', true), v('ResourceID', nv(20), 'd.ResourceID', true),
      v('EstSetHours', dec(22, 8), 'o.EstSetHours'), v('EstProdHours', dec(22, 8), 'o.EstProdHours'),
      v('ProdStandard', dec(22, 8), 'o.ProdStandard'), v('StdFormat', nv(2), 'o.StdFormat'),
      ...qty,
      v('ScrapQty', dec(22, 8), opScrapExpr), v('IUM', nv(6), 'j.IUM'),
      v('OpComplete', BIT, 'o.OpComplete'), v('ActualStartDate', DATE, 'o.ActualStartDate', true),
      v('ActualStartHour', dec(6, 2), 'o.ActualStartHour'),
    ],
    from: 'FROM {Erp.JobOper} o JOIN {Erp.JobHead} j ON j.Company = o.Company AND j.JobNum = o.JobNum ' +
      'LEFT JOIN {Erp.JobOpDtl} d ON d.Company = o.Company AND d.JobNum = o.JobNum AND d.AssemblySeq = o.AssemblySeq ' +
      'AND d.OprSeq = o.OprSeq AND d.OpDtlSeq = 10',
  };
}

const jobColumns: readonly ViewColumnDef[] = [
  v('Company', nv(8), 'j.Company'), v('Plant', nv(8), 'j.Plant'), v('JobNum', nv(14), 'j.JobNum'),
  v('PartNum', nv(50), 'j.PartNum'), v('RevisionNum', nv(12), 'j.RevisionNum'), v('ProdQty', dec(22, 8), 'j.ProdQty'),
  v('IUM', nv(6), 'j.IUM'), v('QtyCompleted', dec(22, 8), 'j.QtyCompleted'),
  v('StartDate', DATE, 'j.StartDate', true), v('StartHour', dec(6, 2), 'j.StartHour'),
  v('DueDate', DATE, 'j.DueDate', true), v('DueHour', dec(6, 2), 'j.DueHour'),
  v('JobReleased', BIT, 'j.JobReleased'), v('JobComplete', BIT, 'j.JobComplete'), v('JobClosed', BIT, 'j.JobClosed'),
  v('JobHeld', BIT, 'j.JobHeld'),
  // "Started" = some operation has a real actual start (sentinel dates are before 1901).
  v('JobStarted', INT, "CASE WHEN EXISTS (SELECT 1 FROM {Erp.JobOper} s WHERE s.Company = j.Company AND s.JobNum = j.JobNum " +
    "AND s.ActualStartDate > '1901-01-01') THEN 1 ELSE 0 END"),
  v('CreateDate', DATETIME, 'j.CreateDate', true),
];

/**
 * View columns a vendor patch dropped, by view name (`vw_JobOperStatus` → ['ActualStartDate']): what a patch that
 * removes a column from a custom view does. Empty by default.
 */
export type DroppedViewColumns = Readonly<Record<string, readonly string[]>>;

/** The integration views for a contract version, without the `dropped` columns. */
export function erpViews(version: ErpSchemaVersion = 'v1', dropped: DroppedViewColumns = {}): readonly ViewDef[] {
  const views = allViews(version);
  return views.map((vw) => (dropped[vw.name] === undefined ? vw : { ...vw, columns: vw.columns.filter((col) => !dropped[vw.name]!.includes(col.name)) }));
}

function allViews(version: ErpSchemaVersion): readonly ViewDef[] {
  return [
    {
      schema: 'dbo', name: 'vw_Sites',
      columns: [v('Company', nv(8), 'p.Company'), v('Plant', nv(8), 'p.Plant'), v('PlantName', nv(50), 'p.Name'),
        v('SiteID', nv(20), 'p.SiteID_c', true)],
      from: 'FROM {Erp.Plant} p',
    },
    {
      schema: 'dbo', name: 'vw_WorkCenters',
      columns: [v('Company', nv(8), 'g.Company'), v('Plant', nv(8), 'g.Plant'), v('ResourceGrpID', nv(8), 'g.ResourceGrpID'),
        v('Description', nv(30), 'g.Description'), v('JCDept', nv(8), 'g.JCDept'), v('DeptDescription', nv(30), 'd.Description', true),
        v('NumberOfMachines', INT, 'g.NumberOfMachines'), v('Inactive', BIT, 'g.Inactive')],
      from: 'FROM {Erp.ResourceGroup} g LEFT JOIN {Erp.JCDept} d ON d.Company = g.Company AND d.JCDept = g.JCDept',
    },
    {
      schema: 'dbo', name: 'vw_Resources',
      columns: [v('Company', nv(8), 'r.Company'), v('Plant', nv(8), 'r.Plant'), v('ResourceID', nv(20), 'r.ResourceID'),
        v('ResourceGrpID', nv(8), 'r.ResourceGrpID'), v('Description', nv(50), 'r.Description'),
        v('ResourceType', nv(8), 'r.ResourceType'), v('EquipID', nv(20), 'r.EquipID'), v('MesMachineCode', nv(30), 'r.UserChar1'),
        v('Inactive', BIT, 'r.Inactive')],
      from: 'FROM {Erp.Resource} r',
    },
    {
      schema: 'dbo', name: 'vw_Parts',
      columns: [v('Company', nv(8), 'p.Company'), v('PartNum', nv(50), 'p.PartNum'), v('RevisionNum', nv(12), 'p.RevisionNum'),
        v('PartDescription', nv(100), 'p.PartDescription'), v('IUM', nv(6), 'p.IUM'), v('PUM', nv(6), 'p.PUM'),
        v('PurchasingFactor', dec(20, 9), 'p.PurchasingFactor'), v('TypeCode', nv(8), 'p.TypeCode'), v('ClassID', nv(4), 'p.ClassID'),
        v('InActive', BIT, 'p.InActive')],
      from: 'FROM {Erp.Part} p',
    },
    { schema: 'dbo', name: 'vw_Jobs', columns: jobColumns, from: 'FROM {Erp.JobHead} j' },
    { schema: 'dbo', name: 'vw_OpenJobs', columns: jobColumns, from: 'FROM {Erp.JobHead} j WHERE j.JobClosed = 0 AND j.JobComplete = 0' },
    jobOperStatusView(version),
    {
      schema: 'dbo', name: 'vw_LaborActuals',
      columns: [v('Company', nv(8), 'l.Company'), v('LaborDtlSeq', INT, 'l.LaborDtlSeq'), v('EmployeeNum', nv(9), 'l.EmployeeNum'),
        v('JobNum', nv(14), 'l.JobNum'), v('AssemblySeq', INT, 'l.AssemblySeq'), v('OprSeq', INT, 'l.OprSeq'),
        v('ResourceID', nv(20), 'l.ResourceID'), v('LaborType', nv(1), 'l.LaborType'), v('LaborQty', dec(22, 8), 'l.LaborQty'),
        v('ScrapQty', dec(22, 8), 'l.ScrapQty'), v('ScrapReasonCode', nv(30), 'l.ScrapReasonCode'),
        v('ClockInDate', DATE, 'l.ClockInDate', true), v('ClockinTime', dec(6, 2), 'l.ClockinTime'),
        v('ClockOutTime', dec(6, 2), 'l.ClockOutTime'), v('ClockInMInute', INT, 'l.ClockInMInute'),
        v('ClockOutMinute', INT, 'l.ClockOutMinute'), v('LaborHrs', dec(22, 8), 'l.LaborHrs'), v('Shift', INT, 'l.Shift')],
      from: 'FROM {Erp.LaborDtl} l',
    },
    {
      schema: 'dbo', name: 'vw_OnHand',
      columns: [v('Company', nv(8), 'w.Company'), v('PartNum', nv(50), 'w.PartNum'), v('IUM', nv(6), 'p.IUM'),
        v('OnHandQty', dec(22, 8), 'SUM(w.OnHandQty)')],
      from: 'FROM {Erp.PartWhse} w JOIN {Erp.Part} p ON p.Company = w.Company AND p.PartNum = w.PartNum ' +
        'GROUP BY w.Company, w.PartNum, p.IUM',
    },
  ];
}

/** SQL Server spelling of a type, e.g. `nvarchar(50)`, `decimal(22,8)`. */
export function sqlTypeName(t: SqlType): string {
  switch (t.kind) {
    case 'nvarchar': case 'varchar': return `${t.kind}(${t.length})`;
    case 'decimal': return `decimal(${t.precision},${t.scale})`;
    default: return t.kind;
  }
}

function sqliteAffinity(t: SqlType): string {
  switch (t.kind) {
    case 'int': case 'bigint': case 'bit': return 'INTEGER';
    case 'decimal': case 'float': return 'REAL';
    default: return 'TEXT';
  }
}

const isText = (t: SqlType): boolean => t.kind === 'nvarchar' || t.kind === 'varchar';

/** The SQLite name of a table or view (schema folded into the name for `Erp`, dropped for `dbo`). */
export function sqliteName(schema: string, name: string): string {
  return schema === 'dbo' ? name : `${schema}_${name}`;
}

function renderRefs(sql: string, dialect: 'sqlite' | 'tsql'): string {
  return sql.replace(/\{(\w+)\.(\w+)\}/g, (_, s: string, n: string) => (dialect === 'sqlite' ? sqliteName(s, n) : `${s}.${n}`));
}

function viewSelect(view: ViewDef, dialect: 'sqlite' | 'tsql'): string {
  const cols = view.columns.map((col) => `  ${renderRefs(col.expr, dialect)} AS ${col.name}`).join(',\n');
  return `SELECT\n${cols}\n${renderRefs(view.from, dialect)}`;
}

/** CREATE VIEW statements for SQLite (run after `sqliteDdl` tables, or to swap contract versions). */
export function sqliteViewDdl(version: ErpSchemaVersion, dropped: DroppedViewColumns = {}): string[] {
  return erpViews(version, dropped).map((view) => `CREATE VIEW ${sqliteName(view.schema, view.name)} AS\n${viewSelect(view, 'sqlite')};`);
}

/** DROP VIEW statements for SQLite, to swap contract versions at run time. */
export function sqliteDropViews(): string[] {
  return erpViews('v1').map((view) => `DROP VIEW IF EXISTS ${sqliteName(view.schema, view.name)};`);
}

/** SQLite DDL: tables with text columns `COLLATE NOCASE` (SQL Server's default collation is case-insensitive), then views. */
export function sqliteDdl(version: ErpSchemaVersion = 'v1'): string[] {
  const tables = erpTables.map((t) => {
    const cols = t.columns.map((col) => {
      const coll = isText(col.type) ? (col.padded === true ? ' COLLATE RTRIM' : ' COLLATE NOCASE') : '';
      return `  ${col.name} ${sqliteAffinity(col.type)}${coll}${col.nullable ? '' : ' NOT NULL'}`;
    });
    cols.push(`  PRIMARY KEY (${t.primaryKey.join(', ')})`);
    return `CREATE TABLE ${sqliteName(t.schema, t.name)} (\n${cols.join(',\n')}\n);`;
  });
  const indexes = erpTables.flatMap((t) => (t.indexes ?? []).map((cols) =>
    `CREATE INDEX IX_${t.name}_${cols.join('_')} ON ${sqliteName(t.schema, t.name)} (${cols.join(', ')});`));
  return [...tables, ...indexes, ...sqliteViewDdl(version)];
}

/** A T-SQL script creating the demo ERP schema and views on a real SQL Server (run in the target database). */
export function tsqlScript(version: ErpSchemaVersion = 'v1'): string {
  const out: string[] = [
    '-- PlantGraph demo ERP: Epicor-flavoured tables (schema Erp) and the integration views (schema dbo).',
    '-- GENERATED from simulators/erp/erp-schema.ts; do not edit by hand (a test checks this file is current).',
    '-- Run in an empty database (e.g. CREATE DATABASE PlantERP; USE PlantERP;) with sqlcmd or SSMS.',
    '',
    'CREATE SCHEMA Erp;',
    'GO',
    '',
  ];
  for (const t of erpTables) {
    const cols = t.columns.map((col) => `  ${col.name} ${sqlTypeName(col.type)} ${col.nullable ? 'NULL' : 'NOT NULL'}`);
    cols.push(`  CONSTRAINT PK_${t.name} PRIMARY KEY (${t.primaryKey.join(', ')})`);
    out.push(`CREATE TABLE ${t.schema}.${t.name} (\n${cols.join(',\n')}\n);`, 'GO', '');
    for (const ix of t.indexes ?? []) out.push(`CREATE INDEX IX_${t.name}_${ix.join('_')} ON ${t.schema}.${t.name} (${ix.join(', ')});`, 'GO', '');
  }
  for (const view of erpViews(version)) {
    out.push(`CREATE VIEW ${view.schema}.${view.name} AS\n${viewSelect(view, 'tsql')};`, 'GO', '');
  }
  return out.join('\n');
}

/** One column as the TDS server reports it. */
export interface CatalogColumn {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
}

/** One table or view in the catalog, by SQL Server schema and name, with its SQLite name. */
export interface CatalogObject {
  readonly schema: string;
  readonly name: string;
  readonly sqliteName: string;
  readonly kind: 'table' | 'view';
  readonly columns: readonly CatalogColumn[];
}

/** The catalog of tables and views (column names and SQL Server types) for a contract version. */
export function erpCatalog(version: ErpSchemaVersion = 'v1', dropped: DroppedViewColumns = {}): readonly CatalogObject[] {
  const strip = (col: ColumnDef | ViewColumnDef): CatalogColumn => ({ name: col.name, type: col.type, nullable: col.nullable });
  return [
    ...erpTables.map((t) => ({ schema: t.schema, name: t.name, sqliteName: sqliteName(t.schema, t.name), kind: 'table' as const, columns: t.columns.map(strip) })),
    ...erpViews(version, dropped).map((vw) => ({ schema: vw.schema, name: vw.name, sqliteName: sqliteName(vw.schema, vw.name), kind: 'view' as const, columns: vw.columns.map(strip) })),
  ];
}

/** A column type in the TDS server's catalog shape (simulators/erp/tds TdsColumnType). */
export type TdsCatalogType =
  | { readonly type: 'int' | 'bigint' | 'float' | 'bit' | 'date' | 'datetime' | 'datetime2' }
  | { readonly type: 'decimal'; readonly precision: number; readonly scale: number }
  | { readonly type: 'nvarchar' | 'varchar'; readonly length: number | 'max' };

function toTdsType(t: SqlType): TdsCatalogType {
  switch (t.kind) {
    case 'nvarchar': case 'varchar': return { type: t.kind, length: t.length };
    case 'decimal': return { type: 'decimal', precision: t.precision, scale: t.scale };
    default: return { type: t.kind };
  }
}

/**
 * The TDS server's catalog: T-SQL object name ('Erp.JobHead', 'dbo.vw_Jobs') → column → SQL Server type,
 * so the server reports each column with the type a real SQL Server would.
 */
export function tdsCatalog(version: ErpSchemaVersion = 'v1'): Readonly<Record<string, Readonly<Record<string, TdsCatalogType>>>> {
  const out: Record<string, Record<string, TdsCatalogType>> = {};
  for (const obj of erpCatalog(version)) {
    out[`${obj.schema}.${obj.name}`] = Object.fromEntries(obj.columns.map((col) => [col.name, toTdsType(col.type)]));
  }
  return out;
}

/**
 * SQL Server's INFORMATION_SCHEMA.COLUMNS for the demo database, as a SQLite table (`INFORMATION_SCHEMA_COLUMNS`; the
 * TDS server maps the schema-qualified name to it) rebuilt whenever the views change, so a client reads the columns
 * and types of the views exactly as it would on a real server. Only the columns a client needs for a catalog check.
 */
export const informationSchemaColumns = 'INFORMATION_SCHEMA_COLUMNS';

const infoColumns: readonly [string, SqlType][] = [
  ['TABLE_CATALOG', nv(128)], ['TABLE_SCHEMA', nv(128)], ['TABLE_NAME', nv(128)], ['COLUMN_NAME', nv(128)], ['ORDINAL_POSITION', INT],
  ['IS_NULLABLE', { kind: 'varchar', length: 3 }], ['DATA_TYPE', nv(128)], ['CHARACTER_MAXIMUM_LENGTH', INT], ['NUMERIC_PRECISION', INT], ['NUMERIC_SCALE', INT],
];

/** Statements (with their parameters) that (re)create and fill the INFORMATION_SCHEMA.COLUMNS table. */
export function sqliteInformationSchema(database: string, version: ErpSchemaVersion, dropped: DroppedViewColumns = {}): { sql: string; params?: (string | number | null)[] }[] {
  const out: { sql: string; params?: (string | number | null)[] }[] = [
    { sql: `DROP TABLE IF EXISTS ${informationSchemaColumns}` },
    { sql: `CREATE TABLE ${informationSchemaColumns} (${infoColumns.map(([n, t]) => `${n} ${sqliteAffinity(t)}${isText(t) ? ' COLLATE NOCASE' : ''}`).join(', ')})` },
  ];
  for (const obj of erpCatalog(version, dropped)) {
    obj.columns.forEach((col, i) => {
      const t = col.type;
      out.push({
        sql: `INSERT INTO ${informationSchemaColumns} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        params: [database, obj.schema, obj.name, col.name, i + 1, col.nullable ? 'YES' : 'NO', t.kind,
          t.kind === 'nvarchar' || t.kind === 'varchar' ? (t.length === 'max' ? -1 : t.length) : null,
          t.kind === 'decimal' ? t.precision : t.kind === 'int' ? 10 : t.kind === 'bigint' ? 19 : null,
          t.kind === 'decimal' ? t.scale : t.kind === 'int' || t.kind === 'bigint' ? 0 : null],
      });
    });
  }
  return out;
}

/** The TDS catalog entry of INFORMATION_SCHEMA.COLUMNS, so its columns arrive with SQL Server's types. */
export function informationSchemaCatalog(): Readonly<Record<string, Readonly<Record<string, TdsCatalogType>>>> {
  return { 'INFORMATION_SCHEMA.COLUMNS': Object.fromEntries(infoColumns.map(([n, t]) => [n, toTdsType(t)])) };
}

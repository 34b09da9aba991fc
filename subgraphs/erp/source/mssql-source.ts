import sql from 'mssql';
import type { GraphQLError } from 'graphql';
import { Code, createMemoryStore, createReadCache, createSchemaWatcher, createUpstreamGuard, plantError } from '../../../common/index.ts';
import type { DeclaredField, DurableStore, Fingerprint, Logger, ReadCache, SchemaWatcher, UpstreamGuard, UpstreamStats } from '../../../common/index.ts';
import { erpContract, sqlFieldType } from './contract.ts';
import type { ErpConfig } from '../config.ts';
import { canonicalKey, materialId, orderId } from './ids.ts';
import { decodeDateHours, decodeWallDateTime, localDate } from './local-time.ts';
import type { DecodedTime } from '../../../normalization/index.ts';
import type { ErpSource } from './port.ts';
import { areasOf } from './areas.ts';
import type {
  EquipmentKindValue, EquipmentRow, JobKey, LaborRow, LaborTypeValue, MaterialRow, OnHandRow, OperationRow,
  OrderStatusValue, ProductionOrderRow, SiteRow, TimeFacts, WorkCenterRow,
} from './types.ts';

/** Decoded times of one row: epoch ms per field (null when missing) and the row's TimeFacts. */
function decodeTimes<K extends string>(fields: Readonly<Record<K, DecodedTime>>): { ms: Record<K, number | null>; facts: TimeFacts } {
  const ms = {} as Record<K, number | null>;
  const times: Record<string, NonNullable<DecodedTime['time']>> = {};
  const sentinelDates: string[] = [];
  for (const k of Object.keys(fields) as K[]) {
    const d = fields[k];
    ms[k] = d.time?.utc ?? null;
    if (d.time !== null) times[k] = d.time;
    else if (d.missingReason === 'SQL_SENTINEL_DATE') sentinelDates.push(k);
  }
  return { ms, facts: { times, sentinelDates } };
}

/**
 * The ONLY module that imports the SQL Server driver. Reads the ERP's integration views (dbo.vw_*) with
 * parameterised queries over one pool per process, maps rows to domain objects, and translates driver errors
 * into coded GraphQLErrors. Never SELECT *: each query names its view columns, and a missing column is reported
 * as ERP_BAD_RESPONSE naming it.
 */

/** Parameter types match the views' column types (nvarchar keys): a VarChar parameter against an nvarchar column still works but an nvarchar one against a varchar column forces a scan on a real server. */
const T = {
  company: () => sql.NVarChar(8),
  plant: () => sql.NVarChar(8),
  resourceId: () => sql.NVarChar(20),
  resourceGrpId: () => sql.NVarChar(8),
  partNum: () => sql.NVarChar(50),
  jobNum: () => sql.NVarChar(14),
};

/** SQL Server accepts at most 2100 parameters per request; keep a margin for the scoping parameters. */
export const MAX_KEYS_PER_QUERY = 1000;

type Param = { readonly name: string; readonly type: sql.ISqlType | (() => sql.ISqlType); readonly value: unknown };
// Rows come from the driver untyped: `any` stops here; every field is narrowed by the accessors below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawRow = Record<string, any>;

/** The view each read uses (entity names of the schema contract, contract.ts). */
const VIEW = {
  sites: 'dbo.vw_Sites', workCenters: 'dbo.vw_WorkCenters', resources: 'dbo.vw_Resources', parts: 'dbo.vw_Parts', onHand: 'dbo.vw_OnHand',
  jobs: 'dbo.vw_Jobs', operations: 'dbo.vw_JobOperStatus', labor: 'dbo.vw_LaborActuals',
} as const;

const COLS = {
  sites: ['Company', 'Plant', 'PlantName', 'SiteID'],
  workCenters: ['ResourceGrpID', 'Description', 'JCDept', 'DeptDescription', 'Inactive'],
  resources: ['ResourceID', 'ResourceGrpID', 'Description', 'ResourceType', 'EquipID', 'MesMachineCode', 'Inactive'],
  parts: ['Company', 'PartNum', 'RevisionNum', 'PartDescription', 'IUM', 'PUM', 'PurchasingFactor'],
  onHand: ['Company', 'PartNum', 'IUM', 'OnHandQty'],
  jobs: ['Company', 'JobNum', 'PartNum', 'ProdQty', 'IUM', 'QtyCompleted', 'StartDate', 'StartHour', 'DueDate', 'DueHour',
    'JobReleased', 'JobComplete', 'JobClosed', 'JobHeld', 'JobStarted', 'CreateDate'],
  operations: ['Company', 'JobNum', 'OprSeq', 'OpCode', 'ResourceGrpID', 'ResourceID', 'EstSetHours', 'EstProdHours',
    'ProdStandard', 'StdFormat', 'QtyCompleted', 'ScrapQty', 'IUM', 'OpComplete', 'ActualStartDate', 'ActualStartHour'],
  labor: ['Company', 'LaborDtlSeq', 'EmployeeNum', 'JobNum', 'OprSeq', 'ResourceID', 'LaborType', 'LaborQty', 'ScrapQty',
    'ScrapReasonCode', 'ClockInDate', 'ClockinTime', 'ClockInMInute', 'ClockOutMinute', 'LaborHrs', 'Shift'],
} as const;

const kinds: ReadonlySet<string> = new Set(['PRESS', 'LATHE', 'MILL', 'GRINDER', 'WELDER', 'MOLDER']);

function badResponse(message: string, column: string): GraphQLError {
  return plantError(Code.ERP_BAD_RESPONSE, message, { source: 'ERP', retryable: false, detail: { column } });
}

/**
 * Columns of a row that the schema watch could not map (selected as NULL): the accessors below read them as a
 * neutral value, and the mapped domain object is marked so the canonical fields they feed answer
 * SCHEMA_FIELD_UNMAPPED instead of that value.
 */
const UNMAPPED = Symbol('unmapped columns');
const isUnmapped = (row: RawRow, col: string): boolean => (row[UNMAPPED as unknown as string] as ReadonlySet<string> | undefined)?.has(col) === true;

// Field accessors: narrow the driver's values, report contract breaks as ERP_BAD_RESPONSE naming the column.
function str(row: RawRow, col: string): string {
  if (isUnmapped(row, col)) return '';
  const v: unknown = row[col];
  if (typeof v !== 'string') throw badResponse(`ERP column ${col} is not text`, col);
  return v.trim();
}
function strOrNull(row: RawRow, col: string): string | null {
  const v: unknown = row[col];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') throw badResponse(`ERP column ${col} is not text`, col);
  const t = v.trim();
  return t === '' ? null : t;
}
function num(row: RawRow, col: string): number {
  if (isUnmapped(row, col)) return 0;
  const v: unknown = row[col];
  if (v === null) return 0;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw badResponse(`ERP column ${col} is not a number`, col);
  return v;
}
function numOrNull(row: RawRow, col: string): number | null {
  const v: unknown = row[col];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw badResponse(`ERP column ${col} is not a number`, col);
  return v;
}
function bool(row: RawRow, col: string): boolean {
  if (isUnmapped(row, col)) return false;
  const v: unknown = row[col];
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v === null) return false;
  throw badResponse(`ERP column ${col} is not a bit`, col);
}
function date(row: RawRow, col: string): Date | null {
  const v: unknown = row[col];
  if (v === null || v === undefined) return null;
  if (!(v instanceof Date)) throw badResponse(`ERP column ${col} is not a date`, col);
  return v;
}

/** Maps an mssql/tedious error to a coded GraphQLError. Messages never carry SQL, server names or driver text. */
const unavailableErrorNumbers: ReadonlySet<number> = new Set([40613, 4060, 942, 976, 983]);

export function mapMssqlError(e: unknown): GraphQLError {
  if (e !== null && typeof e === 'object' && 'extensions' in e && e instanceof Error && e.name === 'GraphQLError') return e as GraphQLError;
  const err = e as { name?: string; code?: string; number?: number; message?: string };
  const code = err.code ?? '';
  // tarn's acquire timeout: no connection could be had in time.
  if (err.name === 'TimeoutError') return plantError(Code.ERP_UNAVAILABLE, 'ERP database unreachable', { source: 'ERP', retryable: true }, e);
  if (err.name === 'ConnectionError' || ['ESOCKET', 'ELOGIN', 'ECONNCLOSED', 'ENOCONN', 'EINSTLOOKUP', 'ECONNRESET', 'ECONNREFUSED'].includes(code)) {
    return plantError(Code.ERP_UNAVAILABLE, code === 'ELOGIN' ? 'ERP refused the login' : 'ERP database unreachable',
      { source: 'ERP', retryable: code !== 'ELOGIN' }, e);
  }
  if (code === 'ETIMEOUT' || code === 'ECANCEL') {
    return plantError(Code.ERP_TIMEOUT, 'ERP query ran past its timeout', { source: 'ERP', retryable: true }, e);
  }
  if (typeof err.number === 'number') {
    // The server is there but the database is not serving: 40613 database unavailable (Azure SQL, failovers),
    // 4060 cannot open database, 942 database offline, 983/976 availability-group replica not readable.
    if (unavailableErrorNumbers.has(err.number)) {
      return plantError(Code.ERP_UNAVAILABLE, 'ERP database unreachable', { source: 'ERP', retryable: true, detail: { errorNumber: err.number } }, e);
    }
    // 207 invalid column / 208 invalid object: the view contract changed under us (vendor patch).
    if (err.number === 207 || err.number === 208) {
      const m = /name '([^']{1,128})'/.exec(err.message ?? '');
      const what = m?.[1] ?? 'unknown';
      return plantError(Code.ERP_BAD_RESPONSE, `ERP view contract broken: ${err.number === 207 ? 'column' : 'object'} ${what} missing`,
        { source: 'ERP', retryable: false, detail: { errorNumber: err.number, column: what } }, e);
    }
    return plantError(Code.ERP_QUERY_FAILED, 'ERP query failed', { source: 'ERP', retryable: false, detail: { errorNumber: err.number } }, e);
  }
  return plantError(Code.ERP_QUERY_FAILED, 'ERP query failed', { source: 'ERP', retryable: false }, e);
}

/** The driver's Request constructor also takes per-request overrides ({ requestTimeout }); @types/mssql omits it. */
type RequestWithOverrides = new (pool: sql.ConnectionPool, overrides: { requestTimeout: number }) => sql.Request;

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

export interface MssqlErpSourceOptions {
  readonly config: Readonly<ErpConfig>;
  readonly logger: Logger;
  /** Shared per-process read cache; one is created when absent. */
  readonly cache?: ReadCache;
  /** Bulkhead + breaker + retries for this source; one is created from `config.resilience` when absent. */
  readonly guard?: UpstreamGuard;
  /** Where detected view-contract changes are recorded (shared by the layer's processes); a memory store when absent. */
  readonly store?: DurableStore;
}

/** Creates the ERP source over SQL Server. Connects lazily; a failed connect is retried on the next read. */
export function createMssqlErpSource(opts: MssqlErpSourceOptions): ErpSource {
  const { config, logger } = opts;
  const sharedCache = opts.cache ?? createReadCache();
  const guard = opts.guard ?? createUpstreamGuard('ERP', config.resilience, { logger });
  // Every read goes through the cache with stale-if-error: a failed refresh serves the last good rows, marked stale.
  const cache = {
    read: <T>(key: string, ttl: number, load: () => Promise<T>): Promise<T> => sharedCache.read(key, ttl, () => adapting(load), {
      staleMaxAgeSeconds: config.staleMaxAgeS,
      onStale: ({ ageMs, error }) => logger.warn({ source: 'ERP', op: key.split(':')[0] ?? key, ageMs, code: String((error as { extensions?: { code?: unknown } }).extensions?.code ?? 'unknown') }, 'ERP read failed; serving the last good value (stale)'),
    }),
    close: () => sharedCache.close(),
  };
  const zone = config.siteTimeZone;
  const ttlMaster = config.cacheTtlSeconds.master;
  const ttlTx = config.cacheTtlSeconds.transactional;
  const byOp: Record<string, number> = {};
  let calls = 0;
  let pool: Promise<sql.ConnectionPool> | null = null;
  let closed = false;

  function getPool(): Promise<sql.ConnectionPool> {
    if (closed) return Promise.reject(plantError(Code.ERP_UNAVAILABLE, 'ERP source is closed', { source: 'ERP', retryable: false }));
    if (pool === null) {
      const poolConfig = {
        // Socket-level validation on acquire: the default 'SELECT 1' costs a round trip per query and, against a
        // hung server, blocks acquisition until the pool's acquire timeout instead of failing at the query timeout.
        validateConnection: 'socket',
        server: config.sql.server, port: config.sql.port, database: config.sql.database,
        user: config.sql.user, password: config.sql.password,
        connectionTimeout: config.sql.connectTimeoutMs, requestTimeout: config.sql.queryTimeoutMs,
        pool: { min: 0, max: config.sql.poolMax, idleTimeoutMillis: 30_000, acquireTimeoutMillis: config.sql.connectTimeoutMs + config.sql.queryTimeoutMs },
        // useUTC stays true on purpose: naive local datetimes come back with UTC fields = wall clock (local-time.ts).
        options: { encrypt: config.sql.encrypt, trustServerCertificate: config.sql.trustServerCertificate, useUTC: true, appName: 'plantgraph-erp' },
      };
      // validateConnection: 'socket' is in mssql 12 but not in @types/mssql.
      const p = new sql.ConnectionPool(poolConfig as sql.config);
      p.on('error', (e: unknown) => logger.warn({ source: 'ERP', error: mapMssqlError(e).extensions['code'] as string }, 'ERP pool error'));
      pool = p.connect().catch((e: unknown) => {
        pool = null; // let the next read try a fresh pool
        p.close().catch(() => undefined);
        throw mapMssqlError(e);
      });
    }
    return pool;
  }

  // The view contract: fingerprinted from INFORMATION_SCHEMA.COLUMNS before the first read, on a schedule and after
  // an invalid-column/object error; reads select each declared column through the remap (`actual AS Declared`).
  const views = erpContract.entities.map((e) => e.entity);
  const schema: SchemaWatcher = createSchemaWatcher({
    contract: erpContract, store: opts.store ?? createMemoryStore(), logger, subgraph: 'erp', intervalMs: config.schemaCheckIntervalS * 1000,
    fingerprint: async (): Promise<Fingerprint> => {
      const params: Param[] = [];
      const names = inList(params, 'v', views.map((v) => v.slice('dbo.'.length)), () => sql.NVarChar(128));
      const rows = await guard.run('schema', () => runOnce('schema',
        `SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS c WHERE c.TABLE_SCHEMA = 'dbo' AND c.TABLE_NAME IN (${names}) ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION`,
        params, ['TABLE_NAME', 'COLUMN_NAME', 'DATA_TYPE']));
      // No row at all is a login that cannot see the catalog, not every view dropped: no fingerprint then.
      if (rows.length === 0) throw badResponse('ERP INFORMATION_SCHEMA.COLUMNS shows none of the integration views', 'TABLE_NAME');
      const byView = new Map<string, { name: string; type: ReturnType<typeof sqlFieldType> }[]>(views.map((v) => [v, []]));
      for (const r of rows) byView.get(`dbo.${String(r['TABLE_NAME'])}`)?.push({ name: String(r['COLUMN_NAME']), type: sqlFieldType(String(r['DATA_TYPE'])) });
      return { system: 'ERP', version: null, entities: [...byView].map(([entity, fields]) => ({ entity, fields })) };
    },
  });
  let startupCheck: Promise<unknown> | null = null;
  /**
   * One read, built again once when it fails on the view contract (an invalid column after an unannounced upgrade):
   * the views are re-fingerprinted within the read (shared with concurrent reads) and, when the mapping changed, the
   * SQL is built again through the new mapping and run once more. So the first read after the upgrade succeeds.
   */
  async function adapting<T>(load: () => Promise<T>): Promise<T> {
    if (startupCheck === null) startupCheck = schema.check('startup');
    await startupCheck;
    const since = schema.generation();
    try {
      return await load();
    } catch (e: unknown) {
      if ((e as { extensions?: { code?: unknown } }).extensions?.code !== Code.ERP_BAD_RESPONSE || !(await schema.refresh(since))) throw e;
      return load();
    }
  }

  /** `alias.actual AS Declared` per declared column; an unmapped column that feeds canonical fields is selected as NULL. */
  function selectCols(view: string, cols: readonly string[], alias: string): string {
    return cols.map((c) => {
      const a = schema.access(view, c);
      if (a.path === null) {
        if (unmappedField(view, c) === undefined) throw badResponse(`ERP view contract broken: column ${c} missing`, c);
        return `NULL AS ${c}`;
      }
      const actual = a.path.join('.');
      return actual === c ? `${alias}.${c}` : `${alias}.${actual} AS ${c}`;
    }).join(', ');
  }
  /** A declared column in WHERE/ORDER BY, through the remap; an unmapped one fails the read naming it. */
  function col(view: string, alias: string, c: string): string {
    const a = schema.access(view, c);
    if (a.path === null) throw badResponse(`ERP view contract broken: column ${c} missing`, c);
    return `${alias}.${a.path.join('.')}`;
  }
  /** The declared field of an unmapped column that feeds canonical fields (it can degrade); undefined otherwise. */
  function unmappedField(view: string, c: string): DeclaredField | undefined {
    return schema.degradable(view).find((x) => x.name === c);
  }
  /** Maps a row and marks the canonical fields fed by its unmapped columns (common/schema-watch markDegraded). */
  function mapped<R extends object>(view: string, map: (r: RawRow) => R): (r: RawRow) => R {
    return (r) => {
      const out = map(r);
      const u = r[UNMAPPED as unknown as string] as ReadonlySet<string> | undefined;
      return u === undefined ? out : schema.markDegraded(view, out, u);
    };
  }

  /** One SQL read of `view` under the guard (bulkhead, breaker, retries of retryable failures), after the start-up fingerprint. */
  async function run(op: string, text: string, params: readonly Param[], expected: readonly string[], view?: string): Promise<RawRow[]> {
    if (startupCheck === null) startupCheck = schema.check('startup');
    await startupCheck;
    const rows = await guard.run(op, () => runOnce(op, text, params, expected));
    if (view !== undefined) {
      const gone = new Set(expected.filter((c) => unmappedField(view, c) !== undefined));
      if (gone.size > 0) for (const r of rows) Object.defineProperty(r, UNMAPPED, { value: gone, enumerable: false });
    }
    return rows;
  }

  async function runOnce(op: string, text: string, params: readonly Param[], expected: readonly string[]): Promise<RawRow[]> {
    const t0 = performance.now();
    calls++;
    byOp[op] = (byOp[op] ?? 0) + 1;
    try {
      const p = await getPool();
      const Req = sql.Request as unknown as RequestWithOverrides;
      const req = new Req(p, { requestTimeout: config.sql.queryTimeoutMs });
      for (const prm of params) req.input(prm.name, prm.type, prm.value);
      const result = await req.query(text);
      const present = new Set(Object.keys(result.recordset.columns ?? {}));
      for (const col of expected) if (!present.has(col)) throw badResponse(`ERP view contract broken: column ${col} missing`, col);
      const rows = result.recordset as unknown as RawRow[];
      // A bound, not a stream: the driver has already buffered the rows, but nothing downstream (mapping, cache,
      // GraphQL) will hold an unbounded list. A view returning this many rows is a contract break, not data.
      if (rows.length > config.maxRows) {
        throw plantError(Code.ERP_BAD_RESPONSE, `ERP ${op} returned more than ${config.maxRows} rows`, { source: 'ERP', retryable: false, detail: { maxRows: config.maxRows } });
      }
      logger.info({ source: 'ERP', op, ms: Math.round(performance.now() - t0), rows: rows.length }, 'erp query');
      return rows;
    } catch (e: unknown) {
      const ge = mapMssqlError(e);
      logger.info({ source: 'ERP', op, ms: Math.round(performance.now() - t0), outcome: String(ge.extensions['code']) }, 'erp query failed');
      // An invalid column/object or a column the contract expects but the result lacks: the views may have changed.
      if (ge.extensions['code'] === Code.ERP_BAD_RESPONSE && op !== 'schema') schema.recheckAfterError();
      throw ge;
    }
  }

  /** Builds `@prefix0,@prefix1,…` and pushes the typed parameters. Only placeholder names are built in code. */
  function inList(params: Param[], prefix: string, values: readonly string[], type: () => sql.ISqlType): string {
    return values.map((value, i) => {
      params.push({ name: `${prefix}${i}`, type, value });
      return `@${prefix}${i}`;
    }).join(', ');
  }
  function scope(view: string, params: Param[], alias: string, withPlant: boolean): string {
    const cos = inList(params, 'co', config.companies, T.company);
    if (!withPlant) return `${col(view, alias, 'Company')} IN (${cos})`;
    params.push({ name: 'plant', type: T.plant, value: config.plant });
    return `${col(view, alias, 'Company')} IN (${cos}) AND ${col(view, alias, 'Plant')} = @plant`;
  }
  const masterScope = (view: string, params: Param[], alias: string): string => {
    params.push({ name: 'mco', type: T.company, value: config.companies[0] });
    params.push({ name: 'plant', type: T.plant, value: config.plant });
    return `${col(view, alias, 'Company')} = @mco AND ${col(view, alias, 'Plant')} = @plant`;
  };

  // --- row mappers ---
  const toEquipment = mapped(VIEW.resources, (r: RawRow): EquipmentRow => {
    const type = canonicalKey(str(r, 'ResourceType'));
    const ud = strOrNull(r, 'MesMachineCode');
    return {
      id: canonicalKey(str(r, 'ResourceID')), name: str(r, 'Description'),
      kind: (kinds.has(type) ? type : 'OTHER') as EquipmentKindValue,
      workCenterId: strOrNull(r, 'ResourceGrpID'), erpResourceId: str(r, 'ResourceID'),
      mesCode: ud === null ? null : ud.toUpperCase(), assetTag: strOrNull(r, 'EquipID'), active: !bool(r, 'Inactive'),
    };
  });
  const toMaterial = mapped(VIEW.parts, (r: RawRow): MaterialRow => {
    const company = str(r, 'Company'), part = str(r, 'PartNum');
    return {
      id: materialId(company, part), company, partNumber: part, revision: strOrNull(r, 'RevisionNum'),
      description: str(r, 'PartDescription'), baseUnit: str(r, 'IUM').toUpperCase(), purchasingUnit: str(r, 'PUM').toUpperCase(),
      purchasingFactor: num(r, 'PurchasingFactor'),
    };
  });
  const statusOf = (r: RawRow): OrderStatusValue => {
    if (bool(r, 'JobHeld')) return 'HELD';
    if (bool(r, 'JobClosed')) return 'CLOSED';
    if (bool(r, 'JobComplete')) return 'COMPLETE';
    if (!bool(r, 'JobReleased')) return 'UNRELEASED';
    return num(r, 'JobStarted') !== 0 ? 'IN_PROGRESS' : 'RELEASED';
  };
  const toOrder = (r: RawRow): ProductionOrderRow => {
    const company = str(r, 'Company'), job = str(r, 'JobNum'), part = strOrNull(r, 'PartNum');
    const t = decodeTimes({
      scheduledStart: decodeDateHours(date(r, 'StartDate'), numOrNull(r, 'StartHour'), zone),
      due: decodeDateHours(date(r, 'DueDate'), numOrNull(r, 'DueHour'), zone),
      created: decodeWallDateTime(date(r, 'CreateDate'), zone),
    });
    return {
      id: orderId(company, job), company, jobNumber: job, materialId: part === null ? null : materialId(company, part),
      plannedQuantity: num(r, 'ProdQty'), completedQuantity: num(r, 'QtyCompleted'), unit: str(r, 'IUM').toUpperCase(),
      status: statusOf(r),
      scheduledStartMs: t.ms.scheduledStart, dueMs: t.ms.due, createdMs: t.ms.created, timeFacts: t.facts,
    };
  };
  const toOperation = (r: RawRow): OperationRow => {
    const company = str(r, 'Company'), job = str(r, 'JobNum'), seq = num(r, 'OprSeq');
    const fmt = canonicalKey(strOrNull(r, 'StdFormat') ?? '');
    const std = num(r, 'ProdStandard');
    const res = strOrNull(r, 'ResourceID');
    const t = decodeTimes({ actualStart: decodeDateHours(date(r, 'ActualStartDate'), numOrNull(r, 'ActualStartHour'), zone) });
    return {
      id: `${company}/${job}/${seq}`, orderId: orderId(company, job), sequence: seq, opCode: str(r, 'OpCode'),
      workCenterId: strOrNull(r, 'ResourceGrpID'), equipmentId: res === null ? null : canonicalKey(res),
      plannedSetupHours: num(r, 'EstSetHours'), plannedRunHours: num(r, 'EstProdHours'),
      // Epicor ProdStandard units by StdFormat: PH pieces/hour, PM pieces/minute, HP hours/piece, MP minutes/piece.
      plannedRatePerHour: std <= 0 ? null : fmt === 'PH' ? std : fmt === 'PM' ? std * 60 : fmt === 'HP' ? 1 / std : fmt === 'MP' ? 60 / std : null,
      completedQuantity: num(r, 'QtyCompleted'), scrapQuantity: num(r, 'ScrapQty'), unit: str(r, 'IUM').toUpperCase(),
      actualStartMs: t.ms.actualStart, timeFacts: t.facts,
      complete: bool(r, 'OpComplete'),
    };
  };
  const laborTypes: Readonly<Record<string, LaborTypeValue>> = { P: 'PRODUCTION', S: 'SETUP', I: 'INDIRECT' };
  const toLabor = (r: RawRow): LaborRow => {
    const company = str(r, 'Company'), job = str(r, 'JobNum');
    const type = laborTypes[canonicalKey(str(r, 'LaborType'))];
    if (type === undefined) throw badResponse('ERP LaborType outside P/S/I', 'LaborType');
    const inDate = date(r, 'ClockInDate'), inHours = numOrNull(r, 'ClockinTime');
    const clockInD = decodeDateHours(inDate, inHours, zone);
    const clockIn = clockInD.time?.utc ?? null;
    // ClockInMInute/ClockOutMinute are whole minutes on the same naive wall clock: their difference added to the
    // clock-in WALL time (then localized on its own) gives clock-out, also after midnight or across a DST change,
    // which ClockOutTime alone cannot tell.
    const inMin = numOrNull(r, 'ClockInMInute'), outMin = numOrNull(r, 'ClockOutMinute');
    const clockOutD: DecodedTime = clockIn !== null && inDate !== null && inMin !== null && outMin !== null && outMin >= inMin
      ? decodeDateHours(inDate, (inHours ?? 0) + (outMin - inMin) / 60, zone)
      : { time: null, missingReason: 'NULL', raw: null };
    const t = decodeTimes({ clockIn: clockInD, clockOut: clockOutD });
    const clockOut = t.ms.clockOut;
    const res = strOrNull(r, 'ResourceID');
    const shift = numOrNull(r, 'Shift');
    return {
      id: `${company}/${num(r, 'LaborDtlSeq')}`, orderId: orderId(company, job), employeeNumber: str(r, 'EmployeeNum'),
      operationSequence: num(r, 'OprSeq'), laborType: type, equipmentId: res === null ? null : canonicalKey(res),
      quantity: num(r, 'LaborQty'), scrapQuantity: num(r, 'ScrapQty'), scrapReason: strOrNull(r, 'ScrapReasonCode'),
      clockInMs: clockIn, clockOutMs: clockOut, hours: num(r, 'LaborHrs'), shift: shift === 0 ? null : shift, timeFacts: t.facts,
    };
  };

  // --- reads ---
  const key = (xs: readonly string[]): string => [...xs].sort().join('\u0001');
  const jobKeyList = (keys: readonly JobKey[]): { companies: string[]; jobs: string[] } => ({
    companies: [...new Set(keys.map((k) => k.company))].filter((c) => config.companies.includes(c)),
    jobs: [...new Set(keys.map((k) => k.jobNumber))],
  });
  const wanted = (keys: readonly JobKey[]) => {
    const set = new Set(keys.map((k) => orderId(k.company, k.jobNumber.toUpperCase())));
    return (id: string): boolean => {
      const i = id.indexOf('/');
      return set.has(`${id.slice(0, i)}/${id.slice(i + 1).toUpperCase()}`);
    };
  };

  async function byJobs<R extends object>(op: string, keys: readonly JobKey[], build: (params: Param[], jobs: string) => string,
    expected: readonly string[], map: (r: RawRow) => R, orderOf: (r: R) => string): Promise<readonly R[]> {
    const { companies, jobs } = jobKeyList(keys);
    if (companies.length === 0 || jobs.length === 0) return [];
    const keep = wanted(keys);
    const out: R[] = [];
    for (const part of chunks(jobs, MAX_KEYS_PER_QUERY)) {
      const rows = await cache.read(`${op}:${key(companies)}:${key(part)}`, ttlTx, async () => {
        const params: Param[] = [];
        const text = build(params, inList(params, 'j', part, T.jobNum));
        return (await run(op, text, params, expected, `dbo.${op}`)).map(mapped(`dbo.${op}`, map));
      });
      // Company IN × JobNum IN over-fetches other companies' clashing job numbers; keep exactly the asked pairs.
      out.push(...rows.filter((r) => keep(orderOf(r))));
    }
    return out;
  }

  const source: ErpSource = {
    sites: () => cache.read('sites', ttlMaster, async () => {
      const params: Param[] = [];
      const rows = await run('vw_Sites', `SELECT ${selectCols(VIEW.sites, COLS.sites, 's')} FROM dbo.vw_Sites s WHERE ${masterScope(VIEW.sites, params, 's')}`, params, COLS.sites, VIEW.sites);
      return rows.map(mapped(VIEW.sites, (r): SiteRow => ({
        id: strOrNull(r, 'SiteID') ?? str(r, 'Plant'), name: str(r, 'PlantName'), company: str(r, 'Company'), plant: str(r, 'Plant'),
      })));
    }),
    workCenters: () => workCenterRows(),
    areas: async () => areasOf(await workCenterRows()),
    equipment: () => cache.read('equipment:all', ttlMaster, async () => {
      const params: Param[] = [];
      const rows = await run('vw_Resources', `SELECT ${selectCols(VIEW.resources, COLS.resources, 'r')} FROM dbo.vw_Resources r WHERE ${masterScope(VIEW.resources, params, 'r')} ORDER BY ${col(VIEW.resources, 'r', 'ResourceID')}`, params, COLS.resources, VIEW.resources);
      const all = rows.map(toEquipment);
      // Blank UD codes are served as mesCode null; count them so the degraded crosswalk is visible in the log.
      const blank = all.filter((e) => e.mesCode === null).length;
      if (blank > 0) logger.warn({ source: 'ERP', op: 'vw_Resources', count: blank }, 'ERP resources without an MES code in the UD field');
      return all;
    }),
    equipmentByIds: async (ids) => {
      const out: EquipmentRow[] = [];
      for (const part of chunks([...new Set(ids.map(canonicalKey))], MAX_KEYS_PER_QUERY)) {
        out.push(...await cache.read(`equipment:ids:${key(part)}`, ttlMaster, async () => {
          const params: Param[] = [];
          const where = masterScope(VIEW.resources, params, 'r');
          const list = inList(params, 'id', part, T.resourceId);
          return (await run('vw_Resources', `SELECT ${selectCols(VIEW.resources, COLS.resources, 'r')} FROM dbo.vw_Resources r WHERE ${where} AND ${col(VIEW.resources, 'r', 'ResourceID')} IN (${list})`, params, COLS.resources, VIEW.resources)).map(toEquipment);
        }));
      }
      return out;
    },
    equipmentByWorkCenters: async (wcIds) => {
      const out: EquipmentRow[] = [];
      for (const part of chunks([...new Set(wcIds.map(canonicalKey))], MAX_KEYS_PER_QUERY)) {
        out.push(...await cache.read(`equipment:wc:${key(part)}`, ttlMaster, async () => {
          const params: Param[] = [];
          const where = masterScope(VIEW.resources, params, 'r');
          const list = inList(params, 'wc', part, T.resourceGrpId);
          return (await run('vw_Resources', `SELECT ${selectCols(VIEW.resources, COLS.resources, 'r')} FROM dbo.vw_Resources r WHERE ${where} AND ${col(VIEW.resources, 'r', 'ResourceGrpID')} IN (${list}) ORDER BY ${col(VIEW.resources, 'r', 'ResourceID')}`, params, COLS.resources, VIEW.resources)).map(toEquipment);
        }));
      }
      return out;
    },
    materials: async (prefix) => {
      const all = await cache.read('materials:all', ttlMaster, async () => {
        const params: Param[] = [];
        const rows = await run('vw_Parts', `SELECT ${selectCols(VIEW.parts, COLS.parts, 'p')} FROM dbo.vw_Parts p WHERE ${scope(VIEW.parts, params, 'p', false)} ORDER BY ${col(VIEW.parts, 'p', 'Company')}, ${col(VIEW.parts, 'p', 'PartNum')}`, params, COLS.parts, VIEW.parts);
        return rows.map(toMaterial);
      });
      if (prefix === null || prefix === '') return all;
      const up = prefix.toUpperCase();
      return all.filter((m) => m.partNumber.toUpperCase().startsWith(up));
    },
    materialsByIds: async (keys) => {
      const companies = [...new Set(keys.map((k) => k.company))].filter((c) => config.companies.includes(c));
      const parts = [...new Set(keys.map((k) => k.partNumber))];
      if (companies.length === 0 || parts.length === 0) return [];
      const out: MaterialRow[] = [];
      for (const part of chunks(parts, MAX_KEYS_PER_QUERY)) {
        out.push(...await cache.read(`materials:ids:${key(companies)}:${key(part)}`, ttlMaster, async () => {
          const params: Param[] = [];
          const cos = inList(params, 'co', companies, T.company);
          const list = inList(params, 'pn', part, T.partNum);
          return (await run('vw_Parts', `SELECT ${selectCols(VIEW.parts, COLS.parts, 'p')} FROM dbo.vw_Parts p WHERE ${col(VIEW.parts, 'p', 'Company')} IN (${cos}) AND ${col(VIEW.parts, 'p', 'PartNum')} IN (${list})`, params, COLS.parts, VIEW.parts)).map(toMaterial);
        }));
      }
      return out;
    },
    onHand: async (keys) => {
      const companies = [...new Set(keys.map((k) => k.company))].filter((c) => config.companies.includes(c));
      const parts = [...new Set(keys.map((k) => k.partNumber))];
      if (companies.length === 0 || parts.length === 0) return [];
      const out: OnHandRow[] = [];
      for (const part of chunks(parts, MAX_KEYS_PER_QUERY)) {
        out.push(...await cache.read(`onhand:${key(companies)}:${key(part)}`, ttlTx, async () => {
          const params: Param[] = [];
          const cos = inList(params, 'co', companies, T.company);
          const list = inList(params, 'pn', part, T.partNum);
          const rows = await run('vw_OnHand', `SELECT ${selectCols(VIEW.onHand, COLS.onHand, 'h')} FROM dbo.vw_OnHand h WHERE ${col(VIEW.onHand, 'h', 'Company')} IN (${cos}) AND ${col(VIEW.onHand, 'h', 'PartNum')} IN (${list})`, params, COLS.onHand, VIEW.onHand);
          return rows.map((r): OnHandRow => ({ materialId: materialId(str(r, 'Company'), str(r, 'PartNum')), quantity: num(r, 'OnHandQty'), unit: str(r, 'IUM').toUpperCase() }));
        }));
      }
      return out;
    },
    orders: async (q) => {
      const companies = q.companies.filter((c) => config.companies.includes(c));
      if (companies.length === 0) return [];
      const cacheKey = `orders:${key(companies)}:${q.fromMs ?? ''}:${q.toMs ?? ''}:${q.workCenterId ?? ''}`;
      const rows = await cache.read(cacheKey, ttlTx, async () => {
        const params: Param[] = [];
        const cos = inList(params, 'co', companies, T.company);
        params.push({ name: 'plant', type: T.plant, value: config.plant });
        const J = (c: string): string => col(VIEW.jobs, 'j', c);
        let where = `${J('Company')} IN (${cos}) AND ${J('Plant')} = @plant`;
        // StartDate is a local calendar date: filter a day wider in SQL, exactly after decoding.
        if (q.fromMs !== null) { params.push({ name: 'fromDate', type: sql.Date, value: new Date(`${localDate(q.fromMs - 86_400_000, zone)}T00:00:00Z`) }); where += ` AND ${J('StartDate')} >= @fromDate`; }
        if (q.toMs !== null) { params.push({ name: 'toDate', type: sql.Date, value: new Date(`${localDate(q.toMs + 86_400_000, zone)}T00:00:00Z`) }); where += ` AND ${J('StartDate')} <= @toDate`; }
        if (q.workCenterId !== null) {
          params.push({ name: 'wc', type: T.resourceGrpId, value: q.workCenterId });
          const O = (c: string): string => col(VIEW.operations, 'o', c);
          where += ` AND EXISTS (SELECT 1 FROM dbo.vw_JobOperStatus o WHERE ${O('Company')} = ${J('Company')} AND ${O('JobNum')} = ${J('JobNum')} AND ${O('ResourceGrpID')} = @wc)`;
        }
        return (await run('vw_Jobs', `SELECT ${selectCols(VIEW.jobs, COLS.jobs, 'j')} FROM dbo.vw_Jobs j WHERE ${where} ORDER BY ${col(VIEW.jobs, 'j', 'Company')}, ${col(VIEW.jobs, 'j', 'JobNum')}`, params, COLS.jobs, VIEW.jobs)).map(mapped(VIEW.jobs, toOrder));
      });
      return rows.filter((o) =>
        (q.statuses === null || q.statuses.includes(o.status)) &&
        (q.fromMs === null || (o.scheduledStartMs !== null && o.scheduledStartMs >= q.fromMs)) &&
        (q.toMs === null || (o.scheduledStartMs !== null && o.scheduledStartMs < q.toMs)));
    },
    ordersStartedSince: async (workCenterId, fromMs) => {
      const fromDay = localDate(fromMs - 86_400_000, zone);
      return cache.read(`orders:started:${key(config.companies)}:${workCenterId}:${fromDay}`, ttlTx, async () => {
        const params: Param[] = [];
        const J = (c: string): string => col(VIEW.jobs, 'j', c);
        const O = (c: string): string => col(VIEW.operations, 'o', c);
        const S = (c: string): string => col(VIEW.operations, 's', c);
        params.push({ name: 'wc', type: T.resourceGrpId, value: workCenterId });
        params.push({ name: 'fromDate', type: sql.Date, value: new Date(`${fromDay}T00:00:00Z`) });
        const where = `${scope(VIEW.jobs, params, 'j', true)}`
          + ` AND EXISTS (SELECT 1 FROM dbo.vw_JobOperStatus o WHERE ${O('Company')} = ${J('Company')} AND ${O('JobNum')} = ${J('JobNum')} AND ${O('ResourceGrpID')} = @wc)`
          + ` AND EXISTS (SELECT 1 FROM dbo.vw_JobOperStatus s WHERE ${S('Company')} = ${J('Company')} AND ${S('JobNum')} = ${J('JobNum')} AND ${S('ActualStartDate')} >= @fromDate)`;
        return (await run('vw_Jobs', `SELECT ${selectCols(VIEW.jobs, COLS.jobs, 'j')} FROM dbo.vw_Jobs j WHERE ${where} ORDER BY ${J('Company')}, ${J('JobNum')}`, params, COLS.jobs, VIEW.jobs)).map(mapped(VIEW.jobs, toOrder));
      });
    },
    ordersByKeys: (keys) => byJobs('vw_Jobs', keys, (params, jobs) =>
      `SELECT ${selectCols(VIEW.jobs, COLS.jobs, 'j')} FROM dbo.vw_Jobs j WHERE ${scope(VIEW.jobs, params, 'j', true)} AND ${col(VIEW.jobs, 'j', 'JobNum')} IN (${jobs})`, COLS.jobs, toOrder, (o) => o.id),
    operationsByOrders: (keys) => byJobs('vw_JobOperStatus', keys, (params, jobs) =>
      `SELECT ${selectCols(VIEW.operations, COLS.operations, 'o')} FROM dbo.vw_JobOperStatus o WHERE ${scope(VIEW.operations, params, 'o', true)} AND ${col(VIEW.operations, 'o', 'JobNum')} IN (${jobs}) ORDER BY ${['Company', 'JobNum', 'OprSeq'].map((c) => col(VIEW.operations, 'o', c)).join(', ')}`,
    COLS.operations, toOperation, (o) => o.orderId),
    laborByOrders: (keys) => byJobs('vw_LaborActuals', keys, (params, jobs) =>
      `SELECT ${selectCols(VIEW.labor, COLS.labor, 'l')} FROM dbo.vw_LaborActuals l WHERE ${scope(VIEW.labor, params, 'l', false)} AND ${col(VIEW.labor, 'l', 'JobNum')} IN (${jobs}) ORDER BY ${['Company', 'JobNum', 'ClockInMInute', 'LaborDtlSeq'].filter((c) => unmappedField(VIEW.labor, c) === undefined).map((c) => col(VIEW.labor, 'l', c)).join(', ')}`,
    COLS.labor, toLabor, (l) => l.orderId),
    laborByEquipment: async (ids, fromMs) => {
      const res = [...new Set(ids.map(canonicalKey))];
      if (res.length === 0) return [];
      const out: LaborRow[] = [];
      // ClockInDate is a local calendar date: a day wider in SQL, exactly on the decoded clock-in after.
      const fromDay = localDate(fromMs - 86_400_000, zone);
      for (const part of chunks(res, MAX_KEYS_PER_QUERY)) {
        const rows = await cache.read(`labor:eq:${key(part)}:${fromDay}`, ttlTx, async () => {
          const params: Param[] = [];
          const list = inList(params, 'r', part, T.resourceId);
          params.push({ name: 'fromDate', type: sql.Date, value: new Date(`${fromDay}T00:00:00Z`) });
          const L = (c: string): string => col(VIEW.labor, 'l', c);
          return (await run('vw_LaborActuals', `SELECT ${selectCols(VIEW.labor, COLS.labor, 'l')} FROM dbo.vw_LaborActuals l WHERE ${scope(VIEW.labor, params, 'l', false)} AND ${L('ResourceID')} IN (${list}) AND ${L('ClockInDate')} >= @fromDate ORDER BY ${['ResourceID', 'ClockInMInute', 'LaborDtlSeq'].filter((c) => unmappedField(VIEW.labor, c) === undefined).map(L).join(', ')}`, params, COLS.labor, VIEW.labor)).map(mapped(VIEW.labor, toLabor));
        });
        out.push(...rows.filter((l) => l.clockInMs !== null && l.clockInMs >= fromMs));
      }
      return out;
    },
    serverTime: async () => {
      const rows = await guard.run('clock', () => runOnce('clock', 'SELECT GETUTCDATE() AS utcNow', [], ['utcNow']));
      const v = rows[0]?.['utcNow'];
      // The driver gives a Date for a datetime; a text 'yyyy-MM-dd HH:mm:ss[.fff]' is read as UTC (GETUTCDATE()).
      const t = v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(`${v.trim().replace(' ', 'T')}Z`) : NaN;
      if (!Number.isFinite(t)) throw badResponse('ERP GETUTCDATE() did not answer a datetime', 'utcNow');
      return t;
    },
    ping: async () => {
      try { await guard.run('ping', () => runOnce('ping', 'SELECT 1 AS ok', [], ['ok'])); return true; } catch { return false; }
    },
    schema,
    stats: (): UpstreamStats => ({ calls, byOp: { ...byOp }, cache: sharedCache.stats(), guard: { breaker: guard.breakerState(), ...guard.stats() }, schemaChanges: schema.changesRecorded() }),
    resetStats: () => { calls = 0; for (const k of Object.keys(byOp)) delete byOp[k]; },
    close: async () => {
      closed = true;
      schema.close();
      const p = pool;
      pool = null;
      if (opts.cache === undefined) cache.close();
      if (opts.guard === undefined) guard.close();
      if (p !== null) await p.then((x) => x.close()).catch(() => undefined);
    },
  };

  function workCenterRows(): Promise<readonly WorkCenterRow[]> {
    return cache.read('workcenters', ttlMaster, async () => {
      const params: Param[] = [];
      const rows = await run('vw_WorkCenters', `SELECT ${selectCols(VIEW.workCenters, COLS.workCenters, 'w')} FROM dbo.vw_WorkCenters w WHERE ${masterScope(VIEW.workCenters, params, 'w')} ORDER BY ${col(VIEW.workCenters, 'w', 'ResourceGrpID')}`, params, COLS.workCenters, VIEW.workCenters);
      return rows.map(mapped(VIEW.workCenters, (r): WorkCenterRow => ({
        id: canonicalKey(str(r, 'ResourceGrpID')), name: str(r, 'Description'), areaId: strOrNull(r, 'JCDept'),
        areaName: strOrNull(r, 'DeptDescription'),
      })));
    });
  }

  return source;
}

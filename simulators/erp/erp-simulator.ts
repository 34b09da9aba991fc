import { silentLogger } from '../../common/index.ts';
import type { Logger } from '../../common/index.ts';
import type { MessConfig, Plant } from '../plant/index.ts';
import { allMess } from '../plant/index.ts';
import { createTdsServer, openSqlJs } from './tds/index.ts';
import type { TdsCatalog, TdsFault, TdsStats } from './tds/index.ts';
import { buildErpDatabase, refillErpDatabase, switchErpViews } from './erp-db.ts';
import { informationSchemaCatalog, tdsCatalog } from './erp-schema.ts';
import type { DroppedViewColumns, ErpSchemaVersion } from './erp-schema.ts';

/** Demo-only credentials of the simulated SQL Server. Never defaults for a real ERP. */
export const DEMO_ERP_USER = 'plantgraph';
export const DEMO_ERP_PASSWORD = 'demo-only-password';
export const DEMO_ERP_DATABASE = 'PlantERP';

export interface ErpSimulatorOptions {
  readonly plant: Plant;
  /** Messes to inject; default all on. */
  readonly mess?: MessConfig;
  readonly port?: number;
  readonly host?: string;
  /** Records after clock() are not in the database; default the plant's anchor. Read when the DB is (re)built. */
  readonly clock?: () => number;
  readonly logger?: Logger;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string;
  /**
   * Live mode: every this many ms, rebuild the rows if the plant grew or the clock moved (a full rebuild blocks the
   * event loop for roughly the build time, ~0.1 s for a 7-day 12-machine plant). Off (undefined/0) by default.
   */
  readonly refreshEveryMs?: number;
}

export interface ErpSimulatorHandle {
  /** `sqlserver://host:port;database=…` for display; connect with host/port. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly database: string;
  close(): Promise<void>;
  /** Fault injection, delegated to the TDS server (down, latency, …). */
  setFault(f: TdsFault): void;
  /** Contract version of the integration views: 'v2' renames vw_JobOperStatus.QtyCompleted and adds LastLaborDate. */
  setUpgrade(mode: ErpSchemaVersion): void;
  /**
   * A vendor patch that drops view columns (`{ vw_JobOperStatus: ['ActualStartDate'] }`) on top of the current
   * contract version; `{}` restores them. INFORMATION_SCHEMA.COLUMNS follows.
   */
  dropViewColumns(dropped: DroppedViewColumns): void;
  /** Rebuild the database from the plant's arrays as they are now (live mode: the plant grew, the clock moved). */
  refresh(): void;
  /** TDS counters: `statements` = SQL statements run (the driver's SET batch excluded), `byStatement` by text. */
  stats(): TdsStats;
  resetStats(): void;
}

/**
 * Starts the demo ERP: an in-memory sql.js database with the Epicor-flavoured schema, populated from the plant
 * with the ERP messes that are on, served over TDS 7.4 on 127.0.0.1 so the unmodified `mssql` driver connects.
 */
export async function startErpSimulator(opts: ErpSimulatorOptions): Promise<ErpSimulatorHandle> {
  const SQL = await openSqlJs();
  const mess = opts.mess ?? allMess;
  const clock = opts.clock ?? (() => opts.plant.config.anchorMs);
  const logger = opts.logger ?? silentLogger;
  const database = opts.database ?? DEMO_ERP_DATABASE;
  let version: ErpSchemaVersion = 'v1';
  let dropped: DroppedViewColumns = {};
  const db = new SQL.Database();
  buildErpDatabase(db, opts.plant, mess, clock(), version, database);
  const server = createTdsServer({
    db, catalog: bothVersionsCatalog(), database,
    credentials: { user: opts.user ?? DEMO_ERP_USER, password: opts.password ?? DEMO_ERP_PASSWORD },
    clock, timeZone: opts.plant.site.timeZone, logger,
  });
  const port = await server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1');
  const host = opts.host ?? '127.0.0.1';
  const fingerprint = (): string => `${clock()}|${opts.plant.jobs.length}|${opts.plant.labor.length}`;
  let built = fingerprint();
  const refresh = (): void => { built = fingerprint(); refillErpDatabase(db, opts.plant, mess, clock()); };
  const timer = opts.refreshEveryMs !== undefined && opts.refreshEveryMs > 0
    ? setInterval(() => { if (fingerprint() !== built) refresh(); }, opts.refreshEveryMs)
    : null;
  timer?.unref();
  logger.info({ source: 'ERP', port: port }, 'ERP simulator listening');
  return {
    url: `sqlserver://${host}:${port};database=${database}`, host, port: port, database,
    close: async () => { if (timer !== null) clearInterval(timer); await server.close(); db.close(); },
    setFault: (f) => server.setFault(f),
    setUpgrade: (mode) => {
      if (mode === version) return;
      version = mode;
      switchErpViews(db, mode, dropped, database);
      logger.info({ source: 'ERP', mode }, 'ERP views switched');
    },
    dropViewColumns: (d) => {
      dropped = d;
      switchErpViews(db, version, dropped, database);
      logger.info({ source: 'ERP', mode: Object.keys(d).length === 0 ? 'columns restored' : 'columns dropped' }, 'ERP views switched');
    },
    refresh,
    stats: () => server.stats(),
    resetStats: () => server.resetStats(),
  };
}

/**
 * The TDS server indexes its catalog once, so it gets the union of both view contract versions: a column that
 * exists only in v2 (CompletedQty, LastLaborDate) still reports its declared type after `setUpgrade('v2')`.
 */
function bothVersionsCatalog(): TdsCatalog {
  const v1 = tdsCatalog('v1'), v2 = tdsCatalog('v2');
  const out: Record<string, Record<string, TdsCatalog[string][string]>> = {};
  for (const [obj, cols] of Object.entries(v1)) out[obj] = { ...cols, ...(v2[obj] ?? {}) };
  return { ...out, ...informationSchemaCatalog() };
}

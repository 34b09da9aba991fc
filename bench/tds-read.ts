// Benchmark: a full read of a ~200k-row view, straight from sql.js (baseline) and through the
// unmodified mssql driver over TDS from the demo ERP server, in the same run.
import { pathToFileURL } from 'node:url';
import sql from 'mssql';
import { createTdsServer, openSqlJs } from '../simulators/erp/tds/index.ts';
import type { TdsCatalog } from '../simulators/erp/tds/index.ts';

/** Figures of one run; rates are rows per second. */
export interface TdsReadFigures {
  readonly rows: number;
  readonly baselineMs: number;
  readonly baselineRowsPerSec: number;
  readonly tdsMs: number;
  readonly tdsRowsPerSec: number;
  /** TDS time over baseline time (how many times slower the wire read is). */
  readonly slowdown: number;
}

const catalog: TdsCatalog = {
  'dbo.vw_Bench': {
    Id: { type: 'int' }, JobNum: { type: 'nvarchar', length: 14 }, PartNum: { type: 'varchar', length: 50 },
    ProdQty: { type: 'decimal', precision: 22, scale: 8 }, Reading: { type: 'float' }, Firm: { type: 'bit' },
    DueDate: { type: 'date' }, ClockIn: { type: 'datetime' }, Note: { type: 'nvarchar', length: 'max' },
  },
};

/** Builds the view, reads it both ways and returns the figures. Default 200 000 rows. */
export async function benchTdsRead(opts: { rows?: number } = {}): Promise<TdsReadFigures> {
  const rows = opts.rows ?? 200_000;
  const SQL = await openSqlJs();
  const db = new SQL.Database();
  db.run(`CREATE TABLE Bench (Id INTEGER PRIMARY KEY, JobNum TEXT COLLATE NOCASE, PartNum TEXT COLLATE NOCASE, ProdQty REAL,
    Reading REAL, Firm INTEGER, DueDate TEXT, ClockIn TEXT, Note TEXT COLLATE NOCASE)`);
  db.run('CREATE VIEW vw_Bench AS SELECT * FROM Bench');
  db.run('BEGIN');
  const ins = db.prepare('INSERT INTO Bench VALUES (?,?,?,?,?,?,?,?,?)');
  const pad = (n: number, l: number) => String(n).padStart(l, '0');
  for (let i = 1; i <= rows; i++) {
    const day = 1 + (i % 28);
    ins.run([i, `J${pad(i, 6)}  `, `PRS-${pad(i % 200, 3)}`, (i % 1000) / 8, Math.sin(i) * 100, i % 2,
      `2026-02-${pad(day, 2)}`, `2026-02-${pad(day, 2)} ${pad(i % 24, 2)}:${pad(i % 60, 2)}:00.000`, i % 10 === 0 ? null : `note ${i}`]);
  }
  ins.free();
  db.run('COMMIT');

  const query = 'SELECT Id, JobNum, PartNum, ProdQty, Reading, Firm, DueDate, ClockIn, Note FROM dbo.vw_Bench';
  let t0 = performance.now();
  const stmt = db.prepare(query.replace('dbo.', ''));
  let n = 0;
  while (stmt.step()) { stmt.get(); n++; }
  stmt.free();
  const baselineMs = performance.now() - t0;

  const server = createTdsServer({ db, catalog, credentials: { user: 'bench', password: 'bench' }, database: 'ERP' });
  const port = await server.listen();
  const pool = new sql.ConnectionPool({
    server: '127.0.0.1', port, user: 'bench', password: 'bench', database: 'ERP', requestTimeout: 120_000,
    options: { encrypt: false, trustServerCertificate: true },
  });
  try {
    await pool.connect();
    await pool.request().query('SELECT TOP (1) Id FROM dbo.vw_Bench'); // warm the connection
    t0 = performance.now();
    const r = await pool.request().query(query);
    const tdsMs = performance.now() - t0;
    if (r.recordset.length !== n || n !== rows) throw new Error(`row count mismatch: tds ${r.recordset.length}, sql.js ${n}, expected ${rows}`);
    return {
      rows, baselineMs: round(baselineMs), baselineRowsPerSec: Math.round(rows / (baselineMs / 1000)),
      tdsMs: round(tdsMs), tdsRowsPerSec: Math.round(rows / (tdsMs / 1000)), slowdown: round(tdsMs / baselineMs),
    };
  } finally {
    await pool.close();
    await server.close();
    db.close();
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  const f = await benchTdsRead(rows === undefined ? {} : { rows });
  console.log(`rows: ${f.rows}`);
  console.log(`sql.js direct : ${f.baselineMs} ms, ${f.baselineRowsPerSec} rows/s (baseline)`);
  console.log(`mssql over TDS: ${f.tdsMs} ms, ${f.tdsRowsPerSec} rows/s`);
  console.log(`TDS read is ${f.slowdown}x the baseline time`);
}

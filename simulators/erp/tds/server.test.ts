// Local time of this process matters for mssql's useUTC: false; pin a zone with DST.
process.env['TZ'] = 'America/Chicago';

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import sql from 'mssql';
import { Connection, Request } from 'tedious';
import { createTdsServer, openSqlJs } from './index.ts';
import type { TdsCatalog, TdsServer } from './index.ts';

const credentials = { user: 'plant', password: 'S3cret!' };
const catalog: TdsCatalog = {
  'Erp.JobHead': {
    JobNum: { type: 'nvarchar', length: 14 }, PartNum: { type: 'varchar', length: 50 }, ProdQty: { type: 'decimal', precision: 22, scale: 8 },
    Weight: { type: 'float' }, Qty: { type: 'int' }, BigQty: { type: 'bigint' }, Firm: { type: 'bit' }, Notes: { type: 'nvarchar', length: 'max' },
    Memo: { type: 'varchar', length: 'max' }, DueDate: { type: 'date' }, CreateDate: { type: 'datetime' }, ChangedOn: { type: 'datetime2', scale: 7 },
    SysRowID: { type: 'uniqueidentifier' }, Blob: { type: 'varbinary', length: 'max' },
  },
};

const BIG_ROWS = 60_000;
let server: TdsServer;
let port = 0;
let pool: sql.ConnectionPool;
const clockMs = Date.UTC(2026, 2, 8, 8, 30, 0, 250);

function config(extra: Partial<sql.config> = {}, options: sql.config['options'] = {}): sql.config {
  return {
    server: '127.0.0.1', port, ...credentials, database: 'ERP', pool: { max: 4, min: 0 },
    // mssql validates pooled connections with SELECT 1 by default; under injected latency that probe
    // itself times out, so the tests check the socket instead and count only their own statements.
    validateConnection: 'socket', ...extra,
    options: { encrypt: false, trustServerCertificate: true, ...options },
  };
}

before(async () => {
  const SQL = await openSqlJs();
  const db = new SQL.Database();
  db.run(`CREATE TABLE Erp_JobHead (JobNum TEXT COLLATE NOCASE PRIMARY KEY, PartNum TEXT COLLATE NOCASE, ProdQty REAL, Weight REAL,
    Qty INTEGER, BigQty INTEGER, Firm INTEGER, Notes TEXT COLLATE NOCASE, Memo TEXT, DueDate TEXT, CreateDate TEXT, ChangedOn TEXT, SysRowID TEXT, Blob BLOB)`);
  db.run(`INSERT INTO Erp_JobHead VALUES ('J-001', 'PRS-100', 12.345, 1.5, 7, 9007199254740991, 1, 'note ✓', 'memo', '2026-03-08',
    '2026-03-08 02:30:00.000', '2026-03-07 14:15:16.123', '6F9619FF-8B86-D011-B42D-00C04FC964FF', X'DEADBEEF')`);
  db.run(`INSERT INTO Erp_JobHead (JobNum) VALUES ('J-002')`);
  db.run(`CREATE TABLE Big (Id INTEGER PRIMARY KEY, Label TEXT)`);
  db.run(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${BIG_ROWS}) INSERT INTO Big SELECT i, 'row ' || i FROM n`);
  server = createTdsServer({ db, catalog, credentials, database: 'ERP', clock: () => clockMs, timeZone: 'America/Chicago' });
  port = await server.listen();
  pool = await new sql.ConnectionPool(config()).connect();
});

after(async () => {
  await pool.close();
  await server.close();
});

test('a pool runs concurrent queries over several connections', async () => {
  const results = await Promise.all([1, 2, 3, 4].map((n) => pool.request().input('n', sql.Int, n).query('SELECT @n * 10 AS v')));
  assert.deepEqual(results.map((r) => r.recordset), [[{ v: 10 }], [{ v: 20 }], [{ v: 30 }], [{ v: 40 }]]);
  assert.ok(server.stats().connections >= 2, 'several connections were opened');
});

test('typed columns arrive as JS values with the catalog types', async () => {
  const r = await pool.request().query("SELECT * FROM Erp.JobHead WHERE JobNum = 'J-001'");
  assert.deepEqual(r.recordset, [{
    JobNum: 'J-001', PartNum: 'PRS-100', ProdQty: 12.345, Weight: 1.5, Qty: 7, BigQty: '9007199254740991', Firm: true, Notes: 'note ✓', Memo: 'memo',
    DueDate: new Date('2026-03-08T00:00:00.000Z'), CreateDate: new Date('2026-03-08T02:30:00.000Z'), ChangedOn: new Date('2026-03-07T14:15:16.123Z'),
    SysRowID: '6F9619FF-8B86-D011-B42D-00C04FC964FF', Blob: Buffer.from('deadbeef', 'hex'),
  }]);
  const cols = Object.fromEntries(Object.values(r.recordset.columns).map((c) => [c.name, [(c.type as unknown as { declaration: string }).declaration, c.length, c.precision, c.scale]]));
  assert.deepEqual(cols, {
    JobNum: ['nvarchar', 28, undefined, undefined], PartNum: ['varchar', 50, undefined, undefined], ProdQty: ['decimal', 13, 22, 8],
    Weight: ['float', 8, undefined, undefined], Qty: ['int', 4, undefined, undefined], BigQty: ['bigint', 8, undefined, undefined],
    Firm: ['bit', 1, undefined, undefined], Notes: ['nvarchar', 65535, undefined, undefined], Memo: ['varchar', 65535, undefined, undefined],
    DueDate: ['date', undefined, undefined, undefined], CreateDate: ['datetime', 8, undefined, undefined], ChangedOn: ['datetime2', undefined, undefined, 7],
    SysRowID: ['uniqueidentifier', 16, undefined, undefined], Blob: ['varbinary', 65535, undefined, undefined],
  });
});

test('NULLs use each type\'s NULL encoding', async () => {
  const r = await pool.request().query("SELECT * FROM Erp.JobHead WHERE JobNum = 'J-002'");
  assert.deepEqual(r.recordset, [{
    JobNum: 'J-002', PartNum: null, ProdQty: null, Weight: null, Qty: null, BigQty: null, Firm: null, Notes: null, Memo: null,
    DueDate: null, CreateDate: null, ChangedOn: null, SysRowID: null, Blob: null,
  }]);
});

test('naive datetimes carry raw wall-clock fields: useUTC true reads them as UTC, false as local', async () => {
  const local = await new sql.ConnectionPool(config({}, { useUTC: false })).connect();
  try {
    const q = "SELECT CreateDate, ChangedOn FROM Erp.JobHead WHERE JobNum = 'J-001'";
    const [utcRow] = (await pool.request().query(q)).recordset;
    const [localRow] = (await local.request().query(q)).recordset;
    assert.equal(utcRow.CreateDate.toISOString(), '2026-03-08T02:30:00.000Z');
    const c = localRow.ChangedOn as Date;
    assert.deepEqual([c.getFullYear(), c.getMonth() + 1, c.getDate(), c.getHours(), c.getMinutes(), c.getSeconds(), c.getMilliseconds()], [2026, 3, 7, 14, 15, 16, 123]);
    // 02:30 does not exist in Chicago on 2026-03-08 (DST gap); the driver, not the server, decides what that means.
    assert.equal(localRow.CreateDate.getHours(), 3);
  } finally {
    await local.close();
  }
});

test('sp_executesql parameters of every type decode to the values sent', async () => {
  const cases: [string, Parameters<sql.Request['input']>[1], unknown, unknown][] = [
    ['int', sql.Int, -42, -42], ['bigint', sql.BigInt, 1234567890123, '1234567890123'], ['smallint', sql.SmallInt, -7, -7], ['tinyint', sql.TinyInt, 200, 200],
    ['bit', sql.Bit, true, 1], ['decimal', sql.Decimal(10, 3), 12.345, 12.345], ['numeric', sql.Numeric(5, 2), -3.5, -3.5],
    ['float', sql.Float, 0.1, 0.1], ['real', sql.Real, 0.5, 0.5],
    ['nvarchar', sql.NVarChar(20), 'Presse ✓', 'Presse ✓'], ['varchar', sql.VarChar(20), 'abc', 'abc'], ['nchar', sql.NChar(4), 'ab', 'ab  '],
    ['char', sql.Char(3), 'x', 'x  '], ['nvarchar(max)', sql.NVarChar(sql.MAX), 'y'.repeat(5000), 'y'.repeat(5000)], ['varchar(max)', sql.VarChar(sql.MAX), 'long', 'long'],
    ['ntext', sql.NText, 'nt ✓', 'nt ✓'], ['text', sql.Text, 'txt', 'txt'],
    ['date', sql.Date, new Date('2026-03-08T00:00:00Z'), '2026-03-08'], ['datetime', sql.DateTime, new Date('2026-03-08T02:30:00.003Z'), '2026-03-08 02:30:00.003'],
    ['datetime2', sql.DateTime2(7), new Date('2026-03-07T14:15:16.123Z'), '2026-03-07 14:15:16.123'],
    // tedious sends the process-local offset (CDT, -05:00): the bound value is that local wall-clock.
    ['datetimeoffset', sql.DateTimeOffset(7), new Date('2026-03-08T12:00:00Z'), '2026-03-08 07:00:00.000'],
    ['uniqueidentifier', sql.UniqueIdentifier, '6f9619ff-8b86-d011-b42d-00c04fc964ff', '6F9619FF-8B86-D011-B42D-00C04FC964FF'],
    ['varbinary', sql.VarBinary(10), Buffer.from([1, 2, 3]), Buffer.from([1, 2, 3])],
  ];
  for (const [label, type, sent, expected] of cases) {
    const r = await pool.request().input('v', type, sent).query('SELECT @v AS v');
    assert.deepEqual(r.recordset[0]?.v, expected, label);
  }
  const nul = await pool.request().input('v', sql.Int, null).query('SELECT @v AS v');
  assert.deepEqual(nul.recordset, [{ v: null }]);
});

test('datetime rounds to 1/300 s, keeps the 1753 sentinel, and decimals round and overflow like SQL Server', async () => {
  const r = await pool.request().query(`SELECT CAST('1753-01-01' AS datetime) AS sentinel, CAST('2026-01-01 00:00:00.002' AS datetime) AS r3,
    CAST('2026-01-01 23:59:59.999' AS datetime) AS carry, CAST(-12.345 AS decimal(5,2)) AS neg, CAST(0.5 AS decimal(38,10)) AS wide`);
  assert.deepEqual(r.recordset, [{
    sentinel: new Date('1753-01-01T00:00:00.000Z'), r3: new Date('2026-01-01T00:00:00.003Z'), carry: new Date('2026-01-02T00:00:00.000Z'), neg: -12.35, wide: 0.5,
  }]);
  await assert.rejects(pool.request().query('SELECT CAST(12345.678 AS decimal(5,2)) AS x'), (e: unknown) =>
    e instanceof sql.RequestError && e.number === 8115 && e.message === 'Arithmetic overflow error converting float to data type decimal(5,2).');
});

test('unaliased expressions come back with an empty column name, as from SQL Server', async () => {
  const r = await pool.request().query("SELECT COUNT(*), 'x' + 'y' AS xy, JobNum FROM Erp.JobHead WHERE JobNum = 'J-001' GROUP BY JobNum");
  assert.deepEqual(r.recordset, [{ '': 1, xy: 'xy', JobNum: 'J-001' }]);
});

test('NVarChar and VarChar parameters both match case-insensitively', async () => {
  const q = 'SELECT JobNum FROM Erp.JobHead WHERE PartNum = @p';
  const a = await pool.request().input('p', sql.NVarChar(50), 'prs-100').query(q);
  const b = await pool.request().input('p', sql.VarChar(50), 'PRS-100').query(q);
  const c = await pool.request().query("SELECT JobNum FROM Erp.JobHead WHERE JobNum = 'j-001' AND PartNum LIKE 'prs%'");
  // Memo is declared without COLLATE NOCASE and compared through an expression: the parameter brings NOCASE.
  const d = await pool.request().input('m', sql.NVarChar, 'MEMO').query('SELECT JobNum FROM Erp.JobHead WHERE TRIM(Memo) = @m');
  assert.deepEqual([a.recordset, b.recordset, c.recordset, d.recordset], [[{ JobNum: 'J-001' }], [{ JobNum: 'J-001' }], [{ JobNum: 'J-001' }], [{ JobNum: 'J-001' }]]);
});

test('T-SQL idioms run: TOP, OFFSET/FETCH, CONVERT 126, ISNULL, NOLOCK, GETDATE from the injected clock, multiple result sets', async () => {
  const r = await pool.request().batch(`
    SELECT TOP (1) [JobNum] FROM [dbo].[Erp_JobHead] WITH (NOLOCK) ORDER BY JobNum DESC;
    SELECT JobNum FROM Erp.JobHead ORDER BY JobNum OFFSET 1 ROWS FETCH NEXT 5 ROWS ONLY
    SELECT CONVERT(varchar(23), CreateDate, 126) AS iso, ISNULL(Qty, -1) AS q, LEN(N'ab  ') AS l FROM Erp.JobHead WHERE JobNum = N'J-001'
    SELECT GETDATE() AS localNow, GETUTCDATE() AS utcNow, DATEADD(day, 1, DueDate) AS next, DATEDIFF(hour, CreateDate, ChangedOn) AS h FROM Erp.JobHead WHERE JobNum = 'J-001'`);
  const sets = r.recordsets as sql.IRecordSet<Record<string, unknown>>[];
  assert.deepEqual(sets.slice(0, 3), [[{ JobNum: 'J-002' }], [{ JobNum: 'J-002' }], [{ iso: '2026-03-08T02:30:00', q: 7, l: 2 }]]);
  assert.deepEqual(sets[3], [{ localNow: '2026-03-08 03:30:00.250', utcNow: '2026-03-08 08:30:00.250', next: '2026-03-09', h: -12 }]);
  assert.equal((sets[2]?.columns['iso']?.type as unknown as { declaration: string }).declaration, 'varchar');
});

test('SQL Server errors arrive as RequestError with their numbers and the connection stays usable', async () => {
  const solo = await new sql.ConnectionPool(config({ pool: { max: 1, min: 0 } })).connect();
  try {
    const cases: [string, number, string][] = [
      ['SELECT * FROM dbo.NoSuchView', 208, "Invalid object name 'dbo.NoSuchView'."],
      ['SELECT NoSuchColumn FROM Erp.JobHead', 207, "Invalid column name 'NoSuchColumn'."],
      ['SELECT FROM WHERE', 102, "Incorrect syntax near 'FROM'."],
      ["EXEC sp_executesql N'SELECT @x AS x', N'@x int'", 8178, "The parameterized query '(@x int)SELECT @x AS x' expects the parameter '@x', which was not supplied."],
      ["SELECT CAST('abc' AS int) AS n", 245, "Conversion failed when converting the varchar value 'abc' to data type int."],
      ["INSERT INTO Erp.JobHead (JobNum) VALUES ('J-001')", 2627, "Violation of PRIMARY KEY constraint 'PK_Erp_JobHead'. Cannot insert duplicate key in object 'Erp.JobHead'."],
      ['SELECT @undeclared AS x', 137, 'Must declare the scalar variable "@undeclared".'],
    ];
    for (const [q, number, message] of cases) {
      await assert.rejects(solo.request().batch(q), (e: unknown) => {
        assert.ok(e instanceof sql.RequestError, q);
        assert.deepEqual({ number: e.number, message: e.message }, { number, message }, q);
        return true;
      });
    }
    assert.deepEqual((await solo.request().input('x', sql.Int, 5).query("EXEC sp_executesql N'SELECT @x AS x', N'@x int', @x = 3")).recordset, [{ x: 3 }]);
    assert.deepEqual((await solo.request().query('SELECT 1 AS ok')).recordset, [{ ok: 1 }]);
  } finally {
    await solo.close();
  }
});

test('unsupported constructs fail with a message naming the construct', async () => {
  await assert.rejects(pool.request().query('SELECT * FROM Erp.JobHead j CROSS APPLY (SELECT 1 AS x) a'), (e: unknown) => {
    assert.ok(e instanceof sql.RequestError);
    assert.deepEqual([e.number, e.message], [40517, "Keyword or statement option 'CROSS APPLY' is not supported in this version of SQL Server (PlantGraph demo ERP)."]);
    return true;
  });
});

test('wrong password fails with 18456 and an unknown database with 4060', async () => {
  await assert.rejects(new sql.ConnectionPool({ ...config(), password: 'nope' }).connect(), (e: unknown) => {
    assert.ok(e instanceof sql.ConnectionError);
    assert.equal(e.message, "Login failed for user 'plant'.");
    return true;
  });
  await assert.rejects(new sql.ConnectionPool(config({ database: 'OTHER' }, { maxRetriesOnTransientErrors: 0 })).connect(), (e: unknown) => {
    assert.ok(e instanceof sql.ConnectionError);
    assert.equal(e.message, 'Cannot open database "OTHER" requested by the login. The login failed.');
    return true;
  });
});

test('a request timeout sends ATTENTION, gets ETIMEOUT, and the same connection answers the next query', async (t) => {
  const solo = await new sql.ConnectionPool(config({ pool: { max: 1, min: 0 }, requestTimeout: 150 })).connect();
  t.after(async () => { server.setFault({ mode: 'none' }); await solo.close(); });
  for (const fault of [{ mode: 'latency', latencyMs: 600 }, { mode: 'hang' }] as const) {
    server.setFault(fault);
    await assert.rejects(solo.request().query('SELECT 1 AS x'), (e: unknown) => e instanceof sql.RequestError && e.code === 'ETIMEOUT', fault.mode);
    server.setFault({ mode: 'none' });
    assert.deepEqual((await solo.request().query('SELECT 2 AS x')).recordset, [{ x: 2 }], fault.mode);
  }
});

test('after an ATTENTION the same tedious connection answers the next request', async (t) => {
  // mssql may recycle a pooled connection after a timeout; tedious alone shows the protocol keeps it usable.
  const conn = new Connection({
    server: '127.0.0.1', authentication: { type: 'default', options: { userName: credentials.user, password: credentials.password } },
    options: { port, database: 'ERP', encrypt: false, requestTimeout: 150 },
  });
  await new Promise<void>((resolve, reject) => conn.connect((e) => (e ? reject(e) : resolve())));
  t.after(() => { server.setFault({ mode: 'none' }); conn.close(); });
  const run = (q: string) => new Promise<[string | undefined, unknown[]]>((resolve) => {
    const rows: unknown[] = [];
    const r = new Request(q, (e) => resolve([(e as { code?: string } | undefined)?.code, rows]));
    r.on('row', (cols: { value: unknown }[]) => rows.push(cols.map((c) => c.value)));
    conn.execSql(r);
  });
  server.resetStats();
  for (const fault of [{ mode: 'latency', latencyMs: 1000 }, { mode: 'hang' }] as const) {
    server.setFault(fault);
    assert.deepEqual(await run('SELECT 1 AS x'), ['ETIMEOUT', []], fault.mode);
    server.setFault({ mode: 'none' });
    assert.deepEqual(await run('SELECT 2 AS x'), [undefined, [[2]]], fault.mode);
  }
  assert.equal(server.stats().connections, 0, 'no reconnect was needed');
});

test('a cancel in the middle of a large result stops the rows and keeps the connection', async (t) => {
  const conn = new Connection({
    server: '127.0.0.1', authentication: { type: 'default', options: { userName: credentials.user, password: credentials.password } },
    options: { port, database: 'ERP', encrypt: false },
  });
  await new Promise<void>((resolve, reject) => conn.connect((e) => (e ? reject(e) : resolve())));
  t.after(() => conn.close());
  server.resetStats();
  let rows = 0;
  const code = await new Promise<string | undefined>((resolve) => {
    const r = new Request('SELECT Id, Label FROM Big', (e) => resolve((e as { code?: string } | undefined)?.code));
    r.on('row', () => { rows++; if (rows === 1) r.cancel(); });
    conn.execSql(r);
  });
  assert.equal(code, 'ECANCEL');
  assert.ok(server.stats().rowsSent < BIG_ROWS, `stopped early (${server.stats().rowsSent} of ${BIG_ROWS} rows sent)`);
  const next = await new Promise<unknown[]>((resolve, reject) => {
    const got: unknown[] = [];
    const r = new Request('SELECT COUNT(*) AS n FROM Big', (e) => (e ? reject(e) : resolve(got)));
    r.on('row', (cols: { value: unknown }[]) => got.push(cols[0]?.value));
    conn.execSql(r);
  });
  assert.deepEqual(next, [BIG_ROWS]);
});

test('cancel() is acknowledged and the connection stays usable', async (t) => {
  const solo = await new sql.ConnectionPool(config({ pool: { max: 1, min: 0 } })).connect();
  t.after(async () => { server.setFault({ mode: 'none' }); await solo.close(); });
  server.setFault({ mode: 'latency', latencyMs: 600 });
  const req = solo.request();
  const p = req.query('SELECT 1 AS x');
  setTimeout(() => req.cancel(), 100);
  await assert.rejects(p, (e: unknown) => e instanceof sql.RequestError && e.code === 'ECANCEL');
  server.setFault({ mode: 'none' });
  assert.deepEqual((await solo.request().query('SELECT 3 AS x')).recordset, [{ x: 3 }]);
});

test('error and down faults are seen by the client and recovery works', async (t) => {
  const solo = await new sql.ConnectionPool(config({ pool: { max: 1, min: 0 } })).connect();
  t.after(async () => { server.setFault({ mode: 'none' }); await solo.close(); });
  server.setFault({ mode: 'error', errorNumber: 40613 });
  await assert.rejects(solo.request().query('SELECT 1 AS x'), (e: unknown) => e instanceof sql.RequestError && e.number === 40613);
  server.setFault({ mode: 'down' });
  // A query right after the switch meets its connection going down: 40613, then the socket closes.
  await assert.rejects(solo.request().query('SELECT 1 AS x'), (e: unknown) => e instanceof sql.RequestError && e.number === 40613);
  await assert.rejects(new sql.ConnectionPool(config()).connect(), (e: unknown) => e instanceof sql.ConnectionError);
  server.setFault({ mode: 'none' });
  assert.deepEqual((await solo.request().query('SELECT 4 AS x')).recordset, [{ x: 4 }]);
});

test('connections still open when down is lifted live on', async (t) => {
  const solo = await new sql.ConnectionPool(config({ pool: { max: 1, min: 0 } })).connect();
  t.after(async () => { server.setFault({ mode: 'none' }); await solo.close(); });
  await solo.request().query('SELECT 0 AS x'); // the pool now holds one live connection
  server.resetStats();
  server.setFault({ mode: 'down' });
  server.setFault({ mode: 'none' });
  assert.deepEqual((await solo.request().query('SELECT 6 AS x')).recordset, [{ x: 6 }]);
  assert.equal(server.stats().connections, 0, 'the pooled connection survived');
});

test('switching to down while a request waits answers it with 40613 instead of dropping it mid-reply', async (t) => {
  const solo = await new sql.ConnectionPool(config({ pool: { max: 1, min: 0 } })).connect();
  t.after(async () => { server.setFault({ mode: 'none' }); await solo.close(); });
  server.setFault({ mode: 'latency', latencyMs: 5000 });
  const pending = solo.request().query('SELECT 1 AS x');
  setTimeout(() => server.setFault({ mode: 'down' }), 50);
  await assert.rejects(pending, (e: unknown) => e instanceof sql.RequestError && e.number === 40613);
  server.setFault({ mode: 'none' });
  assert.deepEqual((await solo.request().query('SELECT 5 AS x')).recordset, [{ x: 5 }]);
});

test('stats count statements by text', async () => {
  server.resetStats();
  const q = 'SELECT JobNum FROM Erp.JobHead WHERE JobNum = @j';
  await pool.request().input('j', sql.NVarChar, 'J-001').query(q);
  await pool.request().input('j', sql.NVarChar, 'J-002').query(q);
  const s = server.stats();
  assert.deepEqual({ rpcs: s.rpcs, statements: s.statements, rowsSent: s.rowsSent, byStatement: s.byStatement }, { rpcs: 2, statements: 2, rowsSent: 2, byStatement: { [q]: 2 } });
});

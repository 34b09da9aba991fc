import { test } from 'node:test';
import assert from 'node:assert/strict';
import { objectKey, translateBatch, translateTsql, TsqlError } from './translate.ts';

test('brackets become double quotes and dbo./Erp. prefixes map to SQLite names', () => {
  assert.equal(translateTsql('SELECT [Job Num], j.[PartNum] FROM [dbo].[vw_OpenJobs] j JOIN Erp.JobHead h ON 1=1'),
    'SELECT "Job Num", j."PartNum" FROM "vw_OpenJobs" j JOIN "Erp_JobHead" h ON 1=1');
  assert.equal(translateTsql('SELECT * FROM ERP10.dbo.vw_X'), 'SELECT * FROM vw_X');
});

test('string literals are never rewritten, including [, TOP, -- and escaped quotes', () => {
  assert.equal(translateTsql("SELECT N'it''s [dbo].[x] TOP 5 -- no', 'GETDATE() WITH (NOLOCK)' FROM t"),
    "SELECT 'it''s [dbo].[x] TOP 5 -- no', 'GETDATE() WITH (NOLOCK)' FROM t");
  assert.equal(translateTsql("SELECT [a]]b], [it's] FROM t"), 'SELECT "a]b", "it\'s" FROM t');
});

test('comments are dropped without touching literals', () => {
  assert.equal(translateTsql("SELECT 1 -- TOP 3 [x]\n, '--keep' /* [y] */ FROM t"), "SELECT 1  \n, '--keep'   FROM t");
});

test('TOP becomes LIMIT at the end of its own (sub)query', () => {
  assert.equal(translateTsql('SELECT TOP (5) a FROM t ORDER BY a'), 'SELECT  a FROM t ORDER BY a LIMIT 5');
  assert.equal(translateTsql('SELECT DISTINCT TOP 3 a FROM (SELECT TOP (@n) a FROM t) s'),
    'SELECT DISTINCT  a FROM (SELECT  a FROM t LIMIT @n COLLATE NOCASE) s LIMIT 3');
});

test('OFFSET … FETCH becomes LIMIT … OFFSET', () => {
  assert.equal(translateTsql('SELECT a FROM t ORDER BY a OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY'), 'SELECT a FROM t ORDER BY a LIMIT 5 OFFSET 10');
  assert.equal(translateTsql('SELECT a FROM t ORDER BY a OFFSET @o ROWS'), 'SELECT a FROM t ORDER BY a LIMIT -1 OFFSET @o COLLATE NOCASE');
});

test('functions map to SQLite or tds_* counterparts', () => {
  assert.equal(translateTsql('SELECT GETDATE(), SYSDATETIME(), GETUTCDATE(), ISNULL(a, 0), LEN(b), LTRIM(RTRIM(c)) FROM t'),
    'SELECT tds_getdate(), tds_getdate(), tds_getutcdate(), IFNULL(a, 0), tds_len(b), LTRIM(RTRIM(c)) FROM t');
  assert.equal(translateTsql('SELECT DATEADD(day, -1, d), DATEDIFF(minute, a, b) FROM t'),
    "SELECT tds_dateadd('day', -1, d), tds_datediff('minute', a, b) FROM t");
  assert.equal(translateTsql('SELECT CAST(d AS DATETIME2), CONVERT(varchar(23), d, 126), CAST(q AS decimal(22,8)) FROM t'),
    'SELECT tds_datetime2(d), tds_text(d, 126, 23), tds_decimal(q, 8) FROM t');
});

test('table hints are removed, CTEs are kept', () => {
  assert.equal(translateTsql('SELECT a FROM t WITH (NOLOCK) JOIN u (NOLOCK) ON 1=1'), 'SELECT a FROM t  JOIN u  ON 1=1');
  assert.equal(translateTsql('WITH x AS (SELECT 1 AS a) SELECT a FROM x'), 'WITH x AS (SELECT 1 AS a) SELECT a FROM x');
});

test('SET options are accepted and dropped; statements split without semicolons', () => {
  const b = translateBatch('set textsize 2147483647\nset quoted_identifier on\nSELECT 1 SELECT 2');
  assert.deepEqual(b.map((s) => [s.kind, s.sql]), [['ignored', ''], ['ignored', ''], ['query', 'SELECT 1'], ['query', 'SELECT 2']]);
  assert.deepEqual(translateBatch('UPDATE t SET a = 1 WHERE b = 2').map((s) => s.kind), ['query']);
  assert.deepEqual(translateBatch('SELECT a FROM t UNION ALL SELECT b FROM u').map((s) => s.kind), ['query']);
});

test('parameters are lower-cased; compared with a column they keep its collation, otherwise they get NOCASE', () => {
  assert.equal(translateTsql('SELECT a FROM t WHERE Company = @Company AND @P = j.[Plant] AND k IN (@a, @b)'),
    'SELECT a FROM t WHERE Company = @company AND @p = j."Plant" AND k IN (@a, @b)');
  assert.equal(translateTsql("SELECT a FROM t WHERE UPPER(x) = @x OR @y = 'abc' OR LOWER(z) IN (@z)"),
    "SELECT a FROM t WHERE UPPER(x) = @x COLLATE NOCASE OR @y COLLATE NOCASE = 'abc' OR LOWER(z) IN (@z COLLATE NOCASE)");
});

test('unsupported constructs fail with 40517 naming the construct', () => {
  const cases: [string, string][] = [
    ['MERGE t USING s ON 1=1 WHEN MATCHED THEN DELETE;', 'MERGE'],
    ['SELECT * FROM a CROSS APPLY b', 'CROSS APPLY'],
    ['SELECT * FROM a OUTER APPLY b', 'OUTER APPLY'],
    ['SELECT * FROM a PIVOT (SUM(x) FOR y IN ([1])) p', 'PIVOT'],
    ['DELETE FROM t OUTPUT deleted.a', 'OUTPUT'],
    ['DECLARE c CURSOR FOR SELECT 1', 'DECLARE'],
    ['SELECT a FROM t FOR XML PATH', 'FOR XML'],
  ];
  for (const [sql, construct] of cases) {
    assert.throws(() => translateTsql(sql), (e: unknown) => e instanceof TsqlError && e.number === 40517 && e.message.includes(`'${construct}'`), sql);
  }
});

test('select analysis finds explicit casts, bare columns and FROM objects', () => {
  const [s] = translateBatch('SELECT j.JobNum AS Job, CAST(x AS nvarchar(10)) y, 1 + 2 FROM dbo.vw_OpenJobs j JOIN Erp.Part p ON 1=1');
  assert.deepEqual({ items: s?.items, from: s?.fromObjects }, {
    items: [{ star: false, named: true, sourceColumn: 'JobNum' }, { star: false, named: true, explicitType: { type: 'nvarchar', length: 10 } }, { star: false, named: false }],
    from: ['vw_openjobs', 'erp_part'],
  });
});

test('objectKey maps schema-qualified names to lower-case SQLite names', () => {
  assert.deepEqual(['dbo.vw_OpenJobs', '[Erp].[JobHead]', 'vw_X', 'db.dbo.T'].map(objectKey), ['vw_openjobs', 'erp_jobhead', 'vw_x', 't']);
});

test('+ next to a string literal becomes ||; arithmetic + stays', () => {
  assert.equal(translateTsql("SELECT 'Job ' + JobNum + N'!', a + b FROM t"), "SELECT 'Job ' || JobNum || '!', a + b FROM t");
});

test('an unclosed literal or identifier fails with 105', () => {
  for (const sql of ["SELECT 'abc FROM t", 'SELECT [abc FROM t']) {
    assert.throws(() => translateTsql(sql), (e: unknown) => e instanceof TsqlError && e.number === 105 && e.message.startsWith('Unclosed quotation mark'), sql);
  }
});

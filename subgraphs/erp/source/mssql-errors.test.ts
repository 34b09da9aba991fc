import { test } from 'node:test';
import assert from 'node:assert/strict';
import sql from 'mssql';
import { mapMssqlError } from './mssql-source.ts';

const shape = (e: unknown) => { const g = mapMssqlError(e); return { message: g.message, extensions: g.extensions }; };

test('mapMssqlError maps driver errors to coded errors without driver text', () => {
  const reqErr = (code: sql.MSSQL_ERROR_CODE, number?: number, message = 'boom') => Object.assign(new sql.RequestError(message, code), number === undefined ? {} : { number });
  assert.deepEqual([
    shape(new sql.ConnectionError('Failed to connect to erp.invalid:1433 - ECONNREFUSED', 'ESOCKET')),
    shape(new sql.ConnectionError("Login failed for user 'plantgraph'.", 'ELOGIN')),
    shape(reqErr('ETIMEOUT', undefined, 'Timeout: Request failed to complete in 400ms')),
    shape(reqErr('EREQUEST', 1205, 'Transaction (Process ID 52) was deadlocked')),
    shape(reqErr('EREQUEST', 207, "Invalid column name 'QtyCompleted'.")),
    shape(Object.assign(new Error('operation timed out'), { name: 'TimeoutError' })),
  ], [
    { message: 'ERP database unreachable', extensions: { code: 'ERP_UNAVAILABLE', source: 'ERP', retryable: true } },
    { message: 'ERP refused the login', extensions: { code: 'ERP_UNAVAILABLE', source: 'ERP', retryable: false } },
    { message: 'ERP query ran past its timeout', extensions: { code: 'ERP_TIMEOUT', source: 'ERP', retryable: true } },
    { message: 'ERP query failed', extensions: { code: 'ERP_QUERY_FAILED', source: 'ERP', retryable: false, detail: { errorNumber: 1205 } } },
    { message: 'ERP view contract broken: column QtyCompleted missing',
      extensions: { code: 'ERP_BAD_RESPONSE', source: 'ERP', retryable: false, detail: { errorNumber: 207, column: 'QtyCompleted' } } },
    { message: 'ERP database unreachable', extensions: { code: 'ERP_UNAVAILABLE', source: 'ERP', retryable: true } },
  ]);
});

// The demo plant's ERP database endpoint: a SQL Server (TDS 7.4) over sql.js. See README.md.
export { createTdsServer } from './server.ts';
export type { TdsServer, TdsServerOptions, TdsFault, TdsFaultMode, TdsStats } from './server.ts';
export type { TdsCatalog } from './executor.ts';
export type { TdsColumnType } from './types.ts';
export { translateTsql, translateBatch, objectKey, parseTypeName, TsqlError } from './translate.ts';
export type { TranslatedStatement, SelectItem } from './translate.ts';
export { openSqlJs } from './sqljs.ts';
export type { SqlJsStatic, SqlJsDatabase, SqlJsValue } from './sqljs.ts';

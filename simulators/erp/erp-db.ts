import type { Database } from 'sql.js';
import type { MessConfig, Plant } from '../plant/index.ts';
import { buildErpRows, insertErpRows } from './erp-rows.ts';
import { erpTables, sqliteDdl, sqliteDropViews, sqliteInformationSchema, sqliteName, sqliteViewDdl } from './erp-schema.ts';
import type { DroppedViewColumns, ErpSchemaVersion } from './erp-schema.ts';

/** Create the demo ERP schema (tables + views of `version`) in an empty sql.js database and populate it from the plant. */
export function buildErpDatabase(db: Database, plant: Plant, mess: MessConfig, clockMs: number, version: ErpSchemaVersion = 'v1', database = 'PlantERP'): void {
  for (const stmt of sqliteDdl(version)) db.run(stmt);
  for (const st of sqliteInformationSchema(database, version)) db.run(st.sql, st.params ?? []);
  insertErpRows(db, buildErpRows(plant, mess, clockMs));
}

/** Swap the integration views to another contract version in place (what a vendor patch does to a live database). */
export function switchErpViews(db: Database, version: ErpSchemaVersion, dropped: DroppedViewColumns = {}, database = 'PlantERP'): void {
  for (const stmt of sqliteDropViews()) db.run(stmt);
  for (const stmt of sqliteViewDdl(version, dropped)) db.run(stmt);
  for (const st of sqliteInformationSchema(database, version, dropped)) db.run(st.sql, st.params ?? []);
}

/** Empty every table and repopulate from the plant as it is now (live mode), keeping the database object and its views. */
export function refillErpDatabase(db: Database, plant: Plant, mess: MessConfig, clockMs: number): void {
  for (const t of erpTables) db.run(`DELETE FROM ${sqliteName(t.schema, t.name)}`);
  insertErpRows(db, buildErpRows(plant, mess, clockMs));
}

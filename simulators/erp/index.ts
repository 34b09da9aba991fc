// The demo ERP: Epicor-flavoured schema as data, its population from the plant model, and the simulator over TDS.
export { startErpSimulator, DEMO_ERP_USER, DEMO_ERP_PASSWORD, DEMO_ERP_DATABASE } from './erp-simulator.ts';
export type { ErpSimulatorOptions, ErpSimulatorHandle } from './erp-simulator.ts';
export { erpTables, erpViews, erpCatalog, tdsCatalog, sqliteDdl, tsqlScript, sqlTypeName } from './erp-schema.ts';
export type { SqlType, TableDef, ViewDef, ErpSchemaVersion, CatalogObject, TdsCatalogType } from './erp-schema.ts';
export { buildErpRows, SECOND_COMPANY } from './erp-rows.ts';
export type { ErpRow } from './erp-rows.ts';
export { buildErpDatabase, switchErpViews } from './erp-db.ts';
/** Test-only: a tiny hand-made plant spanning the 2026-03-08 spring-forward in America/Chicago. */
export { fixturePlant, FIXTURE_ANCHOR_MS, FIXTURE_AFTER_GAP_MS } from './fixture-plant.ts';

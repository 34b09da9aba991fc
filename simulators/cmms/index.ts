// The simulated CMMS REST API of the demo plant (DOMAIN.md §4). Never imported by production code.

/**
 * Starts the CMMS simulator over HTTP on 127.0.0.1 (port 0 = ephemeral). Reads the plant at request time;
 * serves only records at or before `clock()`; injects only the mess flags that are on.
 */
export { startCmmsSimulator } from './server.ts';
export type { CmmsFault, CmmsSimulatorHandle, CmmsSimulatorOptions, CmmsSimulatorStats } from './server.ts';
/** Renderers from the clean model to the CMMS's JSON shapes; exported for ground-truth checks. */
export { erpAliases, renderAssets, renderWorkOrders, renderReadings, workOrderAt, cmmsApiVersions } from './render.ts';
export type { CmmsApiVersion, AssetJson, WorkOrderJson, ReadingJson, MeterJson } from './render.ts';
/** The OpenAPI 3.1 document served at /api/v1/openapi.json for a version. */
export { openApiDocument } from './openapi.ts';
/** A three-machine hand-made plant for tests (test-only). */
export { createTestPlant, testAnchorMs } from './fixture-plant.ts';

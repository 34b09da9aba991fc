// The demo plant: seeded generator + ERP (TDS), MES (SOAP) and CMMS (REST) simulators + ground truth.
// Never imported by production code; `npm start`, `npm run plant`, tests and benchmarks use it.
export { startDemoPlant } from './demo-plant.ts';
export type { DemoPlant, DemoPlantOptions } from './demo-plant.ts';
export { allMess, noMess, generatePlant, buildGroundTruth, groundTruthJson } from './plant/index.ts';
export type { GroundTruth, MessConfig, Plant, PlantConfig } from './plant/index.ts';

// The demo plant's clean model and its seeded generator. Simulators render this model; tests and
// benchmarks score the layer against the ground truth derived from it.
export { generatePlant, advancePlant, plantNowMs, defaultPlantConfig } from './generate.ts';
export type { PlantAppend } from './generate.ts';
export { startLivePlant } from './live.ts';
export type { LiveOptions, LivePlant } from './live.ts';
export { buildGroundTruth, groundTruthJson, stableStringify, writeGroundTruthFile } from './truth.ts';
export { toLocalNaive, toSplitDateHours, toExcelSerial, dstTransitions } from './local-time.ts';
export type { DstTransition } from './local-time.ts';
export { createRng } from './rng.ts';
export { keyedTwiceLabor, planReconciliation, shiftWindows, SHIFT_LOG_DAYS } from './shift-log.ts';
export type { ReconciliationPlan, SeededDisagreement, SeededKind, ShiftLogDowntimeLine, ShiftLogProductionLine, ShiftWindow } from './shift-log.ts';
export type { Rng } from './rng.ts';
export { allMess, noMess } from './plant-types.ts';
export type { MessConfig, PlantConfig, GroundTruth, Plant, ReconciliationTruth } from './plant-types.ts';
export type {
  Site, Area, WorkCenter, MachineKind, VariableSpec, Machine, PhysicalAsset, Part, JobStatus, Job, JobOperation,
  ProductionRecord, ScrapReason, EquipmentStateCode, LossReason, StateInterval, ProcessSeries, QualityMeasurement,
  MaintenanceEventType, MaintenanceEvent, WorkOrderType, WorkOrderStatus, MaintenanceWorkOrder, FailureCode, PmSchedule,
  Meter, MeterReading, LaborRecord, Employee, DriftTruth,
} from './model.ts';

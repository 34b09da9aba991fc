/**
 * The demo plant's clean model: what is really true in the plant, before any system renders it and
 * before any mess is injected. All times are epoch milliseconds UTC. Units are canonical
 * (mm, mm/s, degC, bar, s, %, EA). The ERP, MES and CMMS simulators each render this model into
 * their own vendor shape and inject mess there; the ground truth is derived from this model only.
 *
 * Contract for the simulators: read-only. The generator may append (live mode) but never mutates
 * an existing record except through a new revision record.
 */

/** ISA-95 Site. One per demo plant. */
export interface Site {
  readonly id: string;            // e.g. 'SITE1'
  readonly name: string;
  readonly company: string;       // ERP Company, e.g. 'ACME'
  readonly plant: string;         // ERP Plant, e.g. 'MfgSys'
  readonly timeZone: string;      // IANA zone, e.g. 'America/Chicago'
}

export interface Area {
  readonly id: string;            // e.g. 'FAB'
  readonly name: string;
  readonly siteId: string;
}

/** ISA-95 WorkCenter ≈ ERP ResourceGroup ≈ MES line. */
export interface WorkCenter {
  readonly id: string;            // canonical id == ERP ResourceGrpID, e.g. 'PRS'
  readonly name: string;
  readonly areaId: string;
  readonly mesLineCode: string;   // MES line code, e.g. 'LINE-P'
}

export type MachineKind = 'PRESS' | 'LATHE' | 'MILL' | 'GRINDER' | 'WELDER' | 'MOLDER';

/** A process variable or quality characteristic measured on a machine. */
export interface VariableSpec {
  readonly tag: string;           // canonical tag, e.g. 'OD' (outer diameter), 'VIB', 'BRG_TEMP', 'HYD_PRESS'
  readonly name: string;
  readonly kind: 'dimension' | 'vibration' | 'temperature' | 'pressure' | 'load' | 'cycleTime';
  readonly unit: string;          // canonical unit: 'mm' | 'mm/s' | 'degC' | 'bar' | '%' | 's'
  readonly nominal: number;
  readonly lsl: number | null;    // spec limits in canonical unit (quality characteristics only)
  readonly usl: number | null;
  readonly noiseSigma: number;    // AR(1) innovation sigma, canonical unit
  readonly intervalMs: number;    // sampling interval of the process series
  /** True for characteristics measured on parts (MES GetQualityMeasurements), false for sensor PVs. */
  readonly isQualityCharacteristic: boolean;
}

/** ISA-95 Equipment (the position) with its identities in every system. */
export interface Machine {
  readonly id: string;            // canonical equipment id, e.g. 'PRESS-04' (== ERP ResourceID, trimmed)
  readonly name: string;          // e.g. 'Press 4'
  readonly kind: MachineKind;
  readonly workCenterId: string;
  readonly erpResourceId: string; // 'PRESS-04'
  readonly mesCode: string;       // 'P04'
  readonly opcPath: string;       // 'Site1.Fab.Press04'
  readonly cmmsName: string;      // 'Press #4'
  readonly variables: readonly VariableSpec[];
  /** Physical assets that stood at this position over time (ISA-95 EquipmentAssetMapping). */
  readonly assets: readonly PhysicalAsset[];
}

/** ISA-95 PhysicalAsset: the serial-numbered machine the CMMS tracks. */
export interface PhysicalAsset {
  readonly cmmsAssetId: string;   // 'ast_7Hq2…'
  readonly assetTag: string;      // '100234'
  readonly serialNumber: string;
  readonly manufacturer: string;
  readonly model: string;
  readonly fromMs: number;        // installed at the position
  readonly toMs: number | null;   // removed (null = still there)
}

/** Material definition (ERP Part). */
export interface Part {
  readonly partNum: string;       // canonical, trimmed, e.g. 'BRK-1042'
  readonly description: string;
  readonly revision: string;      // 'A', 'B'
  readonly ium: string;           // 'EA'
  readonly pum: string;           // 'EA' | 'BX'
  readonly purchasingFactor: number;
  readonly typeCode: 'M' | 'P';
  readonly classId: string;
  /** Which quality characteristics a part of this kind carries (tags on the machine that makes it). */
  readonly characteristicTags: readonly string[];
}

export type JobStatus = 'RELEASED' | 'IN_PROGRESS' | 'COMPLETE' | 'CLOSED' | 'HELD';

/** ERP job (ISA-95 OperationsRequest, production). */
export interface Job {
  readonly company: string;
  readonly jobNum: string;        // 'J004512'
  readonly partNum: string;
  readonly revision: string;
  readonly prodQty: number;       // in part IUM
  readonly startMs: number;       // scheduled start
  readonly dueMs: number;
  readonly createdMs: number;
  readonly status: JobStatus;
  readonly operations: readonly JobOperation[];
}

export interface JobOperation {
  readonly oprSeq: number;        // 10, 20, 30
  readonly opCode: string;        // 'PRESS', 'TURN'
  readonly workCenterId: string;
  readonly machineId: string;
  readonly estSetHours: number;
  readonly estProdHours: number;
  readonly prodStandard: number;  // pieces per hour
  readonly actualStartMs: number | null;
  readonly actualEndMs: number | null;
  /** True quantities, summed from production records (ground truth). */
  readonly goodQty: number;
  readonly scrapQty: number;
  readonly complete: boolean;
}

/** A production count on a machine for a job operation over an interval (MES ProductionRecord). */
export interface ProductionRecord {
  readonly recordId: number;      // MES RecordId, unique
  readonly revision: number;      // 1 = original; >1 corrects an earlier revision of the same recordId
  readonly machineId: string;
  readonly jobNum: string;
  readonly oprSeq: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly goodQty: number;
  readonly scrapQty: number;
  readonly scrapReason: ScrapReason | null;
  readonly operatorId: string;
  readonly shift: 1 | 2 | 3;
  readonly recordedMs: number;    // when the MES recorded it (>= endMs; late records are much later)
}

export type ScrapReason = 'DIM_OVERSIZE' | 'DIM_UNDERSIZE' | 'SURFACE' | 'SETUP' | 'MATERIAL';

/** Canonical equipment state (DOMAIN.md §1, OPC 40001-1 × ISO 22400). */
export type EquipmentStateCode =
  | 'RUNNING' | 'SETUP' | 'IDLE_STARVED' | 'IDLE_BLOCKED' | 'DOWN_UNPLANNED' | 'DOWN_PLANNED' | 'OFFLINE';

/** True downtime / loss category behind a state interval (ISO 22400 time elements). */
export type LossReason =
  | 'JAM' | 'TOOL_BREAK' | 'HYDRAULIC_FAULT' | 'BEARING_FAILURE' | 'ELECTRICAL_FAULT'
  | 'NO_MATERIAL' | 'WAITING_FORKLIFT' | 'NO_OPERATOR' | 'DOWNSTREAM_BLOCKED'
  | 'CHANGEOVER' | 'TOOL_CHANGE' | 'PREVENTIVE_MAINTENANCE' | 'CALIBRATION' | 'NO_SHIFT';

export interface StateInterval {
  readonly machineId: string;
  readonly state: EquipmentStateCode;
  readonly reason: LossReason | null;   // null while RUNNING
  readonly startMs: number;
  readonly endMs: number;
}

/** A regularly sampled process series: values[i] is at startMs + i*intervalMs (NaN = no sample). */
export interface ProcessSeries {
  readonly machineId: string;
  readonly tag: string;
  readonly unit: string;
  readonly startMs: number;
  readonly intervalMs: number;
  readonly values: Float64Array;
}

/** A quality measurement on a produced part (MES GetQualityMeasurements). */
export interface QualityMeasurement {
  readonly measurementId: number;
  readonly machineId: string;
  readonly jobNum: string;
  readonly oprSeq: number;
  readonly tag: string;           // characteristic tag
  readonly nominal: number;
  readonly lsl: number;
  readonly usl: number;
  readonly value: number;
  readonly unit: string;
  readonly measuredMs: number;
}

export type MaintenanceEventType =
  | 'TOOL_CHANGE' | 'PREVENTIVE' | 'BEARING_REPLACEMENT' | 'CALIBRATION' | 'CORRECTIVE' | 'ASSET_SWAP' | 'INSPECTION';

/** The event log: one entry per thing that happened to a machine; feeds MES, CMMS and the signal resets. */
export interface MaintenanceEvent {
  readonly eventId: string;
  readonly machineId: string;
  readonly type: MaintenanceEventType;
  readonly startMs: number;
  readonly endMs: number;
  /** Which variable tags this event resets (tool change resets wear on dimension/load; bearing → vibration, …). */
  readonly resetsTags: readonly string[];
  readonly workOrderId: string | null;  // CMMS work order that recorded it, if any
}

export type WorkOrderType = 'CORRECTIVE' | 'PREVENTIVE' | 'INSPECTION' | 'CALIBRATION';
export type WorkOrderStatus = 'OPEN' | 'IN_PROGRESS' | 'ON_HOLD' | 'DONE' | 'CANCELLED';

/** CMMS maintenance work order, in canonical terms. */
export interface MaintenanceWorkOrder {
  readonly id: string;            // 'wo_…'
  readonly number: string;        // 'WO-2026-00871'
  readonly title: string;
  readonly description: string;  // free text
  readonly type: WorkOrderType;
  readonly status: WorkOrderStatus;
  readonly priority: 0 | 1 | 2 | 3;
  readonly machineId: string;
  readonly cmmsAssetId: string;
  readonly failure: { classCode: string; problemCode: string; causeCode: string; remedyCode: string } | null;
  readonly reportedMs: number;
  readonly startedMs: number | null;
  readonly completedMs: number | null;
  readonly downtimeMinutes: number;
  readonly laborHours: number;
  readonly createdMs: number;
  readonly updatedMs: number;
}

export interface FailureCode {
  readonly code: string;
  readonly level: 'class' | 'problem' | 'cause' | 'remedy';
  readonly description: string;
  readonly parentCode: string | null;
}

export interface PmSchedule {
  readonly id: string;
  readonly machineId: string;
  readonly cmmsAssetId: string;
  readonly title: string;
  readonly intervalDays: number;
  readonly nextDueMs: number;
}

export interface Meter {
  readonly id: string;
  readonly cmmsAssetId: string;
  readonly machineId: string;
  readonly name: string;          // 'Runtime hours', 'Spindle vibration'
  readonly kind: 'cumulative' | 'gauge';
  readonly unit: string;          // canonical unit: 'h', 'cycles', 'mm/s', 'degC', 'bar'
  readonly rolloverAt: number | null;
}

export interface MeterReading {
  readonly meterId: string;
  readonly value: number;         // canonical unit
  readonly readingMs: number;
  readonly source: 'manual' | 'sensor';
}

/** ERP labour record (Epicor LaborDtl), canonical. */
export interface LaborRecord {
  readonly laborDtlSeq: number;
  readonly company: string;
  readonly employeeNum: string;
  readonly jobNum: string;
  readonly oprSeq: number;
  readonly machineId: string;
  readonly laborType: 'P' | 'S' | 'I';
  readonly laborQty: number;
  readonly scrapQty: number;
  readonly scrapReasonCode: string;
  readonly clockInMs: number;
  readonly clockOutMs: number;
  readonly shift: 1 | 2 | 3;
}

export interface Employee {
  readonly employeeNum: string;
  readonly name: string;
  readonly shift: 1 | 2 | 3;
}

/** True drift/degradation episode on one variable, for scoring the interpretation layer. */
export interface DriftTruth {
  readonly machineId: string;
  readonly tag: string;
  readonly cause: 'TOOL_WEAR' | 'BEARING_DEGRADATION' | 'CALIBRATION_DRIFT' | 'THERMAL';
  readonly onsetMs: number;       // when the mean started to move measurably (> 0.5 baseline sigma)
  readonly endMs: number;         // reset event (tool change, bearing replacement, calibration) or end of data
  readonly magnitudeSigma: number; // mean shift at endMs, in baseline sigmas
  readonly resetEventId: string | null;
}

/**
 * Mutable runtime records of the simulation. The public model (model.ts) is read-only snapshots built
 * from these after every advance; keeping them separate lets live mode resume the same dynamics.
 */
import type {
  DriftTruth, EquipmentStateCode, LaborRecord, LossReason, MaintenanceEvent, MeterReading, ProductionRecord,
  QualityMeasurement, StateInterval, WorkOrderType,
} from './model.ts';

export interface OpRuntime {
  readonly job: JobRuntime;
  readonly oprSeq: number;
  readonly opCode: string;
  readonly workCenterId: string;
  readonly machineId: string;
  readonly estSetHours: number;
  readonly estProdHours: number;
  readonly prodStandard: number;
  readonly scheduledStartMs: number;
  actualStartMs: number | null;
  actualEndMs: number | null;
  /** Sums of emitted production records only (so the snapshot equals the records' sums). */
  goodQty: number;
  scrapQty: number;
  /** Good parts produced so far including the not yet emitted record chunk (drives completion). */
  producedGood: number;
  complete: boolean;
}

export interface JobRuntime {
  readonly company: string;
  readonly jobNum: string;
  readonly partNum: string;
  readonly revision: string;
  readonly prodQty: number;
  readonly startMs: number;
  readonly dueMs: number;
  readonly createdMs: number;
  readonly held: boolean;
  readonly ops: OpRuntime[];
}

/** A CMMS work order as planned by the simulation; its status is a function of the snapshot time. */
export interface WoPlan {
  readonly id: string;
  number: string;                 // assigned in emission order at merge
  /** Sim minute the plan was emitted at (orders the global WO numbers). */
  readonly emitMs: number;
  readonly title: string;
  readonly description: string;
  readonly type: WorkOrderType;
  readonly priority: 0 | 1 | 2 | 3;
  readonly machineId: string;
  readonly cmmsAssetId: string;
  readonly failure: { classCode: string; problemCode: string; causeCode: string; remedyCode: string } | null;
  readonly reportedMs: number;
  /** Put on hold (waiting for parts) from this instant until startedMs; null = never held. */
  readonly holdFromMs: number | null;
  readonly startedMs: number;
  /** Completion (or cancellation, when `cancelled`). */
  readonly completedMs: number;
  readonly cancelled: boolean;
  readonly downtimeMinutes: number;
  readonly laborHours: number;
}

/** Production record before global ids are assigned. */
export type ProductionDraft = Omit<ProductionRecord, 'recordId'>;
export type LaborDraft = Omit<LaborRecord, 'laborDtlSeq'>;
export type QualityDraft = Omit<QualityMeasurement, 'measurementId'>;

/** Everything a machine emitted during one advance, each with the sim minute it was emitted at. */
export interface Outbox {
  production: { emitMs: number; rec: ProductionDraft }[];
  labor: { emitMs: number; rec: LaborDraft }[];
  quality: { emitMs: number; rec: QualityDraft }[];
  states: StateInterval[];
  events: MaintenanceEvent[];
  workOrders: WoPlan[];
  meterReadings: MeterReading[];
  drifts: DriftTruth[];
}

export function emptyOutbox(): Outbox {
  return { production: [], labor: [], quality: [], states: [], events: [], workOrders: [], meterReadings: [], drifts: [] };
}

export interface OpenState {
  state: EquipmentStateCode;
  reason: LossReason | null;
  startMs: number;
}

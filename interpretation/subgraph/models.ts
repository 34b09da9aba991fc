// The entity representations the gateway sends to this subgraph: `__typename`, the key, and the
// fields named in the @requires selections (absent when the planned field does not require them).
// Codegen maps the entity types to these (codegen.yml `mappers`).

/** ProcessSample as required: ISO time and canonical value (null for sentinels/bad quality). */
export interface SampleRep { readonly time: string; readonly value: number | null }
export interface MeasurementRep { readonly time: string; readonly value: { readonly value: number } | null }
export interface StateRep { readonly state: string | null; readonly startTime: string; readonly endTime: string; readonly reasonCode: string | null }
export interface FailureRep { readonly classCode: string; readonly problemCode: string | null; readonly remedyCode: string | null }
export interface MaintenanceRep { readonly id?: string; readonly title?: string | null; readonly reportedAt?: string | null; readonly type: string | null; readonly status: string; readonly completedAt: string | null; readonly failure?: FailureRep | null }

/** MES ProductionRecord as the timeline requires it. */
export interface ProductionRep {
  readonly recordId: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly operationSequence: number | null;
  readonly productionOrder: { readonly id: string } | null;
  /** Null when a vendor upgrade took the MES field away (SCHEMA_FIELD_UNMAPPED beside it). */
  readonly goodQuantity: { readonly value: number; readonly unit: string } | null;
  readonly scrapQuantity: { readonly value: number; readonly unit: string } | null;
  /** Only the per-shift production figure requires it. */
  readonly recordedTime?: string;
}

/** OperatorNote as required (owned by the context subgraph). */
export interface NoteRep {
  readonly id: string;
  readonly time: string;
  readonly endTime: string | null;
  readonly category: string;
  readonly confidence: number;
  readonly mentions: readonly { readonly kind: string; readonly value: string | null }[];
  /** Only the timeline requires the text. */
  readonly text?: string;
}

/** Equipment: owned by erp; recentStates from mes, recentMaintenance from cmms, recentNotes from context. */
export interface EquipmentRep {
  readonly id: string;
  readonly recentStates?: readonly StateRep[] | null;
  readonly recentMaintenance?: readonly MaintenanceRep[] | null;
  readonly recentNotes?: readonly NoteRep[] | null;
  /** The timeline requires the records; the per-shift production figure the window too. */
  readonly recentProduction?: { readonly from?: string; readonly to?: string; readonly records: readonly ProductionRep[] } | null;
  readonly spreadsheetDowntime?: SheetDowntimeRep | null;
  readonly recentLabor?: ShiftProductionInputsRep['recentLabor'];
  readonly spreadsheetProduction?: ShiftProductionInputsRep['spreadsheetProduction'];
  readonly processVariables?: readonly ProcessVariableRep[] | null;
  readonly qualityCharacteristics?: readonly QualityCharacteristicRep[] | null;
}

/** ProcessVariable: owned by mes. */
export interface ProcessVariableRep {
  readonly id: string;
  /** Canonical unit (mm, mm/s, degC, bar, %, s) or 'UNKNOWN'; decides which resets apply. */
  readonly unit?: string;
  readonly recentSamples?: readonly SampleRep[] | null;
  readonly lowerSpecLimit?: number | null;
  readonly upperSpecLimit?: number | null;
  readonly equipment?: EquipmentRep | null;
}

/** QualityCharacteristic: owned by mes. */
export interface QualityCharacteristicRep {
  readonly id: string;
  readonly unit?: string;
  readonly lsl?: number | null;
  readonly usl?: number | null;
  readonly recentMeasurements?: readonly MeasurementRep[] | null;
  readonly equipment?: EquipmentRep | null;
}

/** WorkCenter: owned by erp; its equipment with the same inputs as an Equipment representation. */
export interface WorkCenterRep {
  readonly id: string;
  readonly equipment?: readonly EquipmentRep[] | null;
  /** erp's orders not yet CLOSED plus those CLOSED with an operation started in its last 14 days, with their reconciliation inputs. */
  readonly recentProductionOrders?: readonly ProductionOrderRep[] | null;
}

/** Reconciliation inputs, as the @requires selections of schema/interpretation.graphql deliver them. */
export interface QuantityRep { readonly value: number; readonly unit?: string }
export interface CoverageRep { readonly from: string; readonly to: string }
export interface ProvenanceRep { readonly file: string; readonly sheet: string; readonly row: number; readonly modifiedAt: string }
export interface OperationRep { readonly sequence: number; readonly actualStart: string | null; readonly completedQuantity: QuantityRep | null; readonly scrapQuantity: QuantityRep | null }
export interface MesRecordRep { readonly operationSequence: number | null; readonly startTime: string; readonly recordedTime: string; readonly goodQuantity: QuantityRep | null; readonly scrapQuantity: QuantityRep | null }
export interface SheetProductionLineRep { readonly shiftStart: string; readonly operationSequence: number; readonly goodQuantity: QuantityRep; readonly scrapQuantity: QuantityRep; readonly provenance: ProvenanceRep }
export interface SheetDowntimeLineRep { readonly shiftStart: string; readonly minutes: number; readonly provenance: ProvenanceRep }
export interface SheetDowntimeRep { readonly coverage: CoverageRep; readonly lines: readonly SheetDowntimeLineRep[] }

/** ProductionOrder: owned by erp; recentProduction from mes, spreadsheetProduction from spreadsheet. */
export interface ProductionOrderRep {
  readonly id: string;
  readonly status?: string | null;
  /** Only the completion figure requires it. */
  readonly plannedQuantity?: QuantityRep | null;
  readonly freshness?: { readonly asOf: string | null } | null;
  readonly operations?: readonly OperationRep[] | null;
  readonly recentProduction?: { readonly from: string; readonly to: string; readonly records: readonly MesRecordRep[] } | null;
  readonly spreadsheetProduction?: { readonly coverage: CoverageRep; readonly lines: readonly SheetProductionLineRep[] } | null;
}

/** Equipment's reconciliation inputs (recentStates from mes, spreadsheetDowntime from spreadsheet). */
export interface DowntimeInputsRep {
  readonly id: string;
  readonly recentStates?: readonly Pick<StateRep, 'state' | 'startTime' | 'endTime'>[] | null;
  readonly spreadsheetDowntime?: SheetDowntimeRep | null;
}

/** An ERP labour record as the per-shift production figure requires it. */
export interface LaborRep {
  readonly clockIn: string | null; readonly clockOut: string | null; readonly quantity: QuantityRep | null; readonly scrapQuantity: QuantityRep | null;
  readonly dataQuality?: { readonly issues: readonly { readonly code: string }[] } | null;
}

/** Equipment's per-shift production inputs: MES records and states (whether the MES knows the machine), ERP labour, the sheet's lines. */
export interface ShiftProductionInputsRep {
  readonly id: string;
  readonly recentStates?: readonly Pick<StateRep, 'startTime' | 'endTime'>[] | null;
  readonly recentProduction?: { readonly from?: string; readonly to?: string; readonly records: readonly { readonly startTime: string; readonly recordedTime?: string; readonly goodQuantity: QuantityRep | null; readonly scrapQuantity: QuantityRep | null }[] } | null;
  readonly recentLabor?: { readonly from: string; readonly to: string; readonly records: readonly LaborRep[] } | null | undefined;
  readonly spreadsheetProduction?: { readonly coverage: CoverageRep; readonly lines: readonly Omit<SheetProductionLineRep, 'operationSequence'>[] } | null | undefined;
}

export interface SiteRep {
  readonly id: string;
  readonly areas?: readonly { readonly id?: string; readonly workCenters?: readonly WorkCenterRep[] | null }[] | null;
}

export interface AreaRep {
  readonly id: string;
  readonly workCenters?: readonly WorkCenterRep[] | null;
}

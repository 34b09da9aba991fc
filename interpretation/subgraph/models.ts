// The entity representations the gateway sends to this subgraph: `__typename`, the key, and the
// fields named in the @requires selections (absent when the planned field does not require them).
// Codegen maps the entity types to these (codegen.yml `mappers`).

/** ProcessSample as required: ISO time and canonical value (null for sentinels/bad quality). */
export interface SampleRep { readonly time: string; readonly value: number | null }
export interface MeasurementRep { readonly time: string; readonly value: { readonly value: number } | null }
export interface StateRep { readonly state: string; readonly startTime: string; readonly endTime: string; readonly reasonCode: string | null }
export interface FailureRep { readonly classCode: string; readonly problemCode: string | null; readonly remedyCode: string | null }
export interface MaintenanceRep { readonly id?: string; readonly title?: string; readonly reportedAt?: string | null; readonly type: string; readonly status: string; readonly completedAt: string | null; readonly failure?: FailureRep | null }

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
}

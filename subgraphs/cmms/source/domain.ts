/**
 * The CMMS subgraph's domain objects: CMMS records in canonical terms (times in epoch ms UTC, canonical
 * enums and units), whatever API version or unit the CMMS answered with. Resolvers map them to the schema.
 */

export type WorkOrderStatus = 'OPEN' | 'IN_PROGRESS' | 'ON_HOLD' | 'COMPLETED' | 'CANCELLED';
export type WorkOrderType = 'CORRECTIVE' | 'PREVENTIVE' | 'INSPECTION' | 'CALIBRATION';
export type WorkOrderPriority = 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';

/** A reference to the erp-owned Equipment entity; only the key is known here. */
export interface EquipmentRef { readonly id: string }

export interface CmmsAsset {
  readonly id: string;
  readonly assetTag: string;
  readonly name: string;
  readonly serialNumber: string | null;
  readonly manufacturer: string | null;
  readonly model: string | null;
  readonly status: 'ACTIVE' | 'DOWN' | 'RETIRED';
  readonly criticality: 'A' | 'B' | 'C' | null;
  /** CMMS location id (e.g. a line or cell), evidence for identity matching; null when absent. */
  readonly locationId: string | null;
  readonly installedMs: number | null;
  readonly retiredMs: number | null;
  readonly updatedMs: number | null;
  /** Canonical equipment id from customFields.erpResourceId, trimmed and upper-cased; null when blank. */
  readonly equipmentId: string | null;
}

export interface CmmsWorkOrder {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly description: string | null;
  readonly type: WorkOrderType;
  readonly status: WorkOrderStatus;
  /** null when the CMMS sent a priority this subgraph does not know (logged, not crashed on). */
  readonly priority: WorkOrderPriority | null;
  readonly assetId: string;
  readonly failure: { readonly classCode: string; readonly problemCode: string | null; readonly causeCode: string | null; readonly remedyCode: string | null } | null;
  readonly reportedMs: number;
  readonly startedMs: number | null;
  readonly completedMs: number | null;
  readonly downtimeMinutes: number | null;
  readonly laborHours: number | null;
  readonly updatedMs: number;
  /** Fields whose source value was a declared sentinel (served as null); absent when none. */
  readonly sentinelFields?: readonly string[];
  /** Set when reportedMs was decoded from the legacy reportedAtEpoch (no ISO reportedAt): the unit it was read in. */
  readonly reportedEpochUnit?: 's' | 'ms';
}

export interface CmmsMeter {
  readonly id: string;
  readonly assetId: string;
  readonly name: string;
  readonly kind: 'CUMULATIVE' | 'GAUGE';
  /** Canonical unit (bar, degC, mm, …); readings are converted to it. */
  readonly unit: string;
  /** What the CMMS said the unit is (e.g. 'psi'). */
  readonly sourceUnit: string;
  /** Counter width for cumulative meters that wrap (65535 → 0); null when unknown. */
  readonly rolloverAt: number | null;
}

export interface CmmsMeterReading {
  readonly meterId: string;
  readonly readingMs: number;
  /** In the meter's canonical unit; null when the CMMS sent a sentinel ("sensor fault") instead of a measurement. */
  readonly value: number | null;
  /** Why value is null (SENTINEL); null when value is set. The reading itself happened and is kept. */
  readonly missingReason: 'SENTINEL' | null;
  readonly unit: string;
  readonly sourceValue: number;
  readonly sourceUnit: string;
  readonly source: 'MANUAL' | 'SENSOR';
}

export interface CmmsFailureCode {
  readonly code: string;
  readonly level: 'CLASS' | 'PROBLEM' | 'CAUSE' | 'REMEDY';
  readonly description: string;
  readonly children: readonly CmmsFailureCode[];
}

export interface CmmsPmSchedule {
  readonly id: string;
  readonly assetId: string;
  readonly title: string;
  readonly intervalDays: number;
  readonly nextDueMs: number;
}

/** A reading as served: the reading plus the reset-aware facts computed over its neighbours in the range. */
export interface CmmsMeterReadingView extends CmmsMeterReading {
  readonly resetDetected: boolean;
  readonly delta: number | null;
  /** Cumulative meters: NORMAL, ROLLOVER or RESET since the previous reading; null for the first one and for gauges. */
  readonly counterStep: 'NORMAL' | 'ROLLOVER' | 'RESET' | null;
}

import type { PlantTime } from '../../../normalization/index.ts';

/** How a row's naive local times decoded (normalization/time): the resolved times by field, and which were "no date" sentinels. */
export interface TimeFacts {
  readonly times: Readonly<Record<string, PlantTime>>;
  /** Fields whose value was a SQL Server sentinel date (1753-01-01, 1900-01-01, 9999-12-31), served as null. */
  readonly sentinelDates: readonly string[];
}

/**
 * The ERP subgraph's domain objects: what the adapter maps view rows to. Keys are trimmed, times are epoch ms UTC
 * (already localized from the plant's naive local datetimes), sentinel dates are null, quantities are in the
 * part's inventory unit.
 */

export interface SiteRow {
  readonly id: string;          // canonical site id (Plant.SiteID_c, else the ERP Plant code)
  readonly name: string;
  readonly company: string;
  readonly plant: string;
}

export interface AreaRow {
  readonly id: string;          // JCDept
  readonly name: string;
}

export interface WorkCenterRow {
  readonly id: string;          // ResourceGrpID
  readonly name: string;
  readonly areaId: string | null;
  /** The area's (JCDept) description, carried on the work center row the ERP view joins it into. */
  readonly areaName: string | null;
}

export type EquipmentKindValue = 'PRESS' | 'LATHE' | 'MILL' | 'GRINDER' | 'WELDER' | 'MOLDER' | 'OTHER';

export interface EquipmentRow {
  readonly id: string;          // canonical equipment id == ResourceID trimmed
  readonly name: string;
  readonly kind: EquipmentKindValue;
  readonly workCenterId: string | null;
  readonly erpResourceId: string;
  readonly mesCode: string | null;
  /** Resource.EquipID: the CMMS asset tag of the machine at this position (evidence for identity); null when blank. */
  readonly assetTag: string | null;
  readonly active: boolean;
}

export interface MaterialRow {
  readonly id: string;          // `<Company>/<PartNum>`
  readonly company: string;
  readonly partNumber: string;
  readonly revision: string | null;
  readonly description: string;
  readonly baseUnit: string;
  readonly purchasingUnit: string;
  readonly purchasingFactor: number;
}

export interface OnHandRow {
  readonly materialId: string;
  readonly quantity: number;
  readonly unit: string;
}

export type OrderStatusValue = 'RELEASED' | 'IN_PROGRESS' | 'COMPLETE' | 'CLOSED' | 'HELD' | 'UNRELEASED';

export interface ProductionOrderRow {
  readonly id: string;          // `<Company>/<JobNum>`
  readonly company: string;
  readonly jobNumber: string;
  readonly materialId: string | null;
  readonly plannedQuantity: number;
  readonly completedQuantity: number;
  readonly unit: string;
  readonly status: OrderStatusValue;
  readonly scheduledStartMs: number | null;
  readonly dueMs: number | null;
  readonly createdMs: number | null;
  readonly timeFacts?: TimeFacts;
}

export interface OperationRow {
  readonly id: string;          // `<Company>/<JobNum>/<OprSeq>`
  readonly orderId: string;
  readonly sequence: number;
  readonly opCode: string;
  readonly workCenterId: string | null;
  readonly equipmentId: string | null;
  readonly plannedSetupHours: number;
  readonly plannedRunHours: number;
  readonly plannedRatePerHour: number | null;
  readonly completedQuantity: number;
  readonly scrapQuantity: number;
  readonly unit: string;
  readonly actualStartMs: number | null;
  readonly complete: boolean;
  readonly timeFacts?: TimeFacts;
}

export type LaborTypeValue = 'PRODUCTION' | 'SETUP' | 'INDIRECT';

export interface LaborRow {
  readonly id: string;          // `<Company>/<LaborDtlSeq>`
  readonly orderId: string;
  readonly employeeNumber: string;
  readonly operationSequence: number;
  readonly laborType: LaborTypeValue;
  readonly equipmentId: string | null;
  readonly quantity: number;
  readonly scrapQuantity: number;
  readonly scrapReason: string | null;
  readonly clockInMs: number | null;
  readonly clockOutMs: number | null;
  readonly hours: number;
  readonly shift: number | null;
  readonly timeFacts?: TimeFacts;
}

/** Filter for the production-order list; times epoch ms, companies already validated against config. */
export interface OrderQuery {
  readonly companies: readonly string[];
  readonly statuses: readonly OrderStatusValue[] | null;
  readonly fromMs: number | null;
  readonly toMs: number | null;
  readonly workCenterId: string | null;
}

/** A job key: company + job number (job numbers clash across companies). */
export interface JobKey {
  readonly company: string;
  readonly jobNumber: string;
}

// Canonical code sets and the exact-code tables that map vendor codes onto them. Free text goes through
// the trained classifier (reason-classifier.ts); these tables only hold codes a system emits verbatim.

/**
 * Loss categories, after the ISO 22400-2 time elements they are booked to:
 * - UNPLANNED_DOWN → ADOT (actual unit down time: breakdowns, jams, faults)
 * - DELAY → ADET (actual unit delay time: starved of material, operator or transport; blocked downstream; waiting QC)
 * - SETUP → AUST (actual unit setup time: changeovers and tool changes)
 * - PLANNED_MAINTENANCE → PDOT (planned down time, the maintenance share: PM, calibration)
 * - PLANNED_DOWN → PDOT / outside POT (no shift, no orders, holidays; not a loss of planned busy time)
 * - SPEED_LOSS → no time element of its own: it lowers the effectiveness (APT × rate) inside APT
 * - UNMAPPED → not booked: the raw text is kept and counted until someone maps it
 */
export type LossCategory =
  | 'UNPLANNED_DOWN' | 'DELAY' | 'SETUP' | 'PLANNED_MAINTENANCE' | 'PLANNED_DOWN' | 'SPEED_LOSS' | 'UNMAPPED';

/** The ISO 22400-2 time element each category is booked to (null: not a time element). */
export const iso22400TimeElement: Readonly<Record<LossCategory, 'ADOT' | 'ADET' | 'AUST' | 'PDOT' | null>> = Object.freeze({
  UNPLANNED_DOWN: 'ADOT', DELAY: 'ADET', SETUP: 'AUST', PLANNED_MAINTENANCE: 'PDOT', PLANNED_DOWN: 'PDOT', SPEED_LOSS: null, UNMAPPED: null,
});

/** Specific downtime reasons; the same names the demo plant uses for its ground truth, plus WAITING_QC and REDUCED_SPEED. */
export type ReasonCode =
  | 'JAM' | 'TOOL_BREAK' | 'HYDRAULIC_FAULT' | 'BEARING_FAILURE' | 'ELECTRICAL_FAULT'
  | 'NO_MATERIAL' | 'WAITING_FORKLIFT' | 'NO_OPERATOR' | 'DOWNSTREAM_BLOCKED' | 'WAITING_QC'
  | 'CHANGEOVER' | 'TOOL_CHANGE' | 'PREVENTIVE_MAINTENANCE' | 'CALIBRATION' | 'NO_SHIFT' | 'REDUCED_SPEED'
  | 'UNMAPPED';

/** The loss category of each reason. */
export const reasonCategory: Readonly<Record<ReasonCode, LossCategory>> = Object.freeze({
  JAM: 'UNPLANNED_DOWN', TOOL_BREAK: 'UNPLANNED_DOWN', HYDRAULIC_FAULT: 'UNPLANNED_DOWN', BEARING_FAILURE: 'UNPLANNED_DOWN',
  ELECTRICAL_FAULT: 'UNPLANNED_DOWN',
  NO_MATERIAL: 'DELAY', WAITING_FORKLIFT: 'DELAY', NO_OPERATOR: 'DELAY', DOWNSTREAM_BLOCKED: 'DELAY', WAITING_QC: 'DELAY',
  CHANGEOVER: 'SETUP', TOOL_CHANGE: 'SETUP',
  PREVENTIVE_MAINTENANCE: 'PLANNED_MAINTENANCE', CALIBRATION: 'PLANNED_MAINTENANCE',
  NO_SHIFT: 'PLANNED_DOWN', REDUCED_SPEED: 'SPEED_LOSS', UNMAPPED: 'UNMAPPED',
});

/** Upper-cases and collapses whitespace: the only normalization applied before an exact table lookup. */
export const codeKey = (raw: string): string => raw.trim().replace(/\s+/g, ' ').toUpperCase();

/**
 * Exact downtime codes (case/whitespace-insensitive): the canonical names themselves (what the MES sends
 * with free text off) and the short codes HMIs offer on a button.
 */
export const reasonCodeTable: ReadonlyMap<string, ReasonCode> = new Map<string, ReasonCode>([
  ...(Object.keys(reasonCategory) as ReasonCode[]).filter((c) => c !== 'UNMAPPED').map((c) => [c, c] as [string, ReasonCode]),
  ['JAM', 'JAM'], ['TB', 'TOOL_BREAK'], ['HYD', 'HYDRAULIC_FAULT'], ['BRG', 'BEARING_FAILURE'], ['ELEC', 'ELECTRICAL_FAULT'],
  ['NOMAT', 'NO_MATERIAL'], ['NO MAT', 'NO_MATERIAL'], ['FORK', 'WAITING_FORKLIFT'], ['NOOP', 'NO_OPERATOR'], ['NO OP', 'NO_OPERATOR'],
  ['BLK', 'DOWNSTREAM_BLOCKED'], ['QC', 'WAITING_QC'], ['C/O', 'CHANGEOVER'], ['CO', 'CHANGEOVER'], ['SETUP', 'CHANGEOVER'],
  ['TC', 'TOOL_CHANGE'], ['PM', 'PREVENTIVE_MAINTENANCE'], ['CAL', 'CALIBRATION'], ['NS', 'NO_SHIFT'], ['SLOW', 'REDUCED_SPEED'],
]);

/** Quantity classes: every reported quantity is exactly one of these. */
export type QuantityClass = 'GOOD' | 'SCRAP' | 'REWORK' | 'NONCONFORMING_PENDING';

/**
 * Which class a (source, field) quantity is. ERP DiscrepQty goes to QA for disposition, so it is
 * NONCONFORMING_PENDING, not SCRAP: counting it as scrap and again when QA scraps it would double count.
 */
export const quantityClassTable: ReadonlyMap<string, QuantityClass> = new Map<string, QuantityClass>([
  ['ERP.LaborQty', 'GOOD'], ['ERP.GoodQty', 'GOOD'], ['ERP.ScrapQty', 'SCRAP'], ['ERP.DiscrepQty', 'NONCONFORMING_PENDING'],
  ['ERP.ReworkQty', 'REWORK'], ['MES.GoodQty', 'GOOD'], ['MES.GoodCount', 'GOOD'], ['MES.RejectQty', 'SCRAP'],
  ['MES.ScrapQty', 'SCRAP'], ['MES.ReworkQty', 'REWORK'], ['MES.HoldQty', 'NONCONFORMING_PENDING'],
]);

/** Canonical production-order status (schema ProductionOrderStatus). */
export type ProductionOrderStatus = 'RELEASED' | 'IN_PROGRESS' | 'COMPLETE' | 'CLOSED' | 'HELD' | 'UNRELEASED';

/** Vendor production-order statuses (Epicor-style words and one-letter codes) → canonical. */
export const productionOrderStatusTable: ReadonlyMap<string, ProductionOrderStatus> = new Map<string, ProductionOrderStatus>([
  ['RELEASED', 'RELEASED'], ['R', 'RELEASED'], ['FIRM', 'RELEASED'], ['IN_PROGRESS', 'IN_PROGRESS'], ['IN PROGRESS', 'IN_PROGRESS'],
  ['ACTIVE', 'IN_PROGRESS'], ['STARTED', 'IN_PROGRESS'], ['S', 'IN_PROGRESS'], ['COMPLETE', 'COMPLETE'], ['COMPLETED', 'COMPLETE'],
  ['C', 'COMPLETE'], ['CLOSED', 'CLOSED'], ['X', 'CLOSED'], ['HELD', 'HELD'], ['HOLD', 'HELD'], ['ON HOLD', 'HELD'], ['H', 'HELD'],
  ['UNRELEASED', 'UNRELEASED'], ['UNFIRM', 'UNRELEASED'], ['PLANNED', 'UNRELEASED'], ['U', 'UNRELEASED'],
]);

/** Canonical maintenance work-order status (schema MaintenanceWorkOrderStatus). */
export type MaintenanceWorkOrderStatus = 'OPEN' | 'IN_PROGRESS' | 'ON_HOLD' | 'COMPLETED' | 'CANCELLED';

/** CMMS statuses across API versions (DONE in 2023-01-15, COMPLETED in 2024-06-01) → canonical. */
export const maintenanceStatusTable: ReadonlyMap<string, MaintenanceWorkOrderStatus> = new Map<string, MaintenanceWorkOrderStatus>([
  ['OPEN', 'OPEN'], ['NEW', 'OPEN'], ['REQUESTED', 'OPEN'], ['IN_PROGRESS', 'IN_PROGRESS'], ['IN PROGRESS', 'IN_PROGRESS'],
  ['WIP', 'IN_PROGRESS'], ['ON_HOLD', 'ON_HOLD'], ['ON HOLD', 'ON_HOLD'], ['WAITING_PARTS', 'ON_HOLD'], ['DONE', 'COMPLETED'],
  ['COMPLETED', 'COMPLETED'], ['COMPLETE', 'COMPLETED'], ['CLOSED', 'COMPLETED'], ['CANCELLED', 'CANCELLED'], ['CANCELED', 'CANCELLED'],
]);

/** Canonical failure class (the top level of the CMMS failure-code tree). */
export type FailureClass = 'MECHANICAL' | 'HYDRAULIC' | 'ELECTRICAL' | 'TOOLING' | 'UNMAPPED';

/** Failure-code class prefixes → canonical failure class (`MECH-BRG-WEAR-REPL` → MECHANICAL). */
export const failureClassTable: ReadonlyMap<string, FailureClass> = new Map<string, FailureClass>([
  ['MECH', 'MECHANICAL'], ['HYD', 'HYDRAULIC'], ['ELEC', 'ELECTRICAL'], ['TOOL', 'TOOLING'],
]);

/** Canonical scrap/reject reasons (the demo plant's ground-truth names). */
export type ScrapReason = 'DIM_OVERSIZE' | 'DIM_UNDERSIZE' | 'SURFACE' | 'SETUP' | 'MATERIAL';

/**
 * Reject reasons by exact text (case/whitespace-insensitive): the canonical names and the short texts MES
 * terminals offer. Table only: reject texts are few and terse; free-form ones stay unmapped with raw kept.
 */
export const scrapReasonTable: ReadonlyMap<string, ScrapReason> = new Map<string, ScrapReason>([
  ['DIM_OVERSIZE', 'DIM_OVERSIZE'], ['OVERSIZE', 'DIM_OVERSIZE'], ['O/S', 'DIM_OVERSIZE'], ['OD TOO BIG', 'DIM_OVERSIZE'],
  ['DIM_UNDERSIZE', 'DIM_UNDERSIZE'], ['UNDERSIZE', 'DIM_UNDERSIZE'], ['U/S', 'DIM_UNDERSIZE'], ['OD TOO SMALL', 'DIM_UNDERSIZE'],
  ['SURFACE', 'SURFACE'], ['SCRATCHES', 'SURFACE'], ['SCRATCHED', 'SURFACE'], ['DENT', 'SURFACE'],
  ['SETUP', 'SETUP'], ['SETUP PCS', 'SETUP'], ['FIRST OFF', 'SETUP'], ['FIRST PIECE', 'SETUP'],
  ['MATERIAL', 'MATERIAL'], ["BAD MAT'L", 'MATERIAL'], ['BAD MATERIAL', 'MATERIAL'],
  // Three-letter scrap codes of an Epicor-style Reason table (ReasonType S), as the demo ERP's LaborDtl.ScrapReasonCode
  // carries them. TODO(norm): per-source code tables belong in configuration; exit when a site's table is loaded from it.
  ['OVR', 'DIM_OVERSIZE'], ['UND', 'DIM_UNDERSIZE'], ['SRF', 'SURFACE'], ['SET', 'SETUP'], ['MAT', 'MATERIAL'],
]);

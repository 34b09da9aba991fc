import {
  codeKey, failureClassTable, maintenanceStatusTable, productionOrderStatusTable, quantityClassTable, scrapReasonTable,
} from './canonical-codes.ts';
import type { FailureClass, MaintenanceWorkOrderStatus, ProductionOrderStatus, QuantityClass, ScrapReason } from './canonical-codes.ts';

/** A table lookup: the canonical value, or null with the raw value kept for the caller to report. */
export type Mapped<T> = { readonly value: T; readonly raw: string } | { readonly value: null; readonly raw: string };

function lookup<T>(table: ReadonlyMap<string, T>, raw: string): Mapped<T> {
  const v = table.get(codeKey(raw));
  return v === undefined ? { value: null, raw } : { value: v, raw };
}

/** A vendor production-order status → ProductionOrderStatus (case/whitespace-insensitive); null when unknown. */
export function mapProductionOrderStatus(raw: string): Mapped<ProductionOrderStatus> {
  return lookup(productionOrderStatusTable, raw);
}

/** A CMMS work-order status of any API version (DONE, COMPLETED, …) → MaintenanceWorkOrderStatus; null when unknown. */
export function mapMaintenanceStatus(raw: string): Mapped<MaintenanceWorkOrderStatus> {
  return lookup(maintenanceStatusTable, raw);
}

/** The class of a quantity field by `source.field` (`ERP.DiscrepQty` → NONCONFORMING_PENDING); null when unknown. */
export function mapQuantityClass(source: string, field: string): QuantityClass | null {
  return quantityClassTable.get(`${source}.${field}`) ?? null;
}

/**
 * The failure class of a failure code by its first segment (`MECH-BRG-WEAR-REPL` → MECHANICAL, `hyd` →
 * HYDRAULIC); UNMAPPED (raw kept by the caller) when the prefix is unknown.
 */
export function mapFailureClass(code: string): FailureClass {
  const head = codeKey(code).split(/[-./ ]/)[0] ?? '';
  return failureClassTable.get(head) ?? 'UNMAPPED';
}

/** A reject/scrap reason text → ScrapReason (`u/s` → DIM_UNDERSIZE); null with raw kept when unknown. */
export function mapScrapReason(raw: string): Mapped<ScrapReason> {
  return lookup(scrapReasonTable, raw);
}

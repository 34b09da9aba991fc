import type { SchemaWatcher, UpstreamStats } from '../../../common/index.ts';
import type {
  AreaRow, EquipmentRow, JobKey, LaborRow, MaterialRow, OnHandRow, OperationRow, OrderQuery, ProductionOrderRow,
  SiteRow, WorkCenterRow,
} from './types.ts';

/**
 * The ERP source port: everything the resolvers and loaders need from the ERP, in domain terms.
 * Every method is scoped to the configured company/plant. A failed upstream call rejects with a coded
 * GraphQLError (ERP_UNAVAILABLE, ERP_TIMEOUT, ERP_QUERY_FAILED, ERP_BAD_RESPONSE); "not found" is an absent row.
 * Batch methods take any number of keys and answer rows in no particular order (loaders re-order).
 */
export interface ErpSource {
  sites(): Promise<readonly SiteRow[]>;
  areas(): Promise<readonly AreaRow[]>;
  workCenters(): Promise<readonly WorkCenterRow[]>;
  /** All equipment of the master-data company and plant. */
  equipment(): Promise<readonly EquipmentRow[]>;
  equipmentByIds(ids: readonly string[]): Promise<readonly EquipmentRow[]>;
  equipmentByWorkCenters(workCenterIds: readonly string[]): Promise<readonly EquipmentRow[]>;
  /** Materials of the configured companies; `partNumberPrefix` case-insensitive. */
  materials(partNumberPrefix: string | null): Promise<readonly MaterialRow[]>;
  materialsByIds(keys: readonly { company: string; partNumber: string }[]): Promise<readonly MaterialRow[]>;
  onHand(keys: readonly { company: string; partNumber: string }[]): Promise<readonly OnHandRow[]>;
  orders(q: OrderQuery): Promise<readonly ProductionOrderRow[]>;
  /**
   * Orders of the configured companies with an operation on this work center and an operation (any) actually started
   * on or after the plant-local day of `fromMs` (a day wider than `fromMs`: callers check the exact instant).
   */
  ordersStartedSince(workCenterId: string, fromMs: number): Promise<readonly ProductionOrderRow[]>;
  ordersByKeys(keys: readonly JobKey[]): Promise<readonly ProductionOrderRow[]>;
  operationsByOrders(keys: readonly JobKey[]): Promise<readonly OperationRow[]>;
  laborByOrders(keys: readonly JobKey[]): Promise<readonly LaborRow[]>;
  /** Labour records of the configured companies on these resources (canonical equipment ids) clocked in at or after `fromMs`. */
  laborByEquipment(equipmentIds: readonly string[], fromMs: number): Promise<readonly LaborRow[]>;
  /** The ERP server's clock (GETUTCDATE()), epoch ms: what "recent" is measured from, so a replayed or lagging ERP is judged by its own time. */
  serverTime(): Promise<number>;
  /** The watch of the view contract (absent in fakes): current remap, re-fingerprinting, the change log. */
  readonly schema?: SchemaWatcher;
  /** True when a trivial query succeeds within the timeout. Never throws. */
  ping(): Promise<boolean>;
  stats(): UpstreamStats;
  resetStats(): void;
  close(): Promise<void>;
}

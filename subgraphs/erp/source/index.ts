export { createMssqlErpSource, mapMssqlError, MAX_KEYS_PER_QUERY } from './mssql-source.ts';
export type { MssqlErpSourceOptions } from './mssql-source.ts';
export { erpContract } from './contract.ts';
export type { ErpSource } from './port.ts';
export { areasOf } from './areas.ts';
export { canonicalKey, materialId, orderId, splitCompanyId } from './ids.ts';
export { decodeDateAndHours, decodeLocalDateTime, decodeDateHours, decodeWallDateTime, wallClockToUtcMs } from './local-time.ts';
export type {
  AreaRow, EquipmentKindValue, EquipmentRow, JobKey, LaborRow, LaborTypeValue, MaterialRow, OnHandRow, OperationRow, OrderQuery,
  OrderStatusValue, ProductionOrderRow, SiteRow, TimeFacts, WorkCenterRow,
} from './types.ts';

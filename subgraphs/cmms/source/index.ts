// The CMMS port and its only adapter (REST over fetch).

/** What resolvers and loaders need from the CMMS; every method answers or throws a coded GraphQLError. */
export type { CmmsSource, WorkOrderQuery } from './port.ts';
/** Builds the REST adapter; throws nothing at creation, reads lazily (token on first call). */
export { createCmmsRestSource, parseRetryAfterMs } from './rest-source.ts';
export type { RestSourceDeps } from './rest-source.ts';
export type {
  CmmsAsset, CmmsFailureCode, CmmsMeter, CmmsMeterReading, CmmsPmSchedule, CmmsWorkOrder, EquipmentRef, WorkOrderPriority,
  WorkOrderStatus, WorkOrderType,
} from './domain.ts';
/** Canonical priority from either API version; canonical unit ids through normalization/ ('psi' → 'bar', unknown → 'UNKNOWN'). */
export { toPriority, equipmentIdOf, rolloverWidth, canonicalUnit, cmmsSentinels } from './wire.ts';
/** The declared API contract (common/schema-watch): the properties read and the canonical fields each feeds. */
export { cmmsContract } from './contract.ts';

import type { Resolvers } from '../__generated__/resolvers-types.ts';
import type { CmmsContext } from '../context.ts';
import { equipmentResolvers, physicalAssetResolvers } from './equipment.ts';
import { queryResolvers } from './query.ts';
import { recentInputResolvers } from './recent-inputs.ts';
import { failureCodeResolvers, meterReadingResolvers, meterResolvers, pmScheduleResolvers, workOrderResolvers } from './work-order.ts';

/** The cmms subgraph's resolvers: thin maps from args to loaders/source and from domain objects to the schema. */
export const resolvers: Resolvers<CmmsContext> = {
  Query: queryResolvers,
  Equipment: { ...equipmentResolvers, ...recentInputResolvers },
  PhysicalAsset: physicalAssetResolvers,
  MaintenanceWorkOrder: workOrderResolvers,
  Meter: meterResolvers,
  MeterReading: meterReadingResolvers,
  FailureCode: failureCodeResolvers,
  PmSchedule: pmScheduleResolvers,
};
export { withDeltas } from './work-order.ts';

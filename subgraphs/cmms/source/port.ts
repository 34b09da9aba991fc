import type { SchemaWatcher, UpstreamStats } from '../../../common/index.ts';
import type {
  CmmsAsset, CmmsFailureCode, CmmsMeter, CmmsMeterReading, CmmsPmSchedule, CmmsWorkOrder, WorkOrderStatus, WorkOrderType,
} from './domain.ts';

/** A work-order query; every list is an OR filter, absent = no filter. */
export interface WorkOrderQuery {
  readonly assetIds?: readonly string[];
  readonly ids?: readonly string[];
  readonly statuses?: readonly WorkOrderStatus[];
  readonly types?: readonly WorkOrderType[];
  /** Strictly after this instant, exact to the millisecond (the adapter handles the CMMS's 1 s granularity). */
  readonly updatedAfterMs?: number;
}

/**
 * What the resolvers and loaders need from the CMMS. Every method either answers or throws a coded
 * GraphQLError (CMMS_UNAVAILABLE, CMMS_TIMEOUT, CMMS_RATE_LIMITED, CMMS_AUTH_FAILED, CMMS_BAD_RESPONSE);
 * never an empty list in place of a failure. Lists are whole (all pages walked) and deduplicated by id.
 */
export interface CmmsSource {
  /** The X-Api-Version the CMMS last answered with (before any answer: the configured one). */
  readonly apiVersion: string;
  /** The watch of the API contract (absent in fakes): current remap, re-fingerprinting, the change log. */
  readonly schema?: SchemaWatcher;
  /** Every asset, retired ones included, sorted by id. */
  assets(): Promise<readonly CmmsAsset[]>;
  workOrders(q: WorkOrderQuery): Promise<readonly CmmsWorkOrder[]>;
  meters(q: { readonly assetIds?: readonly string[]; readonly ids?: readonly string[] }): Promise<readonly CmmsMeter[]>;
  /** Readings of the meters in [fromMs, toMs), in time order per meter. */
  meterReadings(meterIds: readonly string[], fromMs: number, toMs: number): Promise<readonly CmmsMeterReading[]>;
  failureCodes(): Promise<readonly CmmsFailureCode[]>;
  pmSchedules(): Promise<readonly CmmsPmSchedule[]>;
  /** True when the CMMS answers an authenticated read; never throws. */
  ping(): Promise<boolean>;
  stats(): UpstreamStats;
  resetStats(): void;
  close(): Promise<void>;
}

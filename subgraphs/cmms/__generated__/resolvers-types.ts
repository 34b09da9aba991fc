import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EquipmentRef, CmmsAsset, CmmsWorkOrder, CmmsMeter, CmmsMeterReadingView, CmmsFailureCode, CmmsPmSchedule } from '../source/domain.ts';
import type { CmmsContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, ISO-8601 in UTC with a trailing Z, e.g. 2026-03-08T08:30:00.000Z. */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export const AssetCriticality = {
  A: 'A',
  B: 'B',
  C: 'C'
} as const;

export type AssetCriticality = typeof AssetCriticality[keyof typeof AssetCriticality];
export type CmmsInfo = {
  __typename?: 'CmmsInfo';
  /** The CMMS API version this subgraph asks for (X-Api-Version). */
  apiVersion: Scalars['String']['output'];
  /** How many CMMS assets are known. */
  assetCount: Scalars['Int']['output'];
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  /** CMMS assets whose erpResourceId is blank; their work orders and meters have `equipment: null`. */
  unmappedAssetCount: Scalars['Int']['output'];
};

/**
 * How old a piece of data is. `stale: false` — read from the source system within its cache TTL. `stale: true` — the
 * source system failed, and this is the last good value (stale-if-error), read at `asOf`; such an answer carries no
 * GraphQL error (the data is there, only old). `asOf: null` — unknown (e.g. an empty list).
 */
export type DataFreshness = {
  __typename?: 'DataFreshness';
  /** When the data was read from the source system. */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  stale: Scalars['Boolean']['output'];
};

/**
 * How complete, fresh and plausible one canonical record is, and what normalisation did to it. Unit convention:
 * quantity fields take an optional `unit:` argument (any unit spelling normalization knows, e.g. psi, degF, in) and
 * convert on read; across kinds the answer is a UNIT_INCOMPATIBLE error, never a number.
 */
export type DataQuality = {
  __typename?: 'DataQuality';
  /** When the data was read from the source system (null when unknown). */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  /** Share of the record's expected source fields that carried a usable value, 0–1. */
  completeness: Scalars['Float']['output'];
  issues: Array<DataQualityIssue>;
  /**
   * What was normalised: UNIT_CONVERTED, LOCAL_TIME_RESOLVED, DST_GAP_SHIFTED, DST_SEQUENCE_RESOLVED, SENTINEL_NULLED,
   * CODE_TABLE, CODE_CLASSIFIED, REVISION_REPLACED, DUPLICATE_DROPPED, COUNTER_RESET, COUNTER_ROLLOVER, STATUS_MAPPED,
   * EPOCH_DECODED (an epoch number, s or ms by magnitude), EXCEL_SERIAL_DECODED (an Excel 1900-system serial).
   */
  normalized: Array<Scalars['String']['output']>;
};

/** One data-quality finding on a canonical record. */
export type DataQualityIssue = {
  __typename?: 'DataQualityIssue';
  /**
   * SENTINEL (a 'no value' marker became null), UNMAPPED_CODE (a code or free text below the classifier's threshold;
   * raw kept), UNKNOWN_UNIT, AMBIGUOUS_TIME, NEGATIVE_QUANTITY, IMPLAUSIBLE_VALUE, ABOVE_CAPACITY (a count more than
   * the equipment could make in its time at 1.25 × the source's planned rate), UNMAPPED_EQUIPMENT.
   */
  code: Scalars['String']['output'];
  /** Why, in words, where the code alone does not say it (ABOVE_CAPACITY: the pieces, hours, rate and the plausible maximum). */
  detail?: Maybe<Scalars['String']['output']>;
  /** The canonical field the finding is about. */
  field: Scalars['String']['output'];
  /** The source value as text, kept verbatim. */
  raw?: Maybe<Scalars['String']['output']>;
};

/**
 * The ISA-95 equipment position, owned by erp; the CMMS adds the serial-numbered assets that stood there and their
 * maintenance. These lists are nullable on purpose: when the CMMS fails, the field is null with a coded error and
 * the equipment's ERP and MES fields still resolve (a non-null list would null the whole Equipment). [] means none.
 */
export type Equipment = {
  __typename?: 'Equipment';
  id: Scalars['ID']['output'];
  /** Work orders on any asset of this position; `range` filters on reportedAt; newest first, at most `first`. */
  maintenanceWorkOrders?: Maybe<Array<MaintenanceWorkOrder>>;
  /** Meters on the assets of this position (retired assets included). */
  meters?: Maybe<Array<Meter>>;
  /** Work orders that are OPEN, IN_PROGRESS or ON_HOLD, newest first. */
  openMaintenanceWorkOrders?: Maybe<Array<MaintenanceWorkOrder>>;
  /** Physical assets mapped to this position, including retired ones (an asset swap leaves the old asset retired). */
  physicalAssets?: Maybe<Array<PhysicalAsset>>;
  /**
   * Work orders of this position with any activity (reported, started or completed) in the 90 days up to its latest
   * CMMS activity, newest reported first, at most 500 (argument-free: an input for interpretation's @requires; 90 days
   * so the last calibration before interpretation's 14-day sample window is among them). The
   * window is anchored on the CMMS's own data, not this subgraph's clock, because the CMMS API exposes no clock.
   */
  recentMaintenance?: Maybe<Array<MaintenanceWorkOrder>>;
};


/**
 * The ISA-95 equipment position, owned by erp; the CMMS adds the serial-numbered assets that stood there and their
 * maintenance. These lists are nullable on purpose: when the CMMS fails, the field is null with a coded error and
 * the equipment's ERP and MES fields still resolve (a non-null list would null the whole Equipment). [] means none.
 */
export type EquipmentMaintenanceWorkOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  range?: InputMaybe<TimeRange>;
  status?: InputMaybe<Array<MaintenanceWorkOrderStatus>>;
  type?: InputMaybe<Array<MaintenanceWorkOrderType>>;
};


/**
 * The ISA-95 equipment position, owned by erp; the CMMS adds the serial-numbered assets that stood there and their
 * maintenance. These lists are nullable on purpose: when the CMMS fails, the field is null with a coded error and
 * the equipment's ERP and MES fields still resolve (a non-null list would null the whole Equipment). [] means none.
 */
export type EquipmentPhysicalAssetsArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Canonical failure class: the top level of the failure-code tree by its code prefix (MECH-… → MECHANICAL). */
export const FailureClass = {
  Electrical: 'ELECTRICAL',
  Hydraulic: 'HYDRAULIC',
  Mechanical: 'MECHANICAL',
  Tooling: 'TOOLING',
  /** the class code's prefix is not in the table; classCode keeps the raw code */
  Unmapped: 'UNMAPPED'
} as const;

export type FailureClass = typeof FailureClass[keyof typeof FailureClass];
export type FailureCode = {
  __typename?: 'FailureCode';
  children: Array<FailureCode>;
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  level: FailureCodeLevel;
};

export const FailureCodeLevel = {
  Cause: 'CAUSE',
  Class: 'CLASS',
  Problem: 'PROBLEM',
  Remedy: 'REMEDY'
} as const;

export type FailureCodeLevel = typeof FailureCodeLevel[keyof typeof FailureCodeLevel];
/** The failure report of a work order: codes from the failure-code tree. */
export type FailureReport = {
  __typename?: 'FailureReport';
  causeCode?: Maybe<Scalars['String']['output']>;
  classCode: Scalars['String']['output'];
  failureClass: FailureClass;
  problemCode?: Maybe<Scalars['String']['output']>;
  remedyCode?: Maybe<Scalars['String']['output']>;
};

/** ISO 22400-2 loss categories a downtime reason is booked to (normalization/codes). */
export const LossCategory = {
  /** ADET: starved of material, operator or transport; blocked; waiting QC */
  Delay: 'DELAY',
  /** PDOT / outside planned operating time: no shift, no orders */
  PlannedDown: 'PLANNED_DOWN',
  /** PDOT, maintenance share: PM, calibration */
  PlannedMaintenance: 'PLANNED_MAINTENANCE',
  /** AUST: changeovers and tool changes */
  Setup: 'SETUP',
  /** no time element: lowers effectiveness inside APT */
  SpeedLoss: 'SPEED_LOSS',
  /** not booked: the raw text is kept and counted until someone maps it */
  Unmapped: 'UNMAPPED',
  /** ADOT: breakdowns, jams, faults */
  UnplannedDown: 'UNPLANNED_DOWN'
} as const;

export type LossCategory = typeof LossCategory[keyof typeof LossCategory];
/** Canonical priority. The CMMS's int 0–3 (API 2023-01-15) and strings low…urgent (API 2024-06-01) map here. */
export const MaintenancePriority = {
  High: 'HIGH',
  Low: 'LOW',
  Medium: 'MEDIUM',
  Urgent: 'URGENT'
} as const;

export type MaintenancePriority = typeof MaintenancePriority[keyof typeof MaintenancePriority];
export type MaintenanceWorkOrder = {
  __typename?: 'MaintenanceWorkOrder';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  dataQuality: DataQuality;
  /** Free text as typed in the CMMS. */
  description?: Maybe<Scalars['String']['output']>;
  /** Null when not entered (the CMMS's -9999 sentinel). */
  downtimeMinutes?: Maybe<Scalars['Float']['output']>;
  /** The equipment position of the work order's asset; null when the asset carries no ERP alias. */
  equipment?: Maybe<Equipment>;
  failure?: Maybe<FailureReport>;
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  id: Scalars['ID']['output'];
  /** Null when not entered (the CMMS's -9999 sentinel). */
  laborHours?: Maybe<Scalars['Float']['output']>;
  number?: Maybe<Scalars['String']['output']>;
  /** The asset the work order was raised on; null only if the CMMS no longer lists it. */
  physicalAsset?: Maybe<PhysicalAsset>;
  priority?: Maybe<MaintenancePriority>;
  /** When it was reported: the CMMS's ISO reportedAt, or (legacy request-portal records without one) its reportedAtEpoch decoded as seconds or milliseconds by magnitude (dataQuality.normalized EPOCH_DECODED). */
  reportedAt: Scalars['DateTime']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: MaintenanceWorkOrderStatus;
  title?: Maybe<Scalars['String']['output']>;
  type?: Maybe<MaintenanceWorkOrderType>;
  updatedAt: Scalars['DateTime']['output'];
};

export type MaintenanceWorkOrderConnection = {
  __typename?: 'MaintenanceWorkOrderConnection';
  edges: Array<MaintenanceWorkOrderEdge>;
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MaintenanceWorkOrderEdge = {
  __typename?: 'MaintenanceWorkOrderEdge';
  cursor: Scalars['String']['output'];
  node: MaintenanceWorkOrder;
};

export type MaintenanceWorkOrderFilter = {
  /** Only work orders on these equipment positions. */
  equipmentId?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only work orders reported within this range. */
  reportedIn?: InputMaybe<TimeRange>;
  status?: InputMaybe<Array<MaintenanceWorkOrderStatus>>;
  type?: InputMaybe<Array<MaintenanceWorkOrderType>>;
  /** Only work orders updated strictly after this instant (exact; the subgraph overlaps and dedupes the CMMS's 1 s granularity). */
  updatedAfter?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Canonical status. The CMMS's DONE (API 2023-01-15) and COMPLETED (API 2024-06-01) are both COMPLETED. */
export const MaintenanceWorkOrderStatus = {
  Cancelled: 'CANCELLED',
  Completed: 'COMPLETED',
  InProgress: 'IN_PROGRESS',
  OnHold: 'ON_HOLD',
  Open: 'OPEN'
} as const;

export type MaintenanceWorkOrderStatus = typeof MaintenanceWorkOrderStatus[keyof typeof MaintenanceWorkOrderStatus];
export const MaintenanceWorkOrderType = {
  Calibration: 'CALIBRATION',
  Corrective: 'CORRECTIVE',
  Inspection: 'INSPECTION',
  Preventive: 'PREVENTIVE'
} as const;

export type MaintenanceWorkOrderType = typeof MaintenanceWorkOrderType[keyof typeof MaintenanceWorkOrderType];
/** A CMMS meter on a physical asset: cumulative (runtime hours, cycles; may reset or roll over) or gauge. */
export type Meter = {
  __typename?: 'Meter';
  /** Completeness, freshness, plausibility and what normalisation did (schema/shared.graphql DataQuality). */
  dataQuality: DataQuality;
  equipment?: Maybe<Equipment>;
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  id: Scalars['ID']['output'];
  kind: MeterKind;
  name: Scalars['String']['output'];
  physicalAsset?: Maybe<PhysicalAsset>;
  /** Readings in the range, oldest first, at most `first`. */
  readings?: Maybe<Array<MeterReading>>;
  /** The unit the CMMS reports, when it differs from the canonical one (e.g. psi). */
  sourceUnit?: Maybe<Scalars['String']['output']>;
  /** Canonical unit (bar, degC, mm/s, h, cycles); readings are converted to it. */
  unit: Scalars['String']['output'];
};


/** A CMMS meter on a physical asset: cumulative (runtime hours, cycles; may reset or roll over) or gauge. */
export type MeterReadingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  range: TimeRange;
};

export const MeterKind = {
  Cumulative: 'CUMULATIVE',
  Gauge: 'GAUGE'
} as const;

export type MeterKind = typeof MeterKind[keyof typeof MeterKind];
export type MeterReading = {
  __typename?: 'MeterReading';
  /** Cumulative meters only: how the counter moved since the previous reading (NORMAL, ROLLOVER past its width, RESET); null otherwise. */
  counterStep?: Maybe<Scalars['String']['output']>;
  dataQuality: DataQuality;
  /** Cumulative meters only: the increase since the previous reading in the range, reset-aware; null for the first reading and for gauges. */
  delta?: Maybe<Scalars['Float']['output']>;
  /** Why value is null: SENTINEL; null when value is set. */
  missingReason?: Maybe<Scalars['String']['output']>;
  readingAt: Scalars['DateTime']['output'];
  /** Cumulative meters only: the value fell below the previous reading (rollover or reset). */
  resetDetected: Scalars['Boolean']['output'];
  source: MeterReadingSource;
  /** The reading in the meter's canonical unit (or `unit`, converted on read), with what the CMMS said; null when the CMMS sent a sentinel (-9999 sensor fault) instead of a measurement (see missingReason and dataQuality). */
  value?: Maybe<Quantity>;
};


export type MeterReadingValueArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};

export const MeterReadingSource = {
  Manual: 'MANUAL',
  Sensor: 'SENSOR'
} as const;

export type MeterReadingSource = typeof MeterReadingSource[keyof typeof MeterReadingSource];
/** Relay cursor pagination facts for one page of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** ISA-95 PhysicalAsset: the serial-numbered machine the CMMS tracks. */
export type PhysicalAsset = {
  __typename?: 'PhysicalAsset';
  assetTag?: Maybe<Scalars['String']['output']>;
  criticality?: Maybe<AssetCriticality>;
  /** Completeness, freshness, plausibility and what normalisation did (schema/shared.graphql DataQuality). */
  dataQuality: DataQuality;
  /** The equipment position this asset is mapped to; null when the CMMS carries no ERP alias for it. */
  equipment?: Maybe<Equipment>;
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  id: Scalars['ID']['output'];
  installedAt?: Maybe<Scalars['DateTime']['output']>;
  manufacturer?: Maybe<Scalars['String']['output']>;
  meters?: Maybe<Array<Meter>>;
  model?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  serialNumber?: Maybe<Scalars['String']['output']>;
  status: PhysicalAssetStatus;
  /** Work orders on this asset; `range` filters on reportedAt; newest first, at most `first`. */
  workOrders?: Maybe<Array<MaintenanceWorkOrder>>;
};


/** ISA-95 PhysicalAsset: the serial-numbered machine the CMMS tracks. */
export type PhysicalAssetWorkOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  range?: InputMaybe<TimeRange>;
  status?: InputMaybe<Array<MaintenanceWorkOrderStatus>>;
};

export const PhysicalAssetStatus = {
  Active: 'ACTIVE',
  Down: 'DOWN',
  Retired: 'RETIRED'
} as const;

export type PhysicalAssetStatus = typeof PhysicalAssetStatus[keyof typeof PhysicalAssetStatus];
/**
 * A source time resolved in the site's IANA zone (normalization/time). Sources store naive plant-local wall times;
 * `utc` is the instant, `local` the plant-local wall time with the zone's offset at that instant.
 */
export type PlantTime = {
  __typename?: 'PlantTime';
  /** The wall time happened twice (DST fall-back) and nothing decided which: `utc` is the earlier instant. */
  ambiguous: Scalars['Boolean']['output'];
  /** ISO-8601 plant-local time with offset, e.g. 2026-11-01T01:30:00.000-05:00. */
  local: Scalars['String']['output'];
  /** The wall time never happened (DST spring-forward gap) and was moved forward by the gap. */
  shiftedFromGap: Scalars['Boolean']['output'];
  utc: Scalars['DateTime']['output'];
};

export type PmSchedule = {
  __typename?: 'PmSchedule';
  equipment?: Maybe<Equipment>;
  id: Scalars['ID']['output'];
  intervalDays: Scalars['Int']['output'];
  nextDueAt: Scalars['DateTime']['output'];
  physicalAsset?: Maybe<PhysicalAsset>;
  title: Scalars['String']['output'];
};

/** A measured or counted amount with its unit. `value`/`unit` are canonical; `sourceValue`/`sourceUnit` are what the source system said. */
export type Quantity = {
  __typename?: 'Quantity';
  sourceUnit?: Maybe<Scalars['String']['output']>;
  sourceValue?: Maybe<Scalars['Float']['output']>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** What this subgraph knows about the CMMS connection and the asset-to-equipment mapping. */
  cmmsInfo?: Maybe<CmmsInfo>;
  /** The failure-code tree (class › problem › cause › remedy): the roots, each with its children. */
  failureCodes?: Maybe<Array<FailureCode>>;
  /** A maintenance work order by CMMS id (e.g. wo_0871); null when the CMMS does not know it. */
  maintenanceWorkOrder?: Maybe<MaintenanceWorkOrder>;
  /** Maintenance work orders matching the filter, ordered by last update, oldest first. */
  maintenanceWorkOrders?: Maybe<MaintenanceWorkOrderConnection>;
  /** A CMMS meter by id; null when the CMMS does not know it. */
  meter?: Maybe<Meter>;
  /** A physical asset by CMMS asset id (e.g. ast_7Hq2…); null when the CMMS does not know it. */
  physicalAsset?: Maybe<PhysicalAsset>;
  /** Preventive-maintenance schedules, optionally for one equipment position. */
  pmSchedules?: Maybe<Array<PmSchedule>>;
};


export type QueryMaintenanceWorkOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMaintenanceWorkOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MaintenanceWorkOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMeterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPhysicalAssetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPmSchedulesArgs = {
  equipmentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Canonical scrap/reject reasons (normalization/codes table). UNMAPPED: the table does not know the text; the raw text is served beside it and counted. */
export const ScrapReason = {
  DimOversize: 'DIM_OVERSIZE',
  DimUndersize: 'DIM_UNDERSIZE',
  Material: 'MATERIAL',
  Setup: 'SETUP',
  Surface: 'SURFACE',
  Unmapped: 'UNMAPPED'
} as const;

export type ScrapReason = typeof ScrapReason[keyof typeof ScrapReason];
/** A half-open time range [from, to) used by filters. */
export type TimeRange = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Equipment: Equipment;
  MaintenanceWorkOrder: MaintenanceWorkOrder;
  Meter: Meter;
  PhysicalAsset: PhysicalAsset;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}> );
  MaintenanceWorkOrder:
    ( { __typename: 'MaintenanceWorkOrder' }
    & GraphQLRecursivePick<FederationTypes['MaintenanceWorkOrder'], {"id":true}> );
  Meter:
    ( { __typename: 'Meter' }
    & GraphQLRecursivePick<FederationTypes['Meter'], {"id":true}> );
  PhysicalAsset:
    ( { __typename: 'PhysicalAsset' }
    & GraphQLRecursivePick<FederationTypes['PhysicalAsset'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AssetCriticality: AssetCriticality;
  CmmsInfo: ResolverTypeWrapper<CmmsInfo>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DataFreshness: ResolverTypeWrapper<DataFreshness>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DataQuality: ResolverTypeWrapper<DataQuality>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DataQualityIssue: ResolverTypeWrapper<DataQualityIssue>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Equipment: ResolverTypeWrapper<EquipmentRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  FailureClass: FailureClass;
  FailureCode: ResolverTypeWrapper<CmmsFailureCode>;
  FailureCodeLevel: FailureCodeLevel;
  FailureReport: ResolverTypeWrapper<FailureReport>;
  LossCategory: LossCategory;
  MaintenancePriority: MaintenancePriority;
  MaintenanceWorkOrder: ResolverTypeWrapper<CmmsWorkOrder>;
  MaintenanceWorkOrderConnection: ResolverTypeWrapper<Omit<MaintenanceWorkOrderConnection, 'edges'> & { edges: Array<ResolversTypes['MaintenanceWorkOrderEdge']> }>;
  MaintenanceWorkOrderEdge: ResolverTypeWrapper<Omit<MaintenanceWorkOrderEdge, 'node'> & { node: ResolversTypes['MaintenanceWorkOrder'] }>;
  MaintenanceWorkOrderFilter: MaintenanceWorkOrderFilter;
  MaintenanceWorkOrderStatus: MaintenanceWorkOrderStatus;
  MaintenanceWorkOrderType: MaintenanceWorkOrderType;
  Meter: ResolverTypeWrapper<CmmsMeter>;
  MeterKind: MeterKind;
  MeterReading: ResolverTypeWrapper<CmmsMeterReadingView>;
  MeterReadingSource: MeterReadingSource;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PhysicalAsset: ResolverTypeWrapper<CmmsAsset>;
  PhysicalAssetStatus: PhysicalAssetStatus;
  PlantTime: ResolverTypeWrapper<PlantTime>;
  PmSchedule: ResolverTypeWrapper<CmmsPmSchedule>;
  Quantity: ResolverTypeWrapper<Quantity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ScrapReason: ScrapReason;
  TimeRange: TimeRange;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CmmsInfo: CmmsInfo;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  DataFreshness: DataFreshness;
  Boolean: Scalars['Boolean']['output'];
  DataQuality: DataQuality;
  Float: Scalars['Float']['output'];
  DataQualityIssue: DataQualityIssue;
  DateTime: Scalars['DateTime']['output'];
  Equipment: EquipmentRef;
  ID: Scalars['ID']['output'];
  FailureCode: CmmsFailureCode;
  FailureReport: FailureReport;
  MaintenanceWorkOrder: CmmsWorkOrder;
  MaintenanceWorkOrderConnection: Omit<MaintenanceWorkOrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['MaintenanceWorkOrderEdge']> };
  MaintenanceWorkOrderEdge: Omit<MaintenanceWorkOrderEdge, 'node'> & { node: ResolversParentTypes['MaintenanceWorkOrder'] };
  MaintenanceWorkOrderFilter: MaintenanceWorkOrderFilter;
  Meter: CmmsMeter;
  MeterReading: CmmsMeterReadingView;
  PageInfo: PageInfo;
  PhysicalAsset: CmmsAsset;
  PlantTime: PlantTime;
  PmSchedule: CmmsPmSchedule;
  Quantity: Quantity;
  Query: Record<PropertyKey, never>;
  TimeRange: TimeRange;
}>;

export type CmmsInfoResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['CmmsInfo'] = ResolversParentTypes['CmmsInfo']> = ResolversObject<{
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assetCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  unmappedAssetCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DataFreshnessResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['DataFreshness'] = ResolversParentTypes['DataFreshness']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DataQualityResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['DataQuality'] = ResolversParentTypes['DataQuality']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['DataQualityIssue']>, ParentType, ContextType>;
  normalized?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DataQualityIssueResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['DataQualityIssue'] = ResolversParentTypes['DataQualityIssue']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EquipmentResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maintenanceWorkOrders?: Resolver<Maybe<Array<ResolversTypes['MaintenanceWorkOrder']>>, ParentType, ContextType, RequireFields<EquipmentMaintenanceWorkOrdersArgs, 'first'>>;
  meters?: Resolver<Maybe<Array<ResolversTypes['Meter']>>, ParentType, ContextType>;
  openMaintenanceWorkOrders?: Resolver<Maybe<Array<ResolversTypes['MaintenanceWorkOrder']>>, ParentType, ContextType>;
  physicalAssets?: Resolver<Maybe<Array<ResolversTypes['PhysicalAsset']>>, ParentType, ContextType, RequireFields<EquipmentPhysicalAssetsArgs, 'includeRetired'>>;
  recentMaintenance?: Resolver<Maybe<Array<ResolversTypes['MaintenanceWorkOrder']>>, ParentType, ContextType>;
}>;

export type FailureCodeResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['FailureCode'] = ResolversParentTypes['FailureCode']> = ResolversObject<{
  children?: Resolver<Array<ResolversTypes['FailureCode']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['FailureCodeLevel'], ParentType, ContextType>;
}>;

export type FailureReportResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['FailureReport'] = ResolversParentTypes['FailureReport']> = ResolversObject<{
  causeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  classCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failureClass?: Resolver<ResolversTypes['FailureClass'], ParentType, ContextType>;
  problemCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  remedyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MaintenanceWorkOrderResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['MaintenanceWorkOrder'] = ResolversParentTypes['MaintenanceWorkOrder'], FederationReferenceType extends FederationReferenceTypes['MaintenanceWorkOrder'] = FederationReferenceTypes['MaintenanceWorkOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MaintenanceWorkOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  downtimeMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['FailureReport']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laborHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  physicalAsset?: Resolver<Maybe<ResolversTypes['PhysicalAsset']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['MaintenancePriority']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MaintenanceWorkOrderStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['MaintenanceWorkOrderType']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type MaintenanceWorkOrderConnectionResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['MaintenanceWorkOrderConnection'] = ResolversParentTypes['MaintenanceWorkOrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MaintenanceWorkOrderEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MaintenanceWorkOrderEdgeResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['MaintenanceWorkOrderEdge'] = ResolversParentTypes['MaintenanceWorkOrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MaintenanceWorkOrder'], ParentType, ContextType>;
}>;

export type MeterResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['Meter'] = ResolversParentTypes['Meter'], FederationReferenceType extends FederationReferenceTypes['Meter'] = FederationReferenceTypes['Meter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Meter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeterKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  physicalAsset?: Resolver<Maybe<ResolversTypes['PhysicalAsset']>, ParentType, ContextType>;
  readings?: Resolver<Maybe<Array<ResolversTypes['MeterReading']>>, ParentType, ContextType, RequireFields<MeterReadingsArgs, 'first' | 'range'>>;
  sourceUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MeterReadingResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['MeterReading'] = ResolversParentTypes['MeterReading']> = ResolversObject<{
  counterStep?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  delta?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  missingReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readingAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resetDetected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['MeterReadingSource'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType, Partial<MeterReadingValueArgs>>;
}>;

export type PageInfoResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PhysicalAssetResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['PhysicalAsset'] = ResolversParentTypes['PhysicalAsset'], FederationReferenceType extends FederationReferenceTypes['PhysicalAsset'] = FederationReferenceTypes['PhysicalAsset']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PhysicalAsset']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assetTag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  criticality?: Resolver<Maybe<ResolversTypes['AssetCriticality']>, ParentType, ContextType>;
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  manufacturer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meters?: Resolver<Maybe<Array<ResolversTypes['Meter']>>, ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  serialNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PhysicalAssetStatus'], ParentType, ContextType>;
  workOrders?: Resolver<Maybe<Array<ResolversTypes['MaintenanceWorkOrder']>>, ParentType, ContextType, RequireFields<PhysicalAssetWorkOrdersArgs, 'first'>>;
}>;

export type PlantTimeResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['PlantTime'] = ResolversParentTypes['PlantTime']> = ResolversObject<{
  ambiguous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  local?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shiftedFromGap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  utc?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PmScheduleResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['PmSchedule'] = ResolversParentTypes['PmSchedule']> = ResolversObject<{
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intervalDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  physicalAsset?: Resolver<Maybe<ResolversTypes['PhysicalAsset']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QuantityResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = ResolversObject<{
  sourceUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CmmsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  cmmsInfo?: Resolver<Maybe<ResolversTypes['CmmsInfo']>, ParentType, ContextType>;
  failureCodes?: Resolver<Maybe<Array<ResolversTypes['FailureCode']>>, ParentType, ContextType>;
  maintenanceWorkOrder?: Resolver<Maybe<ResolversTypes['MaintenanceWorkOrder']>, ParentType, ContextType, RequireFields<QueryMaintenanceWorkOrderArgs, 'id'>>;
  maintenanceWorkOrders?: Resolver<Maybe<ResolversTypes['MaintenanceWorkOrderConnection']>, ParentType, ContextType, RequireFields<QueryMaintenanceWorkOrdersArgs, 'first'>>;
  meter?: Resolver<Maybe<ResolversTypes['Meter']>, ParentType, ContextType, RequireFields<QueryMeterArgs, 'id'>>;
  physicalAsset?: Resolver<Maybe<ResolversTypes['PhysicalAsset']>, ParentType, ContextType, RequireFields<QueryPhysicalAssetArgs, 'id'>>;
  pmSchedules?: Resolver<Maybe<Array<ResolversTypes['PmSchedule']>>, ParentType, ContextType, Partial<QueryPmSchedulesArgs>>;
}>;

export type Resolvers<ContextType = CmmsContext> = ResolversObject<{
  CmmsInfo?: CmmsInfoResolvers<ContextType>;
  DataFreshness?: DataFreshnessResolvers<ContextType>;
  DataQuality?: DataQualityResolvers<ContextType>;
  DataQualityIssue?: DataQualityIssueResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Equipment?: EquipmentResolvers<ContextType>;
  FailureCode?: FailureCodeResolvers<ContextType>;
  FailureReport?: FailureReportResolvers<ContextType>;
  MaintenanceWorkOrder?: MaintenanceWorkOrderResolvers<ContextType>;
  MaintenanceWorkOrderConnection?: MaintenanceWorkOrderConnectionResolvers<ContextType>;
  MaintenanceWorkOrderEdge?: MaintenanceWorkOrderEdgeResolvers<ContextType>;
  Meter?: MeterResolvers<ContextType>;
  MeterReading?: MeterReadingResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PhysicalAsset?: PhysicalAssetResolvers<ContextType>;
  PlantTime?: PlantTimeResolvers<ContextType>;
  PmSchedule?: PmScheduleResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;


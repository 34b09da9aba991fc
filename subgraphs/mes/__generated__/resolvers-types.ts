import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EquipmentParent, ProductionOrderParent, ProcessVariableParent, QualityCharacteristicParent, ProductionRecordParent, MesServerInfoParent } from '../models.ts';
import type { MesContext } from '../context.ts';
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

export type Equipment = {
  __typename?: 'Equipment';
  id: Scalars['ID']['output'];
  /** The MES machine code (e.g. 'P04') of the MES machine the identity crosswalk links (LINKED or CONFIRMED) to this id, or, before the crosswalk has the ERP roster, whose ErpResourceCode names it; null when none does. (erp's `mesCode` is the ERP's own UD field.) */
  mesMachineCode?: Maybe<Scalars['String']['output']>;
  processVariables?: Maybe<Array<ProcessVariable>>;
  /** Production records overlapping the range (deduplicated, highest revision wins), oldest first, at most `first`. */
  productionRecords?: Maybe<Array<ProductionRecord>>;
  qualityCharacteristics?: Maybe<Array<QualityCharacteristic>>;
  /** Production records of this equipment in the last 14 days before the MES server clock, with that window (argument-free, for @requires); at most 4100, oldest first. */
  recentProduction?: Maybe<RecentProduction>;
  /** States of the last 14 days before the MES server clock (argument-free, for @requires), oldest first, at most 4100. */
  recentStates?: Maybe<Array<EquipmentStateInterval>>;
  /** State intervals overlapping the range, oldest first, at most `first`. */
  states?: Maybe<Array<EquipmentStateInterval>>;
};


export type EquipmentProductionRecordsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  range: TimeRange;
};


export type EquipmentStatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  range: TimeRange;
};

/** Canonical equipment state (OPC 40001-1 x ISO 22400). */
export const EquipmentState = {
  DownPlanned: 'DOWN_PLANNED',
  DownUnplanned: 'DOWN_UNPLANNED',
  IdleBlocked: 'IDLE_BLOCKED',
  IdleStarved: 'IDLE_STARVED',
  Offline: 'OFFLINE',
  Running: 'RUNNING',
  Setup: 'SETUP',
  Unknown: 'UNKNOWN'
} as const;

export type EquipmentState = typeof EquipmentState[keyof typeof EquipmentState];
export type EquipmentStateInterval = {
  __typename?: 'EquipmentStateInterval';
  dataQuality: DataQuality;
  durationMinutes: Scalars['Float']['output'];
  end: PlantTime;
  endTime: Scalars['DateTime']['output'];
  /** The ISO 22400 loss category of the reason; null when the interval has no reason text; UNMAPPED below the classifier's threshold. */
  lossCategory?: Maybe<LossCategory>;
  /** Canonical loss reason (e.g. JAM, NO_MATERIAL): by the code table, else the trained classifier at or above its threshold; null when none or UNMAPPED. */
  reasonCode?: Maybe<Scalars['String']['output']>;
  /** 1 for a code-table hit, else the classifier's probability; null without a reason text. */
  reasonConfidence?: Maybe<Scalars['Float']['output']>;
  /** The reason exactly as typed at the machine, e.g. 'jammed - cleared'; null when none. */
  reasonText?: Maybe<Scalars['String']['output']>;
  /** The MES vendor state code and name as sent, e.g. '5 DOWN'. */
  sourceState?: Maybe<Scalars['String']['output']>;
  /** startTime with its plant-local time and DST flags. */
  start: PlantTime;
  startTime: Scalars['DateTime']['output'];
  state?: Maybe<EquipmentState>;
  /** True when a local start/end time fell in a DST overlap and nothing decided which instant (the earlier was chosen). */
  timeAmbiguous: Scalars['Boolean']['output'];
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
/** A material (erp-owned); referenced here by key only. */
export type Material = {
  __typename?: 'Material';
  id: Scalars['ID']['output'];
};

export type MesServerInfo = {
  __typename?: 'MesServerInfo';
  /** MES server clock minus this subgraph's clock, in seconds (positive = MES is fast). */
  clockSkewSeconds: Scalars['Float']['output'];
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  /** The MES server clock, read as plant-local time and converted to UTC. */
  serverTime: Scalars['DateTime']['output'];
  siteCode?: Maybe<Scalars['String']['output']>;
  timeZone?: Maybe<Scalars['String']['output']>;
  /** MES machines whose ErpResourceCode is blank or not a known shape; their records have `equipment: null`. */
  unmappedEquipmentCount: Scalars['Int']['output'];
  version?: Maybe<Scalars['String']['output']>;
};

/** Relay cursor pagination facts for one page of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

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

export type ProcessSample = {
  __typename?: 'ProcessSample';
  /** Why value is null: SENTINEL, BAD_QUALITY, EMPTY, NOT_A_NUMBER, UNKNOWN_UNIT; null when value is set. */
  missingReason?: Maybe<Scalars['String']['output']>;
  quality?: Maybe<SampleQuality>;
  /** The value exactly as the source sent it. */
  sourceValue?: Maybe<Scalars['String']['output']>;
  time: Scalars['DateTime']['output'];
  /** Canonical unit; null for sentinels, bad quality without a value, or an unknown source unit. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type ProcessVariable = {
  __typename?: 'ProcessVariable';
  /** The current value read over OPC XML-DA; null when the OPC server does not know the item. */
  currentValue?: Maybe<ProcessSample>;
  /** Completeness, freshness, plausibility and what normalisation did (schema/shared.graphql DataQuality). */
  dataQuality: DataQuality;
  equipment: Equipment;
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  /** `<equipmentId>/<tag>` */
  id: Scalars['ID']['output'];
  lowerSpecLimit?: Maybe<Scalars['Float']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** Samples of the last 14 days before the MES server clock at 5-minute resolution or coarser (argument-free, for @requires), oldest first, at most 4100. */
  recentSamples?: Maybe<Array<ProcessSample>>;
  /** Samples in the canonical unit; sentinels (-9999, 'N/A') and unknown units give value null. */
  samples?: Maybe<Array<ProcessSample>>;
  /** The unit string the MES uses for this tag, e.g. 'psig'. */
  sourceUnit?: Maybe<Scalars['String']['output']>;
  tag: Scalars['String']['output'];
  /** Canonical unit (bar, degC, mm, …) or 'UNKNOWN' when the MES unit string is not recognised. */
  unit?: Maybe<Scalars['String']['output']>;
  upperSpecLimit?: Maybe<Scalars['Float']['output']>;
};


export type ProcessVariableSamplesArgs = {
  maxPoints?: InputMaybe<Scalars['Int']['input']>;
  range: TimeRange;
};

export type ProductionOrder = {
  __typename?: 'ProductionOrder';
  /** `<Company>/<JobNum>`; the MES knows jobs without company, the company comes from this subgraph's config. */
  id: Scalars['ID']['output'];
  /**
   * The material the MES work orders of this order make: their part number (zero-filled, revision-suffixed or as the ERP
   * has it) translated through the identity crosswalk's LINKED or CONFIRMED material link; null when the MES has no work
   * order of this job planned within MES_IDENTITY_ORDER_DAYS (14) before the MES clock, or its part number is only PROPOSED or unknown to the ERP.
   */
  mesMaterial?: Maybe<Material>;
  /** MES production records of this order's operations overlapping the range, oldest first. */
  productionRecords?: Maybe<Array<ProductionRecord>>;
  /** Production records of this order in the last 14 days before the MES server clock, with that window (argument-free, for @requires); at most 4100 records, oldest first. */
  recentProduction?: Maybe<RecentProduction>;
};


export type ProductionOrderProductionRecordsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  range: TimeRange;
};

export type ProductionRecord = {
  __typename?: 'ProductionRecord';
  dataQuality: DataQuality;
  end: PlantTime;
  endTime: Scalars['DateTime']['output'];
  /** Null when the MES machine has no usable ERP alias. */
  equipment?: Maybe<Equipment>;
  /** Good pieces (quantity class GOOD), in ea; strokes are converted by the record's parts per stroke. `unit` converts on read. */
  goodQuantity?: Maybe<Quantity>;
  operationSequence?: Maybe<Scalars['Int']['output']>;
  /** The ERP production order `<Company>/<JobNum>`; null when the MES work order is not `<JobNum>-<OperSeq>`. */
  productionOrder?: Maybe<ProductionOrder>;
  recordId: Scalars['ID']['output'];
  /** Recorded time, kept apart from the event times. */
  recorded: PlantTime;
  /** When the MES recorded this revision (late records and corrections come much later than endTime). */
  recordedTime: Scalars['DateTime']['output'];
  /** The canonical reject reason: the code table, then the trained scrap-reason classifier; null when none; UNMAPPED (raw kept, counted) when neither is sure. */
  rejectReason?: Maybe<ScrapReason>;
  /** Confidence of rejectReason in [0, 1]: 1 for a code-table hit, the classifier's probability otherwise; null when there is no reason. */
  rejectReasonConfidence?: Maybe<Scalars['Float']['output']>;
  /** The reject reason exactly as typed; null when none. */
  rejectReasonText?: Maybe<Scalars['String']['output']>;
  revision: Scalars['Int']['output'];
  /** Rejected pieces (quantity class SCRAP), in ea. `unit` converts on read. */
  scrapQuantity?: Maybe<Quantity>;
  start: PlantTime;
  /** Event time: when production started (MES StartTime). */
  startTime: Scalars['DateTime']['output'];
};


export type ProductionRecordGoodQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};


export type ProductionRecordScrapQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type ProductionRecordConnection = {
  __typename?: 'ProductionRecordConnection';
  edges: Array<ProductionRecordEdge>;
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductionRecordEdge = {
  __typename?: 'ProductionRecordEdge';
  cursor: Scalars['String']['output'];
  node: ProductionRecord;
};

export type ProductionRecordFilter = {
  /** Canonical equipment id; omit for all equipment. */
  equipmentId?: InputMaybe<Scalars['ID']['input']>;
  range: TimeRange;
};

export type QualityCharacteristic = {
  __typename?: 'QualityCharacteristic';
  /** Completeness, freshness, plausibility and what normalisation did (schema/shared.graphql DataQuality). */
  dataQuality: DataQuality;
  equipment: Equipment;
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  /** `<equipmentId>/<tag>` */
  id: Scalars['ID']['output'];
  lsl?: Maybe<Scalars['Float']['output']>;
  /** Measurements in the canonical unit, oldest first, at most `first`. */
  measurements?: Maybe<Array<QualityMeasurement>>;
  name?: Maybe<Scalars['String']['output']>;
  nominal?: Maybe<Scalars['Float']['output']>;
  /** Measurements of the last 14 days before the MES server clock (argument-free, for @requires), the latest 4100 at most, oldest first. */
  recentMeasurements?: Maybe<Array<QualityMeasurement>>;
  sourceUnit?: Maybe<Scalars['String']['output']>;
  tag: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
  usl?: Maybe<Scalars['Float']['output']>;
};


export type QualityCharacteristicMeasurementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  range: TimeRange;
};

export type QualityMeasurement = {
  __typename?: 'QualityMeasurement';
  /** Completeness, freshness, plausibility and what normalisation did (schema/shared.graphql DataQuality). */
  dataQuality: DataQuality;
  measurementId: Scalars['ID']['output'];
  productionOrder?: Maybe<ProductionOrder>;
  time: Scalars['DateTime']['output'];
  /** The measured value in the canonical unit; null for a sentinel. */
  value?: Maybe<Quantity>;
  /** The measured value converted on read to `unit` (argument-free `value` stays, as interpretation @requires it). */
  valueIn?: Maybe<Quantity>;
};


export type QualityMeasurementValueInArgs = {
  unit: Scalars['String']['input'];
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
  /** The MES server's own clock, version and time zone (GetServerInfo), and how many MES machines carry no usable ERP alias. */
  mesServerInfo?: Maybe<MesServerInfo>;
  /** A process variable by id `<equipmentId>/<tag>`; null when the MES does not know it. */
  processVariable?: Maybe<ProcessVariable>;
  /** Production records (deduplicated by recordId, highest revision wins) overlapping the range, oldest first. */
  productionRecords?: Maybe<ProductionRecordConnection>;
  /** A quality characteristic by id `<equipmentId>/<tag>`; null when the MES does not know it. */
  qualityCharacteristic?: Maybe<QualityCharacteristic>;
};


export type QueryProcessVariableArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductionRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ProductionRecordFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQualityCharacteristicArgs = {
  id: Scalars['ID']['input'];
};

/** MES production records of one order in a window [from, to). */
export type RecentProduction = {
  __typename?: 'RecentProduction';
  from: Scalars['DateTime']['output'];
  records: Array<ProductionRecord>;
  to: Scalars['DateTime']['output'];
};

export const SampleQuality = {
  Bad: 'BAD',
  Good: 'GOOD',
  Uncertain: 'UNCERTAIN'
} as const;

export type SampleQuality = typeof SampleQuality[keyof typeof SampleQuality];
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
  ProcessVariable: ProcessVariable;
  ProductionOrder: ProductionOrder;
  QualityCharacteristic: QualityCharacteristic;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}> );
  ProcessVariable:
    ( { __typename: 'ProcessVariable' }
    & GraphQLRecursivePick<FederationTypes['ProcessVariable'], {"id":true}> );
  ProductionOrder:
    ( { __typename: 'ProductionOrder' }
    & GraphQLRecursivePick<FederationTypes['ProductionOrder'], {"id":true}> );
  QualityCharacteristic:
    ( { __typename: 'QualityCharacteristic' }
    & GraphQLRecursivePick<FederationTypes['QualityCharacteristic'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DataFreshness: ResolverTypeWrapper<DataFreshness>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DataQuality: ResolverTypeWrapper<DataQuality>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DataQualityIssue: ResolverTypeWrapper<DataQualityIssue>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Equipment: ResolverTypeWrapper<EquipmentParent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EquipmentState: EquipmentState;
  EquipmentStateInterval: ResolverTypeWrapper<EquipmentStateInterval>;
  LossCategory: LossCategory;
  Material: ResolverTypeWrapper<Material>;
  MesServerInfo: ResolverTypeWrapper<MesServerInfoParent>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlantTime: ResolverTypeWrapper<PlantTime>;
  ProcessSample: ResolverTypeWrapper<ProcessSample>;
  ProcessVariable: ResolverTypeWrapper<ProcessVariableParent>;
  ProductionOrder: ResolverTypeWrapper<ProductionOrderParent>;
  ProductionRecord: ResolverTypeWrapper<ProductionRecordParent>;
  ProductionRecordConnection: ResolverTypeWrapper<Omit<ProductionRecordConnection, 'edges'> & { edges: Array<ResolversTypes['ProductionRecordEdge']> }>;
  ProductionRecordEdge: ResolverTypeWrapper<Omit<ProductionRecordEdge, 'node'> & { node: ResolversTypes['ProductionRecord'] }>;
  ProductionRecordFilter: ProductionRecordFilter;
  QualityCharacteristic: ResolverTypeWrapper<QualityCharacteristicParent>;
  QualityMeasurement: ResolverTypeWrapper<Omit<QualityMeasurement, 'productionOrder'> & { productionOrder?: Maybe<ResolversTypes['ProductionOrder']> }>;
  Quantity: ResolverTypeWrapper<Quantity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecentProduction: ResolverTypeWrapper<Omit<RecentProduction, 'records'> & { records: Array<ResolversTypes['ProductionRecord']> }>;
  SampleQuality: SampleQuality;
  ScrapReason: ScrapReason;
  TimeRange: TimeRange;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DataFreshness: DataFreshness;
  Boolean: Scalars['Boolean']['output'];
  DataQuality: DataQuality;
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  DataQualityIssue: DataQualityIssue;
  DateTime: Scalars['DateTime']['output'];
  Equipment: EquipmentParent;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  EquipmentStateInterval: EquipmentStateInterval;
  Material: Material;
  MesServerInfo: MesServerInfoParent;
  PageInfo: PageInfo;
  PlantTime: PlantTime;
  ProcessSample: ProcessSample;
  ProcessVariable: ProcessVariableParent;
  ProductionOrder: ProductionOrderParent;
  ProductionRecord: ProductionRecordParent;
  ProductionRecordConnection: Omit<ProductionRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductionRecordEdge']> };
  ProductionRecordEdge: Omit<ProductionRecordEdge, 'node'> & { node: ResolversParentTypes['ProductionRecord'] };
  ProductionRecordFilter: ProductionRecordFilter;
  QualityCharacteristic: QualityCharacteristicParent;
  QualityMeasurement: Omit<QualityMeasurement, 'productionOrder'> & { productionOrder?: Maybe<ResolversParentTypes['ProductionOrder']> };
  Quantity: Quantity;
  Query: Record<PropertyKey, never>;
  RecentProduction: Omit<RecentProduction, 'records'> & { records: Array<ResolversParentTypes['ProductionRecord']> };
  TimeRange: TimeRange;
}>;

export type DataFreshnessResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['DataFreshness'] = ResolversParentTypes['DataFreshness']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DataQualityResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['DataQuality'] = ResolversParentTypes['DataQuality']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['DataQualityIssue']>, ParentType, ContextType>;
  normalized?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DataQualityIssueResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['DataQualityIssue'] = ResolversParentTypes['DataQualityIssue']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EquipmentResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mesMachineCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  processVariables?: Resolver<Maybe<Array<ResolversTypes['ProcessVariable']>>, ParentType, ContextType>;
  productionRecords?: Resolver<Maybe<Array<ResolversTypes['ProductionRecord']>>, ParentType, ContextType, RequireFields<EquipmentProductionRecordsArgs, 'first' | 'range'>>;
  qualityCharacteristics?: Resolver<Maybe<Array<ResolversTypes['QualityCharacteristic']>>, ParentType, ContextType>;
  recentProduction?: Resolver<Maybe<ResolversTypes['RecentProduction']>, ParentType, ContextType>;
  recentStates?: Resolver<Maybe<Array<ResolversTypes['EquipmentStateInterval']>>, ParentType, ContextType>;
  states?: Resolver<Maybe<Array<ResolversTypes['EquipmentStateInterval']>>, ParentType, ContextType, RequireFields<EquipmentStatesArgs, 'first' | 'range'>>;
}>;

export type EquipmentStateIntervalResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['EquipmentStateInterval'] = ResolversParentTypes['EquipmentStateInterval']> = ResolversObject<{
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['PlantTime'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lossCategory?: Resolver<Maybe<ResolversTypes['LossCategory']>, ParentType, ContextType>;
  reasonCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasonConfidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reasonText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceState?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['PlantTime'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['EquipmentState']>, ParentType, ContextType>;
  timeAmbiguous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MaterialResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MesServerInfoResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['MesServerInfo'] = ResolversParentTypes['MesServerInfo']> = ResolversObject<{
  clockSkewSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  serverTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  siteCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unmappedEquipmentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlantTimeResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['PlantTime'] = ResolversParentTypes['PlantTime']> = ResolversObject<{
  ambiguous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  local?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shiftedFromGap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  utc?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ProcessSampleResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['ProcessSample'] = ResolversParentTypes['ProcessSample']> = ResolversObject<{
  missingReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quality?: Resolver<Maybe<ResolversTypes['SampleQuality']>, ParentType, ContextType>;
  sourceValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ProcessVariableResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['ProcessVariable'] = ResolversParentTypes['ProcessVariable'], FederationReferenceType extends FederationReferenceTypes['ProcessVariable'] = FederationReferenceTypes['ProcessVariable']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProcessVariable']> | FederationReferenceType, FederationReferenceType, ContextType>;
  currentValue?: Resolver<Maybe<ResolversTypes['ProcessSample']>, ParentType, ContextType>;
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  equipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lowerSpecLimit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recentSamples?: Resolver<Maybe<Array<ResolversTypes['ProcessSample']>>, ParentType, ContextType>;
  samples?: Resolver<Maybe<Array<ResolversTypes['ProcessSample']>>, ParentType, ContextType, RequireFields<ProcessVariableSamplesArgs, 'maxPoints' | 'range'>>;
  sourceUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upperSpecLimit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ProductionOrderResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['ProductionOrder'] = ResolversParentTypes['ProductionOrder'], FederationReferenceType extends FederationReferenceTypes['ProductionOrder'] = FederationReferenceTypes['ProductionOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductionOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mesMaterial?: Resolver<Maybe<ResolversTypes['Material']>, ParentType, ContextType>;
  productionRecords?: Resolver<Maybe<Array<ResolversTypes['ProductionRecord']>>, ParentType, ContextType, RequireFields<ProductionOrderProductionRecordsArgs, 'first' | 'range'>>;
  recentProduction?: Resolver<Maybe<ResolversTypes['RecentProduction']>, ParentType, ContextType>;
}>;

export type ProductionRecordResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['ProductionRecord'] = ResolversParentTypes['ProductionRecord']> = ResolversObject<{
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['PlantTime'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType>;
  goodQuantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType, Partial<ProductionRecordGoodQuantityArgs>>;
  operationSequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  productionOrder?: Resolver<Maybe<ResolversTypes['ProductionOrder']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['PlantTime'], ParentType, ContextType>;
  recordedTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rejectReason?: Resolver<Maybe<ResolversTypes['ScrapReason']>, ParentType, ContextType>;
  rejectReasonConfidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rejectReasonText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scrapQuantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType, Partial<ProductionRecordScrapQuantityArgs>>;
  start?: Resolver<ResolversTypes['PlantTime'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ProductionRecordConnectionResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['ProductionRecordConnection'] = ResolversParentTypes['ProductionRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductionRecordEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductionRecordEdgeResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['ProductionRecordEdge'] = ResolversParentTypes['ProductionRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProductionRecord'], ParentType, ContextType>;
}>;

export type QualityCharacteristicResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['QualityCharacteristic'] = ResolversParentTypes['QualityCharacteristic'], FederationReferenceType extends FederationReferenceTypes['QualityCharacteristic'] = FederationReferenceTypes['QualityCharacteristic']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['QualityCharacteristic']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  equipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lsl?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  measurements?: Resolver<Maybe<Array<ResolversTypes['QualityMeasurement']>>, ParentType, ContextType, RequireFields<QualityCharacteristicMeasurementsArgs, 'first' | 'range'>>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nominal?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recentMeasurements?: Resolver<Maybe<Array<ResolversTypes['QualityMeasurement']>>, ParentType, ContextType>;
  sourceUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usl?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type QualityMeasurementResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['QualityMeasurement'] = ResolversParentTypes['QualityMeasurement']> = ResolversObject<{
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  measurementId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productionOrder?: Resolver<Maybe<ResolversTypes['ProductionOrder']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  valueIn?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType, RequireFields<QualityMeasurementValueInArgs, 'unit'>>;
}>;

export type QuantityResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = ResolversObject<{
  sourceUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  mesServerInfo?: Resolver<Maybe<ResolversTypes['MesServerInfo']>, ParentType, ContextType>;
  processVariable?: Resolver<Maybe<ResolversTypes['ProcessVariable']>, ParentType, ContextType, RequireFields<QueryProcessVariableArgs, 'id'>>;
  productionRecords?: Resolver<Maybe<ResolversTypes['ProductionRecordConnection']>, ParentType, ContextType, RequireFields<QueryProductionRecordsArgs, 'filter' | 'first'>>;
  qualityCharacteristic?: Resolver<Maybe<ResolversTypes['QualityCharacteristic']>, ParentType, ContextType, RequireFields<QueryQualityCharacteristicArgs, 'id'>>;
}>;

export type RecentProductionResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['RecentProduction'] = ResolversParentTypes['RecentProduction']> = ResolversObject<{
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['ProductionRecord']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MesContext> = ResolversObject<{
  DataFreshness?: DataFreshnessResolvers<ContextType>;
  DataQuality?: DataQualityResolvers<ContextType>;
  DataQualityIssue?: DataQualityIssueResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Equipment?: EquipmentResolvers<ContextType>;
  EquipmentStateInterval?: EquipmentStateIntervalResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  MesServerInfo?: MesServerInfoResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlantTime?: PlantTimeResolvers<ContextType>;
  ProcessSample?: ProcessSampleResolvers<ContextType>;
  ProcessVariable?: ProcessVariableResolvers<ContextType>;
  ProductionOrder?: ProductionOrderResolvers<ContextType>;
  ProductionRecord?: ProductionRecordResolvers<ContextType>;
  ProductionRecordConnection?: ProductionRecordConnectionResolvers<ContextType>;
  ProductionRecordEdge?: ProductionRecordEdgeResolvers<ContextType>;
  QualityCharacteristic?: QualityCharacteristicResolvers<ContextType>;
  QualityMeasurement?: QualityMeasurementResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecentProduction?: RecentProductionResolvers<ContextType>;
}>;


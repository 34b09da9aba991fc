import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SiteRow, AreaRow, WorkCenterRow, EquipmentRow, MaterialRow, ProductionOrderRow, OperationRow, LaborRow } from '../source/types.ts';
import type { RecentLaborWindow } from '../loaders.ts';
import type { ErpContext } from '../context.ts';
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

/** ISA-95 Area; the ERP department (JCDept). */
export type Area = {
  __typename?: 'Area';
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  workCenters?: Maybe<Array<WorkCenter>>;
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

/** ISA-95 Equipment (the position); the ERP Resource. id is the canonical equipment id (ERP ResourceID trimmed). */
export type Equipment = {
  __typename?: 'Equipment';
  active?: Maybe<Scalars['Boolean']['output']>;
  /** The CMMS asset tag the ERP records for the machine now at this position (Resource.EquipID); null where blank. */
  assetTag?: Maybe<Scalars['String']['output']>;
  /** Completeness, freshness, plausibility and what normalisation did (schema/shared.graphql DataQuality). */
  dataQuality: DataQuality;
  /** The ERP ResourceID as the ERP spells it, trailing spaces trimmed. */
  erpResourceId: Scalars['String']['output'];
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  id: Scalars['ID']['output'];
  kind?: Maybe<EquipmentKind>;
  /** The MES machine code from the ERP UD field (trimmed, upper-cased); null where the ERP leaves it blank. */
  mesCode?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** Labour records posted on this resource (ERP LaborDtl.ResourceID) clocked in during the 14 days before the ERP clock, oldest first, with that window (argument-free, for @requires). Labour reaches the ERP when the record closes (at shift end or when the operation completes). */
  recentLabor?: Maybe<RecentLabor>;
  workCenter?: Maybe<WorkCenter>;
};

export type EquipmentConnection = {
  __typename?: 'EquipmentConnection';
  edges: Array<EquipmentEdge>;
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EquipmentEdge = {
  __typename?: 'EquipmentEdge';
  cursor: Scalars['String']['output'];
  node: Equipment;
};

export type EquipmentFilter = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<EquipmentKind>;
  workCenterId?: InputMaybe<Scalars['ID']['input']>;
};

export const EquipmentKind = {
  Grinder: 'GRINDER',
  Lathe: 'LATHE',
  Mill: 'MILL',
  Molder: 'MOLDER',
  Other: 'OTHER',
  Press: 'PRESS',
  Welder: 'WELDER'
} as const;

export type EquipmentKind = typeof EquipmentKind[keyof typeof EquipmentKind];
/** A labour record (ERP LaborDtl). */
export type LaborRecord = {
  __typename?: 'LaborRecord';
  clockIn?: Maybe<Scalars['DateTime']['output']>;
  clockInPlantTime?: Maybe<PlantTime>;
  clockOut?: Maybe<Scalars['DateTime']['output']>;
  clockOutPlantTime?: Maybe<PlantTime>;
  dataQuality: DataQuality;
  employeeNumber?: Maybe<Scalars['String']['output']>;
  equipment?: Maybe<Equipment>;
  hours?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  laborType?: Maybe<LaborType>;
  operationSequence?: Maybe<Scalars['Int']['output']>;
  /** Good quantity (quantity class GOOD); `unit` converts on read. */
  quantity?: Maybe<Quantity>;
  /** Scrap quantity (quantity class SCRAP); `unit` converts on read. */
  scrapQuantity?: Maybe<Quantity>;
  /** Scrap reason as the ERP holds it (may be free text). */
  scrapReason?: Maybe<Scalars['String']['output']>;
  /** The canonical scrap reason: the code table, then the trained scrap-reason classifier for typed text; null when none; UNMAPPED (raw kept in scrapReason, counted) when neither is sure. */
  scrapReasonCode?: Maybe<ScrapReason>;
  /** Confidence of scrapReasonCode in [0, 1]: 1 for a code-table hit, the classifier's probability otherwise (also when UNMAPPED); null when there is no reason. */
  scrapReasonConfidence?: Maybe<Scalars['Float']['output']>;
  shift?: Maybe<Scalars['Int']['output']>;
};


/** A labour record (ERP LaborDtl). */
export type LaborRecordQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};


/** A labour record (ERP LaborDtl). */
export type LaborRecordScrapQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};

export const LaborType = {
  Indirect: 'INDIRECT',
  Production: 'PRODUCTION',
  Setup: 'SETUP'
} as const;

export type LaborType = typeof LaborType[keyof typeof LaborType];
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
/** Material definition (ERP Part) of one company. id is `<Company>/<PartNum>`. */
export type Material = {
  __typename?: 'Material';
  /** Inventory (base) unit, e.g. EA. */
  baseUnit?: Maybe<Scalars['String']['output']>;
  company: Scalars['String']['output'];
  /** Completeness, freshness, plausibility and what normalisation did (schema/shared.graphql DataQuality). */
  dataQuality: DataQuality;
  description?: Maybe<Scalars['String']['output']>;
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  id: Scalars['ID']['output'];
  /** On-hand quantity over all warehouses of the plant, in the base unit (canonical id, e.g. ea); `unit` converts on read. */
  onHand: Quantity;
  partNumber: Scalars['String']['output'];
  /** Base units per purchasing unit (a BX of 12 → 12). */
  purchasingFactor?: Maybe<Scalars['Float']['output']>;
  /** Purchasing unit, e.g. BX. */
  purchasingUnit?: Maybe<Scalars['String']['output']>;
  revision?: Maybe<Scalars['String']['output']>;
};


/** Material definition (ERP Part) of one company. id is `<Company>/<PartNum>`. */
export type MaterialOnHandArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type MaterialConnection = {
  __typename?: 'MaterialConnection';
  edges: Array<MaterialEdge>;
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MaterialEdge = {
  __typename?: 'MaterialEdge';
  cursor: Scalars['String']['output'];
  node: Material;
};

export type MaterialFilter = {
  /** Case-insensitive prefix of the part number. */
  partNumberPrefix?: InputMaybe<Scalars['String']['input']>;
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

/** ISA-95 OperationsRequest (production); the ERP job. id is `<Company>/<JobNum>`. */
export type ProductionOrder = {
  __typename?: 'ProductionOrder';
  company: Scalars['String']['output'];
  completedQuantity?: Maybe<Quantity>;
  /** When the job was created in the ERP (a naive plant-local datetime there). */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  dataQuality: DataQuality;
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  dueAtPlantTime?: Maybe<PlantTime>;
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  id: Scalars['ID']['output'];
  jobNumber: Scalars['String']['output'];
  /** Labour records posted against the order, oldest first, at most `first`. */
  laborRecords?: Maybe<Array<LaborRecord>>;
  material?: Maybe<Material>;
  operations?: Maybe<Array<ProductionOrderOperation>>;
  /** In the part's inventory unit (canonical id, e.g. ea; UNKNOWN when the ERP unit is not a known unit); `unit` converts on read. */
  plannedQuantity?: Maybe<Quantity>;
  scheduledStart?: Maybe<Scalars['DateTime']['output']>;
  /** scheduledStart with its plant-local time and DST flags; null like scheduledStart. */
  scheduledStartPlantTime?: Maybe<PlantTime>;
  status?: Maybe<ProductionOrderStatus>;
};


/** ISA-95 OperationsRequest (production); the ERP job. id is `<Company>/<JobNum>`. */
export type ProductionOrderCompletedQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};


/** ISA-95 OperationsRequest (production); the ERP job. id is `<Company>/<JobNum>`. */
export type ProductionOrderLaborRecordsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** ISA-95 OperationsRequest (production); the ERP job. id is `<Company>/<JobNum>`. */
export type ProductionOrderPlannedQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type ProductionOrderConnection = {
  __typename?: 'ProductionOrderConnection';
  edges: Array<ProductionOrderEdge>;
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductionOrderEdge = {
  __typename?: 'ProductionOrderEdge';
  cursor: Scalars['String']['output'];
  node: ProductionOrder;
};

export type ProductionOrderFilter = {
  /** One of the configured companies; default all configured companies. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Scheduled start at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<Array<ProductionOrderStatus>>;
  /** Scheduled start before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Orders with an operation on this work center. */
  workCenterId?: InputMaybe<Scalars['ID']['input']>;
};

/** One routing step of a production order (ERP JobOper + JobOpDtl). */
export type ProductionOrderOperation = {
  __typename?: 'ProductionOrderOperation';
  /** Null when the ERP holds no date or its 1753-01-01 / 1900-01-01 'no date' sentinel. */
  actualStart?: Maybe<Scalars['DateTime']['output']>;
  actualStartPlantTime?: Maybe<PlantTime>;
  complete?: Maybe<Scalars['Boolean']['output']>;
  completedQuantity?: Maybe<Quantity>;
  dataQuality: DataQuality;
  equipment?: Maybe<Equipment>;
  /** `<Company>/<JobNum>/<OprSeq>` */
  id: Scalars['ID']['output'];
  opCode?: Maybe<Scalars['String']['output']>;
  /** Planned rate, pieces per hour. */
  plannedRatePerHour?: Maybe<Scalars['Float']['output']>;
  plannedRunHours?: Maybe<Scalars['Float']['output']>;
  plannedSetupHours?: Maybe<Scalars['Float']['output']>;
  /** Scrap posted on labour (ERP LaborDtl.ScrapQty summed). */
  scrapQuantity?: Maybe<Quantity>;
  sequence: Scalars['Int']['output'];
  workCenter?: Maybe<WorkCenter>;
};


/** One routing step of a production order (ERP JobOper + JobOpDtl). */
export type ProductionOrderOperationCompletedQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};


/** One routing step of a production order (ERP JobOper + JobOpDtl). */
export type ProductionOrderOperationScrapQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};

export const ProductionOrderStatus = {
  Closed: 'CLOSED',
  Complete: 'COMPLETE',
  Held: 'HELD',
  InProgress: 'IN_PROGRESS',
  Released: 'RELEASED',
  Unreleased: 'UNRELEASED'
} as const;

export type ProductionOrderStatus = typeof ProductionOrderStatus[keyof typeof ProductionOrderStatus];
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
  /** An area (ERP JCDept) by id; null when unknown. */
  area?: Maybe<Area>;
  areas?: Maybe<Array<Area>>;
  /** Equipment (ERP Resource) by canonical id, e.g. PRESS-04; null when unknown. */
  equipment?: Maybe<Equipment>;
  equipmentList?: Maybe<EquipmentConnection>;
  /** A material by id `<Company>/<PartNum>`; null when unknown. */
  material?: Maybe<Material>;
  materials?: Maybe<MaterialConnection>;
  /** A production order (ERP job) by id `<Company>/<JobNum>`; null when unknown. */
  productionOrder?: Maybe<ProductionOrder>;
  productionOrders?: Maybe<ProductionOrderConnection>;
  /** The site (ERP Plant) by canonical site id; null when unknown. */
  site?: Maybe<Site>;
  /** The sites this subgraph serves (the configured ERP company and plant). */
  sites?: Maybe<Array<Site>>;
  /** A work center (ERP ResourceGroup) by id; null when unknown. */
  workCenter?: Maybe<WorkCenter>;
  workCenters?: Maybe<Array<WorkCenter>>;
};


export type QueryAreaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEquipmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEquipmentListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EquipmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMaterialArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMaterialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MaterialFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductionOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductionOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductionOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySiteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkCenterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkCentersArgs = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
};

/** ERP labour records of one resource in a window [from, to) of the ERP clock. */
export type RecentLabor = {
  __typename?: 'RecentLabor';
  from: Scalars['DateTime']['output'];
  records: Array<LaborRecord>;
  to: Scalars['DateTime']['output'];
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
/** ISA-95 Site; the ERP Plant of the configured company. */
export type Site = {
  __typename?: 'Site';
  areas?: Maybe<Array<Area>>;
  company: Scalars['String']['output'];
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** IANA time zone of the site, e.g. America/Chicago. */
  timeZone: Scalars['String']['output'];
};

/** A half-open time range [from, to) used by filters. */
export type TimeRange = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

/** ISA-95 WorkCenter; the ERP ResourceGroup. */
export type WorkCenter = {
  __typename?: 'WorkCenter';
  /** Production orders with an operation on this work center that are not CLOSED (released, in progress, held, or complete awaiting close), by job number, at most 1000 (argument-free, for @requires). */
  activeProductionOrders?: Maybe<Array<ProductionOrder>>;
  area?: Maybe<Area>;
  equipment?: Maybe<Array<Equipment>>;
  /** How old this data is; `stale: true` when the source failed and this is its last good value. */
  freshness: DataFreshness;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** activeProductionOrders plus the CLOSED orders with an operation on this work center actually started in the last 14 days before the ERP clock (GETUTCDATE()), by job number, at most 1000 (argument-free, for @requires): every order the 14-day MES and shift-log windows can still speak about. */
  recentProductionOrders?: Maybe<Array<ProductionOrder>>;
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
  Area: Area;
  Equipment: Equipment;
  Material: Material;
  ProductionOrder: ProductionOrder;
  Site: Site;
  WorkCenter: WorkCenter;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Area:
    ( { __typename: 'Area' }
    & GraphQLRecursivePick<FederationTypes['Area'], {"id":true}> );
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}> );
  Material:
    ( { __typename: 'Material' }
    & GraphQLRecursivePick<FederationTypes['Material'], {"id":true}> );
  ProductionOrder:
    ( { __typename: 'ProductionOrder' }
    & GraphQLRecursivePick<FederationTypes['ProductionOrder'], {"id":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
  WorkCenter:
    ( { __typename: 'WorkCenter' }
    & GraphQLRecursivePick<FederationTypes['WorkCenter'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Area: ResolverTypeWrapper<AreaRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DataFreshness: ResolverTypeWrapper<DataFreshness>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DataQuality: ResolverTypeWrapper<DataQuality>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DataQualityIssue: ResolverTypeWrapper<DataQualityIssue>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Equipment: ResolverTypeWrapper<EquipmentRow>;
  EquipmentConnection: ResolverTypeWrapper<Omit<EquipmentConnection, 'edges'> & { edges: Array<ResolversTypes['EquipmentEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EquipmentEdge: ResolverTypeWrapper<Omit<EquipmentEdge, 'node'> & { node: ResolversTypes['Equipment'] }>;
  EquipmentFilter: EquipmentFilter;
  EquipmentKind: EquipmentKind;
  LaborRecord: ResolverTypeWrapper<LaborRow>;
  LaborType: LaborType;
  LossCategory: LossCategory;
  Material: ResolverTypeWrapper<MaterialRow>;
  MaterialConnection: ResolverTypeWrapper<Omit<MaterialConnection, 'edges'> & { edges: Array<ResolversTypes['MaterialEdge']> }>;
  MaterialEdge: ResolverTypeWrapper<Omit<MaterialEdge, 'node'> & { node: ResolversTypes['Material'] }>;
  MaterialFilter: MaterialFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlantTime: ResolverTypeWrapper<PlantTime>;
  ProductionOrder: ResolverTypeWrapper<ProductionOrderRow>;
  ProductionOrderConnection: ResolverTypeWrapper<Omit<ProductionOrderConnection, 'edges'> & { edges: Array<ResolversTypes['ProductionOrderEdge']> }>;
  ProductionOrderEdge: ResolverTypeWrapper<Omit<ProductionOrderEdge, 'node'> & { node: ResolversTypes['ProductionOrder'] }>;
  ProductionOrderFilter: ProductionOrderFilter;
  ProductionOrderOperation: ResolverTypeWrapper<OperationRow>;
  ProductionOrderStatus: ProductionOrderStatus;
  Quantity: ResolverTypeWrapper<Quantity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecentLabor: ResolverTypeWrapper<RecentLaborWindow>;
  ScrapReason: ScrapReason;
  Site: ResolverTypeWrapper<SiteRow>;
  TimeRange: TimeRange;
  WorkCenter: ResolverTypeWrapper<WorkCenterRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Area: AreaRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  DataFreshness: DataFreshness;
  Boolean: Scalars['Boolean']['output'];
  DataQuality: DataQuality;
  Float: Scalars['Float']['output'];
  DataQualityIssue: DataQualityIssue;
  DateTime: Scalars['DateTime']['output'];
  Equipment: EquipmentRow;
  EquipmentConnection: Omit<EquipmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['EquipmentEdge']> };
  Int: Scalars['Int']['output'];
  EquipmentEdge: Omit<EquipmentEdge, 'node'> & { node: ResolversParentTypes['Equipment'] };
  EquipmentFilter: EquipmentFilter;
  LaborRecord: LaborRow;
  Material: MaterialRow;
  MaterialConnection: Omit<MaterialConnection, 'edges'> & { edges: Array<ResolversParentTypes['MaterialEdge']> };
  MaterialEdge: Omit<MaterialEdge, 'node'> & { node: ResolversParentTypes['Material'] };
  MaterialFilter: MaterialFilter;
  PageInfo: PageInfo;
  PlantTime: PlantTime;
  ProductionOrder: ProductionOrderRow;
  ProductionOrderConnection: Omit<ProductionOrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductionOrderEdge']> };
  ProductionOrderEdge: Omit<ProductionOrderEdge, 'node'> & { node: ResolversParentTypes['ProductionOrder'] };
  ProductionOrderFilter: ProductionOrderFilter;
  ProductionOrderOperation: OperationRow;
  Quantity: Quantity;
  Query: Record<PropertyKey, never>;
  RecentLabor: RecentLaborWindow;
  Site: SiteRow;
  TimeRange: TimeRange;
  WorkCenter: WorkCenterRow;
}>;

export type AreaResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area'], FederationReferenceType extends FederationReferenceTypes['Area'] = FederationReferenceTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']> | FederationReferenceType, FederationReferenceType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workCenters?: Resolver<Maybe<Array<ResolversTypes['WorkCenter']>>, ParentType, ContextType>;
}>;

export type DataFreshnessResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['DataFreshness'] = ResolversParentTypes['DataFreshness']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DataQualityResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['DataQuality'] = ResolversParentTypes['DataQuality']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['DataQualityIssue']>, ParentType, ContextType>;
  normalized?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DataQualityIssueResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['DataQualityIssue'] = ResolversParentTypes['DataQualityIssue']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EquipmentResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  assetTag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  erpResourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['EquipmentKind']>, ParentType, ContextType>;
  mesCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recentLabor?: Resolver<Maybe<ResolversTypes['RecentLabor']>, ParentType, ContextType>;
  workCenter?: Resolver<Maybe<ResolversTypes['WorkCenter']>, ParentType, ContextType>;
}>;

export type EquipmentConnectionResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['EquipmentConnection'] = ResolversParentTypes['EquipmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EquipmentEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EquipmentEdgeResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['EquipmentEdge'] = ResolversParentTypes['EquipmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
}>;

export type LaborRecordResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['LaborRecord'] = ResolversParentTypes['LaborRecord']> = ResolversObject<{
  clockIn?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  clockInPlantTime?: Resolver<Maybe<ResolversTypes['PlantTime']>, ParentType, ContextType>;
  clockOut?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  clockOutPlantTime?: Resolver<Maybe<ResolversTypes['PlantTime']>, ParentType, ContextType>;
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  employeeNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType>;
  hours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laborType?: Resolver<Maybe<ResolversTypes['LaborType']>, ParentType, ContextType>;
  operationSequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType, Partial<LaborRecordQuantityArgs>>;
  scrapQuantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType, Partial<LaborRecordScrapQuantityArgs>>;
  scrapReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scrapReasonCode?: Resolver<Maybe<ResolversTypes['ScrapReason']>, ParentType, ContextType>;
  scrapReasonConfidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shift?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type MaterialResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material'], FederationReferenceType extends FederationReferenceTypes['Material'] = FederationReferenceTypes['Material']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Material']> | FederationReferenceType, FederationReferenceType, ContextType>;
  baseUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType, Partial<MaterialOnHandArgs>>;
  partNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purchasingFactor?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  purchasingUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MaterialConnectionResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['MaterialConnection'] = ResolversParentTypes['MaterialConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MaterialEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MaterialEdgeResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['MaterialEdge'] = ResolversParentTypes['MaterialEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Material'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlantTimeResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['PlantTime'] = ResolversParentTypes['PlantTime']> = ResolversObject<{
  ambiguous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  local?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shiftedFromGap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  utc?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ProductionOrderResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['ProductionOrder'] = ResolversParentTypes['ProductionOrder'], FederationReferenceType extends FederationReferenceTypes['ProductionOrder'] = FederationReferenceTypes['ProductionOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductionOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  company?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completedQuantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType, Partial<ProductionOrderCompletedQuantityArgs>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueAtPlantTime?: Resolver<Maybe<ResolversTypes['PlantTime']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  laborRecords?: Resolver<Maybe<Array<ResolversTypes['LaborRecord']>>, ParentType, ContextType, RequireFields<ProductionOrderLaborRecordsArgs, 'first'>>;
  material?: Resolver<Maybe<ResolversTypes['Material']>, ParentType, ContextType>;
  operations?: Resolver<Maybe<Array<ResolversTypes['ProductionOrderOperation']>>, ParentType, ContextType>;
  plannedQuantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType, Partial<ProductionOrderPlannedQuantityArgs>>;
  scheduledStart?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scheduledStartPlantTime?: Resolver<Maybe<ResolversTypes['PlantTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ProductionOrderStatus']>, ParentType, ContextType>;
}>;

export type ProductionOrderConnectionResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['ProductionOrderConnection'] = ResolversParentTypes['ProductionOrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductionOrderEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductionOrderEdgeResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['ProductionOrderEdge'] = ResolversParentTypes['ProductionOrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProductionOrder'], ParentType, ContextType>;
}>;

export type ProductionOrderOperationResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['ProductionOrderOperation'] = ResolversParentTypes['ProductionOrderOperation']> = ResolversObject<{
  actualStart?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  actualStartPlantTime?: Resolver<Maybe<ResolversTypes['PlantTime']>, ParentType, ContextType>;
  complete?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  completedQuantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType, Partial<ProductionOrderOperationCompletedQuantityArgs>>;
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType>;
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plannedRatePerHour?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  plannedRunHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  plannedSetupHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scrapQuantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType, Partial<ProductionOrderOperationScrapQuantityArgs>>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workCenter?: Resolver<Maybe<ResolversTypes['WorkCenter']>, ParentType, ContextType>;
}>;

export type QuantityResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = ResolversObject<{
  sourceUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType, RequireFields<QueryAreaArgs, 'id'>>;
  areas?: Resolver<Maybe<Array<ResolversTypes['Area']>>, ParentType, ContextType>;
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType, RequireFields<QueryEquipmentArgs, 'id'>>;
  equipmentList?: Resolver<Maybe<ResolversTypes['EquipmentConnection']>, ParentType, ContextType, RequireFields<QueryEquipmentListArgs, 'first'>>;
  material?: Resolver<Maybe<ResolversTypes['Material']>, ParentType, ContextType, RequireFields<QueryMaterialArgs, 'id'>>;
  materials?: Resolver<Maybe<ResolversTypes['MaterialConnection']>, ParentType, ContextType, RequireFields<QueryMaterialsArgs, 'first'>>;
  productionOrder?: Resolver<Maybe<ResolversTypes['ProductionOrder']>, ParentType, ContextType, RequireFields<QueryProductionOrderArgs, 'id'>>;
  productionOrders?: Resolver<Maybe<ResolversTypes['ProductionOrderConnection']>, ParentType, ContextType, RequireFields<QueryProductionOrdersArgs, 'first'>>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteArgs, 'id'>>;
  sites?: Resolver<Maybe<Array<ResolversTypes['Site']>>, ParentType, ContextType>;
  workCenter?: Resolver<Maybe<ResolversTypes['WorkCenter']>, ParentType, ContextType, RequireFields<QueryWorkCenterArgs, 'id'>>;
  workCenters?: Resolver<Maybe<Array<ResolversTypes['WorkCenter']>>, ParentType, ContextType, Partial<QueryWorkCentersArgs>>;
}>;

export type RecentLaborResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['RecentLabor'] = ResolversParentTypes['RecentLabor']> = ResolversObject<{
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['LaborRecord']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SiteResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  areas?: Resolver<Maybe<Array<ResolversTypes['Area']>>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkCenterResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['WorkCenter'] = ResolversParentTypes['WorkCenter'], FederationReferenceType extends FederationReferenceTypes['WorkCenter'] = FederationReferenceTypes['WorkCenter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeProductionOrders?: Resolver<Maybe<Array<ResolversTypes['ProductionOrder']>>, ParentType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  equipment?: Resolver<Maybe<Array<ResolversTypes['Equipment']>>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['DataFreshness'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recentProductionOrders?: Resolver<Maybe<Array<ResolversTypes['ProductionOrder']>>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ErpContext> = ResolversObject<{
  Area?: AreaResolvers<ContextType>;
  DataFreshness?: DataFreshnessResolvers<ContextType>;
  DataQuality?: DataQualityResolvers<ContextType>;
  DataQualityIssue?: DataQualityIssueResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Equipment?: EquipmentResolvers<ContextType>;
  EquipmentConnection?: EquipmentConnectionResolvers<ContextType>;
  EquipmentEdge?: EquipmentEdgeResolvers<ContextType>;
  LaborRecord?: LaborRecordResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  MaterialConnection?: MaterialConnectionResolvers<ContextType>;
  MaterialEdge?: MaterialEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlantTime?: PlantTimeResolvers<ContextType>;
  ProductionOrder?: ProductionOrderResolvers<ContextType>;
  ProductionOrderConnection?: ProductionOrderConnectionResolvers<ContextType>;
  ProductionOrderEdge?: ProductionOrderEdgeResolvers<ContextType>;
  ProductionOrderOperation?: ProductionOrderOperationResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecentLabor?: RecentLaborResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  WorkCenter?: WorkCenterResolvers<ContextType>;
}>;


import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { FolderParent, CoverageParent, ProductionParent, DowntimeParent } from '../models.ts';
import type { FileReport, Problem, Provenance, ProductionLine, DowntimeLine } from '../source/index.ts';
import type { SpreadsheetContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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
  /** The downtime-log lines of this equipment, oldest first; null when no spreadsheet is readable. */
  spreadsheetDowntime?: Maybe<SpreadsheetDowntime>;
  /** The shift-log production lines of this equipment (every order and operation), oldest first; null when no spreadsheet is readable. */
  spreadsheetProduction?: Maybe<SpreadsheetProduction>;
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

export type ProductionOrder = {
  __typename?: 'ProductionOrder';
  id: Scalars['ID']['output'];
  /** The shift-log lines of this order (company from the mapping), oldest first; null when no spreadsheet is readable. */
  spreadsheetProduction?: Maybe<SpreadsheetProduction>;
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
  /** The files of the drop folder as last read: what was read, what was rejected and why. */
  spreadsheetFiles: SpreadsheetFolder;
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
/** The half-open span [from, to) of shifts the spreadsheets cover: from the first shift's start to the latest file's modified time. */
export type SpreadsheetCoverage = {
  __typename?: 'SpreadsheetCoverage';
  from: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
};

export type SpreadsheetDowntime = {
  __typename?: 'SpreadsheetDowntime';
  coverage: SpreadsheetCoverage;
  lines: Array<SpreadsheetDowntimeLine>;
};

export type SpreadsheetDowntimeLine = {
  __typename?: 'SpreadsheetDowntimeLine';
  /** Minutes of the stop within the shift. */
  minutes: Scalars['Float']['output'];
  provenance: SpreadsheetProvenance;
  /** The reason exactly as typed. */
  reasonText?: Maybe<Scalars['String']['output']>;
  shift: Scalars['Int']['output'];
  shiftStart: Scalars['DateTime']['output'];
  /** When the stop started, if the sheet says. */
  startTime?: Maybe<Scalars['DateTime']['output']>;
};

export type SpreadsheetFile = {
  __typename?: 'SpreadsheetFile';
  /** XLSX, CSV or IGNORED (not a spreadsheet, or an Excel lock file). */
  format: Scalars['String']['output'];
  modifiedAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  /** At most 50 problems of this file, in file order. */
  problems: Array<SpreadsheetProblem>;
  /** Production and downtime rows read from this file. */
  rowsRead: Scalars['Int']['output'];
  rowsRejected: Scalars['Int']['output'];
  /** Day-total and blank rows skipped on purpose. */
  rowsSkipped: Scalars['Int']['output'];
  sizeBytes: Scalars['Int']['output'];
};

export type SpreadsheetFolder = {
  __typename?: 'SpreadsheetFolder';
  /** First and last shift the readable files cover; null when no row was read. */
  coverage?: Maybe<SpreadsheetCoverage>;
  /** The drop folder's path as configured. */
  dropDir: Scalars['String']['output'];
  files: Array<SpreadsheetFile>;
  /** Rows rejected, over all files, by code. */
  rejectedRows: Array<SpreadsheetProblemCount>;
  /** When the folder was last scanned. */
  scannedAt: Scalars['DateTime']['output'];
};

export type SpreadsheetProblem = {
  __typename?: 'SpreadsheetProblem';
  /** SPREADSHEET_BAD_FILE, SPREADSHEET_BAD_ROW or SPREADSHEET_UNKNOWN_EQUIPMENT (docs/errors.md). */
  code: Scalars['String']['output'];
  file: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** 1-based row in the sheet (the line in a CSV); null for a whole-file problem. */
  row?: Maybe<Scalars['Int']['output']>;
  sheet?: Maybe<Scalars['String']['output']>;
};

export type SpreadsheetProblemCount = {
  __typename?: 'SpreadsheetProblemCount';
  code: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type SpreadsheetProduction = {
  __typename?: 'SpreadsheetProduction';
  coverage: SpreadsheetCoverage;
  lines: Array<SpreadsheetProductionLine>;
};

export type SpreadsheetProductionLine = {
  __typename?: 'SpreadsheetProductionLine';
  equipment: Equipment;
  goodQuantity: Quantity;
  operationSequence: Scalars['Int']['output'];
  provenance: SpreadsheetProvenance;
  scrapQuantity: Quantity;
  shift: Scalars['Int']['output'];
  /** Start of the shift the line is for (local date + shift start in the site zone). */
  shiftStart: Scalars['DateTime']['output'];
};

/** Where a spreadsheet figure came from. */
export type SpreadsheetProvenance = {
  __typename?: 'SpreadsheetProvenance';
  /** How the machine text matched an alias: EXACT, NORMALIZED or FUZZY (one edit away from exactly one alias). */
  equipmentMatch: Scalars['String']['output'];
  /** The machine text exactly as typed. */
  equipmentText: Scalars['String']['output'];
  file: Scalars['String']['output'];
  /** The file's modified time: the figure is as of then. */
  modifiedAt: Scalars['DateTime']['output'];
  /** 1-based row in the sheet (the line in a CSV). */
  row: Scalars['Int']['output'];
  sheet: Scalars['String']['output'];
};

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
  ProductionOrder: ProductionOrder;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}> );
  ProductionOrder:
    ( { __typename: 'ProductionOrder' }
    & GraphQLRecursivePick<FederationTypes['ProductionOrder'], {"id":true}> );
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
  Equipment: ResolverTypeWrapper<Omit<Equipment, 'spreadsheetDowntime' | 'spreadsheetProduction'> & { spreadsheetDowntime?: Maybe<ResolversTypes['SpreadsheetDowntime']>, spreadsheetProduction?: Maybe<ResolversTypes['SpreadsheetProduction']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  LossCategory: LossCategory;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlantTime: ResolverTypeWrapper<PlantTime>;
  ProductionOrder: ResolverTypeWrapper<Omit<ProductionOrder, 'spreadsheetProduction'> & { spreadsheetProduction?: Maybe<ResolversTypes['SpreadsheetProduction']> }>;
  Quantity: ResolverTypeWrapper<Quantity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ScrapReason: ScrapReason;
  SpreadsheetCoverage: ResolverTypeWrapper<CoverageParent>;
  SpreadsheetDowntime: ResolverTypeWrapper<DowntimeParent>;
  SpreadsheetDowntimeLine: ResolverTypeWrapper<DowntimeLine>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  SpreadsheetFile: ResolverTypeWrapper<FileReport>;
  SpreadsheetFolder: ResolverTypeWrapper<FolderParent>;
  SpreadsheetProblem: ResolverTypeWrapper<Problem>;
  SpreadsheetProblemCount: ResolverTypeWrapper<SpreadsheetProblemCount>;
  SpreadsheetProduction: ResolverTypeWrapper<ProductionParent>;
  SpreadsheetProductionLine: ResolverTypeWrapper<ProductionLine>;
  SpreadsheetProvenance: ResolverTypeWrapper<Provenance>;
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
  Equipment: Omit<Equipment, 'spreadsheetDowntime' | 'spreadsheetProduction'> & { spreadsheetDowntime?: Maybe<ResolversParentTypes['SpreadsheetDowntime']>, spreadsheetProduction?: Maybe<ResolversParentTypes['SpreadsheetProduction']> } | FederationReferenceTypes['Equipment'];
  ID: Scalars['ID']['output'];
  PageInfo: PageInfo;
  PlantTime: PlantTime;
  ProductionOrder: Omit<ProductionOrder, 'spreadsheetProduction'> & { spreadsheetProduction?: Maybe<ResolversParentTypes['SpreadsheetProduction']> } | FederationReferenceTypes['ProductionOrder'];
  Quantity: Quantity;
  Query: Record<PropertyKey, never>;
  SpreadsheetCoverage: CoverageParent;
  SpreadsheetDowntime: DowntimeParent;
  SpreadsheetDowntimeLine: DowntimeLine;
  Int: Scalars['Int']['output'];
  SpreadsheetFile: FileReport;
  SpreadsheetFolder: FolderParent;
  SpreadsheetProblem: Problem;
  SpreadsheetProblemCount: SpreadsheetProblemCount;
  SpreadsheetProduction: ProductionParent;
  SpreadsheetProductionLine: ProductionLine;
  SpreadsheetProvenance: Provenance;
  TimeRange: TimeRange;
}>;

export type DataFreshnessResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['DataFreshness'] = ResolversParentTypes['DataFreshness']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DataQualityResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['DataQuality'] = ResolversParentTypes['DataQuality']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['DataQualityIssue']>, ParentType, ContextType>;
  normalized?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DataQualityIssueResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['DataQualityIssue'] = ResolversParentTypes['DataQualityIssue']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EquipmentResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  spreadsheetDowntime?: Resolver<Maybe<ResolversTypes['SpreadsheetDowntime']>, ParentType, ContextType>;
  spreadsheetProduction?: Resolver<Maybe<ResolversTypes['SpreadsheetProduction']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlantTimeResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['PlantTime'] = ResolversParentTypes['PlantTime']> = ResolversObject<{
  ambiguous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  local?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shiftedFromGap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  utc?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ProductionOrderResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['ProductionOrder'] = ResolversParentTypes['ProductionOrder'], FederationReferenceType extends FederationReferenceTypes['ProductionOrder'] = FederationReferenceTypes['ProductionOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductionOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  spreadsheetProduction?: Resolver<Maybe<ResolversTypes['SpreadsheetProduction']>, ParentType, ContextType>;
}>;

export type QuantityResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = ResolversObject<{
  sourceUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  spreadsheetFiles?: Resolver<ResolversTypes['SpreadsheetFolder'], ParentType, ContextType>;
}>;

export type SpreadsheetCoverageResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['SpreadsheetCoverage'] = ResolversParentTypes['SpreadsheetCoverage']> = ResolversObject<{
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SpreadsheetDowntimeResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['SpreadsheetDowntime'] = ResolversParentTypes['SpreadsheetDowntime']> = ResolversObject<{
  coverage?: Resolver<ResolversTypes['SpreadsheetCoverage'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SpreadsheetDowntimeLine']>, ParentType, ContextType>;
}>;

export type SpreadsheetDowntimeLineResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['SpreadsheetDowntimeLine'] = ResolversParentTypes['SpreadsheetDowntimeLine']> = ResolversObject<{
  minutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['SpreadsheetProvenance'], ParentType, ContextType>;
  reasonText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shift?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shiftStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type SpreadsheetFileResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['SpreadsheetFile'] = ResolversParentTypes['SpreadsheetFile']> = ResolversObject<{
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['SpreadsheetProblem']>, ParentType, ContextType>;
  rowsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowsRejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowsSkipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SpreadsheetFolderResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['SpreadsheetFolder'] = ResolversParentTypes['SpreadsheetFolder']> = ResolversObject<{
  coverage?: Resolver<Maybe<ResolversTypes['SpreadsheetCoverage']>, ParentType, ContextType>;
  dropDir?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['SpreadsheetFile']>, ParentType, ContextType>;
  rejectedRows?: Resolver<Array<ResolversTypes['SpreadsheetProblemCount']>, ParentType, ContextType>;
  scannedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SpreadsheetProblemResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['SpreadsheetProblem'] = ResolversParentTypes['SpreadsheetProblem']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sheet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SpreadsheetProblemCountResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['SpreadsheetProblemCount'] = ResolversParentTypes['SpreadsheetProblemCount']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SpreadsheetProductionResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['SpreadsheetProduction'] = ResolversParentTypes['SpreadsheetProduction']> = ResolversObject<{
  coverage?: Resolver<ResolversTypes['SpreadsheetCoverage'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SpreadsheetProductionLine']>, ParentType, ContextType>;
}>;

export type SpreadsheetProductionLineResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['SpreadsheetProductionLine'] = ResolversParentTypes['SpreadsheetProductionLine']> = ResolversObject<{
  equipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  goodQuantity?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  operationSequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['SpreadsheetProvenance'], ParentType, ContextType>;
  scrapQuantity?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  shift?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shiftStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SpreadsheetProvenanceResolvers<ContextType = SpreadsheetContext, ParentType extends ResolversParentTypes['SpreadsheetProvenance'] = ResolversParentTypes['SpreadsheetProvenance']> = ResolversObject<{
  equipmentMatch?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  equipmentText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SpreadsheetContext> = ResolversObject<{
  DataFreshness?: DataFreshnessResolvers<ContextType>;
  DataQuality?: DataQualityResolvers<ContextType>;
  DataQualityIssue?: DataQualityIssueResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Equipment?: EquipmentResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlantTime?: PlantTimeResolvers<ContextType>;
  ProductionOrder?: ProductionOrderResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SpreadsheetCoverage?: SpreadsheetCoverageResolvers<ContextType>;
  SpreadsheetDowntime?: SpreadsheetDowntimeResolvers<ContextType>;
  SpreadsheetDowntimeLine?: SpreadsheetDowntimeLineResolvers<ContextType>;
  SpreadsheetFile?: SpreadsheetFileResolvers<ContextType>;
  SpreadsheetFolder?: SpreadsheetFolderResolvers<ContextType>;
  SpreadsheetProblem?: SpreadsheetProblemResolvers<ContextType>;
  SpreadsheetProblemCount?: SpreadsheetProblemCountResolvers<ContextType>;
  SpreadsheetProduction?: SpreadsheetProductionResolvers<ContextType>;
  SpreadsheetProductionLine?: SpreadsheetProductionLineResolvers<ContextType>;
  SpreadsheetProvenance?: SpreadsheetProvenanceResolvers<ContextType>;
}>;


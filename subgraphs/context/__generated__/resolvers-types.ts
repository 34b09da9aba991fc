import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NoteRecord, NoteRevisionRecord, StoredMention } from '../note-records.ts';
import type { EquipmentRef, WorkCenterRef, ProductionOrderRef } from '../models.ts';
import type { ContextContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type AddOperatorNoteInput = {
  /** Who wrote it, as the operator signs (badge or name), 1–80 characters. */
  author: Scalars['String']['input'];
  /** When it ended, for a note about a period (at most 7 days after `time`). */
  endTime?: InputMaybe<Scalars['DateTime']['input']>;
  /** The equipment the note is about (canonical id, e.g. PRESS-04). Give this or `workCenterId` (or both, consistent). */
  equipmentId?: InputMaybe<Scalars['ID']['input']>;
  /** A client-chosen key (8–100 characters) that makes a retried submit answer the first note instead of adding another. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The production order it concerns (ERP id). */
  productionOrderId?: InputMaybe<Scalars['ID']['input']>;
  /** Shift name or number as the plant calls it (A, B, NIGHT, 2), at most 20 characters. */
  shift?: InputMaybe<Scalars['String']['input']>;
  /** Free text, 1–2000 characters. */
  text: Scalars['String']['input'];
  /** When it happened (or began). Not in the future. */
  time: Scalars['DateTime']['input'];
  workCenterId?: InputMaybe<Scalars['ID']['input']>;
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

export type EditOperatorNoteInput = {
  endTime?: InputMaybe<Scalars['DateTime']['input']>;
  productionOrderId?: InputMaybe<Scalars['ID']['input']>;
  /** Why the note was edited (kept with the revision). */
  reason?: InputMaybe<Scalars['String']['input']>;
  shift?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  time?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Equipment = {
  __typename?: 'Equipment';
  id: Scalars['ID']['output'];
  /** Notes about this equipment overlapping `range`, newest first, at most `first` (≤ 500). */
  notes?: Maybe<Array<OperatorNote>>;
  /**
   * Notes about this equipment with a time in the 30 days before now, newest first, at most 200 (argument-free: an
   * input for interpretation's @requires, e.g. a tool change restarts baselines, a suspect sensor down-weights warnings).
   */
  recentNotes?: Maybe<Array<OperatorNote>>;
};


export type EquipmentNotesArgs = {
  category?: InputMaybe<Array<NoteCategory>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  range: TimeRange;
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
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records an operator note for one equipment or work center. Validated (NOTE_* codes in docs/errors.md), classified
   * and durably stored before the answer: an acknowledged note survives a crash. With an `idempotencyKey`, a retried
   * submit answers the note recorded the first time instead of adding a second one. Roles operator, maintenance and
   * planner may add notes, each only for equipment of its own sites (FORBIDDEN_SITE).
   */
  addOperatorNote: OperatorNote;
  /**
   * Adds a revision to a note (the earlier revisions stay in `history`). `expectedRevision`, when given, must be the
   * note's current revision, else NOTE_EDIT_CONFLICT (someone else edited it meanwhile). Fields left out keep their value.
   */
  editOperatorNote: OperatorNote;
};


export type MutationAddOperatorNoteArgs = {
  input: AddOperatorNoteInput;
};


export type MutationEditOperatorNoteArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: EditOperatorNoteInput;
};

/** What a note says happened, as classified from its text. */
export const NoteCategory = {
  /** The machine stopped or ran slow: jams, faults, waiting. */
  Downtime: 'DOWNTIME',
  /** Shift handover, general information. */
  General: 'GENERAL',
  /** Something needs maintenance: leaks, noises, vibration, wear. */
  MaintenanceRequest: 'MAINTENANCE_REQUEST',
  /** A new coil, lot, batch or heat of material was loaded: process baselines restart. */
  MaterialLotChange: 'MATERIAL_LOT_CHANGE',
  /** Parts look wrong: burrs, dimensions, cracks, surface; quality hold. */
  QualityConcern: 'QUALITY_CONCERN',
  /** A sensor, gauge or reading is suspected wrong: its warnings are down-weighted. */
  SensorSuspect: 'SENSOR_SUSPECT',
  /** Changeover, setup, first-article adjustment. */
  Setup: 'SETUP',
  /** A die, punch, insert, cutter or other tool was changed: process baselines restart. */
  ToolChange: 'TOOL_CHANGE',
  /** The classifier is not confident enough (below its threshold); the text is kept as is. */
  Unclassified: 'UNCLASSIFIED'
} as const;

export type NoteCategory = typeof NoteCategory[keyof typeof NoteCategory];
/** Something a note's text names, where, and what it was linked to. */
export type NoteMention = {
  __typename?: 'NoteMention';
  /** How sure the link is, 0–1. */
  confidence: Scalars['Float']['output'];
  end: Scalars['Int']['output'];
  kind: NoteMentionKind;
  /** Character offsets of the span in the note text [start, end). */
  start: Scalars['Int']['output'];
  /** The span of the text as written, e.g. 'P04', 'die 7', '4471-220'. */
  text: Scalars['String']['output'];
  /** What it was linked to: canonical equipment id, tool id ('DIE-7'), part number, tag; null when not resolved. */
  value?: Maybe<Scalars['String']['output']>;
};

export const NoteMentionKind = {
  Equipment: 'EQUIPMENT',
  PartNumber: 'PART_NUMBER',
  ProductionOrder: 'PRODUCTION_ORDER',
  Tooling: 'TOOLING',
  VariableTag: 'VARIABLE_TAG'
} as const;

export type NoteMentionKind = typeof NoteMentionKind[keyof typeof NoteMentionKind];
export type OperatorNote = {
  __typename?: 'OperatorNote';
  author: Scalars['String']['output'];
  category: NoteCategory;
  /** The classifier's version, so a re-trained model's answers can be told apart. */
  classifierVersion: Scalars['String']['output'];
  /** Probability of `category` under the classifier, 0–1 (for UNCLASSIFIED: of the best category it did not trust). */
  confidence: Scalars['Float']['output'];
  /** When it ended; null for a note about an instant. */
  endTime?: Maybe<Scalars['DateTime']['output']>;
  /** The equipment the note is about; null for a note about a whole work center. */
  equipment?: Maybe<Equipment>;
  /** Every revision, oldest first. */
  history: Array<OperatorNoteRevision>;
  id: Scalars['ID']['output'];
  mentions: Array<NoteMention>;
  productionOrder?: Maybe<ProductionOrder>;
  recordedAt: Scalars['DateTime']['output'];
  /** Who first recorded it (the authenticated caller) and when. */
  recordedBy: Scalars['String']['output'];
  /** The current revision number (1 for an unedited note). */
  revision: Scalars['Int']['output'];
  shift?: Maybe<Scalars['String']['output']>;
  siteId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
  /** When it happened (or began). */
  time: Scalars['DateTime']['output'];
  updatedAt: Scalars['DateTime']['output'];
  workCenter?: Maybe<WorkCenter>;
};

export type OperatorNoteFilter = {
  category?: InputMaybe<Array<NoteCategory>>;
  equipmentId?: InputMaybe<Scalars['ID']['input']>;
  range: TimeRange;
  workCenterId?: InputMaybe<Scalars['ID']['input']>;
};

export type OperatorNoteRevision = {
  __typename?: 'OperatorNoteRevision';
  category: NoteCategory;
  confidence: Scalars['Float']['output'];
  endTime?: Maybe<Scalars['DateTime']['output']>;
  productionOrderId?: Maybe<Scalars['ID']['output']>;
  /** Why it was edited; null for the first revision. */
  reason?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded this revision (the authenticated caller). */
  recordedBy: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  shift?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  time: Scalars['DateTime']['output'];
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

export type ProductionOrder = {
  __typename?: 'ProductionOrder';
  id: Scalars['ID']['output'];
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
  /** One note by id (its current revision); null when there is none. */
  operatorNote?: Maybe<OperatorNote>;
  /**
   * Notes whose time (or time range) overlaps `range`, newest first, at most `first` (≤ 500). `equipmentId` or
   * `workCenterId` narrows to one target (a work center's list includes its equipment's notes); `category` keeps
   * notes classified into one of the given categories. `range` is at most 366 days.
   */
  operatorNotes?: Maybe<Array<OperatorNote>>;
};


export type QueryOperatorNoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOperatorNotesArgs = {
  filter: OperatorNoteFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type WorkCenter = {
  __typename?: 'WorkCenter';
  id: Scalars['ID']['output'];
  /** Notes about this work center or any of its equipment overlapping `range`, newest first, at most `first` (≤ 500). */
  notes?: Maybe<Array<OperatorNote>>;
};


export type WorkCenterNotesArgs = {
  category?: InputMaybe<Array<NoteCategory>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  range: TimeRange;
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
  OperatorNote: OperatorNote;
  WorkCenter: WorkCenter;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}> );
  OperatorNote:
    ( { __typename: 'OperatorNote' }
    & GraphQLRecursivePick<FederationTypes['OperatorNote'], {"id":true}> );
  WorkCenter:
    ( { __typename: 'WorkCenter' }
    & GraphQLRecursivePick<FederationTypes['WorkCenter'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddOperatorNoteInput: AddOperatorNoteInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DataFreshness: ResolverTypeWrapper<DataFreshness>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DataQuality: ResolverTypeWrapper<DataQuality>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DataQualityIssue: ResolverTypeWrapper<DataQualityIssue>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EditOperatorNoteInput: EditOperatorNoteInput;
  Equipment: ResolverTypeWrapper<EquipmentRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LossCategory: LossCategory;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NoteCategory: NoteCategory;
  NoteMention: ResolverTypeWrapper<StoredMention>;
  NoteMentionKind: NoteMentionKind;
  OperatorNote: ResolverTypeWrapper<NoteRecord>;
  OperatorNoteFilter: OperatorNoteFilter;
  OperatorNoteRevision: ResolverTypeWrapper<NoteRevisionRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlantTime: ResolverTypeWrapper<PlantTime>;
  ProductionOrder: ResolverTypeWrapper<ProductionOrderRef>;
  Quantity: ResolverTypeWrapper<Quantity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ScrapReason: ScrapReason;
  TimeRange: TimeRange;
  WorkCenter: ResolverTypeWrapper<WorkCenterRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddOperatorNoteInput: AddOperatorNoteInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  DataFreshness: DataFreshness;
  Boolean: Scalars['Boolean']['output'];
  DataQuality: DataQuality;
  Float: Scalars['Float']['output'];
  DataQualityIssue: DataQualityIssue;
  DateTime: Scalars['DateTime']['output'];
  EditOperatorNoteInput: EditOperatorNoteInput;
  Equipment: EquipmentRef;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  NoteMention: StoredMention;
  OperatorNote: NoteRecord;
  OperatorNoteFilter: OperatorNoteFilter;
  OperatorNoteRevision: NoteRevisionRecord;
  PageInfo: PageInfo;
  PlantTime: PlantTime;
  ProductionOrder: ProductionOrderRef;
  Quantity: Quantity;
  Query: Record<PropertyKey, never>;
  TimeRange: TimeRange;
  WorkCenter: WorkCenterRef;
}>;

export type DataFreshnessResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['DataFreshness'] = ResolversParentTypes['DataFreshness']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DataQualityResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['DataQuality'] = ResolversParentTypes['DataQuality']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['DataQualityIssue']>, ParentType, ContextType>;
  normalized?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DataQualityIssueResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['DataQualityIssue'] = ResolversParentTypes['DataQualityIssue']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EquipmentResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<Array<ResolversTypes['OperatorNote']>>, ParentType, ContextType, RequireFields<EquipmentNotesArgs, 'first' | 'range'>>;
  recentNotes?: Resolver<Maybe<Array<ResolversTypes['OperatorNote']>>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addOperatorNote?: Resolver<ResolversTypes['OperatorNote'], ParentType, ContextType, RequireFields<MutationAddOperatorNoteArgs, 'input'>>;
  editOperatorNote?: Resolver<ResolversTypes['OperatorNote'], ParentType, ContextType, RequireFields<MutationEditOperatorNoteArgs, 'id' | 'input'>>;
}>;

export type NoteMentionResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['NoteMention'] = ResolversParentTypes['NoteMention']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NoteMentionKind'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type OperatorNoteResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['OperatorNote'] = ResolversParentTypes['OperatorNote'], FederationReferenceType extends FederationReferenceTypes['OperatorNote'] = FederationReferenceTypes['OperatorNote']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OperatorNote']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['NoteCategory'], ParentType, ContextType>;
  classifierVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['OperatorNoteRevision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['NoteMention']>, ParentType, ContextType>;
  productionOrder?: Resolver<Maybe<ResolversTypes['ProductionOrder']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shift?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  workCenter?: Resolver<Maybe<ResolversTypes['WorkCenter']>, ParentType, ContextType>;
}>;

export type OperatorNoteRevisionResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['OperatorNoteRevision'] = ResolversParentTypes['OperatorNoteRevision']> = ResolversObject<{
  category?: Resolver<ResolversTypes['NoteCategory'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  productionOrderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shift?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlantTimeResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['PlantTime'] = ResolversParentTypes['PlantTime']> = ResolversObject<{
  ambiguous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  local?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shiftedFromGap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  utc?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ProductionOrderResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['ProductionOrder'] = ResolversParentTypes['ProductionOrder']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QuantityResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = ResolversObject<{
  sourceUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  operatorNote?: Resolver<Maybe<ResolversTypes['OperatorNote']>, ParentType, ContextType, RequireFields<QueryOperatorNoteArgs, 'id'>>;
  operatorNotes?: Resolver<Maybe<Array<ResolversTypes['OperatorNote']>>, ParentType, ContextType, RequireFields<QueryOperatorNotesArgs, 'filter' | 'first'>>;
}>;

export type WorkCenterResolvers<ContextType = ContextContext, ParentType extends ResolversParentTypes['WorkCenter'] = ResolversParentTypes['WorkCenter'], FederationReferenceType extends FederationReferenceTypes['WorkCenter'] = FederationReferenceTypes['WorkCenter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<Array<ResolversTypes['OperatorNote']>>, ParentType, ContextType, RequireFields<WorkCenterNotesArgs, 'first' | 'range'>>;
}>;

export type Resolvers<ContextType = ContextContext> = ResolversObject<{
  DataFreshness?: DataFreshnessResolvers<ContextType>;
  DataQuality?: DataQualityResolvers<ContextType>;
  DataQualityIssue?: DataQualityIssueResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Equipment?: EquipmentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NoteMention?: NoteMentionResolvers<ContextType>;
  OperatorNote?: OperatorNoteResolvers<ContextType>;
  OperatorNoteRevision?: OperatorNoteRevisionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlantTime?: PlantTimeResolvers<ContextType>;
  ProductionOrder?: ProductionOrderResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  WorkCenter?: WorkCenterResolvers<ContextType>;
}>;


import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RecordedSchemaChange } from '../../../common/index.ts';
import type { EquipmentRef, EquipmentAliasModel, KeyAliasModel, IdentityAliasModel, IdentityDecisionModel } from '../models.ts';
import type { RegistryContext } from '../context.ts';
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
  /**
   * Every identifier the plant's systems use for this equipment (the position): its ERP ResourceID, MES machine code,
   * OPC item path, CMMS asset ids, tags and names (one per physical asset, each valid over its install interval), with
   * confidence and how each was linked. PROPOSED aliases are shown but never used to merge data until confirmed.
   * Ordered by system (ERP, MES, OPC, CMMS), kind and native id.
   */
  aliases: Array<EquipmentAlias>;
  id: Scalars['ID']['output'];
};

export type EquipmentAlias = IdentityAlias & {
  __typename?: 'EquipmentAlias';
  /** The equipment id. */
  canonicalId: Scalars['ID']['output'];
  /** 0..1. */
  confidence: Scalars['Float']['output'];
  equipment: Equipment;
  /** Why: the references, names and evidence the matcher used ('same work center (prs)', 'ambiguous: …'). */
  evidence: Array<Scalars['String']['output']>;
  /** Stable id of the link; the argument of confirmIdentityLink / rejectIdentityLink. */
  id: Scalars['ID']['output'];
  kind: IdentityAliasKind;
  method: IdentityMatchMethod;
  /** The identifier exactly as the system stores it (padding kept). */
  nativeId: Scalars['String']['output'];
  /** Company/plant the identifier is valid in, '*' where the system does not say (e.g. 'ACME/MfgSys', 'ACME/*', '*\/*'). */
  scope: Scalars['String']['output'];
  status: IdentityLinkStatus;
  subjectKind: IdentitySubjectKind;
  system: IdentitySystem;
  /** Start of validity (a CMMS asset's install time); null = since ever. */
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  /** End of validity (a swapped-out asset's retire time); null = still valid. */
  validTo?: Maybe<Scalars['DateTime']['output']>;
};

/** One identifier a plant system uses for a canonical equipment, material or production order, and how it was linked. */
export type IdentityAlias = {
  /** The canonical id it maps to: the equipment id, `<Company>/<PartNum>` or `<Company>/<JobNum>`. */
  canonicalId: Scalars['ID']['output'];
  /** 0..1. */
  confidence: Scalars['Float']['output'];
  /** Why: the references, names and evidence the matcher used ('same work center (prs)', 'revision B is the ERP part's revision', 'ambiguous: …'). */
  evidence: Array<Scalars['String']['output']>;
  /** Stable id of the link; the argument of confirmIdentityLink / rejectIdentityLink. */
  id: Scalars['ID']['output'];
  kind: IdentityAliasKind;
  method: IdentityMatchMethod;
  /** The identifier exactly as the system stores it (padding kept). */
  nativeId: Scalars['String']['output'];
  /** Company/plant the identifier is valid in, '*' where the system does not say (e.g. 'ACME/MfgSys', 'ACME/*', '*\/*'). */
  scope: Scalars['String']['output'];
  status: IdentityLinkStatus;
  subjectKind: IdentitySubjectKind;
  system: IdentitySystem;
  /** Start of validity (a CMMS asset's install time); null = since ever (always for part numbers and order ids). */
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  /** End of validity (a swapped-out asset's retire time); null = still valid. */
  validTo?: Maybe<Scalars['DateTime']['output']>;
};

/** Which identifier of its system an alias is. */
export const IdentityAliasKind = {
  AssetId: 'ASSET_ID',
  AssetName: 'ASSET_NAME',
  AssetTag: 'ASSET_TAG',
  ItemPath: 'ITEM_PATH',
  /** An ERP job number. */
  JobNumber: 'JOB_NUMBER',
  MachineCode: 'MACHINE_CODE',
  /** An MES work order id: ERP job + operation ('J004512-10'). */
  OrderId: 'ORDER_ID',
  /** A part number (ERP PartNum, the MES work order's PartNum). */
  PartNumber: 'PART_NUMBER',
  ResourceId: 'RESOURCE_ID'
} as const;

export type IdentityAliasKind = typeof IdentityAliasKind[keyof typeof IdentityAliasKind];
/** A person's verdict on an identity link, stored durably; it always wins over the matcher. */
export type IdentityDecision = {
  __typename?: 'IdentityDecision';
  /** The canonical id the decision is about (equipment id, `<Company>/<PartNum>`, `<Company>/<JobNum>`). */
  canonicalId: Scalars['ID']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  /** The subject's link after the decision: the confirmed link, or after a rejection the next candidate (if any). */
  current?: Maybe<IdentityAlias>;
  decidedAt: Scalars['DateTime']['output'];
  decidedBy: Scalars['String']['output'];
  /** The equipment, for EQUIPMENT decisions; null otherwise. */
  equipment?: Maybe<Equipment>;
  linkId: Scalars['ID']['output'];
  /** The material, for MATERIAL decisions; null otherwise. */
  material?: Maybe<Material>;
  nativeId: Scalars['String']['output'];
  /** The production order, for PRODUCTION_ORDER decisions; null otherwise. */
  productionOrder?: Maybe<ProductionOrder>;
  subjectKind: IdentitySubjectKind;
  system: IdentitySystem;
  verdict: IdentityVerdict;
};

export const IdentityLinkStatus = {
  /** Confirmed by a person: used, and wins over the matcher. */
  Confirmed: 'CONFIRMED',
  /** Matched at or above the confidence threshold and unambiguous: used to join the systems' data. */
  Linked: 'LINKED',
  /** Below the threshold, ambiguous or in conflict: shown for review, never used until confirmed. */
  Proposed: 'PROPOSED'
} as const;

export type IdentityLinkStatus = typeof IdentityLinkStatus[keyof typeof IdentityLinkStatus];
/** How a link was found. */
export const IdentityMatchMethod = {
  /** A person confirmed it. */
  Confirmed: 'CONFIRMED',
  /** Carried by a linked record: the OPC path of an MES machine, the tag and name of a CMMS asset. */
  Derived: 'DERIVED',
  /** The ERP resource itself: the canonical id. */
  ErpMaster: 'ERP_MASTER',
  /** The record names the ERP resource exactly, or the key equals the ERP part / job number (after trimming and case). */
  ExactReference: 'EXACT_REFERENCE',
  /** Name similarity strengthened by evidence (same work center, code shape). */
  FuzzyEvidence: 'FUZZY_EVIDENCE',
  /** Name or OPC path similarity alone. */
  FuzzyName: 'FUZZY_NAME',
  /** As EXACT_REFERENCE after dropping separators and leading zeros (zero-filled and padded keys). */
  NormalisedReference: 'NORMALISED_REFERENCE',
  /** The ERP resource names this record (its UD field = MES code, EquipID = CMMS asset tag). */
  ReferenceFromErp: 'REFERENCE_FROM_ERP',
  /** A part number equal to the ERP's only without its revision suffix: linked when the suffix is the ERP part's revision, else only proposed. */
  RevisionVariant: 'REVISION_VARIANT'
} as const;

export type IdentityMatchMethod = typeof IdentityMatchMethod[keyof typeof IdentityMatchMethod];
/** What an identity link is about. */
export const IdentitySubjectKind = {
  /** A machine position (the ERP resource). */
  Equipment: 'EQUIPMENT',
  /** A part (the ERP part `<Company>/<PartNum>`). */
  Material: 'MATERIAL',
  /** A job (the ERP job `<Company>/<JobNum>`). */
  ProductionOrder: 'PRODUCTION_ORDER'
} as const;

export type IdentitySubjectKind = typeof IdentitySubjectKind[keyof typeof IdentitySubjectKind];
/** The systems whose identifiers the crosswalk maps. */
export const IdentitySystem = {
  Cmms: 'CMMS',
  Erp: 'ERP',
  Mes: 'MES',
  Opc: 'OPC'
} as const;

export type IdentitySystem = typeof IdentitySystem[keyof typeof IdentitySystem];
export const IdentityVerdict = {
  Confirmed: 'CONFIRMED',
  Rejected: 'REJECTED'
} as const;

export type IdentityVerdict = typeof IdentityVerdict[keyof typeof IdentityVerdict];
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
export type Material = {
  __typename?: 'Material';
  /**
   * Every part number the plant's systems use for this material: the ERP part number (padding kept) and the MES part
   * numbers linked to it (zero-filled, revision-suffixed), with confidence and method. PROPOSED aliases (another revision,
   * an ambiguous company) are shown but never used to join data until confirmed. Ordered by system and native id.
   */
  aliases: Array<MaterialAlias>;
  id: Scalars['ID']['output'];
};

export type MaterialAlias = IdentityAlias & {
  __typename?: 'MaterialAlias';
  canonicalId: Scalars['ID']['output'];
  confidence: Scalars['Float']['output'];
  evidence: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: IdentityAliasKind;
  material: Material;
  method: IdentityMatchMethod;
  nativeId: Scalars['String']['output'];
  scope: Scalars['String']['output'];
  status: IdentityLinkStatus;
  subjectKind: IdentitySubjectKind;
  system: IdentitySystem;
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  validTo?: Maybe<Scalars['DateTime']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Confirms a proposed (or automatic) link: from now on it is used and wins over the matcher. Roles: planner, maintenance. IDENTITY_LINK_UNKNOWN for an id that is no current link. */
  confirmIdentityLink: IdentityDecision;
  /** Rejects a link: the matcher never offers this pair again. Roles: planner, maintenance. IDENTITY_LINK_UNKNOWN for an id that is no current link. */
  rejectIdentityLink: IdentityDecision;
};


export type MutationConfirmIdentityLinkArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationRejectIdentityLinkArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
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
  /**
   * Every id the plant's systems use for this job: the ERP job number (padding kept) and the MES work order ids of its
   * operations ('J004512-10', zero-padded variants), each with its operation. Scoped by company: ACME-MX's J004512 never
   * carries ACME's MES orders. Ordered by system and native id.
   */
  aliases: Array<ProductionOrderAlias>;
  id: Scalars['ID']['output'];
};

export type ProductionOrderAlias = IdentityAlias & {
  __typename?: 'ProductionOrderAlias';
  canonicalId: Scalars['ID']['output'];
  confidence: Scalars['Float']['output'];
  evidence: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: IdentityAliasKind;
  method: IdentityMatchMethod;
  nativeId: Scalars['String']['output'];
  /** The operation an MES work order id names ('J004512-10' → 10); null for the job number itself. */
  operationSequence?: Maybe<Scalars['Int']['output']>;
  productionOrder: ProductionOrder;
  scope: Scalars['String']['output'];
  status: IdentityLinkStatus;
  subjectKind: IdentitySubjectKind;
  system: IdentitySystem;
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  validTo?: Maybe<Scalars['DateTime']['output']>;
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
  /** Every confirm/reject decision in force, newest first (`kind` keeps one kind). */
  identityDecisions: Array<IdentityDecision>;
  /**
   * Open identity proposals (PROPOSED links, derived aliases left out): equipment by equipment id, then materials and
   * production orders by canonical id, each by system and native id; `kind` keeps one kind; at most `first` (≤ 1000).
   */
  identityProposals: Array<IdentityAlias>;
  /**
   * Upstream schema changes detected by fingerprinting each source against its declared contract (ERP view columns,
   * MES WSDL types, CMMS OpenAPI document and X-Api-Version), newest first: what changed, how it was classified, what
   * was remapped to what and on which evidence, and which canonical fields degraded. `since` keeps changes detected
   * at or after it; `first` is at most 1000.
   */
  schemaChanges?: Maybe<Array<SchemaChange>>;
  /** Records, part numbers and order ids no ERP master matched, even as a proposal (`kind` keeps one kind). */
  unmatchedIdentities: Array<UnmatchedIdentity>;
};


export type QueryIdentityDecisionsArgs = {
  kind?: InputMaybe<IdentitySubjectKind>;
};


export type QueryIdentityProposalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<IdentitySubjectKind>;
  system?: InputMaybe<IdentitySystem>;
};


export type QuerySchemaChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  system?: InputMaybe<SchemaSourceSystem>;
};


export type QueryUnmatchedIdentitiesArgs = {
  kind?: InputMaybe<IdentitySubjectKind>;
};

/** Why a remap was chosen. Each figure is in [0, 1]. */
export type RemapEvidence = {
  __typename?: 'RemapEvidence';
  /** Word overlap / edit similarity of the declared name and the new source path. */
  nameSimilarity: Scalars['Float']['output'];
  /** Overlap of declared and served vocabularies; null when either side has none. */
  profile?: Maybe<Scalars['Float']['output']>;
  /** Score of the next-best candidate; a remap needs a clear margin over it. */
  runnerUp: Scalars['Float']['output'];
  /** 1 when the types are compatible, else 0. */
  typeMatch: Scalars['Float']['output'];
  /** Similarity of the values the subgraph saw before (the declared field) and after (the candidate) the change: value classes (integer, decimal, date-like, code-like, free text), magnitude and range, distinct ratio, empty rate; null when either side had fewer than 5 values sampled. */
  valueProfile?: Maybe<Scalars['Float']['output']>;
  /** The two value profiles compared, in words, e.g. `before (GoodQty): integer 0–480, 12% distinct, 0% empty (n=200); after (Yield): …`; null with valueProfile. */
  valueProfileDetail?: Maybe<Scalars['String']['output']>;
};

export type SchemaChange = {
  __typename?: 'SchemaChange';
  /** Score of the chosen remap in [0, 1]; null when nothing was remapped by evidence. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** Canonical fields (Type.field) served as null with SCHEMA_FIELD_UNMAPPED because of this change. */
  degradedFields: Array<Scalars['String']['output']>;
  /** A one-line human explanation. */
  detail: Scalars['String']['output'];
  detectedAt: Scalars['DateTime']['output'];
  /** The subgraph that detected and recorded it. */
  detectedBy: Scalars['String']['output'];
  /** The view, SOAP item element or REST schema, e.g. dbo.vw_JobOperStatus; empty for VERSION_CHANGED and RESTORED. */
  entity: Scalars['String']['output'];
  evidence?: Maybe<RemapEvidence>;
  /** The declared source field (for ADDITIVE the new one), path segments joined by '/'; empty when the whole entity changed. */
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: SchemaChangeKind;
  /** The source field now read instead, or the value map used; null when nothing was remapped. */
  remappedTo?: Maybe<Scalars['String']['output']>;
  /** The version the source reported when the change was detected (MES server version, CMMS X-Api-Version, SQL Server version). */
  sourceVersion?: Maybe<Scalars['String']['output']>;
  system: SchemaSourceSystem;
};

export const SchemaChangeKind = {
  /** A field the contract does not use appeared. */
  Additive: 'ADDITIVE',
  /** A declared field's vocabulary (enum values) changed; new values read through the contract's value map. */
  EnumChanged: 'ENUM_CHANGED',
  /** A declared field is gone and is now read from a field elsewhere in the record (e.g. nested one level down). */
  Moved: 'MOVED',
  /** A declared field (or a whole entity) is gone and nothing could carry it: its canonical fields degrade. */
  Removed: 'REMOVED',
  /** A declared field is gone and is now read from a differently named field at the same level. */
  Renamed: 'RENAMED',
  /** The source serves its declared contract again. */
  Restored: 'RESTORED',
  /** A declared field's type changed; read through the contract's value map, or degraded when none covers it. */
  TypeChanged: 'TYPE_CHANGED',
  /** The source reports another version than at the previous transition. */
  VersionChanged: 'VERSION_CHANGED'
} as const;

export type SchemaChangeKind = typeof SchemaChangeKind[keyof typeof SchemaChangeKind];
/** The plant systems whose contracts are watched. */
export const SchemaSourceSystem = {
  Cmms: 'CMMS',
  Erp: 'ERP',
  Mes: 'MES'
} as const;

export type SchemaSourceSystem = typeof SchemaSourceSystem[keyof typeof SchemaSourceSystem];
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

/** A record, part number or order id no ERP master matched even as a proposal: a data-quality issue, never merged. */
export type UnmatchedIdentity = {
  __typename?: 'UnmatchedIdentity';
  /** The record's name ('' for part numbers and order ids). */
  name: Scalars['String']['output'];
  nativeId: Scalars['String']['output'];
  /** Why nothing matched, for part numbers and order ids ('no ERP part', 'no ERP job'); null for equipment. */
  reason?: Maybe<Scalars['String']['output']>;
  subjectKind: IdentitySubjectKind;
  system: IdentitySystem;
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
  Material: Material;
  ProductionOrder: ProductionOrder;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}> );
  Material:
    ( { __typename: 'Material' }
    & GraphQLRecursivePick<FederationTypes['Material'], {"id":true}> );
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
  Equipment: ResolverTypeWrapper<EquipmentRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  EquipmentAlias: ResolverTypeWrapper<EquipmentAliasModel>;
  IdentityAlias: ResolverTypeWrapper<IdentityAliasModel>;
  IdentityAliasKind: IdentityAliasKind;
  IdentityDecision: ResolverTypeWrapper<IdentityDecisionModel>;
  IdentityLinkStatus: IdentityLinkStatus;
  IdentityMatchMethod: IdentityMatchMethod;
  IdentitySubjectKind: IdentitySubjectKind;
  IdentitySystem: IdentitySystem;
  IdentityVerdict: IdentityVerdict;
  LossCategory: LossCategory;
  Material: ResolverTypeWrapper<EquipmentRef>;
  MaterialAlias: ResolverTypeWrapper<KeyAliasModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlantTime: ResolverTypeWrapper<PlantTime>;
  ProductionOrder: ResolverTypeWrapper<EquipmentRef>;
  ProductionOrderAlias: ResolverTypeWrapper<KeyAliasModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Quantity: ResolverTypeWrapper<Quantity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemapEvidence: ResolverTypeWrapper<RemapEvidence>;
  SchemaChange: ResolverTypeWrapper<RecordedSchemaChange>;
  SchemaChangeKind: SchemaChangeKind;
  SchemaSourceSystem: SchemaSourceSystem;
  ScrapReason: ScrapReason;
  TimeRange: TimeRange;
  UnmatchedIdentity: ResolverTypeWrapper<UnmatchedIdentity>;
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
  Equipment: EquipmentRef;
  ID: Scalars['ID']['output'];
  EquipmentAlias: EquipmentAliasModel;
  IdentityAlias: IdentityAliasModel;
  IdentityDecision: IdentityDecisionModel;
  Material: EquipmentRef;
  MaterialAlias: KeyAliasModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PlantTime: PlantTime;
  ProductionOrder: EquipmentRef;
  ProductionOrderAlias: KeyAliasModel;
  Int: Scalars['Int']['output'];
  Quantity: Quantity;
  Query: Record<PropertyKey, never>;
  RemapEvidence: RemapEvidence;
  SchemaChange: RecordedSchemaChange;
  TimeRange: TimeRange;
  UnmatchedIdentity: UnmatchedIdentity;
}>;

export type DataFreshnessResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['DataFreshness'] = ResolversParentTypes['DataFreshness']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DataQualityResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['DataQuality'] = ResolversParentTypes['DataQuality']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['DataQualityIssue']>, ParentType, ContextType>;
  normalized?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DataQualityIssueResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['DataQualityIssue'] = ResolversParentTypes['DataQualityIssue']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EquipmentResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['EquipmentAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type EquipmentAliasResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['EquipmentAlias'] = ResolversParentTypes['EquipmentAlias']> = ResolversObject<{
  canonicalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  equipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IdentityAliasKind'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['IdentityMatchMethod'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IdentityLinkStatus'], ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['IdentitySubjectKind'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['IdentitySystem'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IdentityAliasResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['IdentityAlias'] = ResolversParentTypes['IdentityAlias']> = ResolversObject<{
  __resolveType: TypeResolveFn<'EquipmentAlias' | 'MaterialAlias' | 'ProductionOrderAlias', ParentType, ContextType>;
}>;

export type IdentityDecisionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['IdentityDecision'] = ResolversParentTypes['IdentityDecision']> = ResolversObject<{
  canonicalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  current?: Resolver<Maybe<ResolversTypes['IdentityAlias']>, ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType>;
  linkId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  material?: Resolver<Maybe<ResolversTypes['Material']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productionOrder?: Resolver<Maybe<ResolversTypes['ProductionOrder']>, ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['IdentitySubjectKind'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['IdentitySystem'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['IdentityVerdict'], ParentType, ContextType>;
}>;

export type MaterialResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material'], FederationReferenceType extends FederationReferenceTypes['Material'] = FederationReferenceTypes['Material']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Material']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['MaterialAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MaterialAliasResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['MaterialAlias'] = ResolversParentTypes['MaterialAlias']> = ResolversObject<{
  canonicalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IdentityAliasKind'], ParentType, ContextType>;
  material?: Resolver<ResolversTypes['Material'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['IdentityMatchMethod'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IdentityLinkStatus'], ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['IdentitySubjectKind'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['IdentitySystem'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  confirmIdentityLink?: Resolver<ResolversTypes['IdentityDecision'], ParentType, ContextType, RequireFields<MutationConfirmIdentityLinkArgs, 'id'>>;
  rejectIdentityLink?: Resolver<ResolversTypes['IdentityDecision'], ParentType, ContextType, RequireFields<MutationRejectIdentityLinkArgs, 'id'>>;
}>;

export type PageInfoResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlantTimeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['PlantTime'] = ResolversParentTypes['PlantTime']> = ResolversObject<{
  ambiguous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  local?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shiftedFromGap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  utc?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ProductionOrderResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ProductionOrder'] = ResolversParentTypes['ProductionOrder'], FederationReferenceType extends FederationReferenceTypes['ProductionOrder'] = FederationReferenceTypes['ProductionOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductionOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['ProductionOrderAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProductionOrderAliasResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ProductionOrderAlias'] = ResolversParentTypes['ProductionOrderAlias']> = ResolversObject<{
  canonicalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IdentityAliasKind'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['IdentityMatchMethod'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationSequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  productionOrder?: Resolver<ResolversTypes['ProductionOrder'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IdentityLinkStatus'], ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['IdentitySubjectKind'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['IdentitySystem'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuantityResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = ResolversObject<{
  sourceUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  identityDecisions?: Resolver<Array<ResolversTypes['IdentityDecision']>, ParentType, ContextType, Partial<QueryIdentityDecisionsArgs>>;
  identityProposals?: Resolver<Array<ResolversTypes['IdentityAlias']>, ParentType, ContextType, RequireFields<QueryIdentityProposalsArgs, 'first'>>;
  schemaChanges?: Resolver<Maybe<Array<ResolversTypes['SchemaChange']>>, ParentType, ContextType, RequireFields<QuerySchemaChangesArgs, 'first'>>;
  unmatchedIdentities?: Resolver<Array<ResolversTypes['UnmatchedIdentity']>, ParentType, ContextType, Partial<QueryUnmatchedIdentitiesArgs>>;
}>;

export type RemapEvidenceResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RemapEvidence'] = ResolversParentTypes['RemapEvidence']> = ResolversObject<{
  nameSimilarity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  profile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  runnerUp?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  typeMatch?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  valueProfile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueProfileDetail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SchemaChangeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['SchemaChange'] = ResolversParentTypes['SchemaChange']> = ResolversObject<{
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  degradedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detectedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['RemapEvidence']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SchemaChangeKind'], ParentType, ContextType>;
  remappedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SchemaSourceSystem'], ParentType, ContextType>;
}>;

export type UnmatchedIdentityResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['UnmatchedIdentity'] = ResolversParentTypes['UnmatchedIdentity']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['IdentitySubjectKind'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['IdentitySystem'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RegistryContext> = ResolversObject<{
  DataFreshness?: DataFreshnessResolvers<ContextType>;
  DataQuality?: DataQualityResolvers<ContextType>;
  DataQualityIssue?: DataQualityIssueResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Equipment?: EquipmentResolvers<ContextType>;
  EquipmentAlias?: EquipmentAliasResolvers<ContextType>;
  IdentityAlias?: IdentityAliasResolvers<ContextType>;
  IdentityDecision?: IdentityDecisionResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  MaterialAlias?: MaterialAliasResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlantTime?: PlantTimeResolvers<ContextType>;
  ProductionOrder?: ProductionOrderResolvers<ContextType>;
  ProductionOrderAlias?: ProductionOrderAliasResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemapEvidence?: RemapEvidenceResolvers<ContextType>;
  SchemaChange?: SchemaChangeResolvers<ContextType>;
  UnmatchedIdentity?: UnmatchedIdentityResolvers<ContextType>;
}>;


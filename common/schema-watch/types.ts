/**
 * The contract a source adapter declares (what it reads), the fingerprint of what the source actually serves, and
 * the remap plan that connects them. A field path is its element/column/property names joined by '/', e.g.
 * `QtyCompleted` (a view column), `ExternalRefs/ErpCode` (a nested SOAP element), `customFields/erpResourceId`.
 */

/** The plant systems whose contracts are watched. */
export type SchemaSystem = 'ERP' | 'MES' | 'CMMS';

/** A field's value type as far as mapping cares: numeric kinds are compatible with each other, date with datetime. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'datetime' | 'object' | 'unknown';

export interface DeclaredField {
  readonly name: string;
  readonly type: FieldType;
  /** The closed vocabulary the adapter understands (enum values), when it has one. */
  readonly values?: readonly string[];
  /**
   * Declared vocabulary changes: a source value (as text) → the declared value it means, e.g. `{ COMPLETED: 'DONE' }`
   * or, for a priority that became a string, `{ urgent: 3 }`. Used only when the observed type or vocabulary differs.
   */
  readonly valueMap?: Readonly<Record<string, string | number>>;
  /** The canonical GraphQL fields (`Type.field`) this source field feeds; they degrade when it cannot be mapped. */
  readonly feeds?: readonly string[];
}

export interface EntityContract {
  /** A view (`dbo.vw_JobOperStatus`), a SOAP item element (`GetProductionRecords/ProductionRecord`), a REST schema (`WorkOrder`). */
  readonly entity: string;
  readonly fields: readonly DeclaredField[];
}

export interface SourceContract {
  readonly system: SchemaSystem;
  readonly entities: readonly EntityContract[];
}

export interface ObservedField {
  readonly name: string;
  readonly type: FieldType;
  /** The enum the source declares for it (OpenAPI enum, XSD enumeration), when it declares one. */
  readonly values?: readonly string[];
}

export interface ObservedEntity {
  readonly entity: string;
  readonly fields: readonly ObservedField[];
}

/** What the source serves now. Entities absent from `entities` were not observed and keep their last mapping. */
export interface Fingerprint {
  readonly system: SchemaSystem;
  /** The version the source reports (MES GetServerInfo Version, CMMS X-Api-Version, SQL Server product version). */
  readonly version: string | null;
  readonly entities: readonly ObservedEntity[];
}

export type SchemaChangeKind = 'ADDITIVE' | 'RENAMED' | 'MOVED' | 'REMOVED' | 'TYPE_CHANGED' | 'ENUM_CHANGED' | 'VERSION_CHANGED' | 'RESTORED';

/** Why a remap was chosen: each figure in [0, 1]. */
export interface RemapEvidence {
  readonly nameSimilarity: number;
  readonly typeMatch: number;
  /** Overlap of the declared and served vocabularies (enums); null when either side declares none. */
  readonly profile: number | null;
  /** Similarity of the values seen before (declared field) and after (candidate) the change; null when either was not sampled enough. */
  readonly valueProfile: number | null;
  /** The two value profiles compared, in words; null with valueProfile. */
  readonly valueProfileDetail: string | null;
  /** Score of the next-best candidate (0 when none): a remap needs a clear margin over it. */
  readonly runnerUp: number;
}

/** One classified difference between the declared contract and what the source serves. */
export interface SchemaChange {
  readonly system: SchemaSystem;
  readonly entity: string;
  /** The declared field (or, for ADDITIVE, the new source field); '' for VERSION_CHANGED/RESTORED. */
  readonly field: string;
  readonly kind: SchemaChangeKind;
  /** The source field now read for `field` (renamed/moved), or the value map used (type/enum changes); null when none. */
  readonly remappedTo: string | null;
  readonly confidence: number | null;
  readonly evidence: RemapEvidence | null;
  /** Canonical fields served as null with SCHEMA_FIELD_UNMAPPED because no mapping was found. */
  readonly degradedFields: readonly string[];
  readonly detail: string;
}

/** How the adapter reads one declared field now. */
export interface FieldAccess {
  /** Path segments of the source field to read; null when the field is unmapped (degraded). */
  readonly path: readonly string[] | null;
  /** Source value (as text) → declared value, when the vocabulary or type changed and a declared map covers it. */
  readonly valueMap: Readonly<Record<string, string | number>> | null;
  /** Set when the field cannot be read: the canonical fields it feeds degrade. */
  readonly unmapped: boolean;
}

/**
 * The identity crosswalk's data: what each source system says about its own master records (observations),
 * what the matcher concludes (links), and what people decided (decisions). Times are epoch ms UTC.
 */

/** The systems whose identifiers the crosswalk maps. OPC item paths come from the MES machine master. */
export type IdentitySystem = 'ERP' | 'MES' | 'OPC' | 'CMMS';

/** Which identifier of a system an alias is. */
export type AliasKind = 'RESOURCE_ID' | 'MACHINE_CODE' | 'ITEM_PATH' | 'ASSET_ID' | 'ASSET_TAG' | 'ASSET_NAME';

/**
 * Company/plant an identifier is valid in. `null` = the system does not say (a CMMS has no ERP company);
 * an unscoped observation may match any scope, a scoped one only its own (DOMAIN §5.18).
 */
export interface IdentityScope {
  readonly company: string | null;
  readonly plant: string | null;
}

/** A reference a master record carries to another system's identifier (ERP UD field, CMMS custom field …). */
export interface IdentityRef {
  readonly system: IdentitySystem;
  readonly kind: AliasKind;
  readonly id: string;
}

/**
 * One master record as its own system publishes it. ERP observations are the roster: each ERP resource is
 * one canonical equipment (the position), `nativeId` its ResourceID as stored (padding kept).
 */
export interface EquipmentObservation {
  readonly system: 'ERP' | 'MES' | 'CMMS';
  /** ERP ResourceID, MES machine code, CMMS asset id, exactly as the system stores it. */
  readonly nativeId: string;
  readonly scope: IdentityScope;
  /** Description / display name ('Press 4', 'Press #4'). */
  readonly name: string;
  /** Work center / line / location evidence: id and name as the system has them (free text), or null. */
  readonly workCenter: string | null;
  readonly opcPath: string | null;
  readonly assetTag: string | null;
  readonly serialNumber: string | null;
  readonly refs: readonly IdentityRef[];
  /** Validity of this record at its position (CMMS installed/retired); null = open. */
  readonly validFromMs: number | null;
  readonly validToMs: number | null;
  /** ERP roster facts, for lookup (site, area, work center ids); null on other systems. */
  readonly roster: { readonly siteId: string | null; readonly areaId: string | null; readonly workCenterId: string | null } | null;
}

/** How a link was found, strongest first. */
export type MatchMethod =
  | 'ERP_MASTER'            // the roster record itself
  | 'CONFIRMED'             // a person confirmed it
  | 'EXACT_REFERENCE'       // the record names the ERP resource exactly (after trimming and case)
  | 'NORMALISED_REFERENCE'  // … after dropping separators and leading zeros
  | 'REFERENCE_FROM_ERP'    // the ERP resource names this record (UD field, EquipID)
  | 'FUZZY_NAME'            // name / OPC path similarity
  | 'FUZZY_EVIDENCE'        // name similarity plus same work center / code shape
  | 'REVISION_VARIANT'      // a part number equal to the ERP's only without its revision suffix
  | 'DERIVED';              // OPC path of a linked MES machine; tag and name of a linked CMMS asset

/** LINKED: used for translation. PROPOSED: below the threshold or ambiguous, never used until CONFIRMED. */
export type LinkStatus = 'LINKED' | 'PROPOSED' | 'CONFIRMED';

export interface EquipmentLink {
  readonly system: IdentitySystem;
  readonly kind: AliasKind;
  readonly nativeId: string;
  readonly scope: IdentityScope;
  readonly equipmentId: string;
  readonly validFromMs: number | null;
  readonly validToMs: number | null;
  /** 0..1. */
  readonly confidence: number;
  readonly method: MatchMethod;
  readonly status: LinkStatus;
  /** Short human-readable reasons ('name "Press #4" ~ "Press 4" 1.00', 'same work center PRS'). */
  readonly evidence: readonly string[];
  /** The observation this link is about (for derived aliases, the MES machine / CMMS asset it came from). */
  readonly subject: { readonly system: 'ERP' | 'MES' | 'CMMS'; readonly nativeId: string };
}

/** A person's verdict on (subject → equipmentId); always wins over the matcher. */
export interface IdentityDecision {
  readonly subject: { readonly system: 'ERP' | 'MES' | 'CMMS'; readonly nativeId: string };
  readonly scope: IdentityScope;
  readonly equipmentId: string;
  readonly verdict: 'CONFIRMED' | 'REJECTED';
  readonly by: string;
  readonly atMs: number;
  readonly comment: string | null;
}

export interface MatchOptions {
  /** At or above: LINKED; below: PROPOSED. Default 0.85. */
  readonly linkThreshold: number;
  /** Below this a candidate is not even proposed. Default 0.5. */
  readonly proposeFloor: number;
  /** Best minus second best below this: ambiguous, so at most PROPOSED. Default 0.08. */
  readonly ambiguityMargin: number;
  /** Name / OPC path similarity (fastest-levenshtein + tokens). Default true. */
  readonly fuzzy: boolean;
  /** Work center, code shape evidence. Default true. */
  readonly evidence: boolean;
}

export interface EquipmentMatch {
  /** Every alias: the roster's own ids, then links found or decided, in (equipmentId, system, nativeId) order. */
  readonly links: readonly EquipmentLink[];
  /** Observations with no candidate at or above the propose floor (a data-quality issue, never merged). */
  readonly unmatched: readonly { readonly system: 'MES' | 'CMMS'; readonly nativeId: string; readonly name: string }[];
}

import type { EquipmentLink, KeyAlias } from '../../normalization/index.ts';

/** A reference to an erp-owned entity (Equipment, Material, ProductionOrder); only the key is known here. */
export interface EquipmentRef { readonly id: string }
/** EquipmentAlias is a crosswalk equipment link. */
export type EquipmentAliasModel = EquipmentLink;
/** MaterialAlias and ProductionOrderAlias are crosswalk key aliases. */
export type KeyAliasModel = KeyAlias;
/** Any alias: an equipment link has `equipmentId`, a key alias `canonicalId`. */
export type IdentityAliasModel = EquipmentLink | KeyAlias;
/** IdentityDecision: a stored equipment or key decision, in one shape, plus the subject's alias after it. */
export interface IdentityDecisionModel {
  readonly linkId: string;
  readonly verdict: 'CONFIRMED' | 'REJECTED';
  readonly subjectKind: 'EQUIPMENT' | 'MATERIAL' | 'PRODUCTION_ORDER';
  readonly canonicalId: string;
  readonly system: string;
  readonly nativeId: string;
  readonly by: string;
  readonly atMs: number;
  readonly comment: string | null;
  readonly current: IdentityAliasModel | null;
}

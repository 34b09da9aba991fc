import type { EquipmentLink, IdentityDecision } from '../../normalization/index.ts';

/** A reference to the erp-owned Equipment entity; only the key is known here. */
export interface EquipmentRef { readonly id: string }
/** EquipmentAlias is a crosswalk link. */
export type EquipmentAliasModel = EquipmentLink;
/** IdentityDecision is a stored decision plus the subject's link after it. */
export type IdentityDecisionModel = IdentityDecision & { readonly linkId: string; readonly current: EquipmentLink | null };

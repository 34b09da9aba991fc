// Identity across systems (issue 5 item 1): the crosswalk from each system's identifiers to one canonical id.
export { trimKey, normaliseKey, nameTokens, nameSimilarity, opcPathName, codeShapeSimilarity } from './keys.ts';
export { matchEquipment, defaultMatchOptions, scopesCompatible, scopeKey } from './match-equipment.ts';
export { parseMesOrderId, stripRevision } from './match-keys.ts';
export { createCrosswalk, identityLinkId, identityNamespaces, keyLinkId, keyKindOfLinkId } from './crosswalk.ts';
export { matchKeyAliases } from './match-key-aliases.ts';
export type { KeyKind, KeyAliasKind, KeyObservation, KeyAlias, KeyDecision, KeyMatch } from './match-key-aliases.ts';
export type { Crosswalk, RosterEntry, MentionMatch } from './crosswalk.ts';
export { createIdentityTranslator } from './translator.ts';
export type { IdentityTranslator, IdentityTranslatorOptions } from './translator.ts';
export type {
  IdentitySystem, AliasKind, IdentityScope, IdentityRef, EquipmentObservation, MatchMethod, LinkStatus, EquipmentLink,
  IdentityDecision, MatchOptions, EquipmentMatch,
} from './types.ts';

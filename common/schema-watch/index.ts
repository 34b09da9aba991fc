// Surviving upstream schema change: declared contracts, fingerprints, diff/classify/remap, the change log.
export { diffContract, scoreCandidate, remapThreshold, remapMargin, profileWeight } from './diff.ts';
export type { ContractDiff, ProfileEvidence } from './diff.ts';
export { classOf, compareProfiles, createProfileAccumulator, describeProfile, minProfileValues, profileOf } from './profile.ts';
export type { ProfileAccumulator, ValueClass, ValueProfile } from './profile.ts';
export { nameSimilarity, nameTokens, typesCompatible } from './similarity.ts';
export { createSchemaWatcher } from './watcher.ts';
export type { SchemaWatcher, SchemaWatcherOptions, FingerprintReason } from './watcher.ts';
export { recordSchemaDiff, listSchemaChanges, diffHash, schemaChangeNamespaces } from './change-log.ts';
export type { RecordedSchemaChange } from './change-log.ts';
export { carryUnmapped, hasUnmappedMarks, markUnmapped, withUnmappedFields } from './unmapped-fields.ts';
export type {
  SchemaSystem, FieldType, DeclaredField, EntityContract, SourceContract, ObservedField, ObservedEntity, Fingerprint,
  SchemaChangeKind, RemapEvidence, SchemaChange, FieldAccess,
} from './types.ts';

// Surviving upstream schema change: declared contracts, fingerprints, diff/classify/remap, the change log.
export { diffContract, scoreCandidate, remapThreshold, remapMargin } from './diff.ts';
export type { ContractDiff } from './diff.ts';
export { nameSimilarity, nameTokens, typesCompatible } from './similarity.ts';
export { createSchemaWatcher } from './watcher.ts';
export type { SchemaWatcher, SchemaWatcherOptions, FingerprintReason } from './watcher.ts';
export { recordSchemaDiff, listSchemaChanges, diffHash, schemaChangeNamespaces } from './change-log.ts';
export type { RecordedSchemaChange } from './change-log.ts';
export { markUnmapped, withUnmappedFields } from './unmapped-fields.ts';
export type {
  SchemaSystem, FieldType, DeclaredField, EntityContract, SourceContract, ObservedField, ObservedEntity, Fingerprint,
  SchemaChangeKind, RemapEvidence, SchemaChange, FieldAccess,
} from './types.ts';

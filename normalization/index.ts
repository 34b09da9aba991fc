// normalization/: pure functions that turn what ERP, MES and CMMS say into canonical values (DOMAIN §5,
// issue 5 items 2–5). Imports only common/ and npm packages; subgraphs import it through this file.

// Units: every export documents its throws (UNIT_UNKNOWN, UNIT_INCOMPATIBLE, UNIT_PRESSURE_REFERENCE, UNIT_COUNT_FACTOR_MISSING).
export { parseUnit, isKnownUnit, toCanonical, convertQuantity, sumQuantities, canonicalUnitFor } from './units/quantity.ts';
export type { Quantity, CountFactor, ConvertOptions } from './units/quantity.ts';
export { units, unitAliases, canonicalUnitIds } from './units/unit-aliases.ts';
export type { UnitSpec, UnitKind, PressureReference } from './units/unit-aliases.ts';
export { createUnitRegistry } from './units/unit-registry.ts';
export type { UnitDeclaration, UnitRegistry } from './units/unit-registry.ts';

// Plant time: luxon IANA zones; TIME_UNPARSEABLE / TIME_AMBIGUOUS_DATE_ORDER on bad input.
export { resolveLocalTime, resolveLocalSequence, parseNaiveLocal, plantZone, formatLocal } from './time/plant-time.ts';
export type { PlantTime, NaiveLocal } from './time/plant-time.ts';
export {
  fromDateAndDecimalHours, fromDateAndHhmm, decodeSqlDateTime, fromExcelSerial, fromEpoch, parseDateString, parseIsoDate, dateOrderOf,
} from './time/decoders.ts';
export type { LocalDate, DecodedTime, TimeMissingReason, EpochUnit, DateOrder } from './time/decoders.ts';
export { asEventTime, asRecordedTime, latenessMs } from './time/event-time.ts';
export type { EventTime, RecordedTime } from './time/event-time.ts';

// Codes and free text.
export { iso22400TimeElement, reasonCategory, reasonCodeTable, codeKey } from './codes/canonical-codes.ts';
export type {
  LossCategory, ReasonCode, QuantityClass, ProductionOrderStatus, MaintenanceWorkOrderStatus, FailureClass, ScrapReason,
} from './codes/canonical-codes.ts';
export { mapProductionOrderStatus, mapMaintenanceStatus, mapQuantityClass, mapFailureClass, mapScrapReason } from './codes/map-code.ts';
export type { Mapped } from './codes/map-code.ts';
export {
  classifyReason, unmappedReasonCounts, createReasonClassifier, createUnmappedCounter, evaluateReasonClassifier,
  crossValidateReasonClassifier, DEFAULT_REASON_THRESHOLD,
} from './codes/reason-classifier.ts';
export type { ReasonResult, ReasonClassifier, ReasonEvaluation, ReasonCrossValidation, UnmappedCounter } from './codes/reason-classifier.ts';
export { classifyScrapReason, createScrapReasonClassifier, evaluateScrapClassifier, crossValidateScrapClassifier, DEFAULT_SCRAP_THRESHOLD } from './codes/scrap-classifier.ts';
export type { ScrapReasonResult, ScrapReasonClassifier, ScrapEvaluation } from './codes/scrap-classifier.ts';

// Records: sentinels, duplicates and revisions, counters.
export { checkSentinel, isBadQuality } from './records/sentinels.ts';
export type { Checked, MissingReason, SentinelRules, OpcQuality } from './records/sentinels.ts';
export { mergeRevisions, idempotencyKey } from './records/dedupe.ts';
export type { Revisioned, MergeResult } from './records/dedupe.ts';
export { counterDelta, counterDeltas } from './records/counter-delta.ts';
export type { CounterDelta, CounterSpec, CounterStep } from './records/counter-delta.ts';
export { buildDataQuality, createUnmappedTally } from './records/data-quality.ts';
export { checkCapacity, CAPACITY_TOLERANCE } from './records/plausibility.ts';
export type { DataQualityReport, QualityIssue, NormalizationStep, UnmappedTally } from './records/data-quality.ts';

// Identity across systems: crosswalk (store-backed), equipment matcher, material and order keys.
export {
  trimKey, normaliseKey, nameTokens, nameSimilarity, opcPathName, codeShapeSimilarity, matchEquipment, defaultMatchOptions, scopesCompatible,
  scopeKey, parseMesOrderId, stripRevision, createCrosswalk, identityLinkId, identityNamespaces,
  createIdentityTranslator, keyLinkId, keyKindOfLinkId, matchKeyAliases,
} from './identity/index.ts';
export type {
  Crosswalk, RosterEntry, MentionMatch, IdentitySystem, AliasKind, IdentityScope,
  IdentityRef, EquipmentObservation, MatchMethod, LinkStatus, EquipmentLink, IdentityDecision, MatchOptions, EquipmentMatch,
  IdentityTranslator, IdentityTranslatorOptions, KeyKind, KeyAliasKind, KeyObservation, KeyAlias, KeyDecision, KeyMatch,
} from './identity/index.ts';

// Operator notes: classifier and mention extraction.
export {
  createNoteClassifier, evaluateNoteClassifier, crossValidateNoteClassifier, labelledNotes, splitLabelledNotes, noteCategories,
  NOTE_CLASSIFIER_VERSION, DEFAULT_NOTE_THRESHOLD,
} from './codes/note-classifier.ts';
export type { NoteCategory, NoteClassification, NoteClassifier, NoteEvaluation } from './codes/note-classifier.ts';
export { extractMentions } from './codes/mentions.ts';
export type { TextMention, MentionKind } from './codes/mentions.ts';

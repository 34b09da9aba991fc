// interpretation/core: pure, deterministic functions over time series. No I/O (except
// initTensorflow locating wasm files), no clock, no GraphQL, no logging; nothing from the project.
// Missing-data rule everywhere: samples with null, undefined, NaN or infinite `t`/`v` are ignored.
// Too little data gives an INSUFFICIENT_DATA state, never a throw; misuse (bad options) throws RangeError.

/** Drift against a baseline (EWMA + CUSUM, onset by binary segmentation); see DriftOptions. */
export { computeDrift, baselineStats, DRIFT_ALGORITHM_VERSION } from './drift.ts';
export type { DriftOptions, DriftResult, DriftState, BaselineStats } from './drift.ts';
/** Causal EWMA + two-sided CUSUM, one observation at a time (used by the CSV analyser). */
export { createDriftMonitor, defaultDriftMonitorParams } from './drift-monitor.ts';
export type { DriftMonitor, DriftMonitorParams, DriftStep } from './drift-monitor.ts';
/** Mean changepoints by binary segmentation, O(n log n). */
export { binarySegmentation } from './changepoint.ts';
export type { ChangepointOptions } from './changepoint.ts';
/** Cp/Cpk/Pp/Ppk with intervals, Nelson rules and a state. */
export { computeStability, STABILITY_ALGORITHM_VERSION } from './stability.ts';
export type { StabilityOptions, StabilityResult, StabilityState, IndexWithCi, RuleViolation } from './stability.ts';
export { nelsonRules, nelsonRuleDescriptions } from './nelson.ts';
export type { NelsonViolations } from './nelson.ts';
/** Theil–Sen trend, acceleration and remaining useful life. */
export { computeDegradation, DEGRADATION_ALGORITHM_VERSION } from './degradation.ts';
export type { DegradationOptions, DegradationResult, Trend } from './degradation.ts';
/** TensorFlow.js autoencoder anomalies and the non-blocking model cache. */
export { trainAnomalyModel, scoreAnomalies, anomalyModelKey, AnomalyModelCache, ANOMALY_ALGORITHM_VERSION } from './anomaly.ts';
export type { AnomalyModel, AnomalyOptions, AnomalyScores, AnomalyCacheStatus } from './anomaly.ts';
export { initTensorflow } from './tensorflow-backend.ts';
/** Dated events and ranked warnings (heuristic scoring). */
export { deriveEvents, rankWarnings, signalsFromResults } from './events.ts';
export type { EventInputs, InterpretationEvent, InterpretationEventKind, MaintenanceEvent, RankedWarning, WarningSeverity, WarningSignal } from './events.ts';
/** Reconciliation of a figure several systems report, under a declarative per-field policy. */
export { reconcileFigure } from './reconcile.ts';
export type { FieldPolicy, FigureCandidate, FigureDiscrepancy, FigureFacts, PrecedenceRule, ReconcileSystem, ReconciledFigure, RuleCondition } from './reconcile.ts';
/** Numeric helpers with stated accuracy. */
export { chiSquareQuantile, normalQuantile, hashInputs } from './series.ts';
export type { Sample, Explanation, BaselineFacts, WindowFacts, ParamValue } from './types.ts';
/** One ordered, filtered, cursor-paged stream of items from every system. */
export { pageTimeline, encodeTimelineCursor, decodeTimelineCursor } from './timeline.ts';
export type { TimelineItem, TimelineKind, TimelineQuery, TimelinePage } from './timeline.ts';

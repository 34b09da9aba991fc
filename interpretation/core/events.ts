// Derived events and the ranked early-warning list.
import type { DegradationResult } from './degradation.ts';
import type { DriftResult } from './drift.ts';
import type { StabilityResult } from './stability.ts';

export type InterpretationEventKind = 'DRIFT_BEGAN' | 'STABILITY_LOST' | 'DEGRADATION_ACCELERATING' | 'QUALITY_EXCURSION_AFTER_MAINTENANCE';

export type InterpretationEvent = {
  kind: InterpretationEventKind;
  /** When it happened (epoch ms): drift onset, first violation in the recent window, start of the steeper half, first out-of-control point after maintenance. */
  at: number;
  detail: string;
};

export type MaintenanceEvent = { t: number; kind: string };

export type EventInputs = {
  drift?: DriftResult | null;
  stability?: StabilityResult | null;
  degradation?: DegradationResult | null;
  maintenance?: readonly MaintenanceEvent[];
  /** How long after a maintenance event an out-of-control point counts as a post-maintenance excursion. Default 24 h. */
  afterMaintenanceMs?: number;
};

/**
 * Turns detector results into dated events, sorted by time (ties by kind). Inputs that are null,
 * absent or INSUFFICIENT_DATA contribute nothing. Pure; never throws.
 *
 * QUALITY_EXCURSION_AFTER_MAINTENANCE: the first Nelson rule-1 violation (a point beyond 3 sigma)
 * within `afterMaintenanceMs` after each maintenance event.
 */
export function deriveEvents(inputs: EventInputs): InterpretationEvent[] {
  const out: InterpretationEvent[] = [];
  const { drift, stability, degradation } = inputs;
  if (drift?.state === 'DRIFTING' && drift.since !== null) {
    const mag = drift.magnitudeSigma === null ? 'from a constant baseline' : `${drift.magnitudeSigma.toFixed(2)} sigma`;
    out.push({ kind: 'DRIFT_BEGAN', at: drift.since, detail: `${drift.direction} drift, ${mag}` });
  }
  if (stability && (stability.state === 'UNSTABLE' || stability.state === 'DRIFTING') && stability.stateSince !== null) {
    const rules = stability.violations.filter((v) => v.rule !== 7).map((v) => v.rule).join(', ');
    out.push({ kind: 'STABILITY_LOST', at: stability.stateSince, detail: `${stability.state}: Nelson rule(s) ${rules}` });
  }
  if (degradation?.accelerating && degradation.acceleratingSince !== null) {
    const rul = degradation.rulDays === null ? '' : `, RUL ${degradation.rulDays.toFixed(1)} d`;
    out.push({ kind: 'DEGRADATION_ACCELERATING', at: degradation.acceleratingSince, detail: `slope ${degradation.trend?.slopePerDay.toPrecision(3)}/day${rul}` });
  }
  const after = inputs.afterMaintenanceMs ?? 86_400_000;
  const outliers = (stability?.violations.find((v) => v.rule === 1)?.times ?? []).slice().sort((a, b) => a - b);
  for (const m of inputs.maintenance ?? []) {
    const hit = outliers.find((t) => t >= m.t && t <= m.t + after);
    if (hit !== undefined) out.push({ kind: 'QUALITY_EXCURSION_AFTER_MAINTENANCE', at: hit, detail: `point beyond 3 sigma ${Math.round((hit - m.t) / 60000)} min after ${m.kind}` });
  }
  return out.sort((a, b) => a.at - b.at || a.kind.localeCompare(b.kind));
}

export type WarningSeverity = 'INFO' | 'WARNING' | 'CRITICAL';

/** One piece of evidence about a subject (an equipment or work-center id). */
export type WarningSignal = {
  subject: string;
  /** e.g. 'DRIFT', 'STABILITY', 'DEGRADATION', 'ANOMALY', or an event kind. */
  kind: string;
  /** 0..1 strength of the evidence. */
  score: number;
  /** When observed (epoch ms), for display and tie-breaks; null when undated. */
  at: number | null;
  detail: string;
};

export type RankedWarning = {
  subject: string;
  severity: WarningSeverity;
  /** Combined 0..1 score (noisy-OR of the signals). */
  score: number;
  /** Contributing signals, strongest first. */
  signals: WarningSignal[];
};

/**
 * Groups signals by subject and ranks subjects, most urgent first. A HEURISTIC, not a calibrated
 * risk: score = 1 − Π(1 − sᵢ) over the subject's signals with score clamped to [0,1] (independent
 * evidence reinforces, one strong signal dominates); CRITICAL ≥ 0.8, WARNING ≥ 0.5, else INFO.
 * Subjects whose every signal scores 0 are dropped. Ties: more signals first, then subject name.
 */
export function rankWarnings(signals: readonly WarningSignal[]): RankedWarning[] {
  const bySubject = new Map<string, WarningSignal[]>();
  for (const s of signals) {
    if (!Number.isFinite(s.score)) continue;
    const list = bySubject.get(s.subject) ?? [];
    list.push({ ...s, score: Math.min(1, Math.max(0, s.score)) });
    bySubject.set(s.subject, list);
  }
  const out: RankedWarning[] = [];
  for (const [subject, list] of bySubject) {
    const score = 1 - list.reduce((p, s) => p * (1 - s.score), 1);
    if (score <= 0) continue;
    list.sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind));
    out.push({ subject, severity: score >= 0.8 ? 'CRITICAL' : score >= 0.5 ? 'WARNING' : 'INFO', score, signals: list });
  }
  return out.sort((a, b) => b.score - a.score || b.signals.length - a.signals.length || a.subject.localeCompare(b.subject));
}

/**
 * Convenience: the standard signals of one subject's detector results, for `rankWarnings`.
 * Drift contributes its score; stability 0.7 when UNSTABLE and 0.4 when DRIFTING (alone a WARNING or an
 * INFO: the rules false-alarm on ~8 % / ~22 % of healthy 25-point windows); degradation
 * 0.9 when the threshold is reached, else by RUL: 0.8 within `rulHorizonDays` (default 7),
 * 0.4 within 4× that, plus 0.2 when accelerating. These weights are a heuristic.
 */
export function signalsFromResults(subject: string, r: EventInputs & { rulHorizonDays?: number }): WarningSignal[] {
  const out: WarningSignal[] = [];
  if (r.drift && r.drift.state !== 'INSUFFICIENT_DATA' && r.drift.score > 0) {
    out.push({ subject, kind: 'DRIFT', score: r.drift.state === 'DRIFTING' ? r.drift.score : r.drift.score / 2, at: r.drift.since, detail: `${r.drift.state} ${r.drift.direction}` });
  }
  if (r.stability && (r.stability.state === 'UNSTABLE' || r.stability.state === 'DRIFTING')) {
    out.push({ subject, kind: 'STABILITY', score: r.stability.state === 'UNSTABLE' ? 0.7 : 0.4, at: r.stability.explanation.window.to, detail: r.stability.state });
  }
  const g = r.degradation;
  if (g && g.state !== 'INSUFFICIENT_DATA') {
    const h = r.rulHorizonDays ?? 7;
    let s = g.state === 'THRESHOLD_REACHED' ? 0.9 : g.rulDays === null ? 0 : g.rulDays <= h ? 0.8 : g.rulDays <= 4 * h ? 0.4 : 0.1;
    if (g.accelerating) s = Math.min(1, s + 0.2);
    if (s > 0) out.push({ subject, kind: 'DEGRADATION', score: s, at: g.crossingAt, detail: g.rulDays === null || g.state === 'THRESHOLD_REACHED' ? g.state : `RUL ${g.rulDays.toFixed(1)} d` });
  }
  return out;
}

/**
 * Reconciliation of one figure that several systems report (a production order's good quantity, a machine's
 * downtime minutes in a shift), under a declarative per-field policy: an ordered list of precedence rules,
 * each naming a source and the conditions under which it is trusted, a tolerance and a unit. Pure: data in,
 * result out; the policy is data the plant edits, not code.
 *
 * Missing-data rule: a candidate whose `normalized` is null or not finite is listed but never chosen and never
 * counted as disagreeing (a system that does not know the figure does not contradict it).
 *
 * Suspect rule: a candidate its own source flags implausible (`suspect`, e.g. a count above the machine's capacity)
 * is a witness, not a source: it is chosen only when no rule finds an unflagged candidate, and it still counts as
 * disagreeing when it is off.
 */

export type ReconcileSystem = 'ERP' | 'MES' | 'SPREADSHEET';

/** One system's report of the figure. `raw` says what it said and where; `normalized` is in the field's unit. */
export interface FigureCandidate {
  readonly system: ReconcileSystem;
  readonly raw: string;
  readonly normalized: number | null;
  /** When the system's figure was current (file modified time, latest record time, read time); null when unknown. */
  readonly asOfMs: number | null;
  /** Why the source's own data-quality checks doubt the figure (e.g. 'ABOVE_CAPACITY'); absent or null when they do not. */
  readonly suspect?: string | null;
}

/** When a rule applies. Every given condition must hold; an empty condition always holds. */
export interface RuleCondition {
  /** The order's status (ERP) is one of these. A figure without an order status never matches. */
  readonly orderStatusIn?: readonly string[];
  /** The order's status is none of these (a figure without an order status matches). */
  readonly orderStatusNotIn?: readonly string[];
  /** None of these systems has a usable candidate. */
  readonly missing?: readonly ReconcileSystem[];
  /** The figure's shift has ended (true) or is still running (false). A figure without a shift never matches. */
  readonly shiftClosed?: boolean;
}

export interface PrecedenceRule {
  /** Human name, reported as the figure's `rule`, e.g. 'ERP once posted'. */
  readonly name: string;
  readonly source: ReconcileSystem;
  readonly when?: RuleCondition;
  /** 0..1: how far the plant trusts this source under this rule. */
  readonly confidence: number;
}

export interface FieldPolicy {
  readonly unit: string;
  /** A candidate disagrees when |candidate − chosen| > max(absolute, relative × |chosen|). */
  readonly tolerance: { readonly absolute: number; readonly relative: number };
  /** Weight per unit of deviation that makes impacts comparable across fields (pieces vs minutes). */
  readonly impactPerUnit: number;
  /** Confidence factor when only one system reports the figure (nothing corroborates it). */
  readonly singleSourceFactor: number;
  /** First rule whose condition holds and whose source has a usable candidate wins. */
  readonly rules: readonly PrecedenceRule[];
}

export interface FigureFacts {
  readonly orderStatus?: string | null;
  /** For per-shift figures: whether the shift has ended by the sources' clock. */
  readonly shiftClosed?: boolean | null;
}

export interface FigureDiscrepancy {
  /** Systems whose figure is outside the tolerance of the chosen value. */
  readonly disagreeing: readonly ReconcileSystem[];
  /** Largest |candidate − chosen| over the disagreeing systems, in the field's unit. */
  readonly maxDeviation: number;
  /** The tolerance that applied, in the field's unit. */
  readonly tolerance: number;
  /** maxDeviation × impactPerUnit: what ranks discrepancies. */
  readonly impact: number;
}

export interface ReconciledFigure {
  /** The chosen value in `unit`; null when no rule found a usable candidate. */
  readonly value: number | null;
  readonly unit: string;
  /** The chosen candidate's asOf. */
  readonly asOfMs: number | null;
  readonly chosenSource: ReconcileSystem | null;
  /** The name of the rule that chose. */
  readonly rule: string | null;
  readonly candidates: readonly FigureCandidate[];
  readonly discrepancy: FigureDiscrepancy | null;
  /**
   * 0..1 heuristic: the rule's confidence × the share of usable candidates that agree with the chosen value
   * (itself included) × `singleSourceFactor` when it is the only one. 0 when nothing was chosen.
   */
  readonly confidence: number;
}

const usable = (c: FigureCandidate): c is FigureCandidate & { normalized: number } => c.normalized !== null && Number.isFinite(c.normalized);

function holds(when: RuleCondition | undefined, facts: FigureFacts, present: ReadonlySet<ReconcileSystem>): boolean {
  if (when === undefined) return true;
  const status = facts.orderStatus ?? null;
  if (when.orderStatusIn !== undefined && (status === null || !when.orderStatusIn.includes(status))) return false;
  if (when.orderStatusNotIn !== undefined && status !== null && when.orderStatusNotIn.includes(status)) return false;
  if (when.missing !== undefined && when.missing.some((s) => present.has(s))) return false;
  if (when.shiftClosed !== undefined && (facts.shiftClosed ?? null) !== when.shiftClosed) return false;
  return true;
}

/** Reconciles one figure: picks a source by the policy's rules, measures who disagrees beyond tolerance, rates confidence. */
export function reconcileFigure(policy: FieldPolicy, candidates: readonly FigureCandidate[], facts: FigureFacts = {}): ReconciledFigure {
  const ok = candidates.filter(usable);
  const trusted = ok.filter((c) => c.suspect === undefined || c.suspect === null);
  // First among the unflagged candidates (a flagged system counts as missing for the rules' conditions), then among all.
  const pick = (pool: readonly (FigureCandidate & { normalized: number })[]) => {
    const present = new Set(pool.map((c) => c.system));
    for (const rule of policy.rules) {
      if (!holds(rule.when, facts, present)) continue;
      const chosen = pool.find((c) => c.system === rule.source);
      if (chosen !== undefined) return { rule, chosen };
    }
    return null;
  };
  const found = pick(trusted) ?? (trusted.length < ok.length ? pick(ok) : null);
  if (found !== null) {
    const { rule, chosen } = found;
    const value = chosen.normalized;
    const tolerance = Math.max(policy.tolerance.absolute, policy.tolerance.relative * Math.abs(value));
    const off = ok.filter((c) => Math.abs(c.normalized - value) > tolerance);
    const maxDeviation = off.reduce((m, c) => Math.max(m, Math.abs(c.normalized - value)), 0);
    const agreeShare = (ok.length - off.length) / ok.length;
    const confidence = rule.confidence * agreeShare * (ok.length === 1 ? policy.singleSourceFactor : 1);
    return {
      value, unit: policy.unit, asOfMs: chosen.asOfMs, chosenSource: chosen.system, rule: rule.name, candidates,
      discrepancy: off.length === 0 ? null : { disagreeing: [...new Set(off.map((c) => c.system))], maxDeviation, tolerance, impact: maxDeviation * policy.impactPerUnit },
      confidence: Math.round(confidence * 1000) / 1000,
    };
  }
  return { value: null, unit: policy.unit, asOfMs: null, chosenSource: null, rule: null, candidates, discrepancy: null, confidence: 0 };
}

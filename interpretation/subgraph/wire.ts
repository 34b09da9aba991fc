// Core results (epoch ms, Record parameters) → the GraphQL wire shapes (ISO DateTime, parameter lists).
import type { DegradationResult, DriftResult, Explanation, IndexWithCi, ParamValue, StabilityResult } from '../core/index.ts';
import type {
  CapabilityIndex, DegradationAssessment, DriftAssessment, Explanation as WireExplanation, StabilityAssessment,
} from './__generated__/resolvers-types.ts';
import type { Provenance, Reset } from './inputs.ts';

/** Epoch ms → ISO-8601 UTC; null/undefined/non-finite → null. */
export const iso = (t: number | null | undefined): string | null => (t === null || t === undefined || !Number.isFinite(t) ? null : new Date(t).toISOString());
const isoOrThrow = (t: number): string => new Date(t).toISOString();

/**
 * Parameters as `{ name, value }` sorted by name; values as JSON text. Parameters whose name ends in
 * `From`/`To` or that are `resets` are epoch ms in the core and shown as ISO text here, so a reader
 * does not have to decode them.
 */
function parameters(p: Record<string, ParamValue>): { name: string; value: string }[] {
  const show = (name: string, v: ParamValue): ParamValue => {
    if (name === 'resets' && Array.isArray(v)) return `[${(v as readonly number[]).map((t) => isoOrThrow(t)).join(', ')}]`;
    if (/(From|To)$/.test(name) && typeof v === 'number') return isoOrThrow(v);
    return v;
  };
  return Object.keys(p).sort().map((name) => ({ name, value: JSON.stringify(show(name, p[name] ?? null)) }));
}

export function explanation(e: Explanation, inputs: readonly Provenance[], extraNotes: readonly string[] = []): WireExplanation {
  return {
    method: e.method,
    algorithmVersion: e.algorithmVersion,
    parameters: parameters(e.parameters),
    baseline: e.baseline === null ? null : { from: iso(e.baseline.from), to: iso(e.baseline.to), n: e.baseline.n, mean: e.baseline.mean, sigma: e.baseline.sigma },
    window: { from: iso(e.window.from), to: iso(e.window.to), n: e.window.n },
    inputsHash: e.inputsHash,
    notes: [...e.notes, ...extraNotes],
    inputs: inputs.map((i) => ({ ...i })),
  };
}

const ci = (x: IndexWithCi | null): CapabilityIndex | null => (x === null ? null : { value: x.value, lower: x.lower, upper: x.upper });

export function driftAssessment(r: DriftResult, resets: readonly Reset[], inputs: readonly Provenance[], extraNotes: readonly string[] = []): DriftAssessment {
  return {
    state: r.state, score: r.score, direction: r.direction, magnitudeSigma: r.magnitudeSigma,
    since: iso(r.since), firstAlarmAt: iso(r.firstAlarmAt),
    resets: resets.map((x) => ({ at: isoOrThrow(x.t), kind: x.kind })),
    explanation: explanation(r.explanation, inputs, extraNotes),
  };
}

export function stabilityAssessment(r: StabilityResult, limits: { lsl: number | null; usl: number | null }, inputs: readonly Provenance[], extraNotes: readonly string[] = []): StabilityAssessment {
  return {
    state: r.state, cp: ci(r.cp), cpk: ci(r.cpk), pp: ci(r.pp), ppk: ci(r.ppk), cpm: r.cpm,
    mean: r.mean, sigmaWithin: r.sigmaWithin, sigmaOverall: r.sigmaOverall,
    lowerSpecLimit: limits.lsl, upperSpecLimit: limits.usl,
    violations: r.violations.map((v) => ({ rule: v.rule, description: v.description, times: v.times.map(isoOrThrow) })),
    since: iso(r.stateSince),
    explanation: explanation(r.explanation, inputs, extraNotes),
  };
}

export function degradationAssessment(r: DegradationResult, inputs: readonly Provenance[], extraNotes: readonly string[] = []): DegradationAssessment {
  return {
    state: r.state,
    slopePerDay: r.trend?.slopePerDay ?? null, slopeLowerPerDay: r.trend?.slopeLowerPerDay ?? null,
    slopeUpperPerDay: r.trend?.slopeUpperPerDay ?? null, levelNow: r.trend?.levelNow ?? null,
    accelerating: r.accelerating, acceleratingSince: iso(r.acceleratingSince),
    rulDays: r.rulDays, rulLowerDays: r.rulLowerDays, rulUpperDays: r.rulUpperDays, crossingAt: iso(r.crossingAt),
    explanation: explanation(r.explanation, inputs, extraNotes),
  };
}

// Shared result and input types of interpretation/core. Plain data only: every result is JSON-safe
// (no Infinity, no NaN, no tensors) so the subgraph can put it on the wire unchanged.

/**
 * One observation. `t` is epoch ms. A sample whose `t` or `v` is null, undefined, NaN or ±Infinity
 * is ignored by every function in this folder (the d3-array rule), never treated as zero.
 */
export type Sample = { readonly t: number; readonly v: number | null | undefined };

/** A parameter value recorded in an explanation. */
export type ParamValue = number | string | boolean | null | readonly number[];

/** Summary of the data a figure was computed from; `from`/`to` are epoch ms, `to` inclusive. */
export type WindowFacts = { from: number | null; to: number | null; n: number };

/** The baseline a figure compares against; `sigma` is the dispersion estimate actually used. */
export type BaselineFacts = WindowFacts & { mean: number | null; sigma: number | null };

/**
 * How a figure was obtained, so it can be reproduced: the same inputs, parameters and
 * `algorithmVersion` give the same `inputsHash` and the same numbers.
 */
export type Explanation = {
  method: string;
  algorithmVersion: string;
  parameters: Record<string, ParamValue>;
  baseline: BaselineFacts | null;
  window: WindowFacts;
  /** sha256 (hex, first 16 chars) of the finite inputs + parameters + algorithmVersion. */
  inputsHash: string;
  notes: string[];
};

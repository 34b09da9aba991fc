// Argument validation: out of range is INTERP_BAD_ARGUMENT with the exact bound in the message.
import { Code, plantError } from '../../common/index.ts';

/** Largest number of points any window argument may name: 14 days at 5 min is 4,032; owners cap at 4,100. */
export const maxWindowPoints = 4100;

function bad(name: string, rule: string, got: unknown): never {
  throw plantError(Code.INTERP_BAD_ARGUMENT, `${name} must be ${rule}, got ${String(got)}`, { source: 'INTERPRETATION', retryable: false, detail: { argument: name } });
}

/** A finite number in [min, max]. */
export function numberArg(name: string, x: number, min: number, max: number): number {
  if (!(Number.isFinite(x) && x >= min && x <= max)) bad(name, `a number between ${min} and ${max}`, x);
  return x;
}

/** An integer in [min, max]. */
export function intArg(name: string, x: number, min: number, max: number): number {
  if (!(Number.isInteger(x) && x >= min && x <= max)) bad(name, `an integer between ${min} and ${max}`, x);
  return x;
}

/** A finite number (thresholds have no natural range). */
export function finiteArg(name: string, x: number): number {
  if (!Number.isFinite(x)) bad(name, 'a finite number', x);
  return x;
}

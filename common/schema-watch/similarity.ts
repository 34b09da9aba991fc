import { distance } from 'fastest-levenshtein';
import type { FieldType } from './types.ts';

/**
 * Name evidence for a remap. Vendors rename by reordering words (GoodQty → QtyGood), inflecting them
 * (RejectQty → QtyRejected), shortening them (ErpResourceCode → ExternalRefs/ErpCode) or wrapping a scalar into an
 * element (Reason → Reason/Text). Word overlap catches the first three, plain edit distance (fastest-levenshtein)
 * catches typos and case changes; the best of them is the name's evidence.
 */

/** Words of a field path: segments split at '/', '_', '-', spaces and camelCase boundaries; lower case. */
export function nameTokens(path: string): string[] {
  return path.split('/').flatMap((seg) => seg
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-.]+/)).map((t) => t.toLowerCase()).filter((t) => t !== '');
}

/** Two words match when equal or when one inflects the other (reject/rejected); 3 letters at least, so 'id' never matches 'idle'. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 3 && l.startsWith(s) && l.length - s.length <= 3;
}

/** Sørensen–Dice overlap of two word lists, each word matched at most once. */
export function wordOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const free = [...b];
  let matched = 0;
  for (const w of a) {
    const i = free.findIndex((x) => sameWord(w, x));
    if (i >= 0) { matched++; free.splice(i, 1); }
  }
  return (2 * matched) / (a.length + b.length);
}

/** 1 − edit distance / longer length, case-insensitive. */
export function editSimilarity(a: string, b: string): number {
  const x = a.toLowerCase(), y = b.toLowerCase();
  const n = Math.max(x.length, y.length);
  return n === 0 ? 1 : 1 - distance(x, y) / n;
}

/** Child elements that hold a wrapped scalar's content (`<Reason><Text>…</Text></Reason>`); XML's own text node too. */
const contentRoles: ReadonlySet<string> = new Set(['text', 'value', '$value', '#text']);

const leaf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** How alike a declared field name and a candidate source path are, in [0, 1]. */
export function nameSimilarity(declared: string, candidate: string): number {
  // A scalar wrapped into an element of the same name keeps its content in a text/value child: that is the field.
  if (candidate.startsWith(`${declared}/`) && candidate.split('/').length === declared.split('/').length + 1 &&
    contentRoles.has(leaf(candidate).toLowerCase())) return 0.95;
  return Math.max(
    wordOverlap(nameTokens(leaf(declared)), nameTokens(leaf(candidate))),
    wordOverlap(nameTokens(declared), nameTokens(candidate)),
    editSimilarity(leaf(declared), leaf(candidate)),
  );
}

/** Whether a declared type can be read from an observed one without a value map. */
export function typesCompatible(declared: FieldType, observed: FieldType): boolean {
  if (declared === observed || declared === 'unknown' || observed === 'unknown') return true;
  const numeric = (t: FieldType) => t === 'number' || t === 'integer';
  const temporal = (t: FieldType) => t === 'date' || t === 'datetime';
  return (numeric(declared) && numeric(observed)) || (temporal(declared) && temporal(observed));
}

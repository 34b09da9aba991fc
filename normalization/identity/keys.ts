import { distance } from 'fastest-levenshtein';

/** A key as systems compare it: trimmed (SQL Server ignores trailing spaces, SyteLine right-justifies) and upper-cased. */
export function trimKey(raw: string): string {
  return raw.trim().toUpperCase();
}

/**
 * The looser form of a code for matching only (never stored as canonical): upper case, separators dropped,
 * leading zeros dropped from every digit run. 'press-04 ' → 'PRESS4', '000123' → '123', 'PRESS04' → 'PRESS4'.
 */
export function normaliseKey(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]+/g, '').replace(/\d+/g, (d) => String(BigInt(d)));
}

/**
 * Name tokens: lower case, split on non-alphanumerics and letter/digit boundaries, numbers without leading
 * zeros, bracketed remarks dropped ('Press #4 (old)' → ['press', '4']) because CMMS users annotate names.
 */
export function nameTokens(raw: string): string[] {
  const s = raw.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').toLowerCase();
  const out: string[] = [];
  for (const m of s.matchAll(/[a-z]+|\d+/g)) out.push(/^\d/.test(m[0]) ? String(BigInt(m[0])) : m[0]);
  return out;
}

/**
 * Similarity of two names in [0, 1]: 0.6 × token Jaccard + 0.4 × Levenshtein ratio of the joined tokens.
 * Names whose numbers differ ('Press 4' / 'Press 5') score 0: on a shop floor the number is the identity.
 * Hand-written around fastest-levenshtein because no library knows the "numbers must agree" rule.
 */
export function nameSimilarity(a: string, b: string): number {
  const ta = nameTokens(a), tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const digits = (t: string[]): string => t.filter((x) => /^\d/.test(x)).sort().join(' ');
  if (digits(ta) !== digits(tb)) return 0;
  const sa = new Set(ta), sb = new Set(tb);
  let inter = 0;
  for (const t of sa) if (sb.has(t)) inter++;
  const jaccard = inter / (sa.size + sb.size - inter);
  const ja = ta.join(''), jb = tb.join('');
  const lev = 1 - distance(ja, jb) / Math.max(ja.length, jb.length);
  return 0.6 * jaccard + 0.4 * lev;
}

/**
 * The machine name an OPC item path spells: its last segment split at letter/digit boundaries
 * ('Site1.Fab.Press04' → 'Press 04'); '' when there is none.
 */
export function opcPathName(path: string): string {
  const last = path.split(/[./\\]/).filter((s) => s !== '').pop() ?? '';
  return last.replace(/([a-zA-Z])(\d)/g, '$1 $2');
}

/**
 * How well a short machine code fits a resource id by shape: same numbers and the code's letters are an
 * abbreviation of the id's letters (initial, or a subsequence): 'P04' ~ 'PRESS-04' = 1, 'J04' ~ 'MOLD-04' = 0.
 */
export function codeShapeSimilarity(code: string, resourceId: string): number {
  const c = code.toUpperCase(), r = resourceId.toUpperCase();
  const nums = (s: string): string => (s.match(/\d+/g) ?? []).map((d) => String(BigInt(d))).join(' ');
  if (nums(c) === '' || nums(c) !== nums(r)) return 0;
  const cl = c.replace(/[^A-Z]/g, ''), rl = r.replace(/[^A-Z]/g, '');
  if (cl === '' || rl === '') return 0;
  if (cl === rl) return 1;
  if (rl.startsWith(cl)) return 0.9;
  let i = 0;
  for (const ch of rl) if (ch === cl[i]) i++;
  return i === cl.length && cl[0] === rl[0] ? 0.7 : 0;
}

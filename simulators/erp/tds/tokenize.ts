/** A lexical token of T-SQL. `text` is the exact source text, so untouched tokens round-trip. */
export interface Tok {
  readonly kind: 'ws' | 'comment' | 'str' | 'nstr' | 'bracket' | 'dquote' | 'num' | 'word' | 'var' | 'sysvar' | 'punct';
  readonly text: string;
  /** Unquoted identifier text for bracket/dquote/word; literal content for str/nstr. */
  readonly value: string;
}

/** Raised for text that cannot be tokenized (unterminated literal or identifier). */
export class TokenizeError extends Error {
  readonly near: string;
  constructor(message: string, near: string) {
    super(message);
    this.near = near;
  }
}

const WORD_START = /[A-Za-z_#\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_#$\u0080-\uffff]/;

/**
 * Splits T-SQL into tokens. String literals ('..' with '' escapes, N'..'), [bracketed] and
 * "quoted" identifiers and comments are single tokens, so later rewrites never touch their insides.
 */
export function tokenize(sql: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const n = sql.length;
  const push = (kind: Tok['kind'], start: number, value?: string) => {
    const text = sql.slice(start, i);
    out.push({ kind, text, value: value ?? text });
  };
  while (i < n) {
    const c = sql[i] ?? '';
    const start = i;
    if (/\s/.test(c)) {
      while (i < n && /\s/.test(sql[i] ?? '')) i++;
      push('ws', start);
    } else if (c === '-' && sql[i + 1] === '-') {
      while (i < n && sql[i] !== '\n') i++;
      push('comment', start);
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      push('comment', start);
    } else if (c === "'" || ((c === 'N' || c === 'n') && sql[i + 1] === "'")) {
      const kind = c === "'" ? 'str' : 'nstr';
      i += kind === 'str' ? 1 : 2;
      let value = '';
      for (;;) {
        if (i >= n) throw new TokenizeError(`Unclosed quotation mark after the character string '${sql.slice(start, start + 40)}'.`, sql.slice(start, start + 40));
        if (sql[i] === "'") {
          if (sql[i + 1] === "'") { value += "'"; i += 2; continue; }
          i++;
          break;
        }
        value += sql[i];
        i++;
      }
      push(kind, start, value);
    } else if (c === '[') {
      i++;
      let value = '';
      for (;;) {
        if (i >= n) throw new TokenizeError(`Unclosed quotation mark after the character string '${sql.slice(start, start + 40)}'.`, sql.slice(start, start + 40));
        if (sql[i] === ']') {
          if (sql[i + 1] === ']') { value += ']'; i += 2; continue; }
          i++;
          break;
        }
        value += sql[i];
        i++;
      }
      push('bracket', start, value);
    } else if (c === '"') {
      i++;
      let value = '';
      for (;;) {
        if (i >= n) throw new TokenizeError('Unclosed quoted identifier.', sql.slice(start, start + 40));
        if (sql[i] === '"') {
          if (sql[i + 1] === '"') { value += '"'; i += 2; continue; }
          i++;
          break;
        }
        value += sql[i];
        i++;
      }
      push('dquote', start, value);
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      while (i < n && /[0-9.]/.test(sql[i] ?? '')) i++;
      if ((sql[i] === 'e' || sql[i] === 'E') && /[-+0-9]/.test(sql[i + 1] ?? '')) {
        i += 2;
        while (i < n && /[0-9]/.test(sql[i] ?? '')) i++;
      }
      push('num', start);
    } else if (c === '@' && sql[i + 1] === '@') {
      i += 2;
      while (i < n && WORD_PART.test(sql[i] ?? '')) i++;
      push('sysvar', start);
    } else if (c === '@') {
      i++;
      while (i < n && WORD_PART.test(sql[i] ?? '')) i++;
      push('var', start);
    } else if (WORD_START.test(c)) {
      while (i < n && WORD_PART.test(sql[i] ?? '')) i++;
      push('word', start);
    } else {
      const two = sql.slice(i, i + 2);
      i += ['<>', '!=', '<=', '>=', '!<', '!>', '||'].includes(two) ? 2 : 1;
      push('punct', start);
    }
  }
  return out;
}

/** True when `t` is the word `w` (case-insensitive). */
export function isWord(t: Tok | undefined, w: string): boolean {
  return t !== undefined && t.kind === 'word' && t.value.toUpperCase() === w;
}

/** True for identifier-like tokens: plain words, [bracketed] and "quoted" identifiers. */
export function isIdent(t: Tok | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'bracket' || t.kind === 'dquote');
}

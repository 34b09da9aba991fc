import type { StoreWrite } from './types.ts';

/** Longest key in UTF-8 bytes: LMDB's default limit is 1978 bytes; we keep well below it on every back end. */
export const maxKeyBytes = 1024;
const namespacePattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/**
 * Orders keys by Unicode code point, which is UTF-8 byte order: what LMDB (binary keys) and PostgreSQL
 * (COLLATE "C" on a UTF-8 database) do. Plain `<` on JS strings compares UTF-16 code units, which differs
 * for characters above U+FFFF versus U+E000..U+FFFF, so the memory store uses this to agree with the others.
 */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Throws an Error naming the problem when a namespace or key cannot be stored the same way on every back end. */
export function assertStorable(namespace: string, key?: string): void {
  if (!namespacePattern.test(namespace)) {
    throw new Error(`store namespace must match ${namespacePattern.source}, got ${JSON.stringify(namespace)}`);
  }
  if (key === undefined) return;
  if (key.length === 0) throw new Error('store key must not be empty');
  // PostgreSQL text cannot hold NUL, so no back end accepts it.
  if (key.includes('\u0000')) throw new Error('store key must not contain NUL');
  const bytes = Buffer.byteLength(key, 'utf8');
  if (bytes > maxKeyBytes) throw new Error(`store key is ${bytes} bytes, the limit is ${maxKeyBytes}`);
}

export function assertWritable(writes: readonly StoreWrite[]): void {
  for (const w of writes) {
    assertStorable(w.namespace, w.key);
    if ('value' in w && w.value === undefined) throw new Error(`store value for ${w.namespace}/${w.key} is undefined`);
  }
}

/** True when `key` is selected by the range query's bounds (`start <= key < end`, `prefix`). */
export function inRange(key: string, q: { readonly prefix?: string; readonly start?: string; readonly end?: string }): boolean {
  if (q.prefix !== undefined && !key.startsWith(q.prefix)) return false;
  if (q.start !== undefined && compareKeys(key, q.start) < 0) return false;
  if (q.end !== undefined && compareKeys(key, q.end) >= 0) return false;
  return true;
}

/** Copies a value the way every back end stores it (JSON), so callers never share mutable state with the store. */
export function jsonCopy<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The layer's own durable records (operator notes, identity decisions, the schema-change log) live in one
 * ordered key-value store with two back ends: an embedded LMDB file by default (nothing to install, survives
 * kill -9 once a commit has resolved) and PostgreSQL when configured (several processes or hosts share it).
 *
 * Keys are non-empty strings (at most 1024 UTF-8 bytes, no NUL) ordered by code point = UTF-8 bytes (LMDB binary
 * keys; PostgreSQL COLLATE "C"), so `<equipmentId>/<isoTime>/<id>`
 * keys give time-ordered range scans per equipment on both back ends. Values are JSON-serialisable.
 */
export interface DurableStore {
  readonly kind: 'memory' | 'lmdb' | 'postgres';
  get<T>(namespace: string, key: string): Promise<T | undefined>;
  /** Entries with `start <= key < end` (or with `prefix`), in key order (or reverse), at most `limit`. */
  range<T>(namespace: string, query: RangeQuery): Promise<readonly StoredEntry<T>[]>;
  /**
   * Applies every write atomically or none. A write with `ifAbsent` makes the whole commit fail when its key
   * already exists (`{ committed: false, conflicts }`), so "insert unless this idempotency key was seen" is one
   * commit. Resolves only when the writes are durable (on disk / committed by the server).
   */
  commit(writes: readonly StoreWrite[]): Promise<CommitResult>;
  /** True when the back end answers (for /ready). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface RangeQuery {
  readonly prefix?: string;
  readonly start?: string;
  readonly end?: string;
  readonly limit?: number;
  readonly reverse?: boolean;
}

export interface StoredEntry<T> {
  readonly key: string;
  readonly value: T;
}

export type StoreWrite =
  | { readonly namespace: string; readonly key: string; readonly value: unknown; readonly ifAbsent?: boolean }
  | { readonly namespace: string; readonly key: string; readonly delete: true };

export type CommitResult =
  | { readonly committed: true }
  | { readonly committed: false; readonly conflicts: readonly { readonly namespace: string; readonly key: string }[] };

export type StoreConfig =
  | { readonly kind: 'memory' }
  | { readonly kind: 'lmdb'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string };

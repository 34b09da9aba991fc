import pg from 'pg';
import type { CommitResult, DurableStore, RangeQuery, StoredEntry, StoreWrite } from './types.ts';
import { assertStorable, assertWritable } from './key-order.ts';

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

export interface PostgresStoreOptions {
  readonly url: string;
  /** The schema holding the table (created when missing); default `plantgraph`. */
  readonly schema?: string;
  /** Pool size; default 4 (the layer's own records are a light load). */
  readonly maxConnections?: number;
}

/**
 * The shared back end: one table `<schema>.store_entry (namespace, key, value jsonb)` with both key columns
 * COLLATE "C", so `ORDER BY key` is byte order, the same as LMDB's. A commit is one transaction; `ifAbsent`
 * writes are `INSERT … ON CONFLICT DO NOTHING` and any that inserted nothing roll the whole commit back.
 * COMMIT returns after the server has flushed its WAL (synchronous_commit on, the server default).
 * Schema and table are created on open, so a fresh database needs no migration step.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<DurableStore> {
  const schema = options.schema ?? 'plantgraph';
  if (!identifier.test(schema)) throw new Error(`PostgreSQL store schema must match ${identifier.source}, got ${JSON.stringify(schema)}`);
  const table = `"${schema}".store_entry`;
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 4 });
  // An idle client losing its connection (server restart) emits 'error' on the pool; without a listener
  // that would crash the process. The next query gets a fresh connection.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      // Two processes opening the same fresh database race on CREATE; the advisory lock serialises them.
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`plantgraph.store.${schema}`]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${table} (
        namespace text COLLATE "C" NOT NULL,
        key text COLLATE "C" NOT NULL,
        value jsonb NOT NULL,
        PRIMARY KEY (namespace, key))`);
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }

  return {
    kind: 'postgres',
    async get<T>(ns: string, key: string) {
      assertStorable(ns, key);
      const { rows } = await pool.query<{ value: T }>(`SELECT value FROM ${table} WHERE namespace = $1 AND key = $2`, [ns, key]);
      return rows[0]?.value;
    },
    async range<T>(ns: string, q: RangeQuery) {
      assertStorable(ns);
      const params: unknown[] = [ns];
      const where = ['namespace = $1'];
      if (q.start !== undefined) { params.push(q.start); where.push(`key >= $${params.length}`); }
      if (q.end !== undefined) { params.push(q.end); where.push(`key < $${params.length}`); }
      if (q.prefix !== undefined) {
        // `key >= prefix` lets the primary key index start the scan; starts_with does the exact filtering.
        params.push(q.prefix);
        where.push(`key >= $${params.length} AND starts_with(key, $${params.length})`);
      }
      let sql = `SELECT key, value FROM ${table} WHERE ${where.join(' AND ')} ORDER BY key ${q.reverse ? 'DESC' : 'ASC'}`;
      if (q.limit !== undefined) { params.push(Math.max(0, q.limit)); sql += ` LIMIT $${params.length}`; }
      const { rows } = await pool.query<{ key: string; value: T }>(sql, params);
      return rows.map((r): StoredEntry<T> => ({ key: r.key, value: r.value }));
    },
    async commit(writes: readonly StoreWrite[]): Promise<CommitResult> {
      assertWritable(writes);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const conflicts: { namespace: string; key: string }[] = [];
        for (const w of writes) {
          if ('delete' in w) {
            await client.query(`DELETE FROM ${table} WHERE namespace = $1 AND key = $2`, [w.namespace, w.key]);
          } else if (w.ifAbsent) {
            const r = await client.query(`INSERT INTO ${table} (namespace, key, value) VALUES ($1, $2, $3::jsonb)
              ON CONFLICT (namespace, key) DO NOTHING`, [w.namespace, w.key, JSON.stringify(w.value)]);
            if (r.rowCount === 0) conflicts.push({ namespace: w.namespace, key: w.key });
          } else {
            await client.query(`INSERT INTO ${table} (namespace, key, value) VALUES ($1, $2, $3::jsonb)
              ON CONFLICT (namespace, key) DO UPDATE SET value = EXCLUDED.value`, [w.namespace, w.key, JSON.stringify(w.value)]);
          }
        }
        if (conflicts.length > 0) {
          await client.query('ROLLBACK');
          return { committed: false, conflicts };
        }
        await client.query('COMMIT');
        return { committed: true };
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async ping() {
      try { await pool.query('SELECT 1'); return true; } catch { return false; }
    },
    async close() { await pool.end(); },
  };
}

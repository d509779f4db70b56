import 'server-only';
import { mkdir } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

/*
 * The one SQL seam: the store runs the same statements on PGlite (PostgreSQL compiled to WebAssembly, in this
 * process, the embedded default) and on a PostgreSQL server through `pg` (DATABASE_URL). Parameters are
 * always $1, $2 …; no query is built from input.
 */

export interface Rows<T> {
  rows: T[];
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Rows<T>>;
}

export interface Sql extends Queryable {
  /** Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK on a throw). */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** 'pglite' or 'postgresql': for the log and /readyz, never a URL (it can hold a password). */
  kind: 'pglite' | 'postgresql';
}

/** PGlite in `dataDir` (made if missing), or in memory when `dataDir` is undefined (tests). */
export async function pgliteSql(dataDir?: string): Promise<Sql> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db: PGlite = await PGlite.create(dataDir);
  const run = async <T>(q: Pick<PGlite, 'query'>, text: string, params?: readonly unknown[]) => {
    const result = await q.query<T>(text, params ? [...params] : undefined);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };
  return {
    kind: 'pglite',
    query: (text, params) => run(db, text, params),
    transaction: (work) => db.transaction((tx) => work({ query: (text, params) => run(tx, text, params) })),
    ping: async () => {
      await db.query('SELECT 1');
    },
    close: () => db.close(),
  };
}

/** A pool of connections to the PostgreSQL server at `url`. */
export async function postgresSql(url: string, max = 10): Promise<Sql> {
  const pg = await import('pg');
  const PoolClass = (pg.default?.Pool ?? pg.Pool) as typeof Pool;
  const pool = new PoolClass({ connectionString: url, max, connectionTimeoutMillis: 5_000 });
  // A dropped idle connection must not crash the process; the next query makes a new one.
  pool.on('error', () => {});
  const run = async <T>(client: Pool | PoolClient, text: string, params?: readonly unknown[]) => {
    const result = await client.query(text, params ? [...params] : undefined);
    return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
  };
  return {
    kind: 'postgresql',
    query: (text, params) => run(pool, text, params),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await work({ query: (text, params) => run(client, text, params) });
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: () => pool.end(),
  };
}

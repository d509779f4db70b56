import 'server-only';
import type { Sql } from './sql';

/*
 * Versioned migrations, applied in order, each once, each in its own transaction with its version recorded
 * in schema_migrations. A small runner of our own rather than a migration tool: the schema is a handful of
 * tables, it must run the same on PGlite (in process, no CLI, no second connection) and on PostgreSQL, and at
 * start-up rather than as a separate deploy step. Several instances starting at once take a transaction-level
 * advisory lock, so one applies a migration and the others then see it recorded.
 *
 * Never edit a migration that has shipped: add the next one.
 */

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'lti: platforms, deployments, nonces, launches, outbox',
    sql: `
CREATE TABLE lti_platforms (
  id text PRIMARY KEY,
  issuer text NOT NULL,
  client_id text NOT NULL,
  name text NOT NULL,
  auth_url text NOT NULL,
  token_url text NOT NULL,
  jwks_url text NOT NULL,
  registered_at timestamptz NOT NULL,
  UNIQUE (issuer, client_id)
);
CREATE TABLE lti_deployments (
  platform_id text NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
  deployment_id text NOT NULL,
  PRIMARY KEY (platform_id, deployment_id)
);
CREATE TABLE lti_nonces (
  state text PRIMARY KEY,
  nonce text NOT NULL,
  platform_id text NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
  storage_target text,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX lti_nonces_expiry ON lti_nonces (expires_at);
CREATE TABLE lti_launches (
  id text PRIMARY KEY,
  platform_id text NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
  deployment_id text NOT NULL,
  user_sub text NOT NULL,
  line_item_url text,
  can_score boolean NOT NULL,
  assignment jsonb,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX lti_launches_expiry ON lti_launches (expires_at);
CREATE TABLE lti_outbox (
  id text PRIMARY KEY,
  launch_id text NOT NULL REFERENCES lti_launches (id) ON DELETE CASCADE,
  attempt_key text NOT NULL,
  score jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'delivered', 'given_up')),
  tries integer NOT NULL DEFAULT 0,
  next_try_at timestamptz NOT NULL,
  last_error text,
  created_at timestamptz NOT NULL,
  done_at timestamptz,
  UNIQUE (launch_id, attempt_key)
);
CREATE INDEX lti_outbox_due ON lti_outbox (next_try_at) WHERE status = 'pending';
`,
  },
];

/** The advisory lock's key: any fixed number no other part of the database uses. */
const LOCK = 7_316_016;

/** Applies the migrations `sql` has not recorded yet; returns the versions it applied. */
export async function migrate(sql: Sql, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  // Under the lock too: two servers running CREATE TABLE IF NOT EXISTS at once can both find no table, and
  // the second then fails on PostgreSQL's catalogue (duplicate key in pg_type).
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (seen.rows.length > 0) return false;
      for (const statement of statements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/** A migration's statements, one at a time (both drivers take one statement with parameters). */
function statements(text: string): string[] {
  return text
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

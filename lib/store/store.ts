import 'server-only';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { severalInstancesReason } from '@/lib/signing/keys';
import { migrate } from './migrations';
import { pgliteSql, postgresSql, type Queryable, type Sql } from './sql';

/*
 * What the server keeps, and nothing else: the LTI platforms that registered the tool and their
 * deployments, the login nonces (minutes), the launches with what a score needs (the platform's opaque user
 * id, the line item's URL, the assignment), and the outbox of scores still to be sent. No name, no e-mail, no
 * progress: those stay in the learner's browser. README, "Privacy", says how long each is kept.
 */

export interface PlatformInput {
  issuer: string;
  clientId: string;
  name: string;
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
}

export interface Platform extends PlatformInput {
  id: string;
  registeredAt: Date;
}

export interface LaunchInput {
  platformId: string;
  deploymentId: string;
  /** The platform's opaque id for the learner (`sub`): the score is posted for it. */
  userSub: string;
  lineItemUrl: string | null;
  /** The platform granted the score scope. */
  canScore: boolean;
  assignment: unknown;
}

export interface Launch extends LaunchInput {
  id: string;
  createdAt: Date;
  expiresAt: Date;
}

export type OutboxStatus = 'pending' | 'delivered' | 'given_up';

export interface OutboxEntry {
  id: string;
  launchId: string;
  attemptKey: string;
  score: Record<string, unknown>;
  status: OutboxStatus;
  tries: number;
  nextTryAt: Date;
  lastError: string | null;
  createdAt: Date;
  doneAt: Date | null;
}

export type NonceUse =
  | { ok: true; nonce: string; platformId: string; storageTarget: string | null }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/** A launch is kept this long: the learner can finish the course and be graded within it. */
export const LAUNCH_DAYS = 30;
const DAY_MS = 86_400_000;

type Row = Record<string, unknown>;

const platformOf = (r: Row): Platform => ({
  id: r.id as string,
  issuer: r.issuer as string,
  clientId: r.client_id as string,
  name: r.name as string,
  authUrl: r.auth_url as string,
  tokenUrl: r.token_url as string,
  jwksUrl: r.jwks_url as string,
  registeredAt: new Date(r.registered_at as string),
});

const launchOf = (r: Row): Launch => ({
  id: r.id as string,
  platformId: r.platform_id as string,
  deploymentId: r.deployment_id as string,
  userSub: r.user_sub as string,
  lineItemUrl: (r.line_item_url as string | null) ?? null,
  canScore: r.can_score as boolean,
  assignment: r.assignment ?? null,
  createdAt: new Date(r.created_at as string),
  expiresAt: new Date(r.expires_at as string),
});

const entryOf = (r: Row): OutboxEntry => ({
  id: r.id as string,
  launchId: r.launch_id as string,
  attemptKey: r.attempt_key as string,
  score: r.score as Record<string, unknown>,
  status: r.status as OutboxStatus,
  tries: Number(r.tries),
  nextTryAt: new Date(r.next_try_at as string),
  lastError: (r.last_error as string | null) ?? null,
  createdAt: new Date(r.created_at as string),
  doneAt: r.done_at ? new Date(r.done_at as string) : null,
});

export interface Store {
  kind: Sql['kind'];
  /** Adds a platform, or updates the one with the same issuer and client id; adds its deployments. */
  registerPlatform(input: PlatformInput, deploymentIds: readonly string[], now: Date): Promise<Platform>;
  addDeployment(platformId: string, deploymentId: string): Promise<void>;
  /** The platforms registered for this issuer (one per client id), oldest first. */
  platformsByIssuer(issuer: string): Promise<Platform[]>;
  platformById(id: string): Promise<Platform | null>;
  hasDeployment(platformId: string, deploymentId: string): Promise<boolean>;
  saveNonce(entry: {
    state: string;
    nonce: string;
    platformId: string;
    /** The frame of the platform's client-side storage the login used, if it did. */
    storageTarget?: string | null;
    expiresAt: Date;
  }): Promise<void>;
  /** Marks the login's nonce used, once: a second use, an unknown state or an expired one is refused. */
  useNonce(state: string, now: Date): Promise<NonceUse>;
  saveLaunch(input: LaunchInput, now: Date): Promise<Launch>;
  /** The launch, unless it is unknown or past its time. */
  launchById(id: string, now: Date): Promise<Launch | null>;
  /** Queues a score; the same attempt of the same launch is queued once (the first entry is returned). */
  enqueueScore(entry: {
    launchId: string;
    attemptKey: string;
    score: Record<string, unknown>;
    now: Date;
  }): Promise<{ entry: OutboxEntry; created: boolean }>;
  /**
   * Takes up to `limit` entries that are due, for this caller alone: each is leased until `now + leaseMs`
   * (its try counted), so another instance neither takes it now nor before the lease runs out.
   */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<OutboxEntry[]>;
  markDelivered(id: string, now: Date): Promise<void>;
  /** Records a failed try: due again at `nextTryAt`, or given up when that is null. */
  markFailed(id: string, error: string, nextTryAt: Date | null, now: Date): Promise<void>;
  outboxEntry(id: string): Promise<OutboxEntry | null>;
  outboxFor(launchId: string): Promise<OutboxEntry[]>;
  /** Deletes expired nonces and expired launches (with their outbox) that have no score still pending. */
  cleanUp(now: Date): Promise<{ nonces: number; launches: number }>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function createStore(sql: Sql): Promise<Store> {
  await migrate(sql);
  const q: Queryable = sql;
  return {
    kind: sql.kind,
    async registerPlatform(input, deploymentIds, now) {
      return sql.transaction(async (tx) => {
        const { rows } = await tx.query<Row>(
          `INSERT INTO lti_platforms (id, issuer, client_id, name, auth_url, token_url, jwks_url, registered_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (issuer, client_id) DO UPDATE SET name = EXCLUDED.name, auth_url = EXCLUDED.auth_url,
             token_url = EXCLUDED.token_url, jwks_url = EXCLUDED.jwks_url
           RETURNING *`,
          [
            randomUUID(),
            input.issuer,
            input.clientId,
            input.name,
            input.authUrl,
            input.tokenUrl,
            input.jwksUrl,
            now,
          ],
        );
        const platform = platformOf(rows[0]!);
        for (const deployment of deploymentIds) {
          await tx.query(
            'INSERT INTO lti_deployments (platform_id, deployment_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
            [platform.id, deployment],
          );
        }
        return platform;
      });
    },
    async addDeployment(platformId, deploymentId) {
      await q.query(
        'INSERT INTO lti_deployments (platform_id, deployment_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [platformId, deploymentId],
      );
    },
    async platformsByIssuer(issuer) {
      const { rows } = await q.query<Row>(
        'SELECT * FROM lti_platforms WHERE issuer = $1 ORDER BY registered_at, id',
        [issuer],
      );
      return rows.map(platformOf);
    },
    async platformById(id) {
      const { rows } = await q.query<Row>('SELECT * FROM lti_platforms WHERE id = $1', [id]);
      return rows[0] ? platformOf(rows[0]) : null;
    },
    async hasDeployment(platformId, deploymentId) {
      const { rows } = await q.query(
        'SELECT 1 FROM lti_deployments WHERE platform_id = $1 AND deployment_id = $2',
        [platformId, deploymentId],
      );
      return rows.length > 0;
    },
    async saveNonce({ state, nonce, platformId, storageTarget = null, expiresAt }) {
      await q.query(
        'INSERT INTO lti_nonces (state, nonce, platform_id, storage_target, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [state, nonce, platformId, storageTarget, expiresAt],
      );
    },
    async useNonce(state, now) {
      const { rows } = await q.query<Row>(
        `UPDATE lti_nonces SET used_at = $2 WHERE state = $1 AND used_at IS NULL AND expires_at > $2
         RETURNING nonce, platform_id, storage_target`,
        [state, now],
      );
      if (rows[0]) {
        return {
          ok: true,
          nonce: rows[0].nonce as string,
          platformId: rows[0].platform_id as string,
          storageTarget: (rows[0].storage_target as string | null) ?? null,
        };
      }
      const seen = await q.query<Row>('SELECT used_at FROM lti_nonces WHERE state = $1', [state]);
      if (!seen.rows[0]) return { ok: false, reason: 'unknown' };
      return { ok: false, reason: seen.rows[0].used_at ? 'used' : 'expired' };
    },
    async saveLaunch(input, now) {
      const { rows } = await q.query<Row>(
        `INSERT INTO lti_launches (id, platform_id, deployment_id, user_sub, line_item_url, can_score, assignment, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
        [
          randomUUID(),
          input.platformId,
          input.deploymentId,
          input.userSub,
          input.lineItemUrl,
          input.canScore,
          input.assignment === null || input.assignment === undefined
            ? null
            : JSON.stringify(input.assignment),
          now,
          new Date(now.getTime() + LAUNCH_DAYS * DAY_MS),
        ],
      );
      return launchOf(rows[0]!);
    },
    async launchById(id, now) {
      const { rows } = await q.query<Row>('SELECT * FROM lti_launches WHERE id = $1 AND expires_at > $2', [
        id,
        now,
      ]);
      return rows[0] ? launchOf(rows[0]) : null;
    },
    async enqueueScore({ launchId, attemptKey, score, now }) {
      const inserted = await q.query<Row>(
        `INSERT INTO lti_outbox (id, launch_id, attempt_key, score, status, next_try_at, created_at)
         VALUES ($1, $2, $3, $4, 'pending', $5, $5)
         ON CONFLICT (launch_id, attempt_key) DO NOTHING RETURNING *`,
        [randomUUID(), launchId, attemptKey, JSON.stringify(score), now],
      );
      if (inserted.rows[0]) return { entry: entryOf(inserted.rows[0]), created: true };
      const { rows } = await q.query<Row>(
        'SELECT * FROM lti_outbox WHERE launch_id = $1 AND attempt_key = $2',
        [launchId, attemptKey],
      );
      return { entry: entryOf(rows[0]!), created: false };
    },
    async claimDue(now, limit, leaseMs) {
      const { rows } = await q.query<Row>(
        `UPDATE lti_outbox SET tries = tries + 1, next_try_at = $3
         WHERE id IN (
           SELECT id FROM lti_outbox WHERE status = 'pending' AND next_try_at <= $1
           ORDER BY next_try_at LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING *`,
        [now, limit, new Date(now.getTime() + leaseMs)],
      );
      return rows.map(entryOf);
    },
    async markDelivered(id, now) {
      await q.query(
        "UPDATE lti_outbox SET status = 'delivered', done_at = $2, last_error = NULL WHERE id = $1",
        [id, now],
      );
    },
    async markFailed(id, error, nextTryAt, now) {
      if (nextTryAt) {
        await q.query('UPDATE lti_outbox SET last_error = $2, next_try_at = $3 WHERE id = $1', [
          id,
          error.slice(0, 500),
          nextTryAt,
        ]);
      } else {
        await q.query(
          "UPDATE lti_outbox SET status = 'given_up', last_error = $2, done_at = $3 WHERE id = $1",
          [id, error.slice(0, 500), now],
        );
      }
    },
    async outboxEntry(id) {
      const { rows } = await q.query<Row>('SELECT * FROM lti_outbox WHERE id = $1', [id]);
      return rows[0] ? entryOf(rows[0]) : null;
    },
    async outboxFor(launchId) {
      const { rows } = await q.query<Row>(
        'SELECT * FROM lti_outbox WHERE launch_id = $1 ORDER BY created_at, id',
        [launchId],
      );
      return rows.map(entryOf);
    },
    async cleanUp(now) {
      const nonces = await q.query('DELETE FROM lti_nonces WHERE expires_at <= $1', [now]);
      const launches = await q.query(
        `DELETE FROM lti_launches l WHERE l.expires_at <= $1
         AND NOT EXISTS (SELECT 1 FROM lti_outbox o WHERE o.launch_id = l.id AND o.status = 'pending')`,
        [now],
      );
      return { nonces: nonces.rowCount, launches: launches.rowCount };
    },
    ping: () => sql.ping(),
    close: () => sql.close(),
  };
}

/** A store the environment cannot have: the instance must not start. */
export class StoreConfigError extends Error {}

/**
 * The store the environment asks for: PostgreSQL at DATABASE_URL, else PGlite in `<dataDir>/pglite` —
 * except on an instance of several, which refuses PGlite: a launch made on one instance must be found by
 * the others, and one PGlite folder cannot be opened by two processes.
 */
export async function openStore(
  env: Readonly<Record<string, string | undefined>>,
  dataDir: string,
): Promise<Store> {
  const url = env.DATABASE_URL?.trim();
  const several = severalInstancesReason(env);
  if (!url && several) {
    throw new StoreConfigError(
      `This instance is one of several (${several}), so it will not keep an embedded database of its own: ` +
        'every instance must find the launches and scores the others made. Give every instance the same ' +
        'PostgreSQL server in DATABASE_URL.',
    );
  }
  return createStore(url ? await postgresSql(url) : await pgliteSql(path.join(dataDir, 'pglite')));
}

let opened: Promise<Store> | undefined;

/** This process's store, opened (and migrated) on first use; a failed open is retried on the next call. */
export function getStore(): Promise<Store> {
  opened ??= openStore(process.env, path.join(process.cwd(), 'data')).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

/** The store if it was opened, for the shutdown: closing never opens one. */
export function openedStore(): Promise<Store> | undefined {
  return opened;
}

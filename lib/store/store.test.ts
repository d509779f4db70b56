import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBin, startPostgres, type PostgresProcess } from '@/lib/testing/postgres';
import { migrate, MIGRATIONS } from './migrations';
import { pgliteSql, postgresSql, type Sql } from './sql';
import { createStore, LAUNCH_DAYS, openStore, StoreConfigError, type Store } from './store';

/*
 * The same tests against PGlite (the embedded default) and a real PostgreSQL server started for them. Without
 * PostgreSQL installed the second set is skipped with a title that says so — except under CI, where it runs
 * (and fails if the server is missing: .ci/run installs it).
 */

const havePostgres = Boolean(postgresBin()) || Boolean(process.env.CI);
let server: PostgresProcess | undefined;

afterAll(() => server?.stop());

/** The URL of a new, empty database on the test server (started on first use). */
async function emptyDatabase(): Promise<string> {
  server ??= await startPostgres();
  const admin = await postgresSql(server.url, 1);
  const name = `fr_test_${Math.random().toString(36).slice(2, 10)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.close();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

const backends: { name: string; skip: boolean; open: () => Promise<Sql> }[] = [
  { name: 'PGlite', skip: false, open: () => pgliteSql() },
  {
    name: havePostgres
      ? 'PostgreSQL'
      : 'PostgreSQL (SKIPPED: initdb/pg_ctl not found; apt-get install postgresql)',
    skip: !havePostgres,
    open: async () => postgresSql(await emptyDatabase()),
  },
];

const platform = {
  issuer: 'https://lms.example',
  clientId: 'client-1',
  name: 'Example LMS',
  authUrl: 'https://lms.example/auth',
  tokenUrl: 'https://lms.example/token',
  jwksUrl: 'https://lms.example/jwks',
};
const t0 = new Date('2026-03-01T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe.each(backends)('the store on $name', ({ skip, open }) => {
  let sql: Sql;
  let store: Store;

  beforeAll(async () => {
    if (skip) return;
    sql = await open();
    store = await createStore(sql);
  }, 60_000);
  afterAll(async () => {
    if (!skip) await store.close();
  });

  /** A launch that may send a score, on the platform the first test registers. */
  async function scoringLaunch() {
    const [p] = await store.platformsByIssuer(platform.issuer);
    const input = { platformId: p!.id, deploymentId: 'd1', userSub: 'u', lineItemUrl: 'x', canScore: true };
    return store.saveLaunch({ ...input, assignment: null }, t0);
  }

  it.skipIf(skip)('records each migration once, so a second start applies nothing', async () => {
    expect(await migrate(sql)).toEqual([]);
    const { rows } = await sql.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it.skipIf(skip)(
    'keeps one platform per issuer and client id, with every deployment it was given',
    async () => {
      const first = await store.registerPlatform(platform, ['d1'], t0);
      const again = await store.registerPlatform({ ...platform, name: 'Renamed' }, ['d2'], later(1000));
      expect(again.id).toBe(first.id);
      expect(again.name).toBe('Renamed');
      const other = await store.registerPlatform({ ...platform, clientId: 'client-2' }, [], t0);
      expect(other.id).not.toBe(first.id);
      expect((await store.platformsByIssuer(platform.issuer)).map((p) => p.clientId).sort()).toEqual([
        'client-1',
        'client-2',
      ]);
      expect(await store.hasDeployment(first.id, 'd1')).toBe(true);
      expect(await store.hasDeployment(first.id, 'd2')).toBe(true);
      expect(await store.hasDeployment(other.id, 'd1')).toBe(false);
      expect(await store.platformById(first.id)).toMatchObject({ tokenUrl: platform.tokenUrl });
    },
  );

  it.skipIf(skip)('lets a nonce be used once, and refuses an unknown or expired one', async () => {
    const [p] = await store.platformsByIssuer(platform.issuer);
    await store.saveNonce({ state: 's-once', nonce: 'n1', platformId: p!.id, expiresAt: later(60_000) });
    await store.saveNonce({ state: 's-old', nonce: 'n2', platformId: p!.id, expiresAt: later(60_000) });
    expect(await store.useNonce('s-once', later(1000))).toEqual({
      ok: true,
      nonce: 'n1',
      platformId: p!.id,
      storageTarget: null,
    });
    expect(await store.useNonce('s-once', later(2000))).toEqual({ ok: false, reason: 'used' });
    expect(await store.useNonce('s-nobody', later(1000))).toEqual({ ok: false, reason: 'unknown' });
    expect(await store.useNonce('s-old', later(60_000))).toEqual({ ok: false, reason: 'expired' });
  });

  it.skipIf(skip)('returns a launch within its time, and none after', async () => {
    const [p] = await store.platformsByIssuer(platform.issuer);
    const input = {
      platformId: p!.id,
      deploymentId: 'd1',
      userSub: 'user-7',
      lineItemUrl: 'https://lms.example/lineitems/1',
      canScore: true,
      assignment: { passMarkPct: 80, lessons: ['a'] },
    };
    const launch = await store.saveLaunch(input, t0);
    expect(await store.launchById(launch.id, later(1000))).toMatchObject(input);
    expect(await store.launchById(launch.id, later(LAUNCH_DAYS * 86_400_000))).toBeNull();
  });

  it.skipIf(skip)('queues an attempt once, and hands a due entry to one claimer at a time', async () => {
    const launch = await scoringLaunch();
    const score = { scoreGiven: 90, scoreMaximum: 100 };
    const a = await store.enqueueScore({ launchId: launch.id, attemptKey: 'k', score, now: t0 });
    const b = await store.enqueueScore({ launchId: launch.id, attemptKey: 'k', score, now: later(5) });
    expect(a.created).toBe(true);
    expect(b).toEqual({ entry: a.entry, created: false });

    const [first, second] = await Promise.all([
      store.claimDue(t0, 10, 60_000),
      store.claimDue(t0, 10, 60_000),
    ]);
    const claimed = [...first!, ...second!].filter((e) => e.launchId === launch.id);
    expect(claimed).toHaveLength(1);
    expect(claimed[0]!.tries).toBe(1);
    // Leased: not due again until the lease runs out.
    expect((await store.claimDue(later(59_000), 10, 60_000)).some((e) => e.id === a.entry.id)).toBe(false);

    await store.markFailed(a.entry.id, 'token endpoint answered 503', later(30_000), later(1000));
    const retried = await store.claimDue(later(30_000), 10, 60_000);
    expect(retried.find((e) => e.id === a.entry.id)).toMatchObject({
      tries: 2,
      lastError: 'token endpoint answered 503',
    });
    await store.markDelivered(a.entry.id, later(31_000));
    expect(await store.outboxEntry(a.entry.id)).toMatchObject({ status: 'delivered', lastError: null });
    expect(await store.claimDue(later(10 * 86_400_000), 10, 60_000)).toEqual([]);
  });

  it.skipIf(skip)('gives up an entry when told, and keeps it out of every later claim', async () => {
    const launch = await scoringLaunch();
    const { entry } = await store.enqueueScore({ launchId: launch.id, attemptKey: 'k', score: {}, now: t0 });
    await store.claimDue(t0, 10, 1000);
    await store.markFailed(entry.id, 'the platform refused the token (401)', null, later(1000));
    expect(await store.outboxFor(launch.id)).toEqual([
      expect.objectContaining({ status: 'given_up', lastError: 'the platform refused the token (401)' }),
    ]);
    expect(await store.claimDue(later(86_400_000), 10, 1000)).toEqual([]);
  });

  it.skipIf(skip)(
    'cleans up expired nonces and launches, but keeps a launch whose score is still pending',
    async () => {
      const [p] = await store.platformsByIssuer(platform.issuer);
      const base = {
        platformId: p!.id,
        deploymentId: 'd1',
        userSub: 'u',
        lineItemUrl: 'x',
        canScore: true,
        assignment: null,
      };
      const done = await store.saveLaunch(base, t0);
      const waiting = await store.saveLaunch(base, t0);
      await store.enqueueScore({ launchId: waiting.id, attemptKey: 'w', score: {}, now: t0 });
      await store.saveNonce({ state: 's-clean', nonce: 'n', platformId: p!.id, expiresAt: later(1000) });
      const afterLaunches = later(LAUNCH_DAYS * 86_400_000 + 1);
      const removed = await store.cleanUp(afterLaunches);
      expect(removed.nonces).toBeGreaterThanOrEqual(1);
      expect(await store.useNonce('s-clean', afterLaunches)).toEqual({ ok: false, reason: 'unknown' });
      const { rows } = await sql.query<{ id: string }>('SELECT id FROM lti_launches WHERE id = ANY($1)', [
        [done.id, waiting.id],
      ]);
      expect(rows.map((r) => r.id)).toEqual([waiting.id]);
    },
  );

  it.skipIf(skip)('answers ping while open', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
});

describe('openStore', () => {
  it('keeps PGlite in the data folder for a single instance, and finds it again there', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'fr-store-'));
    try {
      const first = await openStore({}, dataDir);
      const registered = await first.registerPlatform(platform, ['d1'], t0);
      await first.close();
      const again = await openStore({}, dataDir);
      expect((await again.platformsByIssuer(platform.issuer)).map((p) => p.id)).toEqual([registered.id]);
      expect(await again.hasDeployment(registered.id, 'd1')).toBe(true);
      await again.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses an embedded database on an instance of several, and says to give it DATABASE_URL', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'fr-store-'));
    try {
      for (const env of [{ REDIS_URL: 'redis://127.0.0.1:6379' }, { FR_INSTANCES: '2' }]) {
        const opening = openStore(env, dataDir);
        await expect(opening).rejects.toBeInstanceOf(StoreConfigError);
        await expect(opening).rejects.toThrow(/one of several .*DATABASE_URL/);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!havePostgres)('migrations on a PostgreSQL server', () => {
  it('several instances starting at once on an empty database apply each migration once, and all start', async () => {
    const url = await emptyDatabase();
    const instances = await Promise.all(Array.from({ length: 4 }, () => postgresSql(url)));
    try {
      const applied = await Promise.all(instances.map((sql) => migrate(sql)));
      const versions = MIGRATIONS.map((m) => m.version);
      expect(applied.flat().sort((a, b) => a - b)).toEqual(versions);
      const recorded = await instances[0]!.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(recorded.rows.map((r) => r.version)).toEqual(versions);
    } finally {
      await Promise.all(instances.map((sql) => sql.close()));
    }
  }, 60_000);
});

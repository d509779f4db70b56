import { existsSync, readFileSync } from 'node:fs';
import { hostname as machineName } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';

import { handleCertificatePost } from '@/lib/certificates/http';
import { certificateEndpoint } from '@/lib/certificates/server';
import { parseTrustProxy, ProxyTrustError, type ProxyTrust } from '@/lib/http/client';
import { positiveInt, sharedRedis } from '@/lib/http/settings';
import { logLine } from '@/lib/log/log';
import { API_HEADERS, SECURITY_HEADERS } from '@/lib/security/headers.mjs';
import { getKeyRing, KeyConfigError } from '@/lib/signing/keys';
import { getToolKey } from '@/lib/lti/keys';
import { getStore, StoreConfigError } from '@/lib/store/store';
import { createAppServer } from './app-server';
import { healthz, readyz, type ReadinessCheck } from './health';
import { ltiRoutes, startLtiOutbox } from './lti-routes';
import { stopGracefully } from './shutdown';

/*
 * `npm run serve` (and `npm start` after the build): the production build, served by Next, with
 * POST /api/certificates, /healthz and /readyz answered directly (see app-server.ts). Bundled into .next/ by
 * scripts/build-server.mjs; `next dev` does not use it, and serves the signing route through Next.
 *
 * Options as `next start` takes them: -p/--port (or PORT, default 3000), -H/--hostname (or HOSTNAME,
 * default every interface). Settings: README, "Deploying".
 */

function refuse(message: string): never {
  logLine('error', `not started: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  refuse(`the port must be a number from 0 to 65535; got "${values.port ?? process.env.PORT}".`);
}

let trust: ProxyTrust;
try {
  trust = parseTrustProxy(process.env.TRUST_PROXY);
} catch (error) {
  if (error instanceof ProxyTrustError) refuse(error.message);
  throw error;
}

// The key first: an instance that cannot sign (or would sign with a key of its own) does not start.
try {
  await getKeyRing();
  await getToolKey();
} catch (error) {
  if (error instanceof KeyConfigError) refuse(error.message);
  throw error;
}

// The database (PGlite in data/pglite, or DATABASE_URL), migrated before the first request.
let store: Awaited<ReturnType<typeof getStore>>;
try {
  store = await getStore();
} catch (error) {
  if (error instanceof StoreConfigError) refuse(error.message);
  refuse(
    `the database could not be opened or migrated: ${error instanceof Error ? error.message : String(error)}`,
  );
}
const outbox = startLtiOutbox(store);
const cleanUp = setInterval(
  () =>
    void store
      .cleanUp(new Date())
      .then((removed) => {
        if (removed.nonces + removed.launches > 0) logLine('info', 'lti: cleaned up', removed);
      })
      .catch((error: unknown) =>
        logLine('warn', 'lti: clean-up failed', { error: (error as Error).message }),
      ),
  3_600_000,
);
cleanUp.unref();

const instance = process.env.INSTANCE_ID?.trim() || `${machineName()}:${process.pid}`;
const redis = sharedRedis();
const checks: ReadinessCheck[] = [
  { name: 'signing key', check: getKeyRing },
  { name: 'database', check: () => store.ping() },
];
if (redis) checks.push({ name: 'redis', check: () => redis.ping() });
let stopping = false;

// Next takes the config the build recorded, as the standalone server.js gives it (the container image has
// no next.config.mjs); this also keeps Next from warning that `next start` ignores `output: 'standalone'`.
const recorded = path.join(process.cwd(), '.next', 'required-server-files.json');
if (existsSync(recorded)) {
  const { config } = JSON.parse(readFileSync(recorded, 'utf8')) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(config);
}
const app = next({ dev: false, dir: process.cwd(), port, ...(hostname ? { hostname } : {}) });
await app.prepare();

const health = [...SECURITY_HEADERS];
const server = createAppServer(
  [
    ...ltiRoutes(store),
    {
      method: 'POST',
      path: '/api/certificates',
      handle: (request) => handleCertificatePost(request, certificateEndpoint),
      headers: [...SECURITY_HEADERS, ...API_HEADERS],
    },
    { method: 'GET', path: '/healthz', handle: async () => healthz({ instance }), headers: health },
    {
      method: 'GET',
      path: '/readyz',
      handle: () => readyz({ instance, checks, stopping: () => stopping }),
      headers: health,
    },
  ],
  app.getRequestHandler(),
  { trust, accessLog: process.env.LOG_REQUESTS !== '0' },
);
server.listen(port, hostname, () => {
  const shown = hostname && hostname !== '0.0.0.0' ? hostname : 'localhost';
  logLine('info', `Friend Request? is ready on http://${shown}:${port}`, {
    instance,
    redis: redis ? 'shared limits' : 'none: limits in this process',
    database: store.kind,
  });
});

const graceMs = positiveInt(process.env.SHUTDOWN_GRACE_SECONDS, 10) * 1000;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    logLine('info', `${signal}: finishing the requests in flight, taking no new ones`, { instance });
    void stopGracefully(server, graceMs).then(async ({ forced }) => {
      clearInterval(cleanUp);
      await outbox.stop();
      await store.close().catch(() => {});
      await redis?.quit().catch(() => {});
      logLine(forced ? 'warn' : 'info', forced ? 'stopped after the grace period' : 'stopped', { instance });
      process.exit(0);
    });
  });
}

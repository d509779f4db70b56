import { expect, test } from '@playwright/test';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { Redis } from 'ioredis';
import { startTestPlatform } from '../../lib/lti/testing/platform';
import { generateToolJwk } from '../../lib/lti/tool-jwk';
import { verifyToken } from '../../lib/verify/verify';
import { startPostgres, type PostgresProcess } from '../../lib/testing/postgres';
import { startRedis, type RedisProcess } from '../../lib/testing/redis';
import { passingAnswers } from '../support/certificate';
import {
  runRefusedInstance,
  startInstance,
  startInstances,
  startNginx,
  type Instance,
} from '../support/topology';

/*
 * Two instances of the production build behind nginx (deploy/nginx.conf), sharing Redis and PostgreSQL, on
 * loopback: the topology of compose.yaml, as an operator would run it.
 */

test.describe.configure({ mode: 'serial' });

const BASE = Number(process.env.E2E_PORT ?? 3100) + 60;
const [PORT_A, PORT_B, PORT_NGINX, PORT_REFUSED, PORT_LMS] = [BASE, BASE + 1, BASE + 2, BASE + 3, BASE + 4];
const BURST = 4;

async function privateKey() {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { private: { ...jwk, kid, alg: 'EdDSA' }, public: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, kid } };
}

let redis: RedisProcess;
/** The store every instance shares (an instance of several refuses an embedded one). */
let postgres: PostgresProcess;
let redisClient: Redis;
let nginx: { origin: string; stop: () => Promise<number | null> };
let a: Instance;
let b: Instance;
let first: Awaited<ReturnType<typeof privateKey>>;
/** The LTI tool's key, the same for both instances (one of several must be given one). */
let ltiKey: string;
/** The instances' key and the earlier public keys they publish, as the last (re)start gave them. */
let current: { key: object; previous: object[] };
const issuerOrigin = `http://127.0.0.1:${PORT_NGINX}`;

function envFor(id: string, key: object, previous: object[] = []): Record<string, string> {
  return {
    INSTANCE_ID: id,
    REDIS_URL: redis.url,
    DATABASE_URL: postgres.url,
    TRUST_PROXY: '1',
    CERT_SIGNING_KEY: JSON.stringify(key),
    LTI_SIGNING_KEY: ltiKey,
    CERT_PREVIOUS_PUBLIC_KEYS: JSON.stringify(previous),
    CERT_ISSUER_ORIGIN: issuerOrigin,
    CERT_RATE_LIMIT_BURST: String(BURST),
    CERT_RATE_LIMIT_PER_MINUTE: String(BURST),
    SHUTDOWN_GRACE_SECONDS: '10',
  };
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  redis = await startRedis();
  postgres = await startPostgres();
  redisClient = new Redis(redis.url);
  first = await privateKey();
  ltiKey = JSON.stringify(await generateToolJwk());
  current = { key: first.private, previous: [] };
  [a, b] = (await startInstances([
    { port: PORT_A, env: envFor('module-1', first.private) },
    { port: PORT_B, env: envFor('module-2', first.private) },
  ])) as [Instance, Instance];
  nginx = await startNginx(PORT_NGINX, [PORT_A, PORT_B]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop(), nginx?.stop()]);
  await redisClient?.quit();
  await redis?.stop();
  postgres?.stop();
});

test.beforeEach(async () => {
  await redisClient.flushall();
});

const post = (origin: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(origin + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

test('requests through nginx reach both instances', async () => {
  const seen = new Set<string>();
  for (let i = 0; i < 10; i++) {
    const response = await fetch(`${nginx.origin}/healthz`);
    expect(response.status).toBe(200);
    seen.add(((await response.json()) as { instance: string }).instance);
  }
  expect([...seen].sort()).toEqual(['module-1', 'module-2']);
});

test('one client’s limit holds across both instances, and a rotating X-Forwarded-For does not escape it', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < BURST * 2; i++)
    statuses.push((await post(nginx.origin, '/api/certificates', {})).status);
  // The limit comes first: BURST answers (400, the body is empty), then 429s, whichever instance answered.
  expect(statuses).toEqual([...Array(BURST).fill(400), ...Array(BURST).fill(429)]);
  const served = (instance: Instance) =>
    instance.lines().filter((line) => line.message === 'request' && line.path === '/api/certificates').length;
  expect(served(a)).toBeGreaterThan(0);
  expect(served(b)).toBeGreaterThan(0);

  await redisClient.flushall();
  const rotating: number[] = [];
  for (let i = 0; i < BURST * 2; i++) {
    const spoof = { 'x-forwarded-for': `203.0.113.${i + 1}`, 'x-real-ip': `198.51.100.${i + 1}` };
    rotating.push((await post(nginx.origin, '/api/certificates', {}, spoof)).status);
  }
  expect(rotating.filter((s) => s !== 429)).toHaveLength(BURST);
  // The other endpoint keeps its own limit.
  expect((await post(nginx.origin, '/api/assignments', {})).status).toBe(400);
});

test('a certificate signed by one instance verifies on the other, before and after a key rotation', async () => {
  const sign = async (origin: string) => {
    const response = await post(origin, '/api/certificates', { name: 'Ana Lima', answers: passingAnswers() });
    expect(response.status).toBe(200);
    return ((await response.json()) as { credential: string }).credential;
  };
  const keysOf = async (instance: Instance) =>
    (await (await fetch(`${instance.origin}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string; kty: string }[];
    };
  const verifiesOn = async (credential: string, instance: Instance) =>
    (await verifyToken(credential, { keys: await keysOf(instance), issuerOrigin })).valid;

  const before = await sign(a.origin);
  expect(await verifiesOn(before, b)).toBe(true);

  // Rotation, one instance at a time: the new key signs, the old one stays published.
  const next = await privateKey();
  current = { key: next.private, previous: [first.public] };
  for (const [instance, id, port] of [
    [b, 'module-2', PORT_B],
    [a, 'module-1', PORT_A],
  ] as const) {
    await instance.stop();
    const restarted = await startInstance(port, envFor(id, current.key, current.previous));
    if (id === 'module-1') a = restarted;
    else b = restarted;
  }
  const after = await sign(b.origin);
  for (const instance of [a, b]) {
    const { keys } = await keysOf(instance);
    // The certificate keys, the new one first; and the LTI tool's key, the same on both.
    expect(keys.filter((k) => k.kty === 'OKP').map((k) => k.kid)).toEqual([
      next.public.kid,
      first.public.kid,
    ]);
    expect(keys.filter((k) => k.kty === 'RSA').map((k) => k.kid)).toEqual([JSON.parse(ltiKey).kid]);
    expect(await verifiesOn(before, instance)).toBe(true);
    expect(await verifiesOn(after, instance)).toBe(true);
  }
});

test('an LMS registered through one instance launches through the other, and a launch is used once', async () => {
  const platform = await startTestPlatform({ port: PORT_LMS, toolOrigin: issuerOrigin });
  try {
    // Dynamic registration, answered by instance A.
    const registered = await fetch(`${a.origin}/lti/register?${platform.registrationQuery()}`);
    expect(registered.status).toBe(200);
    expect(await registered.text()).toContain('The tool is registered');

    // The LMS's login reaches instance B, which finds the registration A stored.
    const login = await fetch(`${b.origin}/lti/login`, {
      method: 'POST',
      body: new URLSearchParams({
        iss: platform.issuer,
        login_hint: 'learner-scale',
        target_link_uri: `${issuerOrigin}/lti/launch`,
        client_id: platform.clientId,
      }),
    });
    expect(login.status).toBe(200);
    const stateCookie = /fr_lti_state=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
    const auth = JSON.parse(/const auth=("[^"]+")/.exec(await login.text())![1]!) as string;
    platform.plan = { messageType: 'LtiResourceLinkRequest', sub: 'learner-scale', roles: [] };
    const html = await (await fetch(auth)).text();
    const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)![1]!;
    const postLaunch = (instance: Instance) =>
      fetch(`${instance.origin}/lti/launch`, {
        method: 'POST',
        headers: { cookie: stateCookie },
        body: new URLSearchParams({ id_token: field('id_token'), state: field('state') }),
      });

    // The launch reaches instance A, which finds the nonce B kept, and opens the activity.
    const launch = await postLaunch(a);
    expect(launch.status).toBe(200);
    expect(await launch.text()).toContain('<h1>Opening the activity</h1>');

    // The same launch posted again, to the other instance: refused, since the nonce is used once everywhere.
    const replayed = await postLaunch(b);
    expect(replayed.status).toBe(401);
    expect(await replayed.text()).toContain('This launch was already used');
  } finally {
    await platform.stop();
  }
});

test('an instance configured as one of several will not start with a key it made itself', async () => {
  const { CERT_SIGNING_KEY: _key, ...withoutKey } = envFor('module-3', first.private);
  void _key;
  const { code, out } = await runRefusedInstance(PORT_REFUSED, withoutKey);
  expect(code).toBe(1);
  expect(out).toMatch(/not started: This instance is one of several \(REDIS_URL is set\)/);
});

test('an instance of several will not start on an embedded database: it asks for DATABASE_URL', async () => {
  const { DATABASE_URL: _url, ...withoutDatabase } = envFor('module-3', first.private);
  void _url;
  const { code, out } = await runRefusedInstance(PORT_REFUSED, withoutDatabase);
  expect(code).toBe(1);
  expect(out).toMatch(/not started: This instance is one of several \(REDIS_URL is set\).*DATABASE_URL/);
});

test('a CDN may keep the prerendered pages and hashed assets; API answers are never stored', async () => {
  const page = await fetch(`${nginx.origin}/lessons/the-study`);
  expect(page.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
  const html = await page.text();
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  expect((await fetch(nginx.origin + asset)).headers.get('cache-control')).toBe(
    'public, max-age=31536000, immutable',
  );
  for (const response of [
    await post(nginx.origin, '/api/certificates', {}),
    await post(nginx.origin, '/api/assignments', {}),
    await fetch(`${nginx.origin}/readyz`),
  ]) {
    expect(response.headers.get('cache-control')).toBe('no-store');
  }
});

test('an instance stopped mid-load costs no failed request: nginx sends its share to the other', async () => {
  const paths = ['/', '/lessons/the-study', '/healthz', '/verify'];
  const statuses: number[] = [];
  let sent = 0;
  let stopped: Promise<number | null> | undefined;
  const worker = async () => {
    while (sent < 600) {
      const path = paths[sent++ % paths.length]!;
      if (sent === 150) stopped = a.stop();
      const response = await fetch(nginx.origin + path);
      await response.arrayBuffer();
      statuses.push(response.status);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  expect(statuses).toHaveLength(600);
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
  expect(await stopped).toBe(0);
  expect(a.lines().some((line) => line.message === 'stopped')).toBe(true);
  a = await startInstance(PORT_A, envFor('module-1', current.key, current.previous));
});

test('with Redis down, an instance says it is not ready and still signs on its own limit', async () => {
  await redis.stop();
  const ready = await fetch(`${b.origin}/readyz`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toMatchObject({ status: 'not ready', checks: { 'signing key': 'ok' } });
  const signed = await post(b.origin, '/api/certificates', { name: 'Ana Lima', answers: passingAnswers() });
  expect(signed.status).toBe(200);
  expect(b.lines().some((line) => String(line.message).startsWith('Redis is unreachable'))).toBe(true);
  redis = await startRedis(redis.port);
});

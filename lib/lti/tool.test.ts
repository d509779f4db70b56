import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedAssignment } from '@/lib/assignments/testing';
import { jwksOf, newSigningKey } from '@/lib/signing/testing';
import type { SigningKey } from '@/lib/signing/jws';
import { pgliteSql } from '@/lib/store/sql';
import { createStore, type Store } from '@/lib/store/store';
import { ASSIGNMENT_PARAMETER, CLAIM } from './claims';
import { handleDeepLinkResponse } from './deep-link';
import { loadToolKey, type ToolKey } from './keys';
import { generateToolJwk } from './tool-jwk';
import { platformKeys } from './platform-keys';
import { handleRegister } from './registration';
import { startTestPlatform, type TestPlatform } from './testing/platform';
import { handleLaunch, handleLogin, type ToolDeps } from './tool';

const TOOL = 'http://localhost:3400';
let platform: TestPlatform;
let store: Store;
let toolKey: ToolKey;
let certKey: SigningKey;
let deps: ToolDeps;
const logged: string[] = [];

beforeAll(async () => {
  store = await createStore(await pgliteSql());
  toolKey = await loadToolKey({
    env: { LTI_SIGNING_KEY: JSON.stringify(await generateToolJwk()) },
    dataDir: '/nonexistent',
    log: () => {},
  });
  certKey = await newSigningKey();
  platform = await startTestPlatform({ toolOrigin: TOOL });
  // The platform checks the tool's signatures against the tool's keys: here there is no tool server.
  platform.toolKeySet = { keys: [toolKey.publicJwk] };
  deps = {
    store,
    toolKey: async () => toolKey,
    assignmentKeys: async () => jwksOf(certKey),
    platformKeys,
    origin: () => TOOL,
    now: () => new Date(),
    fetch: (input, init) => fetch(input, init),
    log: (_level, message) => void logged.push(message),
  };
}, 60_000);
afterAll(async () => {
  await platform?.stop();
  await store?.close();
});

const post = (path: string, fields: Record<string, string>, cookie?: string) =>
  new Request(`${TOOL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(fields),
  });

async function register(): Promise<void> {
  const response = await handleRegister(
    new Request(`${TOOL}/lti/register?${platform.registrationQuery()}`),
    deps,
  );
  expect(response.status).toBe(200);
}

/** A login initiation, as the platform's course page posts it: the auth URL and the state cookie. */
async function login(extra: Record<string, string> = {}) {
  const response = await handleLogin(
    post('/lti/login', {
      iss: platform.issuer,
      login_hint: 'learner',
      target_link_uri: `${TOOL}/lti/launch`,
      client_id: platform.clientId,
      ...extra,
    }),
    deps,
  );
  const html = await response.text();
  const auth = new URL(JSON.parse(/const auth=("[^"]+")/.exec(html)![1]!) as string);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  return {
    response,
    auth,
    cookie,
    state: auth.searchParams.get('state')!,
    nonce: auth.searchParams.get('nonce')!,
  };
}

/** The platform's answer to the auth request: its form's id_token and state. */
async function authorize(auth: URL) {
  const html = await (await fetch(auth)).text();
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)![1]!;
  return { id_token: field('id_token'), state: field('state') };
}

describe('dynamic registration', () => {
  it('registers the tool with the platform and keeps its client id and deployment', async () => {
    await register();
    const [registration] = platform.received.registrations;
    expect(registration).toMatchObject({
      initiate_login_uri: `${TOOL}/lti/login`,
      redirect_uris: [`${TOOL}/lti/launch`],
      jwks_uri: `${TOOL}/.well-known/jwks.json`,
    });
    const [kept] = await store.platformsByIssuer(platform.issuer);
    expect(kept).toMatchObject({ clientId: platform.clientId, tokenUrl: `${platform.origin}/token` });
    expect(await store.hasDeployment(kept!.id, platform.deploymentId)).toBe(true);
  });

  it('explains itself with a 400 page when opened without an LMS', async () => {
    const response = await handleRegister(new Request(`${TOOL}/lti/register`), deps);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Register the tool from your LMS');
  });

  it('answers 502 when the platform configuration cannot be fetched', async () => {
    const q = new URLSearchParams({
      openid_configuration: 'http://127.0.0.1:1/.well-known/openid-configuration',
    });
    const response = await handleRegister(new Request(`${TOOL}/lti/register?${q}`), deps);
    expect(response.status).toBe(502);
  });
});

describe('login and launch', () => {
  beforeAll(register);

  it('sends the browser to the platform with a state and nonce it keeps', async () => {
    const { auth, cookie, state } = await login();
    expect(auth.origin + auth.pathname).toBe(`${platform.origin}/auth`);
    expect(auth.searchParams.get('redirect_uri')).toBe(`${TOOL}/lti/launch`);
    expect(auth.searchParams.get('response_mode')).toBe('form_post');
    expect(cookie).toBe(`fr_lti_state=${state}`);
  });

  it('refuses a login from an issuer it does not know with a 400 page', async () => {
    const response = await handleLogin(
      post('/lti/login', {
        iss: 'https://other.example',
        login_hint: 'x',
        target_link_uri: `${TOOL}/lti/launch`,
      }),
      deps,
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('not registered');
  });

  it('opens a resource link once, with the assignment and the line item, and refuses the replay', async () => {
    const { token } = await signedAssignment(certKey, { passMarkPct: 70 }, new Date());
    platform.plan = {
      messageType: 'LtiResourceLinkRequest',
      sub: 'learner-9',
      roles: [],
      custom: { [ASSIGNMENT_PARAMETER]: token },
    };
    const { auth, cookie } = await login();
    const form = await authorize(auth);
    const response = await handleLaunch(post('/lti/launch', form, cookie), deps);
    expect(response.status).toBe(200);
    const html = await response.text();
    const destination = new URL(JSON.parse(/location\.replace\(("[^"]+")\)/.exec(html)![1]!) as string);
    expect(destination.pathname).toBe('/lti/launched');
    const fragment = new URLSearchParams(destination.hash.slice(1));
    expect(fragment.get('a')).toBe(token);
    const launch = await store.launchById(fragment.get('launch')!, new Date());
    expect(launch).toMatchObject({
      userSub: 'learner-9',
      canScore: true,
      lineItemUrl: `${platform.origin}/lineitems/1?course=1`,
    });
    expect(launch!.assignment).toMatchObject({ assignment: { passMarkPct: 70 } });

    const replay = await handleLaunch(post('/lti/launch', form, cookie), deps);
    expect(replay.status).toBe(401);
    expect(await replay.text()).toContain('already used');
  });

  it('refuses an expired id_token with 401', async () => {
    const { state, nonce, cookie } = await login();
    const id_token = await platform.idToken(
      { nonce, sub: 'u', [CLAIM.version]: '1.3.0', [CLAIM.deploymentId]: platform.deploymentId },
      { expSeconds: -600 },
    );
    const response = await handleLaunch(post('/lti/launch', { id_token, state }, cookie), deps);
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('expired');
  });

  it('refuses a forged id_token (signed by another key under the platform’s kid) with 401', async () => {
    const { state, nonce, cookie } = await login();
    const { privateKey } = await generateKeyPair('RS256');
    const id_token = await platform.idToken(
      { nonce, sub: 'u', [CLAIM.version]: '1.3.0', [CLAIM.deploymentId]: platform.deploymentId },
      { key: privateKey },
    );
    const response = await handleLaunch(post('/lti/launch', { id_token, state }, cookie), deps);
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('not signed by your LMS');
  });

  it('refuses a foreign id_token (another issuer) with 401', async () => {
    const { state, nonce, cookie } = await login();
    const id_token = await platform.idToken({ iss: 'https://foreign.example', nonce, sub: 'u' });
    const response = await handleLaunch(post('/lti/launch', { id_token, state }, cookie), deps);
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('not registered');
  });

  it('refuses a launch from an unknown deployment with 403', async () => {
    platform.plan = {
      messageType: 'LtiResourceLinkRequest',
      sub: 'u',
      roles: [],
      deploymentId: 'deployment-x',
    };
    const { auth, cookie } = await login();
    const response = await handleLaunch(post('/lti/launch', await authorize(auth), cookie), deps);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('deployment-x');
  });

  it('refuses a launch whose browser did not begin the login, when no storage was offered', async () => {
    platform.plan = { messageType: 'LtiResourceLinkRequest', sub: 'u', roles: [] };
    const { auth } = await login();
    const response = await handleLaunch(post('/lti/launch', await authorize(auth)), deps);
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('could not be tied to your browser');
  });

  it('checks the state in the platform’s storage when the login used it', async () => {
    const { auth } = await login({ lti_storage_target: '_parent' });
    const response = await handleLaunch(post('/lti/launch', await authorize(auth)), deps);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("subject:'lti.get_data'");
    expect(html).toContain(JSON.stringify(auth.searchParams.get('state')));
  });

  it('answers a malformed body with a 400 page, never a 5xx', async () => {
    const response = await handleLaunch(
      new Request(`${TOOL}/lti/launch`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'x',
      }),
      deps,
    );
    expect(response.status).toBe(400);
    const garbage = await handleLaunch(post('/lti/launch', { id_token: 'not.a.jwt', state: 's' }), deps);
    expect(garbage.status).toBe(400);
    // The page says what to do, not only what was wrong.
    const text = await garbage.text();
    expect(text).toContain('<h1>This launch cannot be read</h1>');
    expect(text).toContain('Open the activity from your LMS again');
  });
});

describe('deep linking', () => {
  beforeAll(register);

  it('answers with a signed resource link, its line item of 100 and the assignment as custom parameters', async () => {
    platform.plan = { messageType: 'LtiDeepLinkingRequest', sub: 'teacher', roles: [] };
    const { auth, cookie } = await login();
    const launched = await handleLaunch(post('/lti/launch', await authorize(auth), cookie), deps);
    const destination = new URL(
      JSON.parse(/location\.replace\(("[^"]+")\)/.exec(await launched.text())![1]!) as string,
    );
    expect(destination.pathname).toBe('/lti/deep-link');
    const ticket = new URLSearchParams(destination.hash.slice(1)).get('ticket')!;
    const { token, assignment } = await signedAssignment(
      certKey,
      { passMarkPct: 90, due: '2027-01-15' },
      new Date(),
    );

    const response = await handleDeepLinkResponse(
      post('/lti/deep-link/response', { ticket, assignment: token }),
      deps,
    );
    const html = await response.text();
    const jwt = /name="JWT" value="([^"]+)"/.exec(html)![1]!;
    const returned = await fetch(`${platform.origin}/deep-link-return`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ JWT: jwt }),
    });
    expect(await returned.text()).toContain('Activity added');
    const payload = platform.received.deepLinks.at(-1)!;
    expect(payload[CLAIM.messageType]).toBe('LtiDeepLinkingResponse');
    expect(payload[CLAIM.data]).toBe('platform-opaque-data');
    expect(payload[CLAIM.contentItems]).toEqual([
      expect.objectContaining({
        type: 'ltiResourceLink',
        url: `${TOOL}/lti/launch`,
        lineItem: expect.objectContaining({ scoreMaximum: 100 }),
        custom: expect.objectContaining({
          [ASSIGNMENT_PARAMETER]: token,
          fr_pass_mark: '90',
          fr_due: assignment.due,
        }),
      }),
    ]);
  });

  it('refuses a changed ticket with a 400 page', async () => {
    const response = await handleDeepLinkResponse(
      post('/lti/deep-link/response', { ticket: 'x.y.z', assignment: 'a' }),
      deps,
    );
    expect(response.status).toBe(400);
  });
});

describe('the launch limit', () => {
  it('answers a client over its limit with a 429 page and Retry-After', async () => {
    const { createRateLimiter } = await import('@/lib/http/rate-limit');
    const limited = { ...deps, limiter: createRateLimiter({ burst: 1, perMinute: 1 }) };
    const ask = () =>
      handleLogin(
        post('/lti/login', { iss: platform.issuer, login_hint: 'x', target_link_uri: `${TOOL}/lti/launch` }),
        limited,
      );
    expect((await ask()).status).not.toBe(429);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

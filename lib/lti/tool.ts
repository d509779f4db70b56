import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Assignment } from '@/lib/assignments/assignment';
import { clientAddress } from '@/lib/http/client';
import type { RateLimiter } from '@/lib/http/rate-limit';
import { verifyAssignmentToken } from '@/lib/assignments/token';
import type { PublishedKeys } from '@/lib/signing/jwks';
import type { Platform, Store } from '@/lib/store/store';
import { ASSIGNMENT_PARAMETER, CLAIM, LTI_PATHS, MESSAGE, SCOPE } from './claims';
import { escapeHtml, page, refusal, scriptJson } from './html';
import type { ToolKey } from './keys';

/*
 * The LTI 1.3 tool, on jose and this small code rather than ltijs: ltijs brings its own Express server,
 * MongoDB (or a Sequelize plugin) and cookie sessions, none of which this server has or wants; what LTI 1.3
 * asks of a tool is an OIDC login redirect, a JWT check against the platform's keys, and two signed JWTs
 * (deep-linking response, client assertion), which jose does. The flows (IMS Security Framework 1.0, LTI Core
 * 1.3, Deep Linking 2.0, Client-side postMessages):
 *
 *   login:  the platform sends iss, login_hint, target_link_uri (…) → a state and a nonce kept in the store →
 *           the browser goes to the platform's auth endpoint. Where the platform offers lti_storage_target, the
 *           state is also put in the platform's frame storage (postMessage); otherwise in a cookie, and when
 *           this frame cannot keep one, the page offers to open the activity in a new window.
 *   launch: the platform posts id_token and state → signature against the platform's JWKS, iss, aud, azp,
 *           exp, the nonce used once, a known deployment → a launch in the store (resource link) or a
 *           deep-linking ticket, handed to the page once the browser proved it began the login.
 */

export interface ToolDeps {
  store: Store;
  toolKey: () => Promise<ToolKey>;
  /** The module's published keys, which sign assignment links. */
  assignmentKeys: () => Promise<PublishedKeys>;
  /** The platform's key set (by default jose's remote JWKS, cached). */
  platformKeys: (jwksUrl: string) => JWTVerifyGetKey;
  origin: (request: Request) => string;
  now: () => Date;
  fetch: typeof fetch;
  log: (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;
  /** The login's and the launch's rate limit per client address (shared through Redis when configured). */
  limiter?: RateLimiter;
}

/** 429 with Retry-After when the client is over its limit, else null. */
async function overLimit(request: Request, deps: ToolDeps): Promise<Response | null> {
  if (!deps.limiter) return null;
  const take = await deps.limiter.take(clientAddress(request));
  if (take.ok) return null;
  const response = refusal(
    429,
    'Too many launches from here',
    `Try again in ${take.retryAfterSeconds} seconds.`,
  );
  response.headers.set('retry-after', String(take.retryAfterSeconds));
  return response;
}

export const NONCE_MINUTES = 10;
const STATE_COOKIE = 'fr_lti_state';
const MAX_FORM_BYTES = 64 * 1024;

const random = () => randomBytes(24).toString('base64url');
const stateKey = (state: string) =>
  `fr_state_${createHash('sha256').update(state).digest('base64url').slice(0, 16)}`;

/** The parameters of a GET query or a urlencoded POST, bounded. */
export async function readParams(request: Request): Promise<URLSearchParams | null> {
  if (request.method === 'GET') return new URL(request.url).searchParams;
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return null;
  const declared = Number(request.headers.get('content-length'));
  if (declared > MAX_FORM_BYTES) return null;
  const text = await request.text();
  if (text.length > MAX_FORM_BYTES) return null;
  return new URLSearchParams(text);
}

const badForm = () =>
  refusal(
    400,
    'This request cannot be read',
    'The tool expects a form (application/x-www-form-urlencoded) of at most 64 kB from your LMS.',
  );

/** Picks the registration a login or launch names: by client id, or the one the issuer has. */
async function findPlatform(store: Store, issuer: string, clientId: string | null): Promise<Platform | null> {
  const platforms = await store.platformsByIssuer(issuer);
  if (clientId) return platforms.find((p) => p.clientId === clientId) ?? null;
  return platforms.length === 1 ? platforms[0]! : null;
}

const unknownPlatform = (issuer: string) =>
  refusal(
    400,
    'This LMS is not registered with the tool',
    `No registration is known for the issuer ${issuer}. An administrator of your LMS registers the tool first ` +
      `(with the registration URL ${LTI_PATHS.register}, see the tool's setup page).`,
  );

// ————— login initiation —————

export async function handleLogin(request: Request, deps: ToolDeps): Promise<Response> {
  const limited = await overLimit(request, deps);
  if (limited) return limited;
  const params = await readParams(request);
  if (!params) return badForm();
  const iss = params.get('iss');
  const loginHint = params.get('login_hint');
  const target = params.get('target_link_uri');
  if (!iss || !loginHint || !target) {
    return refusal(
      400,
      'This launch is missing what it needs',
      'A login from an LMS names iss, login_hint and target_link_uri; this one did not. Open the activity from your LMS again.',
    );
  }
  const platform = await findPlatform(deps.store, iss, params.get('client_id'));
  if (!platform) return unknownPlatform(iss);
  const origin = deps.origin(request);
  if (!target.startsWith(`${origin}/`)) {
    return refusal(
      400,
      'This launch points elsewhere',
      `The target ${target} is not part of this tool (${origin}).`,
    );
  }
  const state = random();
  const nonce = random();
  const storageTarget = params.get('lti_storage_target');
  await deps.store.saveNonce({
    state,
    nonce,
    platformId: platform.id,
    storageTarget,
    expiresAt: new Date(deps.now().getTime() + NONCE_MINUTES * 60_000),
  });
  const auth = new URL(platform.authUrl);
  const query: Record<string, string> = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.clientId,
    redirect_uri: `${origin}${LTI_PATHS.launch}`,
    login_hint: loginHint,
    state,
    nonce,
  };
  const messageHint = params.get('lti_message_hint');
  if (messageHint) query.lti_message_hint = messageHint;
  for (const [k, v] of Object.entries(query)) auth.searchParams.set(k, v);

  const again = new URL(`${origin}${LTI_PATHS.login}`);
  for (const [k, v] of params) if (k !== 'lti_storage_target') again.searchParams.set(k, v);
  const newWindow =
    `<div id="blocked" hidden><p>Your browser does not let this tool keep what it needs inside your LMS's page ` +
    `(its cookies are blocked here, and your LMS offers no other storage).</p>` +
    `<p><a href="${escapeHtml(again.href)}" target="_blank" rel="opener">Open the activity in a new window</a></p></div>`;
  const cookie = `${STATE_COOKIE}=${state}; Path=/lti; Max-Age=${NONCE_MINUTES * 60}; HttpOnly; Secure; SameSite=None`;
  const script =
    `const auth=${scriptJson(auth.href)},target=${scriptJson(storageTarget)},key=${scriptJson(stateKey(state))},` +
    `state=${scriptJson(state)},platformOrigin=${scriptJson(new URL(platform.authUrl).origin)};` +
    `function blocked(){document.getElementById('wait').hidden=true;document.getElementById('blocked').hidden=false;}` +
    `function viaCookie(){document.cookie='fr_lti_probe=1; Path=/lti; Max-Age=60; Secure; SameSite=None';` +
    `if(document.cookie.indexOf('fr_lti_probe=1')!==-1){location.replace(auth);}else{blocked();}}` +
    `if(target){const frame=target==='_parent'?window.parent:window.parent.frames[target];const id=Math.random().toString(36).slice(2);` +
    `let done=false;const timer=setTimeout(()=>{if(!done){done=true;viaCookie();}},3000);` +
    `window.addEventListener('message',(e)=>{const d=e.data||{};if(done||e.origin!==platformOrigin||d.message_id!==id)return;` +
    `done=true;clearTimeout(timer);if(d.subject==='lti.put_data.response'&&!d.error){location.replace(auth);}else{viaCookie();}});` +
    `if(frame){frame.postMessage({subject:'lti.put_data',message_id:id,key:key,value:state},platformOrigin);}else{done=true;viaCookie();}}` +
    `else{viaCookie();}`;
  return page({
    status: 200,
    title: 'Opening the activity',
    body: `<p id="wait">Signing you in through your LMS…</p>${newWindow}`,
    script,
    headers: { 'set-cookie': cookie },
  });
}

// ————— launch —————

export type LaunchRefusal = { status: number; title: string; message: string };

function refuse(status: number, title: string, message: string): LaunchRefusal {
  return { status, title, message };
}

function cookieValue(request: Request, name: string): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

export interface VerifiedLaunch {
  platform: Platform;
  payload: JWTPayload & Record<string, unknown>;
  storageTarget: string | null;
}

/** Checks an id_token and its state as the IMS Security Framework asks; a refusal says what failed. */
export async function verifyLaunch(
  idToken: string,
  state: string,
  deps: ToolDeps,
): Promise<{ ok: true; launch: VerifiedLaunch } | { ok: false; refusal: LaunchRefusal }> {
  let claims: JWTPayload;
  try {
    claims = decodeJwt(idToken);
  } catch {
    return {
      ok: false,
      refusal: refuse(
        400,
        'This launch cannot be read',
        'What your LMS sent (its id_token) is not a signed launch the tool can read. Open the activity from your LMS again; if this keeps happening, tell whoever runs your LMS.',
      ),
    };
  }
  const audiences = typeof claims.aud === 'string' ? [claims.aud] : (claims.aud ?? []);
  if (typeof claims.iss !== 'string' || audiences.length === 0) {
    return {
      ok: false,
      refusal: refuse(
        400,
        'This launch cannot be read',
        'The launch your LMS sent names no LMS or no tool (its id_token has no issuer or audience). Open the activity from your LMS again; if this keeps happening, tell whoever runs your LMS.',
      ),
    };
  }
  const azp = typeof claims.azp === 'string' ? claims.azp : null;
  const platforms = await deps.store.platformsByIssuer(claims.iss);
  const platform = platforms.find((p) => (azp ? p.clientId === azp : audiences.includes(p.clientId)));
  if (!platform) {
    return {
      ok: false,
      refusal: refuse(
        401,
        'This LMS is not registered with the tool',
        `The launch comes from ${claims.iss}, for a client this tool does not know. An administrator of your LMS registers the tool first.`,
      ),
    };
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, deps.platformKeys(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ['RS256'],
      clockTolerance: 60,
      currentDate: deps.now(),
      requiredClaims: ['exp', 'iat', 'nonce', 'sub'],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      return {
        ok: false,
        refusal: refuse(
          401,
          'This launch has expired',
          'The LMS signed this launch too long ago. Open the activity from your LMS again.',
        ),
      };
    }
    if (
      error instanceof errors.JWKSTimeout ||
      (error instanceof TypeError && !(error instanceof errors.JOSEError))
    ) {
      deps.log('warn', 'lti: the platform key set did not answer', {
        issuer: platform.issuer,
        jwks: platform.jwksUrl,
      });
      return {
        ok: false,
        refusal: refuse(
          502,
          'Your LMS did not answer',
          'The tool could not fetch your LMS’s public keys to check this launch. Try again in a minute.',
        ),
      };
    }
    if (
      error instanceof errors.JWSSignatureVerificationFailed ||
      error instanceof errors.JWKSNoMatchingKey ||
      error instanceof errors.JOSEAlgNotAllowed
    ) {
      return {
        ok: false,
        refusal: refuse(
          401,
          'This launch is not signed by your LMS',
          'Its signature does not match the keys your LMS publishes, so the tool did not open it.',
        ),
      };
    }
    if (error instanceof errors.JOSEError) {
      return {
        ok: false,
        refusal: refuse(
          401,
          'This launch was refused',
          `Its id_token did not pass the checks: ${(error as Error).message}.`,
        ),
      };
    }
    throw error;
  }
  if (audiences.length > 1 && azp !== platform.clientId) {
    return {
      ok: false,
      refusal: refuse(
        401,
        'This launch was refused',
        'The id_token has several audiences and no azp naming this tool.',
      ),
    };
  }
  const used = await deps.store.useNonce(state, deps.now());
  if (!used.ok || used.platformId !== platform.id || used.nonce !== payload.nonce) {
    const replay = !used.ok && used.reason === 'used';
    return {
      ok: false,
      refusal: replay
        ? refuse(
            401,
            'This launch was already used',
            'Each launch from your LMS opens the activity once. Open it from your LMS again.',
          )
        : refuse(
            401,
            'This launch does not match a sign-in',
            'Its state or nonce is unknown, expired or belongs to another sign-in. Open the activity from your LMS again.',
          ),
    };
  }
  const p = payload as JWTPayload & Record<string, unknown>;
  if (p[CLAIM.version] !== '1.3.0') {
    return {
      ok: false,
      refusal: refuse(
        400,
        'This launch was refused',
        'The tool speaks LTI 1.3.0; this launch is of another version.',
      ),
    };
  }
  const deployment = p[CLAIM.deploymentId];
  if (typeof deployment !== 'string' || !(await deps.store.hasDeployment(platform.id, deployment))) {
    return {
      ok: false,
      refusal: refuse(
        403,
        'This deployment is not registered',
        `Your LMS launched from deployment ${typeof deployment === 'string' ? deployment : '(none)'}, which is not registered with the tool. An administrator registers it (dynamic registration again).`,
      ),
    };
  }
  return { ok: true, launch: { platform, payload: p, storageTarget: used.storageTarget } };
}

/** The page that hands the verified launch to the browser, once the browser shows it began the login. */
function handOver(
  destination: string,
  state: string,
  launch: VerifiedLaunch,
  cookieState: string | null,
): Response {
  if (cookieState === state)
    return page({
      status: 200,
      title: 'Opening the activity',
      body: '<p>Opening…</p>',
      script: `location.replace(${scriptJson(destination)});`,
      headers: { 'set-cookie': `${STATE_COOKIE}=; Path=/lti; Max-Age=0; HttpOnly; Secure; SameSite=None` },
    });
  if (!launch.storageTarget) {
    return refusal(
      401,
      'This launch could not be tied to your browser',
      'The browser that opened this launch is not the one that began the sign-in (no state cookie came back). Open the activity from your LMS again; if it keeps happening, open it in a new window.',
    );
  }
  const platformOrigin = new URL(launch.platform.authUrl).origin;
  const script =
    `const target=${scriptJson(launch.storageTarget)},key=${scriptJson(stateKey(state))},state=${scriptJson(state)},` +
    `dest=${scriptJson(destination)},platformOrigin=${scriptJson(platformOrigin)};` +
    `const frame=target==='_parent'?window.parent:window.parent.frames[target];const id=Math.random().toString(36).slice(2);` +
    `function fail(){document.getElementById('wait').hidden=true;document.getElementById('failed').hidden=false;}` +
    `const timer=setTimeout(fail,3000);` +
    `window.addEventListener('message',(e)=>{const d=e.data||{};if(e.origin!==platformOrigin||d.message_id!==id)return;clearTimeout(timer);` +
    `if(d.subject==='lti.get_data.response'&&d.value===state){location.replace(dest);}else{fail();}});` +
    `if(frame){frame.postMessage({subject:'lti.get_data',message_id:id,key:key},platformOrigin);}else{fail();}`;
  return page({
    status: 200,
    title: 'Opening the activity',
    body: '<p id="wait">Checking this launch with your LMS…</p><div id="failed" hidden><p>Your LMS could not confirm that this browser began the sign-in, so the activity was not opened. Open it from your LMS again.</p></div>',
    script,
  });
}

export async function handleLaunch(request: Request, deps: ToolDeps): Promise<Response> {
  const limited = await overLimit(request, deps);
  if (limited) return limited;
  const params = await readParams(request);
  if (!params || request.method !== 'POST') return badForm();
  const platformError = params.get('error');
  if (platformError) {
    return refusal(
      400,
      'Your LMS did not sign you in',
      `It answered ${platformError}${params.get('error_description') ? `: ${params.get('error_description')}` : ''}. Open the activity from your LMS again.`,
    );
  }
  const idToken = params.get('id_token');
  const state = params.get('state');
  if (!idToken || !state) {
    return refusal(
      400,
      'This launch is missing what it needs',
      'A launch posts id_token and state; this one did not.',
    );
  }
  const verified = await verifyLaunch(idToken, state, deps);
  if (!verified.ok) {
    deps.log('warn', 'lti: launch refused', { status: verified.refusal.status, why: verified.refusal.title });
    return refusal(verified.refusal.status, verified.refusal.title, verified.refusal.message);
  }
  const { launch } = verified;
  const { payload, platform } = launch;
  const origin = deps.origin(request);
  const cookieState = cookieValue(request, STATE_COOKIE);
  const messageType = payload[CLAIM.messageType];

  if (messageType === MESSAGE.deepLinking) {
    const settings = payload[CLAIM.deepLinkingSettings] as
      { deep_link_return_url?: unknown; accept_types?: unknown; data?: unknown } | undefined;
    if (typeof settings?.deep_link_return_url !== 'string') {
      return refusal(400, 'This request cannot be answered', 'The deep-linking request names no return URL.');
    }
    if (Array.isArray(settings.accept_types) && !settings.accept_types.includes('ltiResourceLink')) {
      return refusal(
        400,
        'This LMS asks for another kind of content',
        'The tool adds a resource link; your LMS does not accept one here.',
      );
    }
    const key = await deps.toolKey();
    const ticket = await new SignJWT({
      platform: platform.id,
      deployment: payload[CLAIM.deploymentId] as string,
      returnUrl: settings.deep_link_return_url,
      ...(typeof settings.data === 'string' ? { data: settings.data } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'fr-lti-deep-link+jwt' })
      .setIssuedAt(Math.floor(deps.now().getTime() / 1000))
      .setExpirationTime(Math.floor(deps.now().getTime() / 1000) + 3600)
      .setAudience(origin)
      .sign(key.privateKey);
    return handOver(`${origin}${LTI_PATHS.deepLink}#ticket=${ticket}`, state, launch, cookieState);
  }
  if (messageType !== MESSAGE.resourceLink) {
    return refusal(
      400,
      'This kind of launch is not supported',
      `The tool opens resource links and deep linking, not ${String(messageType)}.`,
    );
  }

  const custom = (payload[CLAIM.custom] ?? {}) as Record<string, unknown>;
  let assignment: { token: string; assignment: Assignment } | null = null;
  const token = custom[ASSIGNMENT_PARAMETER];
  if (typeof token === 'string' && token !== '') {
    const checked = await verifyAssignmentToken(token, await deps.assignmentKeys(), deps.now());
    if (!checked.ok) {
      return refusal(
        400,
        'This activity’s assignment is not valid',
        `${checked.message} Ask your instructor to add the activity again.`,
      );
    }
    assignment = { token, assignment: checked.assignment };
  }
  const ags = payload[CLAIM.ags] as { lineitem?: unknown; scope?: unknown } | undefined;
  const lineItem = typeof ags?.lineitem === 'string' ? ags.lineitem : null;
  const scopes = Array.isArray(ags?.scope) ? ags.scope : [];
  const saved = await deps.store.saveLaunch(
    {
      platformId: platform.id,
      deploymentId: payload[CLAIM.deploymentId] as string,
      userSub: payload.sub!,
      lineItemUrl: lineItem,
      canScore: lineItem !== null && scopes.includes(SCOPE.score),
      assignment,
    },
    deps.now(),
  );
  deps.log('info', 'lti: launched', { platform: platform.issuer, scores: saved.canScore });
  const fragment = new URLSearchParams({
    launch: saved.id,
    platform: platform.name,
    scores: saved.canScore ? '1' : '0',
  });
  if (assignment) fragment.set('a', assignment.token);
  return handOver(`${origin}${LTI_PATHS.launched}#${fragment}`, state, launch, cookieState);
}

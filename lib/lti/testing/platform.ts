import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';

/*
 * A test double of an LTI 1.3 platform (an LMS), written to the IMS specifications because no LMS can run
 * here: its own RS256 keys and JWKS, an OpenID configuration and a dynamic-registration endpoint, the OIDC
 * auth endpoint (which answers with a signed id_token posted to the tool), the client-credentials token
 * endpoint (which checks the tool's signed assertion against the tool's JWKS), AGS line items with their
 * /scores, the deep-linking return URL (which checks the tool's signed response), and a course page that
 * frames the tool and offers the client-side postMessage storage. It records everything it receives.
 * Used by the unit tests and the Playwright journeys (e2e/lti/).
 */

export interface ReceivedScore {
  lineItem: string;
  body: Record<string, unknown>;
}

export interface LaunchPlan {
  messageType: 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest';
  sub: string;
  roles: string[];
  deploymentId?: string;
  custom?: Record<string, string>;
  lineItem?: string | null;
}

export interface TestPlatform {
  origin: string;
  issuer: string;
  clientId: string;
  deploymentId: string;
  /** What a registration URL is opened with. */
  registrationQuery: () => string;
  /** Signs an id_token as this platform (or with `key`), for the tests that forge or age one. */
  idToken: (
    claims: Record<string, unknown>,
    options?: { key?: CryptoKey; kid?: string; expSeconds?: number },
  ) => Promise<string>;
  publicJwk: JWK;
  keys: { privateKey: CryptoKey };
  received: {
    registrations: Record<string, unknown>[];
    tokenRequests: { ok: boolean; status: number }[];
    scores: ReceivedScore[];
    deepLinks: JWTPayload[];
    authRequests: Record<string, string>[];
  };
  /** The next auth request answers with this launch. */
  plan: LaunchPlan;
  /** The token endpoint answers 503 this many times before it works again. */
  failTokens: number;
  /** The tool's JWKS URL (from its registration). */
  toolJwks: string | null;
  /** The tool's public keys, when a unit test has no tool server to fetch them from. */
  toolKeySet: { keys: JWK[] } | null;
  /** The origins and storage the course page uses. */
  offerStorage: boolean;
  lineItems: Map<string, { scoreMaximum: number; label: string }>;
  /** Forgets every access token it gave, as a platform that rotated them: the next score post is refused. */
  revokeTokens: () => void;
  stop: () => Promise<void>;
}

const form = async (req: IncomingMessage): Promise<URLSearchParams> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString());
};
const body = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function send(res: ServerResponse, status: number, type: string, text: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(text);
}

export async function startTestPlatform({
  port = 0,
  host = '127.0.0.1',
  toolOrigin,
}: {
  port?: number;
  host?: string;
  toolOrigin: string;
}): Promise<TestPlatform> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `platform-${randomUUID().slice(0, 8)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const tokens = new Set<string>();
  const toolKeys = () =>
    platform.toolKeySet
      ? createLocalJWKSet(platform.toolKeySet)
      : createRemoteJWKSet(new URL(platform.toolJwks!));
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const origin = `http://${host}:${(server.address() as { port: number }).port}`;

  const platform: TestPlatform = {
    origin,
    issuer: origin,
    clientId: `client-${randomUUID().slice(0, 8)}`,
    deploymentId: 'deployment-1',
    registrationQuery: () =>
      new URLSearchParams({
        openid_configuration: `${origin}/.well-known/openid-configuration`,
        registration_token: 'one-time-registration-token',
      }).toString(),
    publicJwk,
    keys: { privateKey },
    idToken: async (claims, options = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? kid, typ: 'JWT' })
        .setIssuer((claims.iss as string) ?? origin)
        .setAudience((claims.aud as string) ?? platform.clientId)
        .setIssuedAt(now - (options.expSeconds !== undefined && options.expSeconds < 0 ? 3600 : 0))
        .setExpirationTime(now + (options.expSeconds ?? 300))
        .sign(options.key ?? privateKey);
    },
    received: { registrations: [], tokenRequests: [], scores: [], deepLinks: [], authRequests: [] },
    plan: { messageType: 'LtiResourceLinkRequest', sub: 'learner-1', roles: [] },
    failTokens: 0,
    toolJwks: `${toolOrigin}/.well-known/jwks.json`,
    toolKeySet: null,
    offerStorage: true,
    lineItems: new Map(),
    revokeTokens: () => tokens.clear(),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const claimsFor = (nonce: string, plan: LaunchPlan): Record<string, unknown> => {
    const c: Record<string, unknown> = {
      sub: plan.sub,
      nonce,
      azp: platform.clientId,
      'https://purl.imsglobal.org/spec/lti/claim/version': '1.3.0',
      'https://purl.imsglobal.org/spec/lti/claim/message_type': plan.messageType,
      'https://purl.imsglobal.org/spec/lti/claim/deployment_id': plan.deploymentId ?? platform.deploymentId,
      'https://purl.imsglobal.org/spec/lti/claim/target_link_uri': `${toolOrigin}/lti/launch`,
      'https://purl.imsglobal.org/spec/lti/claim/roles': plan.roles,
      'https://purl.imsglobal.org/spec/lti/claim/context': { id: 'course-1', title: 'Ethics 101' },
    };
    if (plan.messageType === 'LtiResourceLinkRequest') {
      c['https://purl.imsglobal.org/spec/lti/claim/resource_link'] = { id: 'link-1' };
      c['https://purl.imsglobal.org/spec/lti/claim/custom'] = plan.custom ?? {};
      if (plan.lineItem !== null) {
        const lineItem = plan.lineItem ?? `${origin}/lineitems/1?course=1`;
        c['https://purl.imsglobal.org/spec/lti-ags/claim/endpoint'] = {
          scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'],
          lineitem: lineItem,
        };
      }
    } else {
      c['https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings'] = {
        deep_link_return_url: `${origin}/deep-link-return`,
        accept_types: ['ltiResourceLink'],
        data: 'platform-opaque-data',
      };
    }
    return c;
  };

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>> = {
    'GET /.well-known/openid-configuration': async (_req, res) =>
      send(
        res,
        200,
        'application/json',
        JSON.stringify({
          issuer: origin,
          authorization_endpoint: `${origin}/auth`,
          token_endpoint: `${origin}/token`,
          jwks_uri: `${origin}/jwks`,
          registration_endpoint: `${origin}/register`,
          'https://purl.imsglobal.org/spec/lti-platform-configuration': {
            product_family_code: 'test-platform',
            version: '1.0',
          },
        }),
      ),
    'POST /register': async (req, res) => {
      if (req.headers.authorization !== 'Bearer one-time-registration-token') {
        return send(res, 401, 'application/json', '{"error":"invalid registration token"}');
      }
      const registration = JSON.parse(await body(req)) as Record<string, unknown>;
      platform.received.registrations.push(registration);
      platform.toolJwks = registration.jwks_uri as string;
      send(
        res,
        200,
        'application/json',
        JSON.stringify({
          ...registration,
          client_id: platform.clientId,
          'https://purl.imsglobal.org/spec/lti-tool-configuration': {
            ...(registration['https://purl.imsglobal.org/spec/lti-tool-configuration'] as object),
            deployment_id: platform.deploymentId,
          },
        }),
      );
    },
    'GET /jwks': async (_req, res) =>
      send(res, 200, 'application/json', JSON.stringify({ keys: [publicJwk] })),
    'GET /auth': async (_req, res, url) => {
      const q = Object.fromEntries(url.searchParams);
      platform.received.authRequests.push(q);
      if (q.client_id !== platform.clientId || q.redirect_uri !== `${toolOrigin}/lti/launch` || !q.nonce) {
        return send(res, 400, 'text/plain', 'bad auth request');
      }
      const idToken = await platform.idToken(claimsFor(q.nonce, platform.plan));
      send(
        res,
        200,
        'text/html',
        `<!doctype html><html lang="en"><title>Signing in</title><body><form method="post" action="${esc(q.redirect_uri)}">` +
          `<input type="hidden" name="id_token" value="${esc(idToken)}"><input type="hidden" name="state" value="${esc(q.state ?? '')}">` +
          `<button>Continue</button></form><script>document.forms[0].submit()</script></body></html>`,
      );
    },
    'POST /token': async (req, res) => {
      const params = await form(req);
      if (platform.failTokens > 0) {
        platform.failTokens -= 1;
        platform.received.tokenRequests.push({ ok: false, status: 503 });
        return send(res, 503, 'application/json', '{"error":"temporarily_unavailable"}');
      }
      try {
        if (params.get('grant_type') !== 'client_credentials') throw new Error('grant');
        await jwtVerify(params.get('client_assertion') ?? '', toolKeys(), {
          issuer: platform.clientId,
          subject: platform.clientId,
          audience: `${origin}/token`,
        });
      } catch {
        platform.received.tokenRequests.push({ ok: false, status: 401 });
        return send(res, 401, 'application/json', '{"error":"invalid_client"}');
      }
      const token = randomUUID();
      tokens.add(token);
      platform.received.tokenRequests.push({ ok: true, status: 200 });
      send(
        res,
        200,
        'application/json',
        JSON.stringify({
          access_token: token,
          token_type: 'Bearer',
          expires_in: 3600,
          scope: params.get('scope'),
        }),
      );
    },
    'POST /deep-link-return': async (req, res) => {
      const params = await form(req);
      try {
        const { payload } = await jwtVerify(params.get('JWT') ?? '', toolKeys(), {
          issuer: platform.clientId,
          audience: origin,
        });
        platform.received.deepLinks.push(payload);
        const items = payload['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'] as {
          title: string;
          lineItem?: { scoreMaximum: number; label: string };
        }[];
        for (const item of items) if (item.lineItem) platform.lineItems.set('1', item.lineItem);
        send(
          res,
          200,
          'text/html',
          `<!doctype html><html lang="en"><title>Added</title><body><main><h1>Activity added</h1><p>${esc(items.map((i) => i.title).join(', '))}</p></main></body></html>`,
        );
      } catch (error) {
        send(res, 400, 'text/plain', `bad deep-linking response: ${(error as Error).message}`);
      }
    },
    'GET /course': async (_req, res, url) => {
      // The LMS page: the tool in an iframe, launched by a login initiation posted into it.
      const hint = url.searchParams.get('as') ?? 'learner';
      const storage = platform.offerStorage;
      const fields: Record<string, string> = {
        iss: origin,
        login_hint: hint,
        target_link_uri: `${toolOrigin}/lti/launch`,
        client_id: platform.clientId,
        lti_deployment_id: platform.deploymentId,
        lti_message_hint: hint,
        ...(storage ? { lti_storage_target: '_parent' } : {}),
      };
      const inputs = Object.entries(fields)
        .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
        .join('');
      send(
        res,
        200,
        'text/html',
        `<!doctype html><html lang="en"><head><title>Ethics 101 · Test LMS</title></head><body><main><h1>Ethics 101</h1>` +
          `<form method="post" action="${esc(toolOrigin)}/lti/login" target="tool">${inputs}</form>` +
          `<iframe name="tool" title="Friend Request? activity" style="width:100%;height:80vh" allow="clipboard-write"></iframe></main>` +
          `<script>const store=new Map();window.addEventListener('message',(e)=>{const d=e.data||{};` +
          `if(e.origin!==${JSON.stringify(toolOrigin)})return;` +
          (storage
            ? `if(d.subject==='lti.put_data'){store.set(e.origin+d.key,d.value);e.source.postMessage({subject:'lti.put_data.response',message_id:d.message_id,key:d.key,value:d.value},e.origin);}` +
              `if(d.subject==='lti.get_data'){e.source.postMessage({subject:'lti.get_data.response',message_id:d.message_id,key:d.key,value:store.get(e.origin+d.key)},e.origin);}`
            : '') +
          `if(d.subject==='org.imsglobal.lti.close'){document.title='closed';}});document.forms[0].submit();</script></body></html>`,
      );
    },
    'GET /admin/register': async (_req, res) =>
      send(
        res,
        200,
        'text/html',
        `<!doctype html><html lang="en"><head><title>Register a tool · Test LMS</title></head><body><main><h1>Register a tool</h1>` +
          `<iframe title="Tool registration" style="width:100%;height:60vh" src="${esc(toolOrigin)}/lti/register?${esc(platform.registrationQuery())}"></iframe>` +
          `<p id="closed" hidden>The tool closed the registration.</p></main>` +
          `<script>window.addEventListener('message',(e)=>{if((e.data||{}).subject==='org.imsglobal.lti.close')document.getElementById('closed').hidden=false;});</script></body></html>`,
      ),
  };

  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const scores = /^\/lineitems\/([^/]+)\/scores$/.exec(url.pathname);
    if (req.method === 'POST' && scores) {
      void (async () => {
        const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
        const text = await body(req);
        if (!tokens.has(token)) return send(res, 401, 'application/json', '{"error":"bad token"}');
        if (req.headers['content-type'] !== 'application/vnd.ims.lis.v1.score+json') {
          return send(res, 415, 'application/json', '{"error":"score media type"}');
        }
        platform.received.scores.push({
          lineItem: `${origin}/lineitems/${scores[1]}${url.search}`,
          body: JSON.parse(text),
        });
        send(res, 200, 'application/json', '{}');
      })();
      return;
    }
    const route = routes[`${req.method} ${url.pathname}`];
    if (!route) return send(res, 404, 'text/plain', 'not found');
    route(req, res, url).catch((error: unknown) => send(res, 500, 'text/plain', String(error)));
  });
  return platform;
}

import 'server-only';
import { CLAIM, LTI_PATHS, MESSAGE, SCOPE } from './claims';
import { escapeHtml, page, refusal } from './html';
import type { ToolDeps } from './tool';

/*
 * LTI Dynamic Registration 1.0: the administrator pastes /lti/register into the LMS, which opens it with
 * openid_configuration (the platform's configuration URL) and registration_token. The tool reads the
 * configuration, posts its own client registration to the platform's registration endpoint, keeps the
 * client id and deployment it gets back, and tells the LMS's window it is done (org.imsglobal.lti.close).
 */

export const TOOL_NAME = 'Friend Request?';

/** The tool's OpenID client registration (Dynamic Registration §3.4), also the base of the manual config. */
export function toolRegistration(origin: string) {
  return {
    application_type: 'web',
    response_types: ['id_token'],
    grant_types: ['implicit', 'client_credentials'],
    initiate_login_uri: `${origin}${LTI_PATHS.login}`,
    redirect_uris: [`${origin}${LTI_PATHS.launch}`],
    client_name: TOOL_NAME,
    jwks_uri: `${origin}${LTI_PATHS.jwks}`,
    token_endpoint_auth_method: 'private_key_jwt',
    scope: `${SCOPE.score} ${SCOPE.lineItem}`,
    [CLAIM.toolConfiguration]: {
      domain: new URL(origin).host,
      target_link_uri: `${origin}${LTI_PATHS.launch}`,
      description: 'A medical-education module on patients, physicians and online social networks.',
      claims: ['iss', 'sub'],
      messages: [
        { type: MESSAGE.deepLinking, target_link_uri: `${origin}${LTI_PATHS.launch}`, label: TOOL_NAME },
        { type: MESSAGE.resourceLink, target_link_uri: `${origin}${LTI_PATHS.launch}` },
      ],
    },
  };
}

/** The JSON a Canvas administrator pastes as a developer key's "LTI 1.3 configuration" (manual path). */
export function canvasConfiguration(origin: string) {
  return {
    title: TOOL_NAME,
    description: 'A medical-education module on patients, physicians and online social networks.',
    oidc_initiation_url: `${origin}${LTI_PATHS.login}`,
    target_link_uri: `${origin}${LTI_PATHS.launch}`,
    public_jwk_url: `${origin}${LTI_PATHS.jwks}`,
    scopes: [SCOPE.score, SCOPE.lineItem],
    extensions: [
      {
        platform: 'canvas.instructure.com',
        privacy_level: 'anonymous',
        settings: {
          placements: [
            {
              placement: 'assignment_selection',
              message_type: MESSAGE.deepLinking,
              target_link_uri: `${origin}${LTI_PATHS.launch}`,
            },
            {
              placement: 'link_selection',
              message_type: MESSAGE.deepLinking,
              target_link_uri: `${origin}${LTI_PATHS.launch}`,
            },
          ],
        },
      },
    ],
    custom_fields: {},
  };
}

interface PlatformConfiguration {
  issuer?: unknown;
  authorization_endpoint?: unknown;
  token_endpoint?: unknown;
  jwks_uri?: unknown;
  registration_endpoint?: unknown;
  [CLAIM.platformConfiguration]?: { product_family_code?: unknown };
}

const isUrl = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
};

export async function handleRegister(request: Request, deps: ToolDeps): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const configUrl = query.get('openid_configuration');
  const registrationToken = query.get('registration_token');
  if (!configUrl || !isUrl(configUrl)) {
    return refusal(
      400,
      'Register the tool from your LMS',
      'This is the tool’s dynamic registration URL: paste it into your LMS (for example Moodle’s “Manage tools” or Canvas’s “LTI Registration”), which opens it with its openid_configuration. For the manual path, see the setup page.',
      `<p><a href="${LTI_PATHS.setup}">The setup page</a></p>`,
    );
  }
  const unreachable = (what: string) =>
    refusal(
      502,
      'Your LMS did not answer',
      `The tool could not ${what}. Try the registration again in a minute.`,
    );
  let config: PlatformConfiguration;
  try {
    const response = await deps.fetch(configUrl, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) return unreachable(`read your LMS’s configuration (it answered ${response.status})`);
    config = (await response.json()) as PlatformConfiguration;
  } catch {
    return unreachable('read your LMS’s configuration');
  }
  const { issuer, authorization_endpoint, token_endpoint, jwks_uri, registration_endpoint } = config;
  if (
    typeof issuer !== 'string' ||
    ![authorization_endpoint, token_endpoint, jwks_uri, registration_endpoint].every(isUrl)
  ) {
    return refusal(
      400,
      'Your LMS’s configuration is incomplete',
      'It must name issuer, authorization_endpoint, token_endpoint, jwks_uri and registration_endpoint (https URLs).',
    );
  }
  const origin = deps.origin(request);
  let registered: {
    client_id?: unknown;
    client_name?: unknown;
    [CLAIM.toolConfiguration]?: { deployment_id?: unknown };
  };
  try {
    const response = await deps.fetch(registration_endpoint as string, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(registrationToken ? { authorization: `Bearer ${registrationToken}` } : {}),
      },
      body: JSON.stringify(toolRegistration(origin)),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) {
      return refusal(
        response.status === 401 || response.status === 403 ? 403 : 502,
        'Your LMS refused the registration',
        `Its registration endpoint answered ${response.status}. Start the registration again from your LMS (its token is used once).`,
      );
    }
    registered = (await response.json()) as typeof registered;
  } catch {
    return unreachable('send the registration to your LMS');
  }
  if (typeof registered.client_id !== 'string' || registered.client_id === '') {
    return refusal(
      502,
      'Your LMS’s answer had no client id',
      'The registration cannot be kept without one. Try again.',
    );
  }
  const deployment = registered[CLAIM.toolConfiguration]?.deployment_id;
  const product = config[CLAIM.platformConfiguration]?.product_family_code;
  const platform = await deps.store.registerPlatform(
    {
      issuer,
      clientId: registered.client_id,
      name: typeof product === 'string' ? product : new URL(issuer).host,
      authUrl: authorization_endpoint as string,
      tokenUrl: token_endpoint as string,
      jwksUrl: jwks_uri as string,
    },
    typeof deployment === 'string' && deployment !== '' ? [deployment] : [],
    deps.now(),
  );
  deps.log('info', 'lti: registered', { issuer, client: platform.clientId, deployment: deployment ?? null });
  return page({
    status: 200,
    title: 'The tool is registered',
    body:
      `<p>${escapeHtml(platform.name)} (${escapeHtml(issuer)}) can now launch Friend Request? as client ${escapeHtml(platform.clientId)}` +
      `${typeof deployment === 'string' ? `, deployment ${escapeHtml(deployment)}` : ''}.</p><p>You can close this window.</p>`,
    script: "(window.opener||window.parent).postMessage({subject:'org.imsglobal.lti.close'},'*');",
  });
}

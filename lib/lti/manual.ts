import type { PlatformInput } from '@/lib/store/store';

/*
 * Registering a platform by hand, for an LMS without LTI Dynamic Registration (Blackboard Learn) or an
 * administrator who prefers it: `npm run lti:register -- --issuer … --client-id … --auth-url … --token-url …
 * --jwks-url … --deployment …` (scripts/lti-register.mjs). What the LMS shows after the tool is added
 * there, checked here before anything is stored.
 */

export interface ManualRegistration {
  platform: PlatformInput;
  deployments: string[];
}

export type ManualArgs = Partial<
  Record<'issuer' | 'client-id' | 'auth-url' | 'token-url' | 'jwks-url' | 'name', string>
> & {
  deployment?: string[];
};

/** An address the tool may call: https, or http on this machine (a test platform). */
function endpoint(name: string, value: string | undefined): string {
  if (!value) throw new Error(`--${name} is missing.`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--${name} is not an address: "${value}".`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    throw new Error(`--${name} must be an https address (http only on this machine): "${value}".`);
  return url.href;
}

export function manualRegistration(args: ManualArgs): ManualRegistration {
  const issuer = args.issuer?.trim();
  if (!issuer) throw new Error('--issuer is missing (Blackboard Learn: https://blackboard.com).');
  const clientId = args['client-id']?.trim();
  if (!clientId) throw new Error('--client-id is missing: the LMS gives it when the tool is added there.');
  const deployments = (args.deployment ?? []).map((d) => d.trim()).filter(Boolean);
  if (deployments.length === 0)
    throw new Error('--deployment is missing: give the deployment id the LMS shows (repeat it for several).');
  return {
    platform: {
      issuer,
      clientId,
      name: args.name?.trim() || new URL(endpoint('auth-url', args['auth-url'])).host,
      authUrl: endpoint('auth-url', args['auth-url']),
      tokenUrl: endpoint('token-url', args['token-url']),
      jwksUrl: endpoint('jwks-url', args['jwks-url']),
    },
    deployments,
  };
}

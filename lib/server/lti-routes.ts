import 'server-only';
import { endpointLimiter, originFor, positiveInt } from '@/lib/http/settings';
import { LTI_PATHS } from '@/lib/lti/claims';
import { handleDeepLinkResponse } from '@/lib/lti/deep-link';
import { escapeHtml, page } from '@/lib/lti/html';
import { getToolKey } from '@/lib/lti/keys';
import { startOutbox } from '@/lib/lti/outbox';
import { platformKeys } from '@/lib/lti/platform-keys';
import { canvasConfiguration, handleRegister, toolRegistration } from '@/lib/lti/registration';
import { handleScoreGet, handleScorePost, type ScoreDeps } from '@/lib/lti/score';
import { handleLaunch, handleLogin, type ToolDeps } from '@/lib/lti/tool';
import { logLine } from '@/lib/log/log';
import { json } from '@/lib/http/response';
import { API_HEADERS, SECURITY_HEADERS } from '@/lib/security/headers.mjs';
import { getKeyRing } from '@/lib/signing/keys';
import type { Store } from '@/lib/store/store';
import type { DirectRoute } from './app-server';

/*
 * The LTI tool's routes, answered by the module's server (app-server.ts) rather than Next: they read and
 * write the store, and their pages are the tool's own small ones (lib/lti/html.ts). /lti/launched and
 * /lti/deep-link are Next pages (app/lti/).
 */

export function ltiDeps(store: Store, env = process.env) {
  const tool: ToolDeps = {
    store,
    toolKey: getToolKey,
    assignmentKeys: async () => (await getKeyRing()).jwks,
    platformKeys,
    origin: originFor,
    now: () => new Date(),
    fetch: (input, init) => fetch(input, init),
    log: (level, message, fields) => logLine(level, message, fields),
    limiter: endpointLimiter('lti-launch'),
  };
  const score: ScoreDeps = {
    ...tool,
    limiter: endpointLimiter('lti-score'),
    baseDelayMs: positiveInt(env.LTI_RETRY_BASE_SECONDS, 30) * 1000,
  };
  return { tool, score };
}

function setupPage(request: Request): Response {
  const origin = originFor(request);
  const rows: [string, string][] = [
    ['Tool name', 'Friend Request?'],
    ['Tool URL / target link URI', `${origin}${LTI_PATHS.launch}`],
    ['LTI version', 'LTI 1.3'],
    ['Public key type', 'Keyset URL'],
    ['Public keyset URL', `${origin}${LTI_PATHS.jwks}`],
    ['Initiate login URL', `${origin}${LTI_PATHS.login}`],
    ['Redirection URI(s)', `${origin}${LTI_PATHS.launch}`],
    ['Supports Deep Linking (Content-Item Message)', 'Yes'],
    ['Content Selection URL', `${origin}${LTI_PATHS.launch}`],
    ['IMS LTI Assignment and Grade Services', 'Use this service for grade sync only'],
    ['Share launcher’s name / e-mail with tool', 'Never'],
    ['Dynamic registration URL', `${origin}${LTI_PATHS.register}`],
    ['Canvas developer key (paste JSON)', `${origin}${LTI_PATHS.config}`],
  ];
  return page({
    status: 200,
    title: 'Register Friend Request? in your LMS',
    body:
      `<p>The quickest way: paste the dynamic registration URL into your LMS (Moodle 4.1+: Site administration → Plugins → ` +
      `External tool → Manage tools; Canvas: Developer Keys → + LTI Key → LTI Registration). To configure it by hand, ` +
      `these are the fields your LMS asks for.</p><table><caption>The tool’s settings</caption><tbody>` +
      rows
        .map(
          ([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td><code>${escapeHtml(v)}</code></td></tr>`,
        )
        .join('') +
      '</tbody></table>',
  });
}

/**
 * A page the LMS shows in its frame: when the store (or anything else) fails while it is answered, the
 * learner gets a page saying so with 503, not the server's JSON 500; the log has what failed.
 */
function asPage(handle: DirectRoute['handle']): DirectRoute['handle'] {
  return async (request) => {
    try {
      return await handle(request);
    } catch (error) {
      logLine('error', 'lti: a page failed', {
        path: new URL(request.url).pathname,
        error: error instanceof Error ? error.message : String(error),
      });
      return page({
        status: 503,
        title: 'The module cannot open right now',
        body:
          '<p>The module’s server could not answer your LMS just now. Nothing you did caused it, and nothing ' +
          'was recorded. Go back to your course and open the activity again in a few minutes; if this keeps ' +
          'happening, tell whoever runs your LMS.</p>',
      });
    }
  };
}

export function ltiRoutes(store: Store): DirectRoute[] {
  const { tool, score } = ltiDeps(store);
  const pageHeaders: DirectRoute['headers'] = [];
  const apiHeaders = [...SECURITY_HEADERS, ...API_HEADERS];
  const pages: Omit<DirectRoute, 'headers'>[] = [
    { method: 'GET', path: LTI_PATHS.login, handle: (r) => handleLogin(r, tool) },
    { method: 'POST', path: LTI_PATHS.login, handle: (r) => handleLogin(r, tool) },
    { method: 'POST', path: LTI_PATHS.launch, handle: (r) => handleLaunch(r, tool) },
    { method: 'GET', path: LTI_PATHS.register, handle: (r) => handleRegister(r, tool) },
    { method: 'POST', path: LTI_PATHS.deepLinkResponse, handle: (r) => handleDeepLinkResponse(r, tool) },
    { method: 'GET', path: LTI_PATHS.setup, handle: async (r) => setupPage(r) },
  ];
  return [
    ...pages.map((route) => ({ ...route, handle: asPage(route.handle), headers: pageHeaders })),
    {
      method: 'GET',
      path: LTI_PATHS.config,
      handle: async (r) =>
        json(200, canvasConfiguration(originFor(r)), { 'cache-control': 'public, max-age=300' }),
      headers: apiHeaders,
    },
    {
      method: 'GET',
      path: '/lti/registration.json',
      handle: async (r) => json(200, toolRegistration(originFor(r))),
      headers: apiHeaders,
    },
    { method: 'POST', path: LTI_PATHS.score, handle: (r) => handleScorePost(r, score), headers: apiHeaders },
    { method: 'GET', path: LTI_PATHS.score, handle: (r) => handleScoreGet(r, score), headers: apiHeaders },
  ];
}

/** The outbox's sender, every LTI_OUTBOX_SECONDS (default 5). */
export function startLtiOutbox(store: Store, env = process.env) {
  const { score } = ltiDeps(store, env);
  return startOutbox(score, positiveInt(env.LTI_OUTBOX_SECONDS, 5) * 1000);
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { LTI_PATHS } from '@/lib/lti/claims';
import type { Store } from '@/lib/store/store';
import { ltiRoutes } from './lti-routes';

/** A store whose database has gone away: every call fails as `pg` does when the server is down. */
const downStore = new Proxy({} as Store, {
  get: (_target, name) =>
    name === 'then'
      ? undefined
      : async () => {
          throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        },
});

const route = (method: string, path: string) => {
  const found = ltiRoutes(downStore).find((r) => r.method === method && r.path === path);
  if (!found) throw new Error(`no ${method} ${path}`);
  return found;
};

afterEach(() => vi.restoreAllMocks());

describe('the LTI pages when the database is down', () => {
  it('answer a login with a page saying the module cannot open now (503), and log what failed', async () => {
    // An error line goes to stderr (lib/log/log.ts).
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const login = route('POST', LTI_PATHS.login);
    const response = await login.handle(
      new Request(`http://tool.example${LTI_PATHS.login}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          iss: 'https://lms.example',
          login_hint: 'u',
          target_link_uri: `http://tool.example${LTI_PATHS.launch}`,
          client_id: 'c',
        }),
      }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<h1>The module cannot open right now</h1>');
    expect(html).not.toContain('ECONNREFUSED');
    const logged = stderr.mock.calls.map(([line]) => String(line)).join('');
    expect(logged).toContain('lti: a page failed');
    expect(logged).toContain('ECONNREFUSED');
  });

  it('still refuse a malformed login with its own 400, which needs no database', async () => {
    const response = await route('POST', LTI_PATHS.login).handle(
      new Request(`http://tool.example${LTI_PATHS.login}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ iss: 'https://lms.example' }),
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('This launch is missing what it needs');
  });
});

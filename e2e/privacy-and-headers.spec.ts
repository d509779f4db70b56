import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type Request } from '@playwright/test';
import { lessonOrder } from '../content/lessons/order';
import { collectPageErrors } from './support/a11y';
import { FRAME_ANCESTORS } from './support/ports';

/*
 * Privacy and security on every route of the production build: no request to any host but the module's
 * own, the security headers, and a Content-Security-Policy under which the pages still hydrate and report
 * no violation. The routes are read from the build's manifests, so a new route is covered the day it lands;
 * the list below is what must be among them.
 */

const REQUIRED_PAGES = [
  '/',
  '/lessons',
  '/start',
  '/data',
  '/about',
  ...lessonOrder.map((s) => `/lessons/${s}`),
];
const REQUIRED_DOWNLOADS = ['/data/bosslet-2011.csv', '/data/bosslet-2011.json'];
const MISSING_PAGE = '/no-such-page';

const { pages, downloads } = routesOfThisBuild(path.join(__dirname, '..', '.next'));

test('the build serves every route the module promises', () => {
  expect(pages).toEqual(expect.arrayContaining(REQUIRED_PAGES));
  expect(downloads).toEqual(expect.arrayContaining(REQUIRED_DOWNLOADS));
});

for (const route of [...pages, MISSING_PAGE]) {
  test(`${route} loads only from the module's own host, hydrates under its policy and sends the security headers`, async ({
    page,
    baseURL,
  }) => {
    const watch = await watchPage(page, new URL(baseURL!).host);

    const response = await page.goto(route, { waitUntil: 'networkidle' });
    expect(response!.status()).toBe(route === MISSING_PAGE ? 404 : 200);
    expectSecurityHeaders(await response!.allHeaders(), 'page');

    // Hydrated: a link in the header navigates inside the app, without loading a new document. The
    // 'networkidle' of the first load says nothing about the new page, so the checks below wait for that
    // page to be drawn (its URL and heading), then for every request it started to end.
    await page.evaluate(() => Reflect.set(window, '__sameDocument', true));
    const [linkName, destination, heading] =
      route === '/'
        ? ['About', /\/about$/, 'About this module']
        : ['Friend Request?', /\/$/, /^Friend Request\? Patients, physicians/];
    await page.getByRole('banner').getByRole('link', { name: linkName, exact: true }).click();
    await expect(page).toHaveURL(destination);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await watch.requestsEnded();
    expect(await page.evaluate(() => Reflect.get(window, '__sameDocument'))).toBe(true);

    expect(watch.foreignRequests).toEqual([]);
    expect(await watch.violations()).toEqual([]);
    expect(watch.policyConsoleMessages).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
}

for (const route of downloads) {
  test(`${route} downloads with the security headers`, async ({ request }) => {
    const response = await request.get(route);
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response.headers(), 'resource');
  });
}

test('figures animate in on a lesson under the policy, with no violation and no other host', async ({
  page,
  baseURL,
}) => {
  // framer-motion and React set styles from script (the CSSOM), which a policy does not govern; the only
  // style attributes in the served HTML are allowed by their hashes.
  const watch = await watchPage(page, new URL(baseURL!).host);
  const reveal = page.getByRole('button', { name: 'Show the figures without answering' });
  let gates = 0;
  for (const slug of lessonOrder) {
    await page.goto(`/lessons/${slug}`, { waitUntil: 'networkidle' });
    gates = await reveal.count();
    if (gates > 0) break;
  }
  expect(gates, 'a lesson with figures kept back until the learner answers').toBeGreaterThan(0);
  for (let i = 0; i < gates; i++) await reveal.first().click();
  await expect(reveal).toHaveCount(0);
  await expect(page.getByRole('region', { name: /National figures/ }).first()).toBeVisible();
  // The page's 'networkidle' was reached before the figures were shown: wait for what showing them asked for.
  await watch.requestsEnded();

  expect(watch.foreignRequests).toEqual([]);
  expect(await watch.violations()).toEqual([]);
  expect(watch.policyConsoleMessages).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});

test('the policy stops scripts that are not the page’s own, and requests to other hosts never leave', async ({
  page,
  baseURL,
}) => {
  const watch = await watchPage(page, new URL(baseURL!).host);
  await page.goto('/', { waitUntil: 'networkidle' });

  await page.evaluate(() => {
    const inline = document.createElement('script');
    inline.textContent = 'window.__injectedRan = true;';
    document.body.append(inline);
    const foreign = document.createElement('script');
    foreign.src = 'https://scripts.example.org/tracker.js';
    document.body.append(foreign);
  });

  await expect
    .poll(async () => (await watch.violations()).map((v) => v.directive).sort())
    .toEqual(['script-src-elem', 'script-src-elem']);
  expect(await page.evaluate(() => Reflect.get(window, '__injectedRan'))).toBeUndefined();
  // The browser refused the foreign script itself: it never became a request.
  expect(watch.foreignRequests).toEqual([]);
});

test('a request to another host is caught and blocked by this spec', async ({ page, baseURL }) => {
  // Guards the guard: on a page of the module's host with no policy at all, a request to another host is
  // recorded, so the checks above would notice a page that fetched from elsewhere.
  const watch = await watchPage(page, new URL(baseURL!).host);
  await page.route(new URL('/guard', baseURL).href, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<p>No policy here</p>' }),
  );
  await page.goto('/guard');
  await page.evaluate(() => fetch('https://analytics.example.org/collect').catch(() => undefined));
  await expect.poll(() => watch.foreignRequests).toEqual(['https://analytics.example.org/collect']);
});

interface Violation {
  directive: string;
  blocked: string;
}

/**
 * Records (and blocks) requests to other hosts, CSP violations, policy console messages and page errors,
 * and follows the page's requests until each has ended (answered, failed or blocked).
 */
async function watchPage(page: Page, ownHost: string) {
  const foreignRequests: string[] = [];
  const open = new Set<Request>();
  page.on('request', (request) => open.add(request));
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => open.delete(request));
  await page.context().route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.host === ownHost || url.protocol === 'data:') return route.fallback();
    foreignRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string }[] = [];
    Reflect.set(window, '__cspViolations', seen);
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
  });
  // Chromium reports CSP violations and header it cannot parse (e.g. an unknown Permissions-Policy
  // feature) in the console.
  const policyConsoleMessages: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Permissions.Policy/i.test(message.text())) {
      policyConsoleMessages.push(message.text());
    }
  });
  return {
    foreignRequests,
    policyConsoleMessages,
    pageErrors: collectPageErrors(page),
    violations: () => page.evaluate(() => Reflect.get(window, '__cspViolations') as Violation[]),
    /** Waits until every request the page has started so far has ended. */
    requestsEnded: () =>
      expect
        .poll(() => [...open].map((request) => request.url()), { message: 'requests still open' })
        .toEqual([]),
  };
}

/** The sources a policy may name: no other origin, no `'unsafe-inline'`, no `'unsafe-eval'`. */
const OWN_SOURCES = /^('self'|'none'|'unsafe-hashes'|'sha256-[A-Za-z0-9+/]+=*'|'nonce-[A-Za-z0-9+/]+=*')$/;

function expectSecurityHeaders(headers: Record<string, string>, kind: 'page' | 'resource') {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(['no-referrer', 'same-origin']).toContain(headers['referrer-policy']);

  const permissions = Object.fromEntries(
    (headers['permissions-policy'] ?? '')
      .split(',')
      .map((entry) => entry.trim().split('=') as [string, string]),
  );
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
    expect(permissions[feature], `Permissions-Policy ${feature}`).toBe('()');
  }

  const policy = parsePolicy(headers['content-security-policy'] ?? '');
  if (kind === 'resource') {
    expect(policy['frame-ancestors']).toEqual(["'self'"]);
    expect(policy['default-src']).toEqual(["'none'"]);
    return;
  }
  // Pages may be framed by the LMSs the server is told of (LTI_FRAME_ANCESTORS): in the journeys, the LTI
  // test platform's origin, and no other.
  expect(policy['frame-ancestors']).toEqual(["'self'", ...FRAME_ANCESTORS]);
  expect(policy['default-src']).toEqual(["'self'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'none'"]);
  expect(policy['script-src']).toContain("'self'");
  for (const [directive, sources] of Object.entries(policy)) {
    const allowed =
      directive === 'img-src'
        ? sources.filter((s) => s !== 'data:')
        : directive === 'frame-ancestors'
          ? sources.filter((s) => !FRAME_ANCESTORS.includes(s))
          : sources;
    expect(
      allowed.filter((source) => !OWN_SOURCES.test(source)),
      directive,
    ).toEqual([]);
  }
  // 'unsafe-hashes' lets listed style attributes through, never scripts.
  expect(policy['script-src']).not.toContain("'unsafe-hashes'");
}

function parsePolicy(header: string): Record<string, string[]> {
  const directives = header
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((parts) => parts[0]);
  return Object.fromEntries(directives.map(([name, ...sources]) => [name!, sources]));
}

/** Pages (prerendered or rendered per request, without parameters) and downloads of the build in `distDir`. */
function routesOfThisBuild(distDir: string) {
  const prerender = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, { routeType?: string; dataRoute?: string | null }>;
  };
  const appPaths = JSON.parse(
    readFileSync(path.join(distDir, 'app-path-routes-manifest.json'), 'utf8'),
  ) as Record<string, string>;
  const internal = (route: string) => route.split('/').some((part) => part.startsWith('_'));
  const pageSet = new Set<string>();
  const downloadSet = new Set<string>();
  for (const [route, entry] of Object.entries(prerender.routes)) {
    if (internal(route)) continue;
    if (entry.routeType === 'route' || !entry.dataRoute) downloadSet.add(route);
    else pageSet.add(route);
  }
  for (const [entry, route] of Object.entries(appPaths)) {
    if (entry.endsWith('/page') && !route.includes('[') && !internal(route)) pageSet.add(route);
  }
  return { pages: [...pageSet].sort(), downloads: [...downloadSet].sort() };
}

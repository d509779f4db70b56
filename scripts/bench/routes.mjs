import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Routes without interaction: they carry a tighter JavaScript budget. */
export const STATIC_INFO_ROUTES = ['/about', '/data'];
export const LESSON_SOURCE_ROUTE = '/lessons/[slug]';

/**
 * The pages of a production build, read from its manifests: every prerendered page (lessons included, by
 * their slugs) and every page rendered per request that takes no parameter. Next's internal pages aside.
 * Lessons come in `courseOrder` (their slugs) where given.
 */
export function pagesOfBuild(distDir, courseOrder = []) {
  const prerender = readJson(path.join(distDir, 'prerender-manifest.json'));
  const appPaths = readJson(path.join(distDir, 'app-path-routes-manifest.json'));
  const internal = (route) => route.split('/').some((part) => part.startsWith('_'));
  const pages = new Map();
  for (const [route, entry] of Object.entries(prerender.routes)) {
    if (internal(route) || entry.routeType === 'route' || !entry.dataRoute) continue;
    pages.set(route, { route, kind: kindOf(route, entry.srcRoute), prerendered: true });
  }
  for (const [entry, route] of Object.entries(appPaths)) {
    if (!entry.endsWith('/page') || route.includes('[') || internal(route) || pages.has(route)) continue;
    pages.set(route, { route, kind: kindOf(route, route), prerendered: false });
  }
  // Home, the other routes, the lessons in course order, then the routes without interaction.
  const kinds = { home: 0, other: 1, lesson: 2, 'static-info': 3 };
  const place = (page) => {
    const i = courseOrder.indexOf(page.route.split('/').pop());
    return page.kind === 'lesson' && i >= 0 ? i : courseOrder.length;
  };
  return [...pages.values()].sort(
    (a, b) => kinds[a.kind] - kinds[b.kind] || place(a) - place(b) || a.route.localeCompare(b.route),
  );
}

/** Whether the build has a route handler (e.g. `/api/certificates`). */
export function hasRouteHandler(distDir, route) {
  const appPaths = readJson(path.join(distDir, 'app-path-routes-manifest.json'));
  return Object.entries(appPaths).some(([entry, r]) => r === route && entry.endsWith('/route'));
}

function kindOf(route, srcRoute) {
  if (route === '/') return 'home';
  if (srcRoute === LESSON_SOURCE_ROUTE) return 'lesson';
  if (STATIC_INFO_ROUTES.includes(route)) return 'static-info';
  return 'other';
}

function readJson(file) {
  if (!existsSync(file)) throw new Error(`${file} is missing: is there a production build?`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { inlineHashes, mergeHashes, NO_INLINE, type InlineHashes } from './csp';

/**
 * What the production build says about a path: a prerendered page (with the hashes of the inline scripts
 * and styles of the very HTML `next start` serves for it), a route handler, or anything else (rendered per
 * request, or a 404).
 */
export type Served =
  | { kind: 'prerendered-page'; hashes: InlineHashes }
  | { kind: 'resource' }
  | { kind: 'rendered-per-request'; hashes: InlineHashes };

interface PrerenderManifest {
  routes: Record<string, { routeType?: string; dataRoute?: string | null }>;
}

interface BuildIndex {
  pages: Set<string>;
  resources: Set<string>;
  /** For HTML not known in advance: the not-found page's hashes and every page's style attributes. */
  fallback: InlineHashes;
}

export class BuildOutput {
  readonly #distDir: string;
  #index: BuildIndex | null | undefined;
  readonly #pageHashes = new Map<string, InlineHashes>();

  constructor(distDir: string) {
    this.#distDir = distDir;
  }

  /** Null when there is no production build to read (`next dev`). */
  classify(pathname: string): Served | null {
    const index = this.#loadIndex();
    if (!index) return null;
    if (index.pages.has(pathname)) return { kind: 'prerendered-page', hashes: this.#hashesOf(pathname) };
    if (index.resources.has(pathname)) return { kind: 'resource' };
    return { kind: 'rendered-per-request', hashes: index.fallback };
  }

  #htmlFile(pathname: string): string {
    return path.join(this.#distDir, 'server', 'app', `${pathname === '/' ? '/index' : pathname}.html`);
  }

  #hashesOf(pathname: string): InlineHashes {
    let hashes = this.#pageHashes.get(pathname);
    if (!hashes) {
      hashes = inlineHashes(readFileSync(this.#htmlFile(pathname), 'utf8'));
      this.#pageHashes.set(pathname, hashes);
    }
    return hashes;
  }

  #loadIndex(): BuildIndex | null {
    if (this.#index !== undefined) return this.#index;
    let manifest: PrerenderManifest;
    let appPaths: Record<string, string>;
    try {
      manifest = JSON.parse(readFileSync(path.join(this.#distDir, 'prerender-manifest.json'), 'utf8'));
      appPaths = JSON.parse(readFileSync(path.join(this.#distDir, 'app-path-routes-manifest.json'), 'utf8'));
    } catch {
      this.#index = null;
      return null;
    }
    const pages = new Set<string>();
    const resources = new Set<string>();
    for (const [route, entry] of Object.entries(manifest.routes)) {
      if (entry.routeType === 'route' || !entry.dataRoute) resources.add(route);
      else pages.add(route);
    }
    // Route handlers rendered per request (e.g. an API) are resources too.
    for (const [entry, route] of Object.entries(appPaths)) {
      if (entry.endsWith('/route') && !route.includes('[')) resources.add(route);
    }
    const notFound = pages.has('/_not-found') ? [this.#hashesOf('/_not-found')] : [];
    const styles = [...pages].map((page) => ({
      ...NO_INLINE,
      styleAttributes: this.#hashesOf(page).styleAttributes,
    }));
    this.#index = { pages, resources, fallback: mergeHashes(...notFound, ...styles) };
    return this.#index;
  }
}

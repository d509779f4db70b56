import { createHash } from 'node:crypto';

/**
 * The module's Content-Security-Policy.
 *
 * Pages are prerendered at build time, so a per-request nonce cannot reach them (a nonce forces dynamic
 * rendering). Instead each prerendered page is served with the SHA-256 hashes of its own inline scripts —
 * Next's bootstrap and RSC payload scripts — taken from the HTML that `next start` serves. A script that an
 * attacker manages to inject has another hash and does not run.
 */

/** CSP source expressions (`'sha256-…'`) for what a page's HTML carries inline. */
export interface InlineHashes {
  /** Hashes of inline `<script>` elements (those without `src`). */
  scripts: readonly string[];
  /** Hashes of inline `<style>` elements. */
  styleElements: readonly string[];
  /** Hashes of `style="…"` attribute values (allowed only together with `'unsafe-hashes'`). */
  styleAttributes: readonly string[];
}

export const NO_INLINE: InlineHashes = { scripts: [], styleElements: [], styleAttributes: [] };

/** The CSP source expression for a piece of inline text, as a browser computes it (UTF-8, SHA-256). */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
// Double-quoted, as React and Next write them; `\s` before the name keeps `data-style=` out.
const STYLE_ATTRIBUTE = /<[a-z][^<>]*?\sstyle="([^"]*)"/gi;

/** Every inline script, style element and style attribute of an HTML document, hashed. */
export function inlineHashes(html: string): InlineHashes {
  const scripts = new Set<string>();
  const styleElements = new Set<string>();
  const styleAttributes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (!/\ssrc\s*=/i.test(` ${attributes}`)) scripts.add(hashSource(body));
  }
  // Scripts hold the RSC payload, whose text may look like markup: look for styles outside them only.
  const markup = html.replace(SCRIPT, '');
  for (const [, body = ''] of markup.matchAll(STYLE_ELEMENT)) styleElements.add(hashSource(body));
  for (const [, value = ''] of markup.matchAll(STYLE_ATTRIBUTE)) {
    styleAttributes.add(hashSource(decodeAttribute(value)));
  }
  return { scripts: [...scripts], styleElements: [...styleElements], styleAttributes: [...styleAttributes] };
}

/** The hashes of several documents together (for responses whose HTML is not known in advance). */
export function mergeHashes(...all: readonly InlineHashes[]): InlineHashes {
  const merge = (pick: (h: InlineHashes) => readonly string[]) => [...new Set(all.flatMap(pick))];
  return {
    scripts: merge((h) => h.scripts),
    styleElements: merge((h) => h.styleElements),
    styleAttributes: merge((h) => h.styleAttributes),
  };
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** The value of an attribute as the browser sees it: character references decoded. */
export function decodeAttribute(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

export interface DocumentPolicyOptions {
  hashes: InlineHashes;
  /** For documents rendered per request: Next puts this nonce on the scripts it writes. */
  nonce?: string;
  /** `next dev` evaluates code and injects styles: allow that there, and only there. */
  development?: boolean;
  /** Who may frame the page besides itself: the LMS origins of LTI_FRAME_ANCESTORS (see frameAncestors). */
  frameAncestors?: readonly string[];
}

/**
 * LTI_FRAME_ANCESTORS as CSP sources: space-separated origins (https://lms.example.edu), wildcard hosts
 * (https://*.instructure.com) or schemes; anything else is dropped. The module runs inside an LMS's frame only
 * for the origins named here.
 */
export function frameAncestorSources(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter((s) => /^(https?:\/\/[A-Za-z0-9.*:[\]-]+|https:)$/.test(s));
}

/** The policy of an HTML page: its own scripts and styles only, nothing from another origin. */
export function documentPolicy({
  hashes,
  nonce,
  development = false,
  frameAncestors = [],
}: DocumentPolicyOptions): string {
  const scriptSrc = development
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes.scripts];
  const styleSrc = development
    ? ["'self'", "'unsafe-inline'"]
    : [
        "'self'",
        ...(nonce ? [`'nonce-${nonce}'`] : []),
        ...hashes.styleElements,
        ...(hashes.styleAttributes.length > 0 ? ["'unsafe-hashes'", ...hashes.styleAttributes] : []),
      ];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    `style-src ${styleSrc.join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${["'self'", ...frameAncestors].join(' ')}`,
  ].join('; ');
}

/** The policy of anything that is not a page (downloads, API answers): it may load nothing at all. */
export const RESOURCE_POLICY =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

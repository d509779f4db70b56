import 'server-only';
import { randomBytes } from 'node:crypto';
import { frameAncestorSources } from '@/lib/security/csp';
import { SECURITY_HEADERS } from '@/lib/security/headers.mjs';

/*
 * The tool's own small HTML pages (refusals, the hand-offs between the platform and the tool). Each has its
 * policy: its one inline script by nonce, forms only to where it must post, framed only by 'self' and the
 * LMS origins in LTI_FRAME_ANCESTORS.
 */

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** `'self'` and the origins of LTI_FRAME_ANCESTORS, as the module's pages have them (proxy.ts). */
export function frameAncestors(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return ["'self'", ...frameAncestorSources(env.LTI_FRAME_ANCESTORS)].join(' ');
}

export interface PageOptions {
  status: number;
  title: string;
  /** Trusted HTML made by this module, with every value from a request escaped. */
  body: string;
  /** Script text (trusted, values inside JSON-encoded) run with the page's nonce. */
  script?: string;
  /** Origins (or URLs) the page's forms may post to, besides its own. */
  formAction?: readonly string[];
  headers?: Record<string, string>;
}

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a;background:#fff}' +
  'h1{font-size:1.5rem}a,button{color:#0b57d0}button{font:inherit;padding:.5rem 1rem}' +
  'th{text-align:left;padding-right:1rem}td{overflow-wrap:anywhere}' +
  '@media (prefers-color-scheme:dark){body{color:#eee;background:#121212}a,button{color:#8ab4f8}}';

export function page({ status, title, body, script, formAction = [], headers = {} }: PageOptions): Response {
  const nonce = randomBytes(16).toString('base64');
  const policy = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    `form-action 'self' ${formAction.map(originOf).join(' ')}`.trim(),
    `frame-ancestors ${frameAncestors()}`,
  ].join('; ');
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)} · Friend Request?</title><style nonce="${nonce}">${STYLE}</style></head>` +
    `<body><main><h1>${escapeHtml(title)}</h1>${body}</main>` +
    (script ? `<script nonce="${nonce}">${script}</script>` : '') +
    '</body></html>';
  const out = new Headers({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': policy,
    ...headers,
  });
  for (const { key, value } of SECURITY_HEADERS) if (!out.has(key)) out.set(key, value);
  return new Response(html, { status, headers: out });
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/** A refusal: what happened and what to do, as a page with a 4xx (502 when the platform is unreachable). */
export function refusal(status: number, title: string, message: string, extra = ''): Response {
  return page({ status, title, body: `<p>${escapeHtml(message)}</p>${extra}` });
}

/** JSON inside an inline script: no `</script>` or HTML comment can close it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** A page whose form posts `fields` to `action` at once (a button without script). */
export function autoPost(
  title: string,
  action: string,
  fields: Record<string, string>,
  target?: string,
): Response {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return page({
    status: 200,
    title,
    body:
      `<form method="post" action="${escapeHtml(action)}"${target ? ` target="${escapeHtml(target)}"` : ''} id="f">${inputs}` +
      '<p>Sending you on…</p><button type="submit">Continue</button></form>',
    script: "document.getElementById('f').submit();",
    formAction: [action],
  });
}

import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';

import { BuildOutput } from '@/lib/security/build-output';
import { documentPolicy, frameAncestorSources, NO_INLINE, RESOURCE_POLICY } from '@/lib/security/csp';

/*
 * Sets the Content-Security-Policy of every response but static assets and the API (whose policy is in
 * next.config.mjs). Prerendered pages get the hashes of their own inline scripts, read from the HTML that
 * `next start` serves; pages rendered per request get a fresh nonce, which Next puts on its scripts.
 * The other security headers are static: see next.config.mjs.
 */

const build = new BuildOutput(path.join(process.cwd(), '.next'));
// The LMSs that may show the module in their frame (LTI): read once, at run time.
const frameAncestors = frameAncestorSources(process.env.LTI_FRAME_ANCESTORS);

export function proxy(request: NextRequest) {
  const development = process.env.NODE_ENV === 'development';
  const served = development ? null : build.classify(request.nextUrl.pathname);

  if (served?.kind === 'resource') return withPolicy(NextResponse.next(), RESOURCE_POLICY);
  if (served?.kind === 'prerendered-page') {
    return withPolicy(NextResponse.next(), documentPolicy({ hashes: served.hashes, frameAncestors }));
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = documentPolicy({ hashes: served?.hashes ?? NO_INLINE, nonce, development, frameAncestors });
  // Next reads the nonce from the request's policy while it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  return withPolicy(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

function withPolicy(response: NextResponse, policy: string): NextResponse {
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|api/).*)'],
};

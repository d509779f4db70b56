import 'server-only';
import { randomUUID } from 'node:crypto';
import { issueCertificate } from './issue';
import type { PublishedKeys } from '@/lib/verify/types';
import type { KeyRing } from './keys';
import type { RateLimiter } from './rate-limit';
import { readJsonBody } from './read-body';
import { checkCertificateRequest } from './request';

/**
 * Largest request body accepted: a name, a few dozen answers, an assignment token and shared attitudes fit in
 * well under 4 kB.
 */
export const MAX_BODY_BYTES = 8 * 1024;

export interface CertificateEndpoint {
  keyRing: () => Promise<KeyRing>;
  limiter: RateLimiter;
  /** CERT_ISSUER_ORIGIN when configured; otherwise the request's own origin. */
  issuerOrigin?: string;
  now?: () => Date;
  newId?: () => string;
  logError?: (message: string) => void;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** The client a rate limit applies to: the address the nearest proxy (or Next's server) recorded. */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || request.headers.get('x-real-ip')?.trim() || 'unknown';
}

/**
 * What every signing endpoint does first: the client's rate limit (429 with Retry-After), then the JSON
 * body of at most `maxBytes` (413, 415, 400). Either the parsed body or the response to send at once.
 */
export async function admitJson(
  request: Request,
  limiter: RateLimiter,
  maxBytes: number,
  what: string,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const take = limiter.take(clientAddress(request));
  if (!take.ok) {
    const response = json(
      429,
      { error: `Too many ${what} requests. Try again in ${take.retryAfterSeconds} seconds.` },
      { 'retry-after': String(take.retryAfterSeconds) },
    );
    return { ok: false, response };
  }
  const body = await readJsonBody(request, maxBytes);
  return body.ok ? body : { ok: false, response: json(body.status, { error: body.message }) };
}

/**
 * What every signing endpoint does before it signs: the key ring, or the 503 to send when it cannot be
 * loaded (logged, with nothing of the request).
 */
export async function signingKeys(
  endpoint: { keyRing: () => Promise<KeyRing>; logError?: (message: string) => void },
  what: 'certificate' | 'assignment',
): Promise<{ ok: true; ring: KeyRing } | { ok: false; response: Response }> {
  try {
    return { ok: true, ring: await endpoint.keyRing() };
  } catch (error) {
    const service = what === 'certificate' ? 'Certificates' : 'Assignments';
    endpoint.logError?.(`${service}: the signing key could not be loaded: ${(error as Error).message}`);
    const message = `The ${what} service is not available right now. Try again later.`;
    return { ok: false, response: json(503, { error: message }) };
  }
}

/**
 * POST /api/certificates: { name, answers, assignment? } → 200 { credential, printed, claims, … } on a pass;
 * 4xx with { error } for anything else. Stores nothing, and logs no names.
 */
export async function handleCertificatePost(
  request: Request,
  endpoint: CertificateEndpoint,
): Promise<Response> {
  const body = await admitJson(request, endpoint.limiter, MAX_BODY_BYTES, 'certificate');
  if (!body.ok) return body.response;
  const checked = checkCertificateRequest(body.value);
  if (!checked.ok) return json(400, { error: checked.message });

  const keys = await signingKeys(endpoint, 'certificate');
  if (!keys.ok) return keys.response;
  const outcome = await issueCertificate(checked.request, {
    key: keys.ring.signing,
    keys: keys.ring.jwks as PublishedKeys,
    origin: endpoint.issuerOrigin ?? requestOrigin(request),
    now: endpoint.now?.() ?? new Date(),
    newId: endpoint.newId ?? randomUUID,
  });
  if (outcome.kind === 'bad-assignment') return json(400, { error: outcome.message, assignment: 'invalid' });
  if (outcome.kind === 'not-passed') {
    return json(422, {
      error: `Your final-check score is ${outcome.scorePct}% (${outcome.correct} of ${outcome.total} correct); a certificate needs at least ${outcome.passMarkPct}%.`,
      scorePct: outcome.scorePct,
      passMarkPct: outcome.passMarkPct,
    });
  }
  return json(200, {
    credential: outcome.credential,
    printed: outcome.printed,
    claims: outcome.claims,
    credentialId: outcome.credentialId,
    issuer: outcome.issuer,
  });
}

/**
 * The origin the browser used: its Host header (or a proxy's X-Forwarded-Host/-Proto). Next's request.url
 * names the server's own host name instead, which need not be the one the learner's browser sees.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  const proto =
    request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.replace(':', '');
  if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host) || !/^https?$/.test(proto)) return url.origin;
  return `${proto}://${host}`;
}

/** CERT_ISSUER_ORIGIN as an origin (scheme, host, port), or undefined when unset; throws when malformed. */
export function configuredIssuerOrigin(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const url = new URL(value.trim());
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('CERT_ISSUER_ORIGIN must be an http(s) origin such as https://example.org');
  }
  return url.origin;
}

import 'server-only';
import { randomUUID } from 'node:crypto';
import { admitJson } from '@/lib/http/admit';
import { requestOrigin } from '@/lib/http/origin';
import { json } from '@/lib/http/response';
import { signingKeys, type SigningEndpoint } from '@/lib/signing/available';
import type { PublishedKeys } from '@/lib/signing/jwks';
import { issueCertificate } from './issue';
import { checkCertificateRequest } from './request';

/**
 * Largest request body accepted: a name, a few dozen answers, an assignment token and shared attitudes fit in
 * well under 4 kB.
 */
export const MAX_BODY_BYTES = 8 * 1024;

export interface CertificateEndpoint extends SigningEndpoint {
  /** CERT_ISSUER_ORIGIN when configured; otherwise the request's own origin. */
  issuerOrigin?: string;
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
  if (outcome.kind === 'bad-form') return json(400, { error: outcome.message, answers: 'invalid' });
  if (outcome.kind === 'bad-precheck') return json(400, { error: outcome.message, precheck: 'invalid' });
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

import 'server-only';
import type { RateLimiter } from '@/lib/http/rate-limit';
import { json } from '@/lib/http/response';
import type { KeyRing } from './keys';

/** What a signing endpoint is given: the key ring, its own rate limiter, and its clock, ids and log. */
export interface SigningEndpoint {
  keyRing: () => Promise<KeyRing>;
  limiter: RateLimiter;
  now?: () => Date;
  newId?: () => string;
  logError?: (message: string) => void;
}

/**
 * What every signing endpoint does before it signs: the key ring, or the 503 to send when it cannot be
 * loaded (logged, with nothing of the request).
 */
export async function signingKeys(
  endpoint: Pick<SigningEndpoint, 'keyRing' | 'logError'>,
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

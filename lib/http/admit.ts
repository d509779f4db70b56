import { clientAddress } from './client';
import type { RateLimiter } from './rate-limit';
import { readJsonBody } from './read-body';
import { json } from './response';

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
  const take = await limiter.take(clientAddress(request));
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

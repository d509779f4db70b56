import 'server-only';
import { configuredIssuerOrigin, requestOrigin } from './origin';
import { createRateLimiter, type RateLimiter } from './rate-limit';

/** The server's settings from its environment, read once when the endpoints are first loaded. */

export function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * A rate limiter of its own, sized by CERT_RATE_LIMIT_BURST and CERT_RATE_LIMIT_PER_MINUTE (30 and 30): each
 * endpoint keeps its own buckets.
 */
export function endpointLimiter(): RateLimiter {
  return createRateLimiter({
    burst: positiveInt(process.env.CERT_RATE_LIMIT_BURST, 30),
    perMinute: positiveInt(process.env.CERT_RATE_LIMIT_PER_MINUTE, 30),
  });
}

/** CERT_ISSUER_ORIGIN, read once; without it each request's own origin is the module's. */
export const issuerOrigin = configuredIssuerOrigin(process.env.CERT_ISSUER_ORIGIN);

export function originFor(request: Request): string {
  return issuerOrigin ?? requestOrigin(request);
}

import 'server-only';
import { configuredIssuerOrigin, requestOrigin, type CertificateEndpoint } from './http';
import { getKeyRing } from './keys';
import { createRateLimiter } from './rate-limit';

export function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** CERT_ISSUER_ORIGIN, read once; without it each request's own origin is the issuer's. */
const issuerOrigin = configuredIssuerOrigin(process.env.CERT_ISSUER_ORIGIN);

export function originFor(request: Request): string {
  return issuerOrigin ?? requestOrigin(request);
}

/** The signing endpoint's dependencies in this process: one key ring and one rate limiter. */
export const certificateEndpoint: CertificateEndpoint = {
  keyRing: getKeyRing,
  limiter: createRateLimiter({
    burst: positiveInt(process.env.CERT_RATE_LIMIT_BURST, 30),
    perMinute: positiveInt(process.env.CERT_RATE_LIMIT_PER_MINUTE, 30),
  }),
  ...(issuerOrigin ? { issuerOrigin } : {}),
  logError: (message) => console.error(message),
};

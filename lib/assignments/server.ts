import 'server-only';
import { getKeyRing } from '@/lib/certificates/keys';
import { createRateLimiter } from '@/lib/certificates/rate-limit';
import { originFor, positiveInt } from '@/lib/certificates/server';
import type { AssignmentEndpoint } from './http';

/** The assignment endpoint's dependencies in this process: the certificates' key ring, its own limiter. */
export const assignmentEndpoint: AssignmentEndpoint = {
  keyRing: getKeyRing,
  // Its own buckets, sized by the same settings as the certificate endpoint's.
  limiter: createRateLimiter({
    burst: positiveInt(process.env.CERT_RATE_LIMIT_BURST, 30),
    perMinute: positiveInt(process.env.CERT_RATE_LIMIT_PER_MINUTE, 30),
  }),
  origin: originFor,
  logError: (message) => console.error(message),
};

import 'server-only';
import { getKeyRing } from '@/lib/certificates/keys';
import { createRateLimiter } from '@/lib/certificates/rate-limit';
import { originFor } from '@/lib/certificates/server';
import type { AssignmentEndpoint } from './http';

/** The assignment endpoint's dependencies in this process: the certificates' key ring, its own limiter. */
export const assignmentEndpoint: AssignmentEndpoint = {
  keyRing: getKeyRing,
  // An educator makes a link or two; a generous limit still stops a script from filling the logs.
  limiter: createRateLimiter({ burst: 20, perMinute: 20 }),
  origin: originFor,
  logError: (message) => console.error(message),
};

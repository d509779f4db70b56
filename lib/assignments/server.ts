import 'server-only';
import { endpointLimiter, originFor } from '@/lib/http/settings';
import { getKeyRing } from '@/lib/signing/keys';
import type { AssignmentEndpoint } from './http';

/** The assignment endpoint's dependencies in this process: the module's key ring, its own limiter. */
export const assignmentEndpoint: AssignmentEndpoint = {
  keyRing: getKeyRing,
  limiter: endpointLimiter('assignments'),
  origin: originFor,
  logError: (message) => console.error(message),
};

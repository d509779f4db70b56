import 'server-only';
import { endpointLimiter, issuerOrigin } from '@/lib/http/settings';
import { getKeyRing } from '@/lib/signing/keys';
import type { CertificateEndpoint } from './http';

/** The signing endpoint's dependencies in this process: the key ring and a rate limiter of its own. */
export const certificateEndpoint: CertificateEndpoint = {
  keyRing: getKeyRing,
  limiter: endpointLimiter('certificates'),
  ...(issuerOrigin ? { issuerOrigin } : {}),
  logError: (message) => console.error(message),
};

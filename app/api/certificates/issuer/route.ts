import { CREDENTIAL_CONTEXT } from '@/lib/certificates/constants';
import { issuerProfile } from '@/lib/certificates/credential';
import { originFor } from '@/lib/http/settings';

export const dynamic = 'force-dynamic';

/** The issuer's Open Badges 3.0 Profile, which a credential's issuer.id dereferences to. */
export function GET(request: Request): Response {
  return Response.json({ '@context': CREDENTIAL_CONTEXT, ...issuerProfile(originFor(request)) });
}

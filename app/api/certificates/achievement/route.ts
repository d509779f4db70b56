import { CREDENTIAL_CONTEXT } from '@/lib/certificates/constants';
import { achievement } from '@/lib/certificates/credential';
import { originFor } from '@/lib/http/settings';

export const dynamic = 'force-dynamic';

/** The Achievement every certificate of this module is for. */
export function GET(request: Request): Response {
  return Response.json({ '@context': CREDENTIAL_CONTEXT, ...achievement(originFor(request)) });
}

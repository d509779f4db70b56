import { handleCertificatePost } from '@/lib/certificates/http';
import { certificateEndpoint } from '@/lib/certificates/server';

// Signs on request: never prerendered, never cached.
export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleCertificatePost(request, certificateEndpoint);
}

import { handleAssignmentPost } from '@/lib/assignments/http';
import { assignmentEndpoint } from '@/lib/assignments/server';

// Signs on request: never prerendered, never cached.
export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleAssignmentPost(request, assignmentEndpoint);
}

import 'server-only';
import { admitJson } from '@/lib/http/admit';
import { json } from '@/lib/http/response';
import { signingKeys, type SigningEndpoint } from '@/lib/signing/available';
import { addDays } from '@/lib/dates/days';
import { checkAssignmentInput } from './assignment';
import { signAssignment } from './sign';

/** A filled-in form is a few hundred bytes. */
export const MAX_ASSIGNMENT_BODY_BYTES = 4 * 1024;

export interface AssignmentEndpoint extends SigningEndpoint {
  /** The origin the learner's link points at. */
  origin: (request: Request) => string;
}

/**
 * POST /api/assignments: the builder's fields → 200 { token, link, assignment }, signed with the
 * module's key; 400 { error, errors } naming each field that is wrong. Stores nothing.
 */
export async function handleAssignmentPost(
  request: Request,
  endpoint: AssignmentEndpoint,
): Promise<Response> {
  const body = await admitJson(request, endpoint.limiter, MAX_ASSIGNMENT_BODY_BYTES, 'assignment');
  if (!body.ok) return body.response;
  const now = endpoint.now?.() ?? new Date();
  // The educator's calendar day may be the server's UTC day or the one before (time zones west of UTC).
  const today = addDays(now.toISOString().slice(0, 10), -1);
  const checked = checkAssignmentInput(body.value, today);
  if (!checked.ok) {
    const messages = Object.values(checked.errors);
    return json(400, { error: messages.join(' '), errors: checked.errors });
  }
  const keys = await signingKeys(endpoint, 'assignment');
  if (!keys.ok) return keys.response;
  const { assignment, token } = await signAssignment(checked.input, keys.ring.signing, now, endpoint.newId);
  const link = `${endpoint.origin(request)}/start?a=${token}`;
  return json(200, { token, link, assignment });
}

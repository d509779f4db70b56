import 'server-only';
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { isoSeconds } from '@/lib/dates/days';
import type { SigningKey } from '@/lib/signing/jws';
import type { Assignment, AssignmentInput } from './assignment';
import { ASSIGNMENT_LIMITS } from './limits';
import { toClaims } from './claims';
import { ASSIGNMENT_JWT_TYPE } from './token';

export interface SignedAssignment {
  assignment: Assignment;
  token: string;
}

/** Gives a checked assignment its id and times and signs it with the module's key. */
export async function signAssignment(
  input: AssignmentInput,
  key: SigningKey,
  now: Date = new Date(),
  newId: () => string = () => randomBytes(12).toString('base64url'),
): Promise<SignedAssignment> {
  const issued = Math.floor(now.getTime() / 1000);
  const expires = issued + ASSIGNMENT_LIMITS.lifetimeDays * 86_400;
  const assignment: Assignment = {
    id: newId(),
    ...input,
    issuedAt: isoSeconds(new Date(issued * 1000)),
    expiresAt: isoSeconds(new Date(expires * 1000)),
  };
  const token = await new SignJWT({ ...toClaims(assignment) })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: ASSIGNMENT_JWT_TYPE })
    .sign(key.privateKey);
  return { assignment, token };
}

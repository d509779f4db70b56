import {
  createLocalJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import type { PublishedKeys } from '@/lib/signing/jwks';
import type { Assignment } from './assignment';
import { fromClaims } from './claims';
import { MAX_TOKEN_LENGTH, TOKEN_PATTERN } from './limits';

/** JOSE `typ` of an assignment link's token, so that no other token of the module passes for one. */
export const ASSIGNMENT_JWT_TYPE = 'assignment+jwt';

export type AssignmentProblem = 'malformed' | 'tampered' | 'expired' | 'unknown-key';

export type AssignmentCheck =
  { ok: true; assignment: Assignment } | { ok: false; problem: AssignmentProblem; message: string };

const STILL_USABLE = 'You can still take the module on your own; ask your educator for a new link.';

const failure = (problem: AssignmentProblem, message: string): AssignmentCheck => ({
  ok: false,
  problem,
  message: `${message} ${STILL_USABLE}`,
});

/**
 * Checks an assignment link's token against the module's published keys: its signature, its type, its
 * claims and its expiry. Never throws; each failure says in plain words what is wrong.
 */
export async function verifyAssignmentToken(
  token: string,
  keys: PublishedKeys,
  now: Date = new Date(),
): Promise<AssignmentCheck> {
  const damaged = 'This assignment link is damaged or incomplete: it cannot be read.';
  if (token.length > MAX_TOKEN_LENGTH || !TOKEN_PATTERN.test(token)) {
    return failure('malformed', damaged);
  }
  let kid: unknown;
  try {
    ({ kid } = decodeProtectedHeader(token));
  } catch {
    return failure('malformed', damaged);
  }
  if (typeof kid !== 'string' || !keys.keys.some((key) => key.kid === kid)) {
    return failure(
      'unknown-key',
      'This assignment link was not signed by this module (its key is not one the module publishes).',
    );
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, createLocalJWKSet(keys as JSONWebKeySet), {
      algorithms: ['EdDSA'],
      typ: ASSIGNMENT_JWT_TYPE,
      currentDate: now,
      requiredClaims: ['exp', 'iat'],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      const expired = fromClaims(error.payload);
      const when = expired ? ` on ${expired.expiresAt.slice(0, 10)}` : '';
      return failure('expired', `This assignment link expired${when}.`);
    }
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      return failure(
        'tampered',
        'This assignment link was changed after it was made (its signature does not match), so it cannot be used.',
      );
    }
    return failure('malformed', damaged);
  }
  const assignment = fromClaims(payload);
  if (!assignment)
    return failure('malformed', 'This link is signed, but it is not an assignment of this module.');
  return { ok: true, assignment };
}

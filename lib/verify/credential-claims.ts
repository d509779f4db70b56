import { decodeAssignmentToken, tokenFromLink } from '@/lib/assignments/claims';
import { attitudesFromUrn } from '@/lib/assignments/attitudes';
import { itemResultsFromUrn } from '@/lib/grading/item-results';
import { CREDENTIAL_CONTEXT, ISSUER_NAME } from '@/lib/certificates/constants';
import { EVIDENCE_GENRE, type OpenBadgeCredential } from '@/lib/certificates/credential';
import { invalid, isObject, MESSAGES } from './results';
import type { ValidCertificate, Verification } from './types';

/**
 * A verified credential's payload read as this module's certificate: its contexts and types, its achievement,
 * registered claims that agree with it (OB 3.0 §8.2), the learner's name and score, and its evidence.
 */
export function checkCredential(
  payload: Record<string, unknown>,
  kid: string,
  issuerId: string,
  achievementId: string,
): Verification {
  const credential = payload as unknown as OpenBadgeCredential;
  const context = payload['@context'];
  const types = payload.type;
  if (
    !Array.isArray(context) ||
    CREDENTIAL_CONTEXT.some((url, i) => context[i] !== url) ||
    !Array.isArray(types) ||
    !types.includes('VerifiableCredential') ||
    !types.includes('OpenBadgeCredential')
  ) {
    return invalid('not-this-module', MESSAGES.notThisModule);
  }
  const subject = payload.credentialSubject;
  const achieved = isObject(subject) ? subject.achievement : undefined;
  const achievedTypes = isObject(achieved) ? achieved.type : undefined;
  if (
    !isObject(achieved) ||
    achieved.id !== achievementId ||
    !(Array.isArray(achievedTypes) ? achievedTypes.includes('Achievement') : achievedTypes === 'Achievement')
  ) {
    return invalid('not-this-module', MESSAGES.notThisModule);
  }
  // OB 3.0 §8.2: the registered claims must agree with the credential.
  const validFrom = typeof payload.validFrom === 'string' ? payload.validFrom : '';
  if (
    payload.iss !== issuerId ||
    payload.jti !== payload.id ||
    typeof payload.id !== 'string' ||
    payload.nbf !== Math.floor(Date.parse(validFrom) / 1000)
  ) {
    return invalid(
      'malformed',
      'The credential’s registered claims (iss, jti, nbf) do not match its content.',
    );
  }
  const identifier = isObject(subject) && Array.isArray(subject.identifier) ? subject.identifier : [];
  const nameEntry = identifier.find((entry) => isObject(entry) && entry.identityType === 'name');
  const result = isObject(subject) && Array.isArray(subject.result) ? subject.result[0] : undefined;
  const score = isObject(result) ? Number(result.value) : Number.NaN;
  if (!isObject(nameEntry) || typeof nameEntry.identityHash !== 'string' || nameEntry.hashed !== false) {
    return invalid('malformed', 'The credential does not name the learner.');
  }
  if (!Number.isInteger(score) || score < 0 || score > 100) {
    return invalid('malformed', 'The credential does not carry a final-check score.');
  }
  const evidence = readEvidence(payload.evidence);
  if (!evidence)
    return invalid(
      'malformed',
      'The credential’s assignment, shared answers or item results cannot be read.',
    );
  const issuer = payload.issuer as { name?: unknown };
  return {
    valid: true,
    kind: 'credential',
    name: nameEntry.identityHash,
    scorePct: score,
    date: validFrom.slice(0, 10),
    issuedAt: validFrom,
    kid,
    credentialId: payload.id as string,
    issuer: { id: issuerId, name: typeof issuer.name === 'string' ? issuer.name : ISSUER_NAME },
    credential,
    ...evidence,
  };
}

/**
 * The assignment, shared attitudes, final-check and pre-check item results a credential's evidence carries.
 * The assignment is read from the link
 * in its id; the link's own signature is not checked again, since the credential's signature covers it.
 * Null when evidence is there but is not what this module writes.
 */
function readEvidence(
  value: unknown,
): Pick<ValidCertificate, 'assignment' | 'attitudes' | 'course' | 'items' | 'precheck'> | null {
  if (value === undefined) return {};
  if (!Array.isArray(value)) return null;
  const found: Pick<ValidCertificate, 'assignment' | 'attitudes' | 'course' | 'items' | 'precheck'> = {};
  for (const entry of value) {
    if (!isObject(entry) || typeof entry.id !== 'string') return null;
    if (entry.genre === EVIDENCE_GENRE.assignment) {
      const token = tokenFromLink(entry.id);
      const assignment = token ? decodeAssignmentToken(token) : null;
      if (!assignment) return null;
      found.course = assignment.course;
      found.assignment = {
        id: assignment.id,
        course: assignment.course,
        ...(assignment.due ? { due: assignment.due } : {}),
        passMarkPct: assignment.passMarkPct,
        educatorName: assignment.educatorName,
      };
    } else if (entry.genre === EVIDENCE_GENRE.attitudes) {
      const attitudes = attitudesFromUrn(entry.id);
      if (!attitudes) return null;
      found.attitudes = attitudes;
    } else if (entry.genre === EVIDENCE_GENRE.items) {
      const items = itemResultsFromUrn(entry.id);
      if (!items) return null;
      found.items = items;
    } else if (entry.genre === EVIDENCE_GENRE.precheck) {
      const precheck = itemResultsFromUrn(entry.id, 'precheck');
      if (!precheck) return null;
      found.precheck = precheck;
    } else {
      return null;
    }
  }
  return found;
}

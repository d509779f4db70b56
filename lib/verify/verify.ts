import {
  compactVerify,
  createLocalJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWSHeaderParameters,
  type FlattenedJWSInput,
} from 'jose';
import {
  CREDENTIAL_CONTEXT,
  CREDENTIAL_JWT_TYPE,
  ISSUER_NAME,
  issuerUrls,
} from '@/lib/certificates/constants';
import { ASSIGNMENT_ID_PATTERN } from '@/lib/assignments/limits';
import { parseDay } from '@/lib/dates/days';
import { attitudesFromUrn } from '@/lib/assignments/attitudes';
import { decodeAssignmentToken, tokenFromLink } from '@/lib/assignments/claims';
import { EVIDENCE_GENRE, type OpenBadgeCredential } from '@/lib/certificates/credential';
import { findToken } from './find-token';
import { decodeJsonSegment } from '@/lib/signing/segment';
import type {
  InvalidCertificate,
  InvalidReason,
  ValidCertificate,
  Verification,
  VerifyOptions,
} from './types';

function invalid(reason: InvalidReason, message: string): InvalidCertificate {
  return { valid: false, reason, message };
}

const MESSAGES = {
  tampered:
    'The signature does not match the content: the certificate was changed after it was signed, so it is not valid.',
  notThisModule: 'It is signed, but it is not a certificate of completion of this module.',
} as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Checks one compact JWS: a full credential (VC-JWT) or a QR code's printed claims. Never throws. */
export async function verifyToken(token: string, options: VerifyOptions): Promise<Verification> {
  const urls = issuerUrls(options.issuerOrigin);
  const parts = token.split('.');
  let header: JWSHeaderParameters;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    return invalid('malformed', 'The certificate code is damaged: its header cannot be read.');
  }
  if (parts.length !== 3)
    return invalid('malformed', 'The certificate code is damaged: it does not have three parts.');
  if (header.alg !== 'EdDSA') {
    return invalid(
      'malformed',
      `It is signed with “${String(header.alg)}”, an algorithm this module never uses.`,
    );
  }
  const payload = decodeJsonSegment(parts[1]!);
  if (!isObject(payload)) {
    return invalid('malformed', 'The certificate’s content cannot be read: it was damaged or altered.');
  }

  const kind =
    '@context' in payload ? 'credential' : 'name' in payload && 'score' in payload ? 'printed-claims' : null;
  if (kind === null) return invalid('not-this-module', MESSAGES.notThisModule);

  if (kind === 'credential') {
    const issuer = payload.issuer;
    const issuerId = isObject(issuer) ? issuer.id : issuer;
    if (typeof issuerId !== 'string') return invalid('malformed', 'The credential names no issuer.');
    if (issuerId !== urls.issuerId) {
      return invalid(
        'other-issuer',
        `It was issued by ${issuerId}, not by this module (${urls.issuerId}). Check it with its own issuer.`,
      );
    }
  }

  // The credential's kid is a URL into this module's key set; the QR code's is the bare key id.
  const rawKid = typeof header.kid === 'string' ? header.kid : '';
  const prefix = `${urls.jwksUrl}#`;
  const kid =
    kind === 'credential' ? (rawKid.startsWith(prefix) ? rawKid.slice(prefix.length) : null) : rawKid;
  if (kid === null) {
    return invalid(
      'unknown-key',
      `It names a signing key that this module does not publish (${rawKid || 'none'}).`,
    );
  }
  if (!options.keys.keys.some((key) => key.kid === kid)) {
    return invalid(
      'unknown-key',
      `It was signed with a key this module does not publish (key id ${kid || 'missing'}): it may be forged, or made by another copy of the module.`,
    );
  }

  const localKeys = createLocalJWKSet(options.keys as JSONWebKeySet);
  const keyFor = (protectedHeader: JWSHeaderParameters, input: FlattenedJWSInput) =>
    localKeys({ ...protectedHeader, kid }, input);
  const now = options.now ?? new Date();

  if (kind === 'printed-claims') {
    let bytes: Uint8Array;
    try {
      ({ payload: bytes } = await compactVerify(token, keyFor, { algorithms: ['EdDSA'] }));
    } catch (error) {
      return fromJoseError(error);
    }
    const claims = decodeJsonSegment(parts[1]!) as Record<string, unknown>;
    void bytes;
    const keysOk = Object.keys(claims).every((k) =>
      ['name', 'score', 'date', 'course', 'aid', 'due'].includes(k),
    );
    const { name, score, date, course, aid, due } = claims;
    if (
      !keysOk ||
      typeof name !== 'string' ||
      !Number.isInteger(score) ||
      (score as number) < 0 ||
      (score as number) > 100 ||
      typeof date !== 'string' ||
      !DAY.test(date) ||
      (course !== undefined && typeof course !== 'string') ||
      (aid !== undefined && (typeof aid !== 'string' || !ASSIGNMENT_ID_PATTERN.test(aid))) ||
      (due !== undefined && (typeof due !== 'string' || !parseDay(due)))
    ) {
      return invalid('not-this-module', MESSAGES.notThisModule);
    }
    return {
      valid: true,
      kind,
      name,
      scorePct: score as number,
      date,
      kid,
      ...(typeof course === 'string' ? { course } : {}),
      ...(typeof course === 'string' && typeof aid === 'string'
        ? { assignment: { id: aid, course, ...(typeof due === 'string' ? { due } : {}) } }
        : {}),
    };
  }

  let verified: Record<string, unknown>;
  try {
    ({ payload: verified } = await jwtVerify(token, keyFor, {
      algorithms: ['EdDSA'],
      typ: CREDENTIAL_JWT_TYPE,
      currentDate: now,
      clockTolerance: 300,
    }));
  } catch (error) {
    return fromJoseError(error);
  }
  return checkCredential(verified, kid, urls.issuerId, urls.achievementId);
}

function fromJoseError(error: unknown): InvalidCertificate {
  if (error instanceof errors.JWSSignatureVerificationFailed) return invalid('tampered', MESSAGES.tampered);
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'typ')
      return invalid('malformed', 'It is a signed token, but not a credential (wrong type).');
    if (error.claim === 'nbf')
      return invalid('malformed', 'It is dated in the future, so it is not valid yet.');
    return invalid('malformed', `The credential’s “${error.claim}” claim is not valid.`);
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return invalid('malformed', 'The certificate code is damaged and cannot be read.');
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return invalid('unknown-key', 'It was signed with a key this module does not publish.');
  }
  return invalid('malformed', 'The certificate could not be checked: it is damaged or not a certificate.');
}

function checkCredential(
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
  if (!evidence) return invalid('malformed', 'The credential’s assignment or shared answers cannot be read.');
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
 * The assignment and shared attitudes a credential's evidence carries. The assignment is read from the link
 * in its id; the link's own signature is not checked again, since the credential's signature covers it.
 * Null when evidence is there but is not what this module writes.
 */
function readEvidence(value: unknown): Pick<ValidCertificate, 'assignment' | 'attitudes' | 'course'> | null {
  if (value === undefined) return {};
  if (!Array.isArray(value)) return null;
  const found: Pick<ValidCertificate, 'assignment' | 'attitudes' | 'course'> = {};
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
    } else {
      return null;
    }
  }
  return found;
}

/** Checks pasted text: a code, a verification link or a credential file's JSON. */
export async function verifyText(text: string, options: VerifyOptions): Promise<Verification> {
  const found = findToken(text);
  if (!found.ok) return invalid('malformed', found.message);
  return verifyToken(found.token, options);
}

/** Checks an uploaded file: a certificate PDF (its attached credential), a .json credential or a code. */
export async function verifyFile(bytes: Uint8Array, options: VerifyOptions): Promise<Verification> {
  if (isPdf(bytes)) {
    const { extractCredentialFromPdf } = await import('./pdf-credential');
    const extracted = await extractCredentialFromPdf(bytes);
    if (!extracted.ok) return invalid('malformed', extracted.message);
    return verifyToken(extracted.token, options);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return invalid('malformed', 'This file is neither a certificate PDF nor a credential file.');
  }
  return verifyText(text, options);
}

export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

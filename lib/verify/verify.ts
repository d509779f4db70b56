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
import { CREDENTIAL_JWT_TYPE, issuerUrls } from '@/lib/certificates/constants';
import { ASSIGNMENT_ID_PATTERN } from '@/lib/assignments/limits';
import { parseDay } from '@/lib/dates/days';
import { findToken } from './find-token';
import { decodeJsonSegment } from '@/lib/signing/segment';
import { checkCredential } from './credential-claims';
import { invalid, isObject, MESSAGES } from './results';
import type { InvalidCertificate, Verification, VerifyOptions } from './types';

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

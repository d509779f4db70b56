import {
  createLocalJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import { lessonOrder, type LessonSlug } from '@/content/lessons/order';
import { isoSeconds } from '@/lib/certificates/credential';
import { checkPlainText } from '@/lib/certificates/name';
import type { PublishedKeys } from '@/lib/verify/types';
import { ASSIGNMENT_ID_PATTERN, ASSIGNMENT_LIMITS, parseDay, type Assignment } from './assignment';

/** JOSE `typ` of an assignment link's token, so that no other token of the module passes for one. */
export const ASSIGNMENT_JWT_TYPE = 'assignment+jwt';

/** Longest token accepted from a link (a real one is about 600 characters). */
export const MAX_TOKEN_LENGTH = 2000;

/** The claims an assignment token carries: short names keep the link and its QR code small. */
export interface AssignmentClaims {
  aid: string;
  course: string;
  edu: string;
  contact: string;
  pass: number;
  due?: string;
  lessons: string[];
  share: boolean;
  iat: number;
  exp: number;
}

export function toClaims(assignment: Assignment): AssignmentClaims {
  return {
    aid: assignment.id,
    course: assignment.course,
    edu: assignment.educatorName,
    contact: assignment.educatorContact,
    pass: assignment.passMarkPct,
    ...(assignment.due ? { due: assignment.due } : {}),
    lessons: assignment.lessons,
    share: assignment.shareAttitudes,
    iat: Math.floor(Date.parse(assignment.issuedAt) / 1000),
    exp: Math.floor(Date.parse(assignment.expiresAt) / 1000),
  };
}

const text = (value: unknown, max: number): value is string =>
  typeof value === 'string' && checkPlainText(value, { what: '', max, empty: '' }).ok;

/**
 * The assignment a token's claims describe, or null when they are not an assignment of this module. It does
 * not check the signature: use it only on claims that were verified, or that travel inside a signed credential.
 */
export function fromClaims(claims: JWTPayload | Record<string, unknown>): Assignment | null {
  const { aid, course, edu, contact, pass, due, lessons, share, iat, exp } = claims as Record<
    string,
    unknown
  >;
  const { passMarkMin, passMarkMax } = ASSIGNMENT_LIMITS;
  if (
    typeof aid !== 'string' ||
    !ASSIGNMENT_ID_PATTERN.test(aid) ||
    !text(course, ASSIGNMENT_LIMITS.course) ||
    !text(edu, ASSIGNMENT_LIMITS.educatorName) ||
    !text(contact, ASSIGNMENT_LIMITS.educatorContact) ||
    typeof pass !== 'number' ||
    !Number.isInteger(pass) ||
    pass < passMarkMin ||
    pass > passMarkMax ||
    (due !== undefined && (typeof due !== 'string' || !parseDay(due))) ||
    !Array.isArray(lessons) ||
    lessons.length === 0 ||
    lessons.some((slug) => !(lessonOrder as readonly unknown[]).includes(slug)) ||
    typeof share !== 'boolean' ||
    !Number.isInteger(iat) ||
    !Number.isInteger(exp)
  ) {
    return null;
  }
  return {
    id: aid,
    course,
    educatorName: edu,
    educatorContact: contact,
    passMarkPct: pass,
    ...(typeof due === 'string' ? { due } : {}),
    lessons: lessonOrder.filter((slug) => (lessons as string[]).includes(slug)) as LessonSlug[],
    shareAttitudes: share,
    issuedAt: isoSeconds(new Date((iat as number) * 1000)),
    expiresAt: isoSeconds(new Date((exp as number) * 1000)),
  };
}

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
  if (token.length > MAX_TOKEN_LENGTH || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) {
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

/** The token of a link (`…/start?a=<token>`) or of a bare token; null when there is none. */
export function tokenFromLink(link: string): string | null {
  const trimmed = link.trim();
  try {
    const url = new URL(trimmed);
    return url.searchParams.get('a');
  } catch {
    return trimmed.length > 0 ? trimmed : null;
  }
}

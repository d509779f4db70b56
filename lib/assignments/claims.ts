import { lessonOrder, type LessonSlug } from '@/content/lessons/order';
import { checkPlainText } from '@/lib/text/plain-text';
import { isoSeconds, parseDay } from '@/lib/dates/days';
import { decodeJsonSegment } from '@/lib/signing/segment';
import type { Assignment } from './assignment';
import { ASSIGNMENT_ID_PATTERN, ASSIGNMENT_LIMITS, MAX_TOKEN_LENGTH, TOKEN_PATTERN } from './limits';

/*
 * An assignment token's claims, without jose: what the progress store and the class review read from a
 * token whose signature was already checked (when the link was opened, or as part of a signed credential).
 */

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
export function fromClaims(claims: Record<string, unknown>): Assignment | null {
  const { aid, course, edu, contact, pass, due, lessons, share, iat, exp } = claims;
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

/** The assignment a token's payload describes, without checking its signature; null when it is not one. */
export function decodeAssignmentToken(token: string): Assignment | null {
  if (token.length > MAX_TOKEN_LENGTH || !TOKEN_PATTERN.test(token)) return null;
  const claims = decodeJsonSegment(token.split('.')[1]!);
  return typeof claims === 'object' && claims !== null && !Array.isArray(claims)
    ? fromClaims(claims as Record<string, unknown>)
    : null;
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

/** The assignment a learner opened, read from the token kept in progress; null without one. */
export function openedAssignment(progress: { assignment?: { token: string } }): Assignment | null {
  return progress.assignment ? decodeAssignmentToken(progress.assignment.token) : null;
}

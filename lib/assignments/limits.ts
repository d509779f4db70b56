/*
 * An assignment's limits and the shape of its link's token, with no import: the progress store (on every
 * page) checks stored tokens against them without loading the rest of lib/assignments.
 */

export const ASSIGNMENT_LIMITS = {
  course: 120,
  educatorName: 100,
  educatorContact: 120,
  passMarkMin: 50,
  passMarkMax: 100,
  defaultPassMark: 80,
  /** How long a link works, and so how far ahead a due date may be. */
  lifetimeDays: 365,
} as const;

export const ASSIGNMENT_ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;

/** Longest token accepted from a link (a real one is about 600 characters). */
export const MAX_TOKEN_LENGTH = 2000;

/** A compact JWS: three base64url parts. */
export const TOKEN_PATTERN = /^[\w-]+\.[\w-]+\.[\w-]+$/;

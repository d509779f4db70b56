import { LIMITS, type FinalCheckProgress, type LessonProgress, type Progress, type Role } from './schema';

/*
 * Pure changes to a progress document, for `store.update((p) => startLesson(p, slug))`. None mutates its
 * input, and each returns the very same object when nothing changes (so the store neither saves nor
 * re-renders). None reads the clock: the store stamps `updatedAt` on the document and on each lesson
 * entry a change replaced, so a new lesson entry here carries the document's old time until then.
 */

export function setRole(p: Progress, role: Role | null): Progress {
  return p.role === role ? p : { ...p, role };
}

/** Marks a lesson started (unless it is completed) and makes it the place to continue from. */
export function startLesson(p: Progress, slug: string): Progress {
  const lesson = own(p.lessons, slug);
  const lessons: Progress['lessons'] = lesson
    ? p.lessons
    : { ...p.lessons, [slug]: { status: 'started', updatedAt: p.updatedAt } };
  const lastVisited = visited(slug, lesson?.lastSection);
  if (lessons === p.lessons && sameVisit(p.lastVisited, lastVisited)) return p;
  return { ...p, lessons, lastVisited };
}

/** Records the section the learner reached in a lesson (starting the lesson if need be). */
export function visitSection(p: Progress, slug: string, sectionId: string): Progress {
  const lesson = own(p.lessons, slug);
  const lastVisited = visited(slug, sectionId);
  if (lesson?.lastSection === sectionId && sameVisit(p.lastVisited, lastVisited)) return p;
  const next: LessonProgress = lesson
    ? { ...lesson, lastSection: sectionId }
    : { status: 'started', lastSection: sectionId, updatedAt: p.updatedAt };
  return { ...p, lessons: { ...p.lessons, [slug]: next }, lastVisited };
}

export function completeLesson(p: Progress, slug: string): Progress {
  const lesson = own(p.lessons, slug);
  if (lesson?.status === 'completed') return p;
  const next: LessonProgress = lesson
    ? { ...lesson, status: 'completed' }
    : { status: 'completed', updatedAt: p.updatedAt };
  return { ...p, lessons: { ...p.lessons, [slug]: next } };
}

export function answerPoll(p: Progress, questionId: string, value: string): Progress {
  return own(p.polls, questionId) === value ? p : { ...p, polls: { ...p.polls, [questionId]: value } };
}

export function answerCheck(p: Progress, questionId: string, optionIndex: number): Progress {
  return own(p.checks, questionId) === optionIndex
    ? p
    : { ...p, checks: { ...p.checks, [questionId]: optionIndex } };
}

/** Forgets the answers to these knowledge-check questions (e.g. to try a check again). */
export function clearChecks(p: Progress, questionIds: readonly string[]): Progress {
  const remove = new Set(questionIds.filter((id) => Object.hasOwn(p.checks, id)));
  if (remove.size === 0) return p;
  return { ...p, checks: Object.fromEntries(Object.entries(p.checks).filter(([id]) => !remove.has(id))) };
}

/**
 * Keeps the learner's text, cut to `LIMITS.reflectionLength` (never inside a surrogate pair). An empty
 * text removes the reflection.
 */
export function setReflection(p: Progress, id: string, text: string): Progress {
  const kept = truncate(text, LIMITS.reflectionLength);
  if (kept === '') {
    if (!Object.hasOwn(p.reflections, id)) return p;
    return {
      ...p,
      reflections: Object.fromEntries(Object.entries(p.reflections).filter(([key]) => key !== id)),
    };
  }
  return own(p.reflections, id) === kept ? p : { ...p, reflections: { ...p.reflections, [id]: kept } };
}

function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function visited(lesson: string, section: string | undefined): NonNullable<Progress['lastVisited']> {
  return section === undefined ? { lesson } : { lesson, section };
}

function sameVisit(a: Progress['lastVisited'], b: Progress['lastVisited']): boolean {
  return a?.lesson === b?.lesson && a?.section === b?.section;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * Records a submitted attempt at the final check. The first passing attempt is kept as the module's
 * completion; later attempts (passing or not) never take it away.
 */
export function recordFinalAttempt(
  p: Progress,
  attempt: { answers: Record<string, number>; scorePct: number; passed: boolean; at: string },
): Progress {
  const previous = p.finalCheck;
  const finalCheck: FinalCheckProgress = {
    attempts: (previous?.attempts ?? 0) + 1,
    answers: attempt.answers,
    scorePct: attempt.scorePct,
    passed: attempt.passed,
    submittedAt: attempt.at,
  };
  const firstPass =
    previous?.firstPass ?? (attempt.passed ? { scorePct: attempt.scorePct, at: attempt.at } : undefined);
  if (firstPass) finalCheck.firstPass = firstPass;
  return { ...p, finalCheck };
}

/** Keeps the assignment link the learner opened (its token was verified first); it replaces any earlier one. */
export function openAssignment(p: Progress, token: string, at: string): Progress {
  if (p.assignment?.token === token) return p;
  return { ...p, assignment: { token, openedAt: at } };
}

/** Takes the module on one's own again: forgets the assignment. */
export function leaveAssignment(p: Progress): Progress {
  if (!p.assignment) return p;
  const { assignment: _left, ...rest } = p;
  void _left;
  return rest;
}

/**
 * Records the knowledge pre-check (`answers` empty when it was skipped). It is asked once, before the
 * lessons: a second call leaves the first record as it is.
 */
export function recordPrecheck(p: Progress, answers: Record<string, number>, at: string): Progress {
  if (p.precheck) return p;
  return { ...p, precheck: { answers, at } };
}

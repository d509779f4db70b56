import type { PollOption } from '@/content/polls/types';
import type { LessonProgress, LessonStatus, Progress } from './schema';

export interface ResumeTarget {
  lesson: string;
  section?: string;
}

export function lessonStatus(p: Progress, slug: string): 'not-started' | LessonStatus {
  return lesson(p, slug)?.status ?? 'not-started';
}

/** How many of these lessons are completed (each slug counted once). */
export function completedCount(p: Progress, slugs: readonly string[]): number {
  let count = 0;
  for (const slug of new Set(slugs)) if (lessonStatus(p, slug) === 'completed') count += 1;
  return count;
}

/**
 * Where "continue where you left off" goes: the last place visited if that lesson (one of
 * `orderedSlugs`) is not completed; otherwise the first lesson in order that is not completed, at the
 * section it was left at. Null when every lesson is completed or none has been started.
 */
export function resumeTarget(p: Progress, orderedSlugs: readonly string[]): ResumeTarget | null {
  const last = p.lastVisited;
  if (last && orderedSlugs.includes(last.lesson) && lessonStatus(p, last.lesson) !== 'completed') {
    return last.section === undefined
      ? { lesson: last.lesson }
      : { lesson: last.lesson, section: last.section };
  }
  if (!orderedSlugs.some((slug) => lesson(p, slug) !== undefined)) return null;
  const next = orderedSlugs.find((slug) => lessonStatus(p, slug) !== 'completed');
  if (next === undefined) return null;
  const section = lesson(p, next)?.lastSection;
  return section === undefined ? { lesson: next } : { lesson: next, section };
}

export interface PollAnswer {
  /** The option value stored for the question. */
  value: string;
  /** That option's label; undefined when the stored value is not one of the question's options. */
  label: string | undefined;
}

/** The learner's answer to one poll question, with its option's label; undefined when not answered. */
export function pollAnswer(
  p: Progress,
  questionId: string,
  options: readonly PollOption[],
): PollAnswer | undefined {
  if (!Object.hasOwn(p.polls, questionId)) return undefined;
  const value = p.polls[questionId]!;
  return { value, label: options.find((option) => option.value === value)?.label };
}

function lesson(p: Progress, slug: string): LessonProgress | undefined {
  return Object.hasOwn(p.lessons, slug) ? p.lessons[slug] : undefined;
}

/**
 * Whether the start page offers the knowledge pre-check: only before any lesson or final check has been
 * begun (so its score is one from before the lessons), and only once (answered or skipped).
 */
export function precheckOffered(p: Progress): boolean {
  return !p.precheck && Object.keys(p.lessons).length === 0 && !p.finalCheck;
}

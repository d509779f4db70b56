import type { LessonSlug } from '@/content/lessons/order';
import type { SourceId } from '@/content/study';

/** One answer option of a knowledge-check question. */
export interface QuestionOption {
  text: string;
  /** Why this option is right or wrong; shown after the learner answers. */
  explanation: string;
}

/** A knowledge-check question: plain data, graded by `lib/grading`. */
export interface Question {
  id: string;
  /** The lesson it belongs to (its slug), or 'final' for the final check only. */
  lesson: string;
  prompt: string;
  options: readonly QuestionOption[];
  /** Index into `options` of the one correct answer. */
  answer: number;
  /** Where the facts behind the question come from (ids of `content/study` sources). */
  sources: readonly SourceId[];
}

/**
 * One place in the final check: a lesson's objective and parallel items that test it, each written as an
 * application (a case, a decision, a figure read with its limits). An attempt asks one item of each slot,
 * drawn afresh for every attempt. Items have `lesson: 'final'`.
 */
export interface FinalSlot {
  id: string;
  /** The lesson whose objective the slot tests. */
  lesson: LessonSlug;
  /** A short statement of what the slot tests. */
  objective: string;
  /** Parallel items on the objective; the first is the one the check asked before items were drawn. */
  items: readonly Question[];
}

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

export interface FinalSlot {
  id: string;
  lesson: LessonSlug;
  objective: string;
  items: readonly Question[];
}

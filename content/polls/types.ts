import type { ItemId } from '@/content/study';

export interface PollOption {
  /** Stable value stored in progress (never the label). */
  value: string;
  label: string;
}

/** One question of a poll, in the module's own wording (the study's wording is not available). */
export interface PollQuestion {
  id: string;
  prompt: string;
  options: readonly PollOption[];
  /** The study item this question mirrors, when there is one. */
  item?: ItemId;
  /**
   * The option that matches the side the study reports (e.g. 'yes' for "has received a request",
   * 'not-acceptable' for the ethics items, of which only the "not acceptable" share is published).
   */
  matches?: string;
  /**
   * Once answered, the answer is kept as it is (shown, not editable): a "before" attitude must stay the
   * learner's view from before the lessons, so that the end can compare it honestly.
   */
  lockOnceAnswered?: boolean;
}

/** A set of questions the learner answers before any figure is shown. Attitudes are never graded. */
export interface Poll {
  id: string;
  /** Short instruction shown above the questions. */
  intro: string;
  questions: readonly PollQuestion[];
}

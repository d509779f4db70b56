import { drawForm, type BankSlot } from './draw';

/*
 * The knowledge pre-check on /start: a few bank items before any lesson, not counted toward the final
 * check, so the learner (and, through the certificate, the educator) can see the gain from before to after.
 * It asks one item from one slot of each lesson; the final check's draw then leaves those items out where
 * their slots have others.
 */

export interface LessonBankSlot<Q extends { id: string }> extends BankSlot<Q> {
  lesson: string;
}

/** One slot of each lesson (in course order), and one item of it: as many items as lessons. */
export function drawPrecheck<Q extends { id: string }>(
  slots: readonly LessonBankSlot<Q>[],
  random: () => number = Math.random,
): Q[] {
  const lessons = [...new Set(slots.map((slot) => slot.lesson))];
  const chosen = lessons.map((lesson) => {
    const ofLesson = slots.filter((slot) => slot.lesson === lesson);
    return ofLesson[Math.min(ofLesson.length - 1, Math.floor(random() * ofLesson.length))]!;
  });
  return drawForm(chosen, {}, random);
}

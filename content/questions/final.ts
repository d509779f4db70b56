import { lessonOrder, type LessonSlug } from '@/content/lessons/order';
import { guidanceFinalSlots } from './guidance-and-practice';
import { guidanceSince2013FinalSlots } from './guidance-since-2013';
import { isItEthicalFinalSlots } from './is-it-ethical';
import { studyFinalSlots } from './the-study';
import type { FinalSlot, Question } from './types';
import { knockFinalSlots } from './when-patients-knock';
import { whoIsOnlineFinalSlots } from './who-is-online';

/*
 * The final check's item bank: three slots per lesson (two for the sixth), each an objective with parallel
 * items written as applications, distinct from the lessons' own checks. Each attempt draws one item of
 * each slot (lib/grading/draw.ts). Options are shuffled per attempt when shown; `answer` indexes the order
 * written here, which is what progress and the server store.
 */

/** The final check's slots of each lesson (three each; two for "What came after 2013"). */
export const finalSlotsByLesson: Readonly<Record<LessonSlug, readonly FinalSlot[]>> = {
  'the-study': studyFinalSlots,
  'who-is-online': whoIsOnlineFinalSlots,
  'when-patients-knock': knockFinalSlots,
  'is-it-ethical': isItEthicalFinalSlots,
  'guidance-and-practice': guidanceFinalSlots,
  'guidance-since-2013': guidanceSince2013FinalSlots,
};

/** Every slot, in course order. */
export const finalSlots: readonly FinalSlot[] = lessonOrder.flatMap((slug) => finalSlotsByLesson[slug]);

/** Every item of every slot, in course order: the whole bank. */
export const bankItems: readonly Question[] = finalSlots.flatMap((slot) => slot.items);

function firstItem(slot: FinalSlot): Question {
  const [first] = slot.items;
  if (!first) throw new Error(`Final-check slot "${slot.id}" has no items`);
  return first;
}

/**
 * The first item of each slot, by lesson: the form the final check asked before items were drawn, whose ids
 * earlier learners' stored answers and certificates hold. It is still a form a draw can serve.
 */
export const finalQuestionsByLesson: Readonly<Record<LessonSlug, readonly Question[]>> = {
  'the-study': finalSlotsByLesson['the-study'].map(firstItem),
  'who-is-online': finalSlotsByLesson['who-is-online'].map(firstItem),
  'when-patients-knock': finalSlotsByLesson['when-patients-knock'].map(firstItem),
  'is-it-ethical': finalSlotsByLesson['is-it-ethical'].map(firstItem),
  'guidance-and-practice': finalSlotsByLesson['guidance-and-practice'].map(firstItem),
  'guidance-since-2013': finalSlotsByLesson['guidance-since-2013'].map(firstItem),
};

/** In course order: the first item of each slot (three from each lesson, two from the sixth). */
export const finalQuestions: readonly Question[] = lessonOrder.flatMap(
  (slug) => finalQuestionsByLesson[slug],
);

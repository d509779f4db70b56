import { drawForm, type BankSlot } from './draw';
import { grade, type GradableQuestion, type GradeResult } from './grade';

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

export type PrecheckGrade<Q> = { ok: true; items: Q[]; result: GradeResult } | { ok: false; message: string };

/**
 * The pre-check answers a certificate request carries, graded as the server records them: each a bank
 * item, at most one of each lesson (as `drawPrecheck` asks), and at least one. Not counted toward the
 * score; the credential records its items' results beside the final check's, so an educator sees a gain.
 */
export function gradePrecheck<Q extends GradableQuestion>(
  slots: readonly LessonBankSlot<Q>[],
  answers: Readonly<Record<string, number>>,
): PrecheckGrade<Q> {
  const ids = Object.keys(answers);
  if (ids.length === 0) return { ok: false, message: 'precheck: send it only when it was answered.' };
  const lessonOf = new Map<string, { lesson: string; item: Q }>();
  for (const slot of slots)
    for (const item of slot.items) lessonOf.set(item.id, { lesson: slot.lesson, item });
  const unknown = ids.filter((id) => !lessonOf.has(id));
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `precheck: not a question of this module: ${unknown.map((id) => `"${id}"`).join(', ')}.`,
    };
  }
  const byLesson = new Map<string, string>();
  for (const id of ids) {
    const { lesson } = lessonOf.get(id)!;
    const other = byLesson.get(lesson);
    if (other) {
      return {
        ok: false,
        message: `precheck: two questions of one lesson ("${other}" and "${id}"); the pre-check asks one of each.`,
      };
    }
    byLesson.set(lesson, id);
  }
  const items = ids.map((id) => lessonOf.get(id)!.item);
  return { ok: true, items, result: grade(items, answers) };
}

import { lessonOrder, type LessonSlug } from '@/content/lessons/order';
import { checkForm } from '@/lib/grading/draw';
import { DEFAULT_PASS_MARK_PCT, grade, type GradableQuestion, type GradeResult } from '@/lib/grading/grade';
import type { Assignment } from './assignment';

/** A place on the final check as grading needs it: its lesson and its parallel items. */
export interface LessonSlot<Q extends GradableQuestion = GradableQuestion> {
  id: string;
  lesson: LessonSlug;
  items: readonly Q[];
}

export interface FinalRules {
  lessons: readonly LessonSlug[];
  passMarkPct: number;
}

/** What the final check asks and needs: the assignment's lessons and pass mark, or the module's own. */
export function finalRules(assignment: Assignment | null): FinalRules {
  return assignment
    ? { lessons: assignment.lessons, passMarkPct: assignment.passMarkPct }
    : { lessons: lessonOrder, passMarkPct: DEFAULT_PASS_MARK_PCT };
}

/** The slots of these lessons, in the order given: the ones a form asks. */
export function slotsFor<S extends { lesson: LessonSlug }>(
  slots: readonly S[],
  lessons: readonly LessonSlug[],
): S[] {
  return slots.filter((slot) => lessons.includes(slot.lesson));
}

export type FormGrade<Q extends GradableQuestion> =
  { ok: true; items: Q[]; result: GradeResult } | { ok: false; message: string };

/**
 * A final-check attempt graded as the server grades it for a certificate: the answered items must be a form
 * a draw could have served from the rules' lessons (one item of each of their slots, nothing else), and
 * exactly those items are graded, at the rules' pass mark.
 */
export function gradeForm<Q extends GradableQuestion>(
  slots: readonly LessonSlot<Q>[],
  answers: Readonly<Record<string, number>>,
  rules: FinalRules,
): FormGrade<Q> {
  const form = checkForm(slotsFor(slots, rules.lessons), Object.keys(answers));
  if (!form.ok) return form;
  return { ok: true, items: form.items, result: grade(form.items, answers, rules.passMarkPct) };
}

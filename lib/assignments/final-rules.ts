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

export interface StoredAttemptGrade<Q extends GradableQuestion> {
  /** The attempt's item of each slot the rules ask, in slot order (a slot it left out: its first item). */
  items: Q[];
  result: GradeResult;
  /** Slots the rules ask that the attempt did not answer: a lesson added since, or one an assignment adds. */
  unanswered: number;
  /** It passes as the server would grade it: a whole form, at or above the pass mark. */
  passes: boolean;
  /** The attempt's answers to those slots only: what the certificate server is sent. */
  answers: Record<string, number>;
}

/**
 * A final-check attempt kept in the browser, read against today's rules. Answers to slots the rules do not
 * ask are set aside (the check was taken for more lessons than an assignment requires); a slot the attempt
 * left out counts as unanswered, so the page can say what is new. Null when it holds two items of one slot,
 * which no draw serves. The server grades the kept answers with `gradeForm`, and only a whole form passes.
 */
export function gradeStoredAttempt<Q extends GradableQuestion>(
  slots: readonly LessonSlot<Q>[],
  answers: Readonly<Record<string, number>>,
  rules: FinalRules,
): StoredAttemptGrade<Q> | null {
  const asked = slotsFor(slots, rules.lessons);
  const items: Q[] = [];
  const kept: Record<string, number> = {};
  let unanswered = 0;
  for (const slot of asked) {
    const answered = slot.items.filter((item) => Object.hasOwn(answers, item.id));
    if (answered.length > 1) return null;
    const [item] = answered;
    if (item) kept[item.id] = answers[item.id]!;
    else unanswered += 1;
    items.push(item ?? slot.items[0]!);
  }
  const result = grade(items, kept, rules.passMarkPct);
  return { items, result, unanswered, passes: unanswered === 0 && result.passed, answers: kept };
}

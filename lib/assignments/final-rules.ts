import { lessonOrder, type LessonSlug } from '@/content/lessons/order';
import { DEFAULT_PASS_MARK_PCT, grade, type GradableQuestion, type GradeResult } from '@/lib/grading/grade';
import type { Assignment } from './assignment';

/** A final-check question as grading needs it, with the lesson it belongs to. */
export interface LessonQuestion extends GradableQuestion {
  lesson: LessonSlug;
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

/** The questions of these lessons, in the order given. */
export function questionsFor<Q extends LessonQuestion>(
  questions: readonly Q[],
  lessons: readonly LessonSlug[],
): Q[] {
  return questions.filter((question) => lessons.includes(question.lesson));
}

/** The learner's answers graded as the server will grade them for a certificate. */
export function gradeForRules(
  questions: readonly LessonQuestion[],
  answers: Readonly<Record<string, number>>,
  rules: FinalRules,
): GradeResult {
  return grade(questionsFor(questions, rules.lessons), answers, rules.passMarkPct);
}

import { finalQuestions } from '@/content/questions/final';

export const ORIGIN = 'https://module.example';

/** Answers that are all correct, read from the question bank (whatever its size). */
export function passingAnswers(): Record<string, number> {
  return Object.fromEntries(finalQuestions.map((q) => [q.id, q.answer]));
}

/** Answers that are all wrong. */
export function failingAnswers(): Record<string, number> {
  return Object.fromEntries(finalQuestions.map((q) => [q.id, (q.answer + 1) % q.options.length]));
}

/** A learner's answers with exactly `correct` of the given questions right (the first ones), the rest wrong. */
export function answersWithCorrect(
  questions: ReadonlyArray<{ id: string; answer: number; options: readonly unknown[] }>,
  correct: number,
): Record<string, number> {
  return Object.fromEntries(
    questions.map((q, i) => [q.id, i < correct ? q.answer : (q.answer + 1) % q.options.length]),
  );
}

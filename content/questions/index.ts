import type { Question } from './types';
import { knockQuestions } from './when-patients-knock';

export const questions: readonly Question[] = [...knockQuestions];

export function getQuestion(id: string): Question {
  const question = questions.find((q) => q.id === id);
  if (!question) throw new Error(`Unknown question "${id}"`);
  return question;
}

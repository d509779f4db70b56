import type { Question } from './types';
import { finalQuestions } from './final';
import { knockQuestions } from './when-patients-knock';

export const questions: readonly Question[] = [...knockQuestions, ...finalQuestions];

export function getQuestion(id: string): Question {
  const question = questions.find((q) => q.id === id);
  if (!question) throw new Error(`Unknown question "${id}"`);
  return question;
}

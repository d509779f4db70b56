import { finalQuestions } from './final';
import { guidanceQuestions } from './guidance-and-practice';
import { isItEthicalQuestions } from './is-it-ethical';
import { studyQuestions } from './the-study';
import type { Question } from './types';
import { knockQuestions } from './when-patients-knock';
import { whoIsOnlineQuestions } from './who-is-online';

/** Every question: the lessons' checks and the final check. */
export const questions: readonly Question[] = [
  ...studyQuestions,
  ...whoIsOnlineQuestions,
  ...knockQuestions,
  ...isItEthicalQuestions,
  ...guidanceQuestions,
  ...finalQuestions,
];

export function getQuestion(id: string): Question {
  const question = questions.find((q) => q.id === id);
  if (!question) throw new Error(`Unknown question "${id}"`);
  return question;
}

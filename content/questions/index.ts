import { bankItems } from './final';
import { guidanceQuestions } from './guidance-and-practice';
import { guidanceSince2013Questions } from './guidance-since-2013';
import { isItEthicalQuestions } from './is-it-ethical';
import { studyQuestions } from './the-study';
import type { Question } from './types';
import { knockQuestions } from './when-patients-knock';
import { whoIsOnlineQuestions } from './who-is-online';

/** The lessons' own knowledge checks, in course order. */
export const lessonCheckQuestions: readonly Question[] = [
  ...studyQuestions,
  ...whoIsOnlineQuestions,
  ...knockQuestions,
  ...isItEthicalQuestions,
  ...guidanceQuestions,
  ...guidanceSince2013Questions,
];

/** Every question: the lessons' checks and every item of the final check's bank. */
export const questions: readonly Question[] = [...lessonCheckQuestions, ...bankItems];

export function getQuestion(id: string): Question {
  const question = questions.find((q) => q.id === id);
  if (!question) throw new Error(`Unknown question "${id}"`);
  return question;
}

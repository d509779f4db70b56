import type { Question } from '@/content/questions/types';
import { getSource } from '@/content/study';
import type { ReviewQuestion } from './AnswerReview';

/** What the browser needs of a question: its text, key and the short citations of its sources. */
export function toReviewQuestion(q: Question): ReviewQuestion {
  return {
    id: q.id,
    prompt: q.prompt,
    options: q.options,
    answer: q.answer,
    sources: q.sources.map((s) => getSource(s).short),
  };
}

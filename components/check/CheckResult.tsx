import type { ReactNode } from 'react';
import { focusOnMount } from '@/components/dom/focus-on-mount';
import type { QuestionResult } from '@/lib/grading/grade';
import { AnswerReview, type ReviewQuestion } from './AnswerReview';

/**
 * The result of a check, as a heading coloured by pass or fail. `focus` moves focus to it: only right
 * after a submission, never when a stored result is shown on load.
 */
export function CheckResultHeading({
  level,
  passed,
  focus,
  children,
}: {
  level: 2 | 3;
  passed: boolean;
  focus: boolean;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Heading
      ref={focus ? focusOnMount : undefined}
      tabIndex={-1}
      className={`check__result ${passed ? 'check__result--pass' : 'check__result--fail'}`}
    >
      {children}
    </Heading>
  );
}

/** Every question of a graded check, each with its verdicts and explanations. */
export function AnswerReviews({
  questions,
  results,
}: {
  questions: readonly ReviewQuestion[];
  results: readonly QuestionResult[];
}) {
  return questions.map((q, qi) => (
    <AnswerReview key={q.id} question={q} number={qi + 1} chosen={results[qi]!.chosen} />
  ));
}

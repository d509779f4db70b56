'use client';

import { useState } from 'react';
import type { ReviewQuestion } from './AnswerReview';
import { CheckForm, type CheckAnswers } from './CheckForm';
import { AnswerReviews, CheckResultHeading } from './CheckResult';
import { useLessonSlug } from '@/components/lesson/LessonContext';
import { useProgress } from '@/components/progress/useProgress';
import { DEFAULT_PASS_MARK_PCT, grade } from '@/lib/grading/grade';
import { answerCheck, clearChecks, completeLesson } from '@/lib/progress/actions';
import { hydrateApart } from '@/components/layout/HydrateApart';

export type CheckQuestion = ReviewQuestion;

function KnowledgeCheckFormInner({ questions }: { questions: readonly CheckQuestion[] }) {
  const slug = useLessonSlug();
  const { progress, hydrated, update } = useProgress();
  // Focus moves to the result only right after a submission, not when a stored result is shown on load.
  const [submittedNow, setSubmittedNow] = useState(false);

  const stored = Object.fromEntries(questions.map((q) => [q.id, progress.checks[q.id]]));
  const submitted = hydrated && questions.every((q) => progress.checks[q.id] !== undefined);
  const result = submitted ? grade(questions, stored, DEFAULT_PASS_MARK_PCT) : null;

  const onSubmit = (answers: CheckAnswers) => {
    const outcome = grade(questions, answers, DEFAULT_PASS_MARK_PCT);
    setSubmittedNow(true);
    update((p) => {
      let next = p;
      for (const q of questions) next = answerCheck(next, q.id, answers[q.id]!);
      if (outcome.passed && slug) next = completeLesson(next, slug);
      return next;
    });
  };

  const tryAgain = () => {
    update((p) =>
      clearChecks(
        p,
        questions.map((q) => q.id),
      ),
    );
  };

  if (result) {
    return (
      <div>
        <CheckResultHeading level={3} passed={result.passed} focus={submittedNow}>
          {result.passed
            ? `Passed: ${result.correct} of ${result.total} correct.${slug ? ' This lesson is complete.' : ''}`
            : `${result.correct} of ${result.total} correct. Read the explanations, then try again.`}
        </CheckResultHeading>
        <AnswerReviews questions={questions} results={result.results} />
        {!result.passed && (
          <button type="button" className="button" onClick={tryAgain}>
            Try again
          </button>
        )}
      </div>
    );
  }

  return (
    <CheckForm
      questions={questions}
      label="Knowledge check"
      submitLabel="Check my answers"
      onSubmit={onSubmit}
    />
  );
}

/** Hydrates apart from the lesson around it (see HydrateApart). */
export const KnowledgeCheckForm = hydrateApart(KnowledgeCheckFormInner);

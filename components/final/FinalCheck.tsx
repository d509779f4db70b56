'use client';

import { useMemo, useState } from 'react';
import type { ReviewQuestion } from '@/components/check/AnswerReview';
import { CheckForm, type CheckAnswers } from '@/components/check/CheckForm';
import { AnswerReviews, CheckResultHeading } from '@/components/check/CheckResult';
import { useProgress } from '@/components/progress/useProgress';
import { grade } from '@/lib/grading/grade';
import { countOf } from '@/lib/words/plural';
import { recordFinalAttempt } from '@/lib/progress/actions';
import { randomOrder } from '@/lib/shuffle/shuffle';

interface Props {
  questions: readonly ReviewQuestion[];
  passMarkPct: number;
  /** Where a learner who passed goes next (the certificate). */
  nextHref?: string;
  nextLabel?: string;
}

/**
 * The final check. Options are shuffled for each attempt; answers are recorded by each option's index in
 * the question bank, so grading never depends on the order shown.
 */
export function FinalCheck({ questions, passMarkPct, nextHref, nextLabel }: Props) {
  const { progress, hydrated, update } = useProgress();
  const [attemptKey, setAttemptKey] = useState(0);
  const [reviewing, setReviewing] = useState(true);
  const [submittedNow, setSubmittedNow] = useState(false);
  // A fresh order per attempt; attemptKey changes when the learner starts another attempt.
  const orders = useMemo(
    () => questions.map((q) => randomOrder(q.options.length)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- attemptKey is the reason to reshuffle
    [questions, attemptKey],
  );

  const last = hydrated ? progress.finalCheck : undefined;
  const lastResult = last ? grade(questions, last.answers, passMarkPct) : null;

  const onSubmit = (answers: CheckAnswers) => {
    const result = grade(questions, answers, passMarkPct);
    update((p) =>
      recordFinalAttempt(p, {
        answers,
        scorePct: result.scorePct,
        passed: result.passed,
        at: new Date().toISOString(),
      }),
    );
    setSubmittedNow(true);
    setReviewing(true);
  };

  const startAttempt = () => {
    setAttemptKey((k) => k + 1);
    setSubmittedNow(false);
    setReviewing(false);
  };

  if (!hydrated) return <p className="source">Loading your progress…</p>;

  if (last && lastResult && reviewing) {
    const passedEver = last.firstPass !== undefined;
    // Questions asked now that the last attempt never saw: a lesson added since, or an assignment's.
    const unanswered = lastResult.results.filter((r) => r.chosen === null).length;
    return (
      <div>
        <CheckResultHeading level={2} passed={lastResult.passed} focus={submittedNow}>
          {lastResult.passed ? 'Passed: ' : ''}
          {lastResult.correct} of {lastResult.total} correct (
          <span data-module-value="">{lastResult.scorePct}%</span>).
          {!lastResult.passed && (
            <>
              {' '}
              The pass mark is <span data-module-value="">{passMarkPct}%</span>.
            </>
          )}
        </CheckResultHeading>
        <p>
          Attempt {last.attempts}.{' '}
          {passedEver &&
            !lastResult.passed &&
            'You passed an earlier attempt, so your completion stands; a certificate is signed from a passing attempt, so pass once more to claim one. '}
          {passedEver &&
            !lastResult.passed &&
            unanswered > 0 &&
            `The check now asks ${countOf(unanswered, 'question')} that attempt did not answer. `}
          {!lastResult.passed && 'Read the explanations below, then try again whenever you are ready.'}
        </p>
        <div className="actions">
          {lastResult.passed && nextHref && (
            <a className="button" href={nextHref}>
              {nextLabel}
            </a>
          )}
          <button
            type="button"
            className={lastResult.passed ? 'button button--quiet' : 'button'}
            onClick={startAttempt}
          >
            {lastResult.passed ? 'Take the check again' : 'Try again'}
          </button>
        </div>
        <h2>Your answers, with explanations</h2>
        <AnswerReviews questions={questions} results={lastResult.results} />
      </div>
    );
  }

  return (
    <CheckForm
      key={attemptKey}
      questions={questions}
      orders={orders}
      label="Final check"
      submitLabel="Submit my answers"
      onSubmit={onSubmit}
    >
      <span className="source">
        {questions.length} questions · pass mark <span data-module-value="">{passMarkPct}%</span>
      </span>
    </CheckForm>
  );
}

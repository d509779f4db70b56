'use client';

import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { AnswerReview, type ReviewQuestion } from '@/components/check/AnswerReview';
import { ChoiceField } from '@/components/forms/ChoiceField';
import { CHOOSE_AN_ANSWER } from '@/components/forms/messages';
import { useProgress } from '@/components/progress/useProgress';
import { grade } from '@/lib/grading/grade';
import { recordFinalAttempt } from '@/lib/progress/actions';
import { randomOrder } from '@/lib/shuffle/shuffle';

const focusOnMount = (element: HTMLElement | null) => element?.focus();

type Values = Record<string, string>;

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
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<Values>({ shouldFocusError: true });

  const last = hydrated ? progress.finalCheck : undefined;
  const lastResult = last ? grade(questions, last.answers, passMarkPct) : null;

  const onSubmit = (values: Values) => {
    const answers = Object.fromEntries(questions.map((q) => [q.id, Number(values[q.id])]));
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
    reset({});
    setAttemptKey((k) => k + 1);
    setSubmittedNow(false);
    setReviewing(false);
  };

  if (!hydrated) return <p className="source">Loading your progress…</p>;

  if (last && lastResult && reviewing) {
    const passedEver = last.firstPass !== undefined;
    return (
      <div>
        <h2
          ref={submittedNow ? focusOnMount : undefined}
          tabIndex={-1}
          className={`check__result ${lastResult.passed ? 'check__result--pass' : 'check__result--fail'}`}
        >
          {lastResult.passed ? 'Passed: ' : ''}
          {lastResult.correct} of {lastResult.total} correct (
          <span data-module-value="">{lastResult.scorePct}%</span>).
          {!lastResult.passed && (
            <>
              {' '}
              The pass mark is <span data-module-value="">{passMarkPct}%</span>.
            </>
          )}
        </h2>
        <p>
          Attempt {last.attempts}.{' '}
          {passedEver &&
            !lastResult.passed &&
            'You passed an earlier attempt, so your completion stands; a certificate is signed from a passing attempt, so pass once more to claim one. '}
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
        {questions.map((q, qi) => (
          <AnswerReview key={q.id} question={q} number={qi + 1} chosen={lastResult.results[qi]!.chosen} />
        ))}
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Final check">
      {questions.map((q, qi) => (
        <ChoiceField
          key={`${attemptKey}-${q.id}`}
          id={q.id}
          className="check__question"
          legend={`${qi + 1}. ${q.prompt}`}
          choices={orders[qi]!.map((oi) => ({ value: String(oi), label: q.options[oi]!.text }))}
          registration={register(q.id, { required: CHOOSE_AN_ANSWER })}
          error={errors[q.id]?.message}
        />
      ))}
      <div className="actions">
        <button type="submit" className="button">
          Submit my answers
        </button>
        <span className="source">
          {questions.length} questions · pass mark <span data-module-value="">{passMarkPct}%</span>
        </span>
      </div>
    </form>
  );
}

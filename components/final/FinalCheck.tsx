'use client';

import { useMemo, useState } from 'react';
import type { ReviewQuestion } from '@/components/check/AnswerReview';
import { CheckForm, type CheckAnswers } from '@/components/check/CheckForm';
import { AnswerReviews, CheckResultHeading } from '@/components/check/CheckResult';
import { CourseLink, type CoursePath } from '@/components/layout/CourseLink';
import { useProgress } from '@/components/progress/useProgress';
import { gradeStoredAttempt, type LessonSlot } from '@/lib/assignments/final-rules';
import { drawForm } from '@/lib/grading/draw';
import { grade } from '@/lib/grading/grade';
import { countOf } from '@/lib/words/plural';
import { recordFinalAttempt } from '@/lib/progress/actions';
import { randomOrder } from '@/lib/shuffle/shuffle';

interface Props {
  /** The slots the final check asks: each attempt draws one item of each. */
  slots: readonly LessonSlot<ReviewQuestion>[];
  passMarkPct: number;
  /** Where a learner who passed goes next (the certificate). */
  nextHref?: CoursePath;
  nextLabel?: string;
}

/**
 * The final check. Each attempt draws a form, one item of each slot (a retake gets the slots' other items
 * where there are any, and no form asks a pre-check item where its slot has another), and shuffles its
 * options; answers are recorded by item id and by each option's index in the bank, so the stored answers
 * say which items were served and grading never depends on the order shown.
 */
export function FinalCheck({ slots, passMarkPct, nextHref, nextLabel }: Props) {
  const { progress, hydrated, update } = useProgress();
  const [attemptKey, setAttemptKey] = useState(0);
  const [reviewing, setReviewing] = useState(true);
  const [submittedNow, setSubmittedNow] = useState(false);
  const last = hydrated ? progress.finalCheck : undefined;
  // Read against the slots asked now: a slot the attempt left out (a lesson added since) is unanswered.
  const lastRead = last
    ? gradeStoredAttempt(slots, last.answers, { lessons: slots.map((slot) => slot.lesson), passMarkPct })
    : null;
  const lastItems = lastRead?.items ?? null;
  const precheckAnswers = hydrated ? progress.precheck?.answers : undefined;
  const lastResult = lastRead?.result ?? null;

  // A fresh form and order per attempt; attemptKey changes when the learner starts another attempt, and the
  // form is drawn against the attempt just reviewed.
  const { questions, orders } = useMemo(
    () => {
      // Items the pre-check asked, and the last attempt's, are left out where their slots have others.
      const drawn = drawForm(slots, {
        earlier: Object.keys(precheckAnswers ?? {}),
        lastAttempt: lastItems?.map((item) => item.id),
      });
      return { questions: drawn, orders: drawn.map((q) => randomOrder(q.options.length)) };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- attemptKey is the reason to draw again; hydrated, because the items met before are known only then
    [slots, attemptKey, hydrated],
  );

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

  if (last && lastItems && lastResult && reviewing) {
    const passedEver = last.firstPass !== undefined;
    // Questions asked now that the last attempt never saw: a lesson added since, or an assignment's.
    const unanswered = lastRead!.unanswered;
    // A pass counts only as a whole form of today's check, as the server grades it.
    const lastPasses = lastRead!.passes;
    return (
      <div>
        <CheckResultHeading level={2} passed={lastPasses} focus={submittedNow}>
          {lastPasses ? 'Passed: ' : ''}
          {lastResult.correct} of {lastResult.total} correct (
          <span data-module-value="">{lastResult.scorePct}%</span>).
          {!lastPasses && (
            <>
              {' '}
              The pass mark is <span data-module-value="">{passMarkPct}%</span>.
            </>
          )}
        </CheckResultHeading>
        <p>
          Attempt {last.attempts}.{' '}
          {passedEver &&
            !lastPasses &&
            'You passed an earlier attempt, so your completion stands; a certificate is signed from a passing attempt, so pass once more to claim one. '}
          {passedEver &&
            !lastPasses &&
            unanswered > 0 &&
            `The check now asks ${countOf(unanswered, 'question')} that attempt did not answer. `}
          {!lastPasses && 'Read the explanations below, then try again whenever you are ready.'}
        </p>
        <div className="actions">
          {lastPasses && nextHref && (
            <CourseLink className="button" href={nextHref}>
              {nextLabel}
            </CourseLink>
          )}
          <button
            type="button"
            className={lastPasses ? 'button button--quiet' : 'button'}
            onClick={startAttempt}
          >
            {lastPasses ? 'Take the check again' : 'Try again'}
          </button>
        </div>
        <h2>Your answers, with explanations</h2>
        <AnswerReviews questions={lastItems} results={lastResult.results} />
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

'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { AnswerReview, type ReviewQuestion } from './AnswerReview';
import { ChoiceField } from '@/components/forms/ChoiceField';
import { CHOOSE_AN_ANSWER } from '@/components/forms/messages';
import { useLessonSlug } from '@/components/lesson/LessonContext';
import { useProgress } from '@/components/progress/useProgress';
import { DEFAULT_PASS_MARK_PCT, grade } from '@/lib/grading/grade';
import { answerCheck, clearChecks, completeLesson } from '@/lib/progress/actions';
import { hydrateApart } from '@/components/layout/HydrateApart';

export type CheckQuestion = ReviewQuestion;

type Values = Record<string, string>;

const focusOnMount = (element: HTMLElement | null) => element?.focus();

function KnowledgeCheckFormInner({ questions }: { questions: readonly CheckQuestion[] }) {
  const slug = useLessonSlug();
  const { progress, hydrated, update } = useProgress();
  // Focus moves to the result only right after a submission, not when a stored result is shown on load.
  const [submittedNow, setSubmittedNow] = useState(false);

  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<Values>({ shouldFocusError: true });

  const stored = Object.fromEntries(questions.map((q) => [q.id, progress.checks[q.id]]));
  const submitted = hydrated && questions.every((q) => progress.checks[q.id] !== undefined);
  const result = submitted ? grade(questions, stored, DEFAULT_PASS_MARK_PCT) : null;

  const onSubmit = (values: Values) => {
    const answers = Object.fromEntries(questions.map((q) => [q.id, Number(values[q.id])]));
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
    reset({});
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
        <h3
          ref={submittedNow ? focusOnMount : undefined}
          tabIndex={-1}
          className={`check__result ${result.passed ? 'check__result--pass' : 'check__result--fail'}`}
        >
          {result.passed
            ? `Passed: ${result.correct} of ${result.total} correct.${slug ? ' This lesson is complete.' : ''}`
            : `${result.correct} of ${result.total} correct. Read the explanations, then try again.`}
        </h3>
        {questions.map((q, qi) => (
          <AnswerReview key={q.id} question={q} number={qi + 1} chosen={result.results[qi]!.chosen} />
        ))}
        {!result.passed && (
          <button type="button" className="button" onClick={tryAgain}>
            Try again
          </button>
        )}
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Knowledge check">
      {questions.map((q, qi) => (
        <ChoiceField
          key={q.id}
          id={q.id}
          className="check__question"
          legend={`${qi + 1}. ${q.prompt}`}
          choices={q.options.map((option, oi) => ({ value: String(oi), label: option.text }))}
          registration={register(q.id, { required: CHOOSE_AN_ANSWER })}
          error={errors[q.id]?.message}
        />
      ))}
      <div className="actions">
        <button type="submit" className="button">
          Check my answers
        </button>
      </div>
    </form>
  );
}

/** Hydrates apart from the lesson around it (see HydrateApart). */
export const KnowledgeCheckForm = hydrateApart(KnowledgeCheckFormInner);

'use client';

import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { ChoiceField } from '@/components/forms/ChoiceField';
import { CHOOSE_AN_ANSWER } from '@/components/forms/messages';
import type { ReviewQuestion } from './AnswerReview';

type Values = Record<string, string>;

/** What the form shows of a question: its text and its options' text. */
export type FormQuestion = Pick<ReviewQuestion, 'id' | 'prompt'> & { options: readonly { text: string }[] };

/** The learner's answers, by question id: the index of the chosen option in the question bank. */
export type CheckAnswers = Record<string, number>;

/**
 * A set of questions answered by choosing one option each, checked together: every question must be
 * answered, the first unanswered one takes focus, and `onSubmit` gets each answer as an option index in
 * the bank whatever order the options were shown in (`orders`, one list of indexes per question).
 * A fresh form starts empty: the result replaces it, and another attempt mounts a new one.
 */
export function CheckForm({
  questions,
  orders,
  label,
  submitLabel,
  onSubmit,
  children,
}: {
  questions: readonly FormQuestion[];
  orders?: readonly (readonly number[])[];
  label: string;
  submitLabel: string;
  onSubmit: (answers: CheckAnswers) => void;
  /** Shown beside the submit button. */
  children?: ReactNode;
}) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ shouldFocusError: true });

  const submit = (values: Values) =>
    onSubmit(Object.fromEntries(questions.map((q) => [q.id, Number(values[q.id])])));

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label={label}>
      {questions.map((q, qi) => (
        <ChoiceField
          key={q.id}
          id={q.id}
          className="check__question"
          legend={`${qi + 1}. ${q.prompt}`}
          choices={(orders?.[qi] ?? q.options.map((_, oi) => oi)).map((oi) => ({
            value: String(oi),
            label: q.options[oi]!.text,
          }))}
          registration={register(q.id, { required: CHOOSE_AN_ANSWER })}
          error={errors[q.id]?.message}
        />
      ))}
      <div className="actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}

'use client';

import { useEffect, useMemo, useState } from 'react';
import { useForm, type RegisterOptions } from 'react-hook-form';
import type { Poll } from '@/content/polls/types';
import { ChoiceField } from '@/components/forms/ChoiceField';
import { useProgress } from '@/components/progress/useProgress';
import { answerPoll, setRole } from '@/lib/progress/actions';
import { ROLE_LABELS, ROLES } from '@/lib/progress/roles';
import type { Role } from '@/lib/progress/schema';
import { hydrateApart } from '@/components/layout/HydrateApart';

const ROLE_FIELD = 'role';
type Values = Record<string, string>;

const CHOOSE_ROLE = 'Choose the group that fits you best.';
const CHOOSE_ONE = 'Choose one answer.';

/** A radio group's rule: answered, with one of its own values. */
function oneOf(values: readonly string[], message: string): RegisterOptions<Values> {
  return { required: message, validate: (value: unknown) => values.includes(value as string) || message };
}

interface Props {
  poll: Poll;
  /** 'always' on the start page; 'if-missing' in a lesson, for a learner who skipped the start. */
  askRole?: 'always' | 'if-missing';
  submitLabel?: string;
  /** Called after the answers are saved (the start page moves on to the first lesson). */
  onSaved?: () => void;
}

function PollFormInner({
  poll,
  askRole: roleMode = 'if-missing',
  submitLabel = 'Save my answers',
  onSaved,
}: Props) {
  const { progress, hydrated, update } = useProgress();
  // On the start page the role question is in the server HTML, so nothing shifts when progress loads.
  const askRole = roleMode === 'always' || (hydrated && progress.role === null);
  const answered = poll.questions.every((q) => progress.polls[q.id] !== undefined);
  const [editing, setEditing] = useState(false);
  const lockedKey = poll.questions
    .filter((q) => q.lockOnceAnswered && hydrated && progress.polls[q.id] !== undefined)
    .map((q) => q.id)
    .join(' ');
  const locked = useMemo(() => new Set(lockedKey ? lockedKey.split(' ') : []), [lockedKey]);

  const {
    register,
    handleSubmit,
    reset,
    setFocus,
    formState: { errors },
  } = useForm<Values>({ shouldFocusError: true });

  // Once the stored answers are read, and whenever they change (another tab), show them as the form's
  // starting point. Compared by value: any other change to progress (a section reached, a check answered)
  // gives the document new objects, and must not clear what the learner is choosing.
  const stored = JSON.stringify([progress.role, poll.questions.map((q) => progress.polls[q.id] ?? null)]);
  useEffect(() => {
    if (!hydrated) return;
    const [role, answers] = JSON.parse(stored) as [Role | null, (string | null)[]];
    const current: Values = {};
    if (role) current[ROLE_FIELD] = role;
    poll.questions.forEach((q, i) => {
      const value = answers[i];
      if (value != null) current[q.id] = value;
    });
    reset(current);
  }, [hydrated, poll, stored, reset]);

  const onSubmit = (values: Values) => {
    update((p) => {
      let next = p;
      const role = values[ROLE_FIELD];
      if (askRole && role) next = setRole(next, role as Role);
      for (const q of poll.questions) {
        if (locked.has(q.id)) continue;
        const value = values[q.id];
        if (value !== undefined) next = answerPoll(next, q.id, value);
      }
      return next;
    });
    setEditing(false);
    onSaved?.();
  };

  if (hydrated && answered && !editing && !onSaved) {
    return (
      <div className="poll__saved">
        <ul>
          {poll.questions.map((q) => (
            <li key={q.id}>
              {q.prompt} <strong>{q.options.find((o) => o.value === progress.polls[q.id])?.label}</strong>
            </li>
          ))}
        </ul>
        <p className="source">Your answers are kept in this browser only.</p>
        {locked.size === poll.questions.length ? (
          <p className="source">These are kept as your answers from before the lessons.</p>
        ) : (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setEditing(true);
              const first = poll.questions.find((q) => !locked.has(q.id));
              if (first) setTimeout(() => setFocus(first.id), 0);
            }}
          >
            Change my answers
          </button>
        )}
      </div>
    );
  }

  const roleField = askRole && (
    <ChoiceField
      id={`${poll.id}-role`}
      legend="Which best describes you?"
      choices={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
      registration={register(ROLE_FIELD, oneOf(ROLES, CHOOSE_ROLE))}
      error={errors[ROLE_FIELD]?.message}
    />
  );

  // On the start page the role comes first (it is in the server HTML). Elsewhere it is asked only once the
  // stored progress shows it missing, after the page has loaded: last, so that adding it moves no question.
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label={poll.intro}>
      {roleMode === 'always' && roleField}
      {poll.questions.map((q) => (
        <ChoiceField
          key={q.id}
          id={q.id}
          legend={q.prompt}
          choices={q.options}
          registration={register(
            q.id,
            // A locked answer is kept as it was: nothing to check.
            locked.has(q.id)
              ? {}
              : oneOf(
                  q.options.map((o) => o.value),
                  CHOOSE_ONE,
                ),
          )}
          error={errors[q.id]?.message}
          disabled={locked.has(q.id)}
          note={locked.has(q.id) ? 'Kept as your answer from before the lessons.' : undefined}
        />
      ))}
      {roleMode !== 'always' && roleField}
      <div className="actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        <span className="source">Not graded. Kept in this browser only.</span>
      </div>
    </form>
  );
}

/** Hydrates apart from the lesson around it (see HydrateApart). */
export const PollForm = hydrateApart(PollFormInner);

'use client';

import { useState, type ReactNode } from 'react';
import { useForm, type FieldErrors as FormErrors, type Resolver } from 'react-hook-form';
import { checkAssignmentInput, type Assignment } from '@/lib/assignments/assignment';
import { ASSIGNMENT_LIMITS } from '@/lib/assignments/limits';
import { addDays, localDay } from '@/lib/dates/days';
import { AssignmentLink } from './AssignmentLink';
import type { LessonChoice } from './lesson-choice';
import styles from './educators.module.css';

interface Values {
  course: string;
  educatorName: string;
  educatorContact: string;
  passMarkPct: string;
  due: string;
  lessons: string[];
  shareAttitudes: boolean;
}

function toBody(values: Values) {
  const pass = values.passMarkPct.trim();
  return {
    course: values.course,
    educatorName: values.educatorName,
    educatorContact: values.educatorContact,
    passMarkPct: /^\d+$/.test(pass) ? Number(pass) : Number.NaN,
    due: values.due,
    lessons: Array.isArray(values.lessons) ? values.lessons : [],
    shareAttitudes: values.shareAttitudes,
  };
}

/** The same check the server makes, run in the browser so each field says what is wrong before sending. */
const resolver: Resolver<Values> = async (values) => {
  const checked = checkAssignmentInput(toBody(values), localDay(new Date()));
  if (checked.ok) return { values, errors: {} };
  const errors: FormErrors<Values> = {};
  for (const [field, message] of Object.entries(checked.errors)) {
    if (field === 'form') continue;
    errors[field as keyof Values] = { type: 'validate', message };
  }
  return { values: {}, errors };
};

export type Made = { token: string; link: string; assignment: Assignment };

/** The assignment builder: the form, then the signed link, its QR code and what learners will see. */
export function AssignmentBuilder({
  lessons,
  renderMade,
}: {
  lessons: LessonChoice[];
  /** What replaces the link once the assignment is made (deep linking in an LMS: components/lti). */
  renderMade?: (made: Made) => ReactNode;
}) {
  const [made, setMade] = useState<Made | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver,
    shouldFocusError: true,
    defaultValues: {
      course: '',
      educatorName: '',
      educatorContact: '',
      passMarkPct: String(ASSIGNMENT_LIMITS.defaultPassMark),
      due: '',
      lessons: lessons.map((lesson) => lesson.slug),
      shareAttitudes: false,
    },
  });

  async function send(values: Values) {
    setServerError(null);
    let response: Response;
    try {
      response = await fetch('/api/assignments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(toBody(values)),
      });
    } catch {
      setServerError(
        'The link could not be made: the module’s server did not answer. Check your connection and try again.',
      );
      return;
    }
    const body = (await response.json().catch(() => ({}))) as Partial<Made> & {
      error?: string;
      errors?: Record<string, string>;
    };
    if (response.ok && body.token && body.link && body.assignment) {
      setMade({ token: body.token, link: body.link, assignment: body.assignment });
      return;
    }
    for (const [field, message] of Object.entries(body.errors ?? {})) {
      if (field in values)
        setError(field as keyof Values, { type: 'server', message }, { shouldFocus: true });
    }
    setServerError(body.error ?? `The link could not be made (error ${response.status}). Try again.`);
  }

  if (made && renderMade) return <>{renderMade(made)}</>;
  if (made) {
    return (
      <AssignmentLink
        made={made}
        lessons={lessons}
        onAnother={() => {
          setMade(null);
          reset(undefined, { keepValues: true });
        }}
      />
    );
  }

  const today = localDay(new Date());
  const described = (id: string, hint?: string) => ({
    'aria-invalid': errors[id as keyof Values] ? true : undefined,
    'aria-describedby':
      [hint, errors[id as keyof Values] ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined,
  });
  const fieldError = (id: keyof Values) =>
    errors[id]?.message ? (
      <p className="field-error" id={`${id}-error`}>
        {errors[id]?.message}
      </p>
    ) : null;

  return (
    <form
      noValidate
      aria-label="Make an assignment link"
      onSubmit={handleSubmit(send)}
      className={styles.form}
    >
      <div className={styles.field}>
        <label htmlFor="course">Course name</label>
        <p id="course-hint" className="source">
          Learners see it when they open the link, and it prints on their certificate.
        </p>
        <input
          id="course"
          type="text"
          className="text-input"
          {...described('course', 'course-hint')}
          {...register('course')}
        />
        {fieldError('course')}
      </div>

      <div className={styles.field}>
        <label htmlFor="educatorName">Your name</label>
        <input
          id="educatorName"
          type="text"
          autoComplete="name"
          className="text-input"
          {...described('educatorName')}
          {...register('educatorName')}
        />
        {fieldError('educatorName')}
      </div>

      <div className={styles.field}>
        <label htmlFor="educatorContact">How learners can reach you</label>
        <p id="educatorContact-hint" className="source">
          An email address or a phone number, shown to learners with the assignment.
        </p>
        <input
          id="educatorContact"
          type="text"
          autoComplete="email"
          className="text-input"
          {...described('educatorContact', 'educatorContact-hint')}
          {...register('educatorContact')}
        />
        {fieldError('educatorContact')}
      </div>

      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor="passMarkPct">Pass mark (%)</label>
          <p id="passMarkPct-hint" className="source">
            From {ASSIGNMENT_LIMITS.passMarkMin} to {ASSIGNMENT_LIMITS.passMarkMax}; the module’s own is{' '}
            <span data-module-value>{ASSIGNMENT_LIMITS.defaultPassMark}%</span>.
          </p>
          <input
            id="passMarkPct"
            type="number"
            inputMode="numeric"
            min={ASSIGNMENT_LIMITS.passMarkMin}
            max={ASSIGNMENT_LIMITS.passMarkMax}
            step={1}
            className={`text-input ${styles.short}`}
            {...described('passMarkPct', 'passMarkPct-hint')}
            {...register('passMarkPct')}
          />
          {fieldError('passMarkPct')}
        </div>

        <div className={styles.field}>
          <label htmlFor="due">Due date (optional)</label>
          <p id="due-hint" className="source">
            Certificates dated after it show as late. Leave it empty for none.
          </p>
          <input
            id="due"
            type="date"
            min={today}
            max={addDays(today, ASSIGNMENT_LIMITS.lifetimeDays)}
            className={`text-input ${styles.short}`}
            {...described('due', 'due-hint')}
            {...register('due')}
          />
          {fieldError('due')}
        </div>
      </div>

      <fieldset aria-describedby={errors.lessons ? 'lessons-hint lessons-error' : 'lessons-hint'}>
        <legend>Required lessons</legend>
        <p id="lessons-hint" className="source">
          The final check asks about these lessons only.
        </p>
        {lessons.map((lesson) => (
          <label key={lesson.slug} className="choice">
            <input type="checkbox" value={lesson.slug} {...register('lessons')} />
            <span>
              {lesson.title} <span className="source">({lesson.minutes} min)</span>
            </span>
          </label>
        ))}
        {fieldError('lessons')}
      </fieldset>

      <fieldset>
        <legend>Attitude answers</legend>
        <label className="choice">
          <input type="checkbox" aria-describedby="shareAttitudes-hint" {...register('shareAttitudes')} />
          <span>Invite learners to share their before-and-after attitude answers with me</span>
        </label>
        <p id="shareAttitudes-hint" className="source">
          Each learner decides, on the certificate page, with the box unticked. Shared answers travel inside
          that learner’s certificate file; the review page shows the class’s answers only when five or more
          learners shared.
        </p>
      </fieldset>

      {serverError && (
        <p className="field-error" role="alert">
          {serverError}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? 'Making the link…' : 'Make the link'}
        </button>
      </div>
    </form>
  );
}

'use client';

import { useMemo, useState } from 'react';
import { CheckForm, type CheckAnswers } from '@/components/check/CheckForm';
import { focusOnMount } from '@/components/dom/focus-on-mount';
import { useProgress } from '@/components/progress/useProgress';
import { grade, type GradeResult } from '@/lib/grading/grade';
import { drawPrecheck, type LessonBankSlot } from '@/lib/grading/precheck';
import { CourseLink, type CoursePath } from '@/components/layout/CourseLink';
import { recordPrecheck } from '@/lib/progress/actions';
import { randomOrder } from '@/lib/shuffle/shuffle';

/** What the pre-check needs of a bank item: its text, its options' text and its key (no explanations). */
export interface PrecheckItem {
  id: string;
  prompt: string;
  options: readonly { text: string }[];
  answer: number;
}

/**
 * The knowledge pre-check: one bank item on each lesson, before any of them, not counted. It shows the
 * learner's score only (the lessons answer the questions); the final check later asks other items of the
 * same objectives, and a certificate records both, so the gain can be seen.
 */
export function Precheck({
  slots,
  next,
  onDone,
}: {
  slots: readonly LessonBankSlot<PrecheckItem>[];
  /** The first lesson: where the learner goes after the pre-check. */
  next: { href: CoursePath; title: string };
  /** Called when the learner skips it (the page moves on to the first lesson). */
  onDone: () => void;
}) {
  const { update } = useProgress();
  const [result, setResult] = useState<GradeResult | null>(null);
  const { questions, orders } = useMemo(() => {
    const drawn = drawPrecheck(slots);
    return { questions: drawn, orders: drawn.map((q) => randomOrder(q.options.length)) };
  }, [slots]);

  const submit = (answers: CheckAnswers) => {
    update((p) => recordPrecheck(p, answers, new Date().toISOString()));
    setResult(grade(questions, answers));
  };
  const skip = () => {
    update((p) => recordPrecheck(p, {}, new Date().toISOString()));
    onDone();
  };

  if (result) {
    return (
      <section key="result" aria-labelledby="precheck-result">
        <h2 id="precheck-result" ref={focusOnMount} tabIndex={-1}>
          Before the lessons: {result.correct} of {result.total} correct
        </h2>
        <p>
          This does not count toward anything. The lessons answer these questions; the final check then asks
          other questions on the same points, and a certificate records both scores, so you, and an educator
          who assigned the module, can see what the lessons changed.
        </p>
        <div className="actions">
          <CourseLink className="button" href={next.href}>
            Go to the first lesson: {next.title}
          </CourseLink>
        </div>
      </section>
    );
  }

  return (
    <section key="form" aria-labelledby="precheck-heading">
      <h2 id="precheck-heading" ref={focusOnMount} tabIndex={-1}>
        Before the lessons: what do you know already?
      </h2>
      <p>
        Here are {questions.length} questions, one on each lesson, asked once and only now. Nothing is
        counted: your score is kept in this browser, and a certificate you claim later records it beside your
        final-check score. Guess where you do not know. You can skip this step.
      </p>
      <CheckForm
        questions={questions}
        orders={orders}
        label="Pre-check"
        submitLabel="Check my answers"
        onSubmit={submit}
      >
        <button type="button" className="button button--quiet" onClick={skip}>
          Skip the pre-check
        </button>
      </CheckForm>
    </section>
  );
}

'use client';

import { useMemo } from 'react';
import type { ReviewQuestion } from '@/components/check/AnswerReview';
import { useOpenedAssignment } from '@/components/assignment/useOpenedAssignment';
import { finalRules, questionsFor, type LessonQuestion } from '@/lib/assignments/final-rules';
import { FinalCheck } from './FinalCheck';

type Question = ReviewQuestion & LessonQuestion;

/**
 * The final check as the learner's assignment sets it (its lessons' questions, its pass mark), or the
 * module's own without one.
 */
export function AssignedFinalCheck({
  questions,
  nextHref,
  nextLabel,
}: {
  questions: readonly Question[];
  nextHref: string;
  nextLabel: string;
}) {
  // Stable per token, so that FinalCheck shuffles once per attempt, not on every change of progress.
  const assignment = useOpenedAssignment();
  const rules = useMemo(() => finalRules(assignment), [assignment]);
  const asked = useMemo(() => questionsFor(questions, rules.lessons), [questions, rules]);
  return (
    <>
      {assignment && (
        <p className="note">
          For <strong>{assignment.course}</strong>: {asked.length} questions on the lessons your educator
          chose; pass mark <span data-module-value="">{rules.passMarkPct}%</span>.
        </p>
      )}
      <FinalCheck
        questions={asked}
        passMarkPct={rules.passMarkPct}
        nextHref={nextHref}
        nextLabel={nextLabel}
      />
    </>
  );
}

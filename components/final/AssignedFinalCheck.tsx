'use client';

import { useMemo } from 'react';
import type { ReviewQuestion } from '@/components/check/AnswerReview';
import { useOpenedAssignment } from '@/components/assignment/useOpenedAssignment';
import type { CoursePath } from '@/components/layout/CourseLink';
import { finalRules, slotsFor, type LessonSlot } from '@/lib/assignments/final-rules';
import { FinalCheck } from './FinalCheck';

/**
 * The final check as the learner's assignment sets it (its lessons' slots, its pass mark), or the
 * module's own without one.
 */
export function AssignedFinalCheck({
  slots,
  nextHref,
  nextLabel,
}: {
  slots: readonly LessonSlot<ReviewQuestion>[];
  nextHref: CoursePath;
  nextLabel: string;
}) {
  // Stable per token, so that FinalCheck draws once per attempt, not on every change of progress.
  const assignment = useOpenedAssignment();
  const rules = useMemo(() => finalRules(assignment), [assignment]);
  const asked = useMemo(() => slotsFor(slots, rules.lessons), [slots, rules]);
  return (
    <>
      {assignment && (
        <p className="note">
          For <strong>{assignment.course}</strong>: {asked.length} questions on the lessons your educator
          chose; pass mark <span data-module-value="">{rules.passMarkPct}%</span>.
        </p>
      )}
      <FinalCheck slots={asked} passMarkPct={rules.passMarkPct} nextHref={nextHref} nextLabel={nextLabel} />
    </>
  );
}

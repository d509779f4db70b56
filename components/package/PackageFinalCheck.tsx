'use client';

import type { ReviewQuestion } from '@/components/check/AnswerReview';
import { FinalCheck } from '@/components/final/FinalCheck';
import type { LessonSlot } from '@/lib/assignments/final-rules';
import { usePackageState } from './usePackageState';

/** The final check at the pass mark in force: the LMS's mastery score when it gave one, else the build's. */
export function PackageFinalCheck({ slots }: { slots: readonly LessonSlot<ReviewQuestion>[] }) {
  const { passMark } = usePackageState();
  return <FinalCheck slots={slots} passMarkPct={passMark} nextHref="/record" nextLabel="See your record" />;
}

/** The pass mark in force, in words. */
export function PassMarkInForce() {
  const { passMark } = usePackageState();
  return <span data-module-value="">{passMark}%</span>;
}

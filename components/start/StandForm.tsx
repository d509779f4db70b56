'use client';

import { useState } from 'react';
import type { Poll } from '@/content/polls/types';
import { useGoTo, type CoursePath } from '@/components/layout/CourseLink';
import { PollForm } from '@/components/poll/PollForm';
import { useProgress } from '@/components/progress/useProgress';
import { precheckOffered } from '@/lib/progress/selectors';
import { Precheck, type PrecheckItem } from './Precheck';
import type { LessonBankSlot } from '@/lib/grading/precheck';

/**
 * "Where do you stand?": the learner's role and the seven items; then, for a learner who has begun no
 * lesson yet, the optional knowledge pre-check; then on to the first lesson.
 */
export function StandForm({
  poll,
  precheckSlots,
  firstLesson,
}: {
  poll: Poll;
  precheckSlots: readonly LessonBankSlot<PrecheckItem>[];
  firstLesson: { href: CoursePath; title: string };
}) {
  const goTo = useGoTo();
  const { progress } = useProgress();
  const [step, setStep] = useState<'stand' | 'precheck'>('stand');
  const toFirstLesson = () => goTo(firstLesson.href);

  if (step === 'precheck') {
    return <Precheck slots={precheckSlots} next={firstLesson} onDone={toFirstLesson} />;
  }
  return (
    <PollForm
      poll={poll}
      askRole="always"
      submitLabel="Save and continue"
      onSaved={() => (precheckOffered(progress) ? setStep('precheck') : toFirstLesson())}
    />
  );
}

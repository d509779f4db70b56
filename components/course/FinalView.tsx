import type { ReactNode } from 'react';
import { toReviewQuestion } from '@/components/check/reviewQuestion';
import { CourseLink } from '@/components/layout/CourseLink';
import { finalSlots } from '@/content/questions/final';

/** The final check's slots, as the check form needs them (every item's wording and explanations). */
export function finalCheckSlots() {
  return finalSlots.map((slot) => ({
    id: slot.id,
    lesson: slot.lesson,
    items: slot.items.map(toReviewQuestion),
  }));
}

/**
 * The final check's page: what it asks and how it is passed, then the check itself. `passMark` is the mark
 * in force and `whoSetsIt` who may set another (the assignment on the site, the LMS in a package).
 */
export function FinalView({
  passMark,
  whoSetsIt,
  children,
}: {
  passMark: ReactNode;
  whoSetsIt: string;
  children: ReactNode;
}) {
  return (
    <div className="prose">
      <h1>Final check</h1>
      <p className="lede">
        One question on each of <span data-module-value="">{finalSlots.length}</span> objectives of the
        lessons: the study&rsquo;s facts, reading a survey critically, the guidance, and judgement in cases.
        Each attempt draws its questions from a bank, so a retake asks other ones. You need {passMark} to pass
        unless {whoSetsIt} sets another mark, you can try as often as you like, and every answer comes with an
        explanation.
      </p>
      <p className="source">
        Best taken after the <CourseLink href="/lessons">lessons</CourseLink> and the questions on{' '}
        <CourseLink href="/after">your view, before and after</CourseLink>.
      </p>
      {children}
    </div>
  );
}

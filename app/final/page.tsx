import type { Metadata } from 'next';
import Link from 'next/link';
import { toReviewQuestion } from '@/components/check/reviewQuestion';
import { AssignedFinalCheck } from '@/components/final/AssignedFinalCheck';
import { HydrateApart } from '@/components/layout/HydrateApart';
import { LtiScore } from '@/components/lti/LtiScore';
import { finalSlots } from '@/content/questions/final';
import { DEFAULT_PASS_MARK_PCT } from '@/lib/grading/grade';

export const metadata: Metadata = { title: 'Final check' };

export default function FinalCheckPage() {
  const slots = finalSlots.map((slot) => ({
    id: slot.id,
    lesson: slot.lesson,
    items: slot.items.map(toReviewQuestion),
  }));
  return (
    <div className="prose">
      <h1>Final check</h1>
      <p className="lede">
        One question on each of <span data-module-value="">{slots.length}</span> objectives of the lessons:
        the study&rsquo;s facts, reading a survey critically, the guidance, and judgement in cases. Each
        attempt draws its questions from a bank, so a retake asks other ones. You need{' '}
        <span data-module-value="">{DEFAULT_PASS_MARK_PCT}%</span> to pass unless your assignment sets another
        mark, you can try as often as you like, and every answer comes with an explanation.
      </p>
      <p className="source">
        Best taken after the <Link href="/lessons">lessons</Link> and the questions on{' '}
        <Link href="/after">your view, before and after</Link>.
      </p>
      <HydrateApart>
        <AssignedFinalCheck slots={slots} nextHref="/certificate" nextLabel="Get your certificate" />
        <LtiScore finalKey={slots} />
      </HydrateApart>
    </div>
  );
}

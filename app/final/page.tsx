import type { Metadata } from 'next';
import { FinalView, finalCheckSlots } from '@/components/course/FinalView';
import { AssignedFinalCheck } from '@/components/final/AssignedFinalCheck';
import { HydrateApart } from '@/components/layout/HydrateApart';
import { LtiScore } from '@/components/lti/LtiScore';
import { DEFAULT_PASS_MARK_PCT } from '@/lib/grading/grade';

export const metadata: Metadata = { title: 'Final check' };

export default function FinalCheckPage() {
  const slots = finalCheckSlots();
  return (
    <FinalView
      passMark={<span data-module-value="">{DEFAULT_PASS_MARK_PCT}%</span>}
      whoSetsIt="your assignment"
    >
      <HydrateApart>
        <AssignedFinalCheck slots={slots} nextHref="/certificate" nextLabel="Get your certificate" />
        <LtiScore finalKey={slots} />
      </HydrateApart>
    </FinalView>
  );
}

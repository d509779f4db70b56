import type { Metadata } from 'next';
import { FinalView, finalCheckSlots } from '@/components/course/FinalView';
import { AssignedFinalCheck } from '@/components/final/AssignedFinalCheck';
import { HydrateApart } from '@/components/layout/HydrateApart';
import { DEFAULT_PASS_MARK_PCT } from '@/lib/grading/grade';

export const metadata: Metadata = { title: 'Final check' };

export default function FinalCheckPage() {
  return (
    <FinalView
      passMark={<span data-module-value="">{DEFAULT_PASS_MARK_PCT}%</span>}
      whoSetsIt="your assignment"
    >
      <HydrateApart>
        <AssignedFinalCheck
          slots={finalCheckSlots()}
          nextHref="/certificate"
          nextLabel="Get your certificate"
        />
      </HydrateApart>
    </FinalView>
  );
}

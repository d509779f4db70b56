import type { Metadata } from 'next';
import Link from 'next/link';
import { toReviewQuestion } from '@/components/check/reviewQuestion';
import { AssignedFinalCheck } from '@/components/final/AssignedFinalCheck';
import { HydrateApart } from '@/components/layout/HydrateApart';
import { finalQuestionsWithLessons } from '@/content/questions/final';
import { DEFAULT_PASS_MARK_PCT } from '@/lib/grading/grade';

export const metadata: Metadata = { title: 'Final check' };

export default function FinalCheckPage() {
  const questions = finalQuestionsWithLessons().map(({ question, lesson }) => ({
    ...toReviewQuestion(question),
    lesson,
  }));
  return (
    <div className="prose">
      <h1>Final check</h1>
      <p className="lede">
        Questions on every lesson: the study&rsquo;s facts, reading a survey critically, the guidance, and
        judgement in cases. You need <span data-module-value="">{DEFAULT_PASS_MARK_PCT}%</span> to pass unless
        your assignment sets another mark, you can try as often as you like, and every answer comes with an
        explanation.
      </p>
      <p className="source">
        Best taken after the <Link href="/lessons">lessons</Link> and the questions on{' '}
        <Link href="/after">your view, before and after</Link>.
      </p>
      <HydrateApart>
        <AssignedFinalCheck questions={questions} nextHref="/certificate" nextLabel="Get your certificate" />
      </HydrateApart>
    </div>
  );
}

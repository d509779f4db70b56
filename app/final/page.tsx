import type { Metadata } from 'next';
import Link from 'next/link';
import { toReviewQuestion } from '@/components/check/reviewQuestion';
import { FinalCheck } from '@/components/final/FinalCheck';
import { finalQuestions } from '@/content/questions/final';
import { DEFAULT_PASS_MARK_PCT } from '@/lib/grading/grade';

export const metadata: Metadata = { title: 'Final check' };

export default function FinalCheckPage() {
  return (
    <div className="prose">
      <h1>Final check</h1>
      <p className="lede">
        {finalQuestions.length} questions across the lessons: the study&rsquo;s facts, reading a survey
        critically, the guidance, and judgement in cases. You need{' '}
        <span data-module-value="">{DEFAULT_PASS_MARK_PCT}%</span> to pass, you can try as often as you like,
        and every answer comes with an explanation.
      </p>
      <p className="source">
        Best taken after the <Link href="/lessons">lessons</Link> and the questions on{' '}
        <Link href="/after">your view, before and after</Link>.
      </p>
      <FinalCheck
        questions={finalQuestions.map(toReviewQuestion)}
        passMarkPct={DEFAULT_PASS_MARK_PCT}
        nextHref="/certificate"
        nextLabel="Get your certificate"
      />
    </div>
  );
}

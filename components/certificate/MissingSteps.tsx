import Link from 'next/link';
import type { FinalCheckProgress } from '@/lib/progress/schema';
import { DEFAULT_PASS_MARK_PCT } from '@/lib/grading/grade';

export interface LessonLink {
  slug: string;
  title: string;
}

/** What a learner still has to do before a certificate, with links to do it. */
export function MissingSteps({
  lessons,
  finalCheck,
}: {
  lessons: readonly LessonLink[];
  finalCheck: FinalCheckProgress | undefined;
}) {
  const regressed = finalCheck?.firstPass && !finalCheck.passed;
  return (
    <section aria-labelledby="missing-heading">
      <h2 id="missing-heading">Still to do</h2>
      <p>A certificate is issued once you pass the final knowledge check. Here is what is left:</p>
      <ul>
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <Link href={`/lessons/${lesson.slug}`}>Complete the lesson “{lesson.title}”</Link>
          </li>
        ))}
        <li>
          <Link href="/final">Pass the final knowledge check</Link> (
          {finalCheck === undefined ? (
            'not taken yet'
          ) : (
            <>
              your last score: <span data-module-value="">{finalCheck.scorePct}%</span>
            </>
          )}
          ; the pass mark is <span data-module-value="">{DEFAULT_PASS_MARK_PCT}%</span>)
        </li>
      </ul>
      {regressed && (
        <p className="note">
          You passed the final check before, but your latest attempt did not pass. The certificate is graded
          from your latest answers, so take the final check again.
        </p>
      )}
    </section>
  );
}

import Link from 'next/link';
import type { LessonTitle } from '@/components/assignment/AssignmentCard';

/** What a learner still has to do before a certificate, with links to do it. */
export function MissingSteps({
  lessons,
  last,
  passMarkPct,
}: {
  lessons: readonly LessonTitle[];
  /** The last final-check attempt, graded as a certificate would be; null when none was taken. */
  last: { scorePct: number; passedBefore: boolean } | null;
  passMarkPct: number;
}) {
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
          {last === null ? (
            'not taken yet'
          ) : (
            <>
              your last score: <span data-module-value="">{last.scorePct}%</span>
            </>
          )}
          ; the pass mark is <span data-module-value="">{passMarkPct}%</span>)
        </li>
      </ul>
      {last?.passedBefore && (
        <p className="note">
          You passed the final check before, but your latest answers do not pass now. The certificate is
          graded from your latest answers (for your assignment&rsquo;s lessons and pass mark, if you have
          one), so take the final check again.
        </p>
      )}
    </section>
  );
}

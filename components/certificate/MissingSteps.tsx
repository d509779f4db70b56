import type { LessonTitle } from '@/components/assignment/AssignmentCard';
import { CourseLink } from '@/components/layout/CourseLink';
import { countOf } from '@/lib/words/plural';

/** What a learner still has to do before a certificate, with links to do it. */
export function MissingSteps({
  lessons,
  last,
  passMarkPct,
  intro = 'A certificate is issued once you pass the final knowledge check. Here is what is left:',
}: {
  lessons: readonly LessonTitle[];
  /**
   * The last final-check attempt, graded as a certificate would be; null when none was taken. `unanswered`:
   * the questions now asked that it did not answer (a lesson added since, or one the assignment requires).
   */
  last: { scorePct: number; passedBefore: boolean; unanswered: number } | null;
  passMarkPct: number;
  /** What the steps lead to (a certificate on the site, the LMS's record in a package). */
  intro?: string;
}) {
  return (
    <section aria-labelledby="missing-heading">
      <h2 id="missing-heading">Still to do</h2>
      <p>{intro}</p>
      <ul>
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <CourseLink href={`/lessons/${lesson.slug}`}>Complete the lesson “{lesson.title}”</CourseLink>
          </li>
        ))}
        <li>
          <CourseLink href="/final">Pass the final knowledge check</CourseLink> (
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
      {last?.passedBefore && last.unanswered > 0 && (
        <p className="note">
          You passed the final check before. It now also asks {countOf(last.unanswered, 'question')} your last
          attempt did not answer, on a lesson added to the course since (or one your assignment requires), so{' '}
          {lessons.length > 0 ? 'complete the lessons above, then take it again' : 'take it again'}. Your
          earlier answers are kept.
        </p>
      )}
      {last?.passedBefore && last.unanswered === 0 && (
        <p className="note">
          You passed the final check before, but your latest answers do not pass now. The certificate is
          graded from your latest answers (for your assignment&rsquo;s lessons and pass mark, if you have
          one), so take the final check again.
        </p>
      )}
    </section>
  );
}

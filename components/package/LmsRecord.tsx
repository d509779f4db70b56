'use client';

import type { LessonTitle } from '@/components/assignment/AssignmentCard';
import { MissingSteps } from '@/components/certificate/MissingSteps';
import { useProgress } from '@/components/progress/useProgress';
import { lessonStatus } from '@/lib/progress/selectors';
import { finalStanding } from '@/lib/scorm/report';
import { usePackageState } from './usePackageState';

/**
 * Where the site offers the certificate, the package says who holds the learner's record: the LMS that
 * launched it (status and score, as the package reported them), or no one but this browser when no LMS did.
 */
export function LmsRecord({ lessons }: { lessons: readonly LessonTitle[] }) {
  const { progress, hydrated } = useProgress();
  const { lms, passMark, refused } = usePackageState();
  if (!hydrated) return <p className="source">Reading your progress…</p>;

  const standing = finalStanding(progress, passMark);
  const incomplete = lessons.filter((lesson) => lessonStatus(progress, lesson.slug) !== 'completed');

  if (lms === null) {
    return (
      <>
        <p>
          This copy of the module was opened outside an LMS, so your progress is kept only in this browser: no
          result is sent anywhere, and no certificate is issued here. To have your result recorded, open the
          module from your course in your LMS.
        </p>
        {standing?.passed && (
          <p>
            You passed the final check with <span data-module-value="">{standing.score}%</span>.
          </p>
        )}
      </>
    );
  }

  return (
    <>
      {standing?.passed ? (
        <section aria-labelledby="record-heading">
          <h2 id="record-heading">Passed</h2>
          <p>
            You passed the final check with <span data-module-value="">{standing.score}%</span> (the pass mark
            is <span data-module-value="">{passMark}%</span>).{' '}
            {refused
              ? 'Your LMS has not accepted this result yet: it is kept in this browser, and the module sends it again with your next step or when you leave.'
              : `Your LMS now records this course as passed, with a score of ${standing.score} out of 100.`}
          </p>
        </section>
      ) : (
        <MissingSteps
          lessons={incomplete}
          last={standing ? { scorePct: standing.score, passedBefore: false, unanswered: 0 } : null}
          passMarkPct={passMark}
          intro="Your LMS records this course as passed, with your score, once you pass the final knowledge check. Here is what is left:"
        />
      )}
      <p>
        Your LMS holds your record of completion: your educator sees your status and score in the course, and
        the LMS keeps them. This copy of the module, inside your LMS, does not issue a signed certificate of
        its own; no CME credit is offered.
      </p>
    </>
  );
}

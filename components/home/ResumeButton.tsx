'use client';

import { CourseLink, type CoursePath } from '@/components/layout/CourseLink';
import { useProgress } from '@/components/progress/useProgress';
import { resumeTarget } from '@/lib/progress/selectors';

interface LessonLink {
  slug: string;
  title: string;
}

/** Start for a newcomer; "continue where you left off" for a returning learner. */
export function ResumeButton({ lessons }: { lessons: readonly LessonLink[] }) {
  const { progress, hydrated } = useProgress();
  const target = hydrated
    ? resumeTarget(
        progress,
        lessons.map((l) => l.slug),
      )
    : null;
  const allDone = hydrated && lessons.every((l) => progress.lessons[l.slug]?.status === 'completed');

  if (target) {
    const title = lessons.find((l) => l.slug === target.lesson)?.title ?? target.lesson;
    const href: CoursePath = `/lessons/${target.lesson}${target.section ? `#${target.section}` : ''}`;
    return <Resume href={href} label="Continue where you left off" note={`Next up: ${title}`} />;
  }
  if (allDone) {
    return <Resume href="/lessons" label="Review the lessons" note="You have completed every lesson." />;
  }
  return <Resume href="/start" label="Start the module" note={null} />;
}

/**
 * The button and, under it, a line for the note. The page is prerendered for a newcomer and shows the
 * returning learner's button once progress is read, so the note's line is there in every state (empty for
 * a newcomer): nothing below moves when the button changes.
 */
function Resume({ href, label, note }: { href: CoursePath; label: string; note: string | null }) {
  return (
    <div className="actions actions--resume">
      <CourseLink className="button" href={href}>
        {label}
      </CourseLink>
      <p className="source resume__note">{note}</p>
    </div>
  );
}

'use client';

import Link from 'next/link';
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
    const href = `/lessons/${target.lesson}${target.section ? `#${target.section}` : ''}`;
    return (
      <div className="actions">
        <Link className="button" href={href}>
          Continue where you left off
        </Link>
        <span className="source">Next up: {title}</span>
      </div>
    );
  }
  if (allDone) {
    return (
      <div className="actions">
        <Link className="button" href="/lessons">
          Review the lessons
        </Link>
        <span className="source">You have completed every lesson.</span>
      </div>
    );
  }
  return (
    <div className="actions">
      <Link className="button" href="/start">
        Start the module
      </Link>
    </div>
  );
}

'use client';

import { useProgress } from '@/components/progress/useProgress';
import { completedCount } from '@/lib/progress/selectors';

/** Overall progress in the header: a count in words and a bar that only repeats it. */
export function CourseProgress({ slugs }: { slugs: readonly string[] }) {
  const { progress, hydrated } = useProgress();
  const done = hydrated ? completedCount(progress, slugs) : 0;
  const total = slugs.length;
  return (
    <div className="progress-meter">
      <span>
        {done} of {total} {total === 1 ? 'lesson' : 'lessons'} complete
      </span>
      <span className="progress-meter__track" aria-hidden="true">
        <span className="progress-meter__fill" style={{ width: `${(done * 100) / total}%` }} />
      </span>
    </div>
  );
}

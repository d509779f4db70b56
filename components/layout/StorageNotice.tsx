'use client';

import { useProgress } from '@/components/progress/useProgress';

/** Tells the learner, plainly and on every page, when their progress cannot be kept as usual. */
export function StorageNotice() {
  const { status, hydrated } = useProgress();
  if (!hydrated || !status.problem) return null;
  return (
    <div className="notice" role="status">
      {status.problem.message}
    </div>
  );
}

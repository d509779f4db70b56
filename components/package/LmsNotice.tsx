'use client';

import { usePackageState } from './usePackageState';

/** A quiet line while the LMS refuses to keep the learner's progress: nothing is lost, it is tried again. */
export function LmsNotice() {
  const { refused } = usePackageState();
  return (
    <p role="status" className={refused ? 'notice' : undefined}>
      {refused &&
        'Your LMS did not accept the latest save. Your progress is kept in this browser, and the module sends it again with your next step.'}
    </p>
  );
}

'use client';

import { DownloadProgressButton, DownloadUnreadableCopyButton } from '@/components/progress/DownloadButtons';
import { useProgress } from '@/components/progress/useProgress';

/**
 * Tells the learner, plainly and on every page, when their progress cannot be kept as usual, and offers
 * what keeps it safe: the unreadable copy to download, their progress as a file, or a reload.
 */
export function StorageNotice() {
  const { progress, status, hydrated, unreadableCopy } = useProgress();
  if (!hydrated || !status.problem) return null;
  const { kind, message } = status.problem;
  const copy = kind === 'corrupt' ? unreadableCopy() : null;
  // Whenever changes are not being saved, a file is the learner's way to keep them.
  const offerExport = !status.persistent;
  return (
    <div className="notice storage-notice">
      <p role="status">
        {message}
        {offerExport && ' To keep it, download a copy of your progress; you can bring it back later.'}
      </p>
      {(copy !== null || offerExport) && (
        <div className="actions">
          {copy !== null && <DownloadUnreadableCopyButton copy={copy} />}
          {offerExport && <DownloadProgressButton progress={progress} quiet />}
          {kind === 'newer-version' && (
            <button type="button" className="button" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          )}
        </div>
      )}
    </div>
  );
}

'use client';

import { downloadText } from '@/components/progress/download';
import { useProgress } from '@/components/progress/useProgress';
import { exportFileName, exportText, UNREADABLE_FILE_NAME } from '@/lib/progress/export';

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
          {copy !== null && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => downloadText(UNREADABLE_FILE_NAME, copy, 'text/plain;charset=utf-8')}
            >
              Download the unreadable copy
            </button>
          )}
          {offerExport && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                downloadText(exportFileName(new Date()), exportText(progress), 'application/json')
              }
            >
              Download my progress
            </button>
          )}
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

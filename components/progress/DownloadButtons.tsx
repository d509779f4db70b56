'use client';

import { saveFile } from '@/components/dom/save-file';
import type { Progress } from '@/lib/progress/schema';
import { exportFileName, exportText, UNREADABLE_FILE_NAME } from '@/lib/progress/export';

/** Saves the learner's progress as a file they can bring back later. */
export function DownloadProgressButton({ progress, quiet = false }: { progress: Progress; quiet?: boolean }) {
  return (
    <button
      type="button"
      className={quiet ? 'button button--quiet' : 'button'}
      onClick={() => saveFile(exportText(progress), exportFileName(new Date()), 'application/json')}
    >
      Download my progress
    </button>
  );
}

/** Saves stored progress that could not be read, exactly as it was kept, in case it can be recovered. */
export function DownloadUnreadableCopyButton({ copy }: { copy: string }) {
  return (
    <button
      type="button"
      className="button button--quiet"
      onClick={() => saveFile(copy, UNREADABLE_FILE_NAME, 'text/plain;charset=utf-8')}
    >
      Download the unreadable copy
    </button>
  );
}

import { localDay } from '@/lib/dates/days';
import type { Progress } from './schema';

/*
 * Progress as a file for the learner to keep: what the notice on every page needs, kept apart from the
 * import side (transfer.ts) so that every page does not carry it.
 */

export const UNREADABLE_FILE_NAME = 'friend-request-unreadable-progress.txt';

/** `friend-request-progress-2026-03-02.json`, by the learner's local date. */
export function exportFileName(date: Date): string {
  return `friend-request-progress-${localDay(date)}.json`;
}

export function exportText(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}

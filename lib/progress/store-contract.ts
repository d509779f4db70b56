import type { Progress } from './schema';

/*
 * What the progress store promises its callers (store.ts keeps the promise): its status, the problems it
 * reports in plain words, and the error a change that would not be a valid document gets.
 */

export type ProblemKind = 'unavailable' | 'corrupt' | 'newer-version' | 'write-failed';

export interface StoreProblem {
  kind: ProblemKind;
  /** Plain words for the learner. */
  message: string;
}

export interface StoreStatus {
  /** Changes are being saved (as far as the store knows). */
  persistent: boolean;
  problem: null | StoreProblem;
}

export interface ProgressStore {
  /** The current progress: the same (deeply frozen) object until a change. */
  getSnapshot(): Progress;
  /** Called after every change of the snapshot or of the status. Returns unsubscribe. */
  subscribe(listener: () => void): () => void;
  /**
   * Applies a change: `change` gets the current document and returns the next one (return the same
   * object for no change). The current document is read again from storage first, so that a change made
   * in another tab is never overwritten by this tab's older copy. The store stamps `updatedAt` on the
   * document and on every lesson entry the change replaced, validates, saves and tells subscribers.
   * Throws `InvalidProgressError`, changing nothing, when the result is not a valid document.
   */
  update(change: (p: Progress) => Progress): void;
  /**
   * Replaces the whole document (an imported file), keeping its lesson times; stamps `updatedAt`.
   * Throws `InvalidProgressError`, changing nothing, when it is not a valid document.
   */
  replace(progress: Progress): void;
  /**
   * Deletes the learner's progress: an empty document is saved, and any unreadable copy kept aside is
   * forgotten. Unreadable text this store was guarding is overwritten (the learner asked for it); a newer
   * version's document is not (this page is older than the data).
   */
  reset(): void;
  /** Unreadable text found in storage and kept aside, for the learner to download; null when none. */
  unreadableCopy(): string | null;
  /** The same object until the status changes. */
  status(): StoreStatus;
}

export const PROBLEM_MESSAGES = {
  unavailable:
    'Your browser is not letting this module save progress, so it will be lost when you close the tab.',
  corrupt:
    'Your saved progress could not be read, so this module has started afresh. A copy of the old data has been kept in this browser.',
  corruptNotSaving:
    'Your saved progress could not be read, so this module has started afresh. To keep the old data, it will not save over it, so your progress from now on will be lost when you close the tab.',
  newerVersion:
    'Your progress was saved by a newer version of this module. Reload the page to get the newest version; until then, nothing you do here will be saved.',
  writeFailed:
    'Your latest progress could not be saved (the browser’s storage may be full). It is kept until you close the tab.',
} as const;

export class InvalidProgressError extends Error {
  constructor(reason: string) {
    super(`Progress change rejected, not a valid document: ${reason}`);
    this.name = 'InvalidProgressError';
  }
}

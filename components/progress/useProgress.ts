'use client';

import { useSyncExternalStore } from 'react';

import { getProgressStore, SERVER_SNAPSHOT, SERVER_STATUS } from '@/lib/progress/browser';
import type { Progress } from '@/lib/progress/schema';
import type { StoreStatus } from '@/lib/progress/store-contract';

export interface UseProgress {
  /** `SERVER_SNAPSHOT` (nothing done) until hydrated; the learner's progress after. */
  progress: Progress;
  /** False during the server render and the first hydration pass: the stored progress is not read yet. */
  hydrated: boolean;
  status: StoreStatus;
  /** Stable: `update((p) => completeLesson(p, slug))`. */
  update: (change: (p: Progress) => Progress) => void;
  /** Stable: replaces the whole document (an imported file). */
  replace: (progress: Progress) => void;
  /** Stable: deletes the learner's progress, and any unreadable copy kept aside. */
  reset: () => void;
  /** Stable: unreadable text found in storage and kept aside, for download; null when none. */
  unreadableCopy: () => string | null;
}

const noSubscription = () => () => {};

/** The learner's progress, kept in this browser. */
export function useProgress(): UseProgress {
  const store = getProgressStore();
  const progress = useSyncExternalStore(store.subscribe, store.getSnapshot, () => SERVER_SNAPSHOT);
  const status = useSyncExternalStore(store.subscribe, store.status, () => SERVER_STATUS);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return {
    progress,
    hydrated,
    status,
    update: store.update,
    replace: store.replace,
    reset: store.reset,
    unreadableCopy: store.unreadableCopy,
  };
}

import { emptyProgress, freezeProgress, type Progress } from './schema';
import { localStorageAdapter, memoryStorage, type ProgressStorage } from './storage';
import { createProgressStore } from './store';
import type { ProgressStore, StoreStatus } from './store-contract';

/** What prerendering and the first hydration pass show: nothing done yet, at a fixed time. */
export const SERVER_SNAPSHOT: Progress = freezeProgress(emptyProgress('1970-01-01T00:00:00.000Z'));

/** The status before the browser's storage has been read: not known to be saving, no problem to show. */
export const SERVER_STATUS: StoreStatus = Object.freeze({ persistent: false, problem: null });

let browserStore: ProgressStore | undefined;
let pageStorage: (() => ProgressStorage) | undefined;

/**
 * The page's one progress store, over localStorage (or the storage `keepProgressIn` named), made on first
 * use. On the server (no `window`), a new memory store each call, so that nothing is shared between requests.
 */
export function getProgressStore(): ProgressStore {
  if (typeof window === 'undefined') return createProgressStore(memoryStorage());
  browserStore ??= createProgressStore(pageStorage ? pageStorage() : localStorageAdapter());
  return browserStore;
}

/**
 * Where this page keeps progress instead of the site's localStorage (the LMS package: the LMS's
 * suspend_data). Called before anything reads progress; the storage is made when the store first is.
 */
export function keepProgressIn(storage: () => ProgressStorage): void {
  if (browserStore) throw new Error('keepProgressIn: the progress store is already in use.');
  pageStorage = storage;
}

import {
  decodeProgress,
  emptyProgress,
  encodeProgress,
  freezeProgress,
  ProgressSchema,
  type LessonProgress,
  type Progress,
} from './schema';
import type { ProgressStorage } from './storage';

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
   * Applies a change: `change` gets the current snapshot and returns the next document (return the same
   * object for no change). The store stamps `updatedAt` on the document and on every lesson entry the
   * change replaced, validates, saves and tells subscribers. Throws `InvalidProgressError`, changing
   * nothing, when the result is not a valid document.
   */
  update(change: (p: Progress) => Progress): void;
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

/**
 * - 'normal': reads and writes storage.
 * - 'memory': storage could not be read; never touched again.
 * - 'guarding': storage holds text this store must not overwrite (a newer version's document, or
 *   unreadable text that could not be kept aside); changes stay in memory.
 */
type Mode = 'normal' | 'memory' | 'guarding';

export function createProgressStore(
  storage: ProgressStorage,
  clock: () => string = () => new Date().toISOString(),
): ProgressStore {
  let loaded = false;
  let mode: Mode = 'normal';
  let snapshot: Progress = freezeProgress(emptyProgress(clock()));
  let currentStatus: StoreStatus = Object.freeze({ persistent: true, problem: null });
  /** The text storage is known to hold (what was read or last written), to skip echoes. */
  let knownText: string | null = null;
  const listeners = new Set<() => void>();

  function setStatus(persistent: boolean, problem: StoreProblem | null): void {
    if (currentStatus.persistent === persistent && currentStatus.problem === problem) return;
    currentStatus = Object.freeze({ persistent, problem });
  }

  function problem(kind: ProblemKind, message: string): StoreProblem {
    return Object.freeze({ kind, message });
  }

  function fresh(): Progress {
    return freezeProgress(emptyProgress(clock()));
  }

  function notify(): void {
    for (const listener of [...listeners]) listener();
  }

  /** Tries to keep unreadable text aside; false when it could not be. */
  function keepAside(text: string): boolean {
    if (!storage.keepAside) return false;
    try {
      storage.keepAside(text);
      return true;
    } catch {
      return false;
    }
  }

  function load(): void {
    if (loaded) return;
    loaded = true;
    let text: string | null;
    try {
      text = storage.read();
    } catch {
      mode = 'memory';
      setStatus(false, problem('unavailable', PROBLEM_MESSAGES.unavailable));
      return;
    }
    knownText = text;
    if (text !== null) {
      const decoded = decodeProgress(text);
      if (decoded.kind === 'ok') {
        snapshot = freezeProgress(decoded.progress);
      } else if (decoded.kind === 'newer-version') {
        mode = 'guarding';
        setStatus(false, problem('newer-version', PROBLEM_MESSAGES.newerVersion));
      } else if (keepAside(text)) {
        setStatus(true, problem('corrupt', PROBLEM_MESSAGES.corrupt));
      } else {
        mode = 'guarding';
        setStatus(false, problem('corrupt', PROBLEM_MESSAGES.corruptNotSaving));
      }
    }
    try {
      storage.subscribe?.(onExternalChange);
    } catch {
      // Without change events this tab simply does not see other tabs' changes.
    }
  }

  function onExternalChange(text: string | null): void {
    if (text === knownText) return;
    if (currentStatus.problem?.kind === 'newer-version') return; // Read-only until the learner reloads.
    knownText = text;
    if (text === null) {
      // Another tab removed the progress (or all site data): start again.
      snapshot = fresh();
    } else {
      const decoded = decodeProgress(text);
      if (decoded.kind === 'newer-version') {
        mode = 'guarding';
        setStatus(false, problem('newer-version', PROBLEM_MESSAGES.newerVersion));
        notify();
        return;
      }
      if (decoded.kind === 'corrupt') {
        keepAside(text); // Ignored otherwise: this tab's state stays as it is.
        return;
      }
      snapshot = freezeProgress(decoded.progress);
    }
    if (mode === 'guarding') {
      // The unreadable text this store was guarding has been replaced: saving is safe again.
      mode = 'normal';
      setStatus(true, null);
    }
    notify();
  }

  function write(): void {
    if (mode !== 'normal') return;
    const text = encodeProgress(snapshot);
    try {
      storage.write(text);
    } catch {
      setStatus(false, problem('write-failed', PROBLEM_MESSAGES.writeFailed));
      return;
    }
    knownText = text;
    if (currentStatus.problem?.kind === 'write-failed') setStatus(true, null);
  }

  return {
    getSnapshot() {
      load();
      return snapshot;
    },
    subscribe(listener) {
      const entry = () => listener();
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    update(change) {
      load();
      const previous = snapshot;
      const next = change(previous);
      if (next === previous) return;
      const parsed = ProgressSchema.safeParse(stamp(previous, next, clock()));
      if (!parsed.success) {
        throw new InvalidProgressError(
          parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', '),
        );
      }
      snapshot = freezeProgress(parsed.data);
      write();
      notify();
    },
    status() {
      load();
      return currentStatus;
    },
  };
}

/** Sets `updatedAt` on the document and on each lesson entry that is new or not the previous object. */
function stamp(previous: Progress, next: Progress, now: string): Progress {
  let lessons = next.lessons;
  if (lessons !== previous.lessons && lessons !== null && typeof lessons === 'object') {
    lessons = Object.fromEntries(
      Object.entries(lessons).map(([slug, lesson]): [string, LessonProgress] => {
        const unchanged = Object.hasOwn(previous.lessons, slug) && previous.lessons[slug] === lesson;
        return [slug, unchanged ? lesson : { ...lesson, updatedAt: now }];
      }),
    );
  }
  return { ...next, lessons, updatedAt: now };
}

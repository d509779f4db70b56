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
import {
  InvalidProgressError,
  PROBLEM_MESSAGES,
  type ProblemKind,
  type ProgressStore,
  type StoreProblem,
  type StoreStatus,
} from './store-contract';

/**
 * - 'normal': reads and writes storage.
 * - 'memory': storage could not be read; never touched again.
 * - 'guard-unreadable': storage holds unreadable text that could not be kept aside; changes stay in
 *   memory until that text is replaced (by another tab) or the learner deletes their progress.
 * - 'guard-newer': storage holds a newer version's document; changes stay in memory until a reload.
 */
type Mode = 'normal' | 'memory' | 'guard-unreadable' | 'guard-newer';

/** One change as the learner made it, kept so that it can be applied again to a newer stored document. */
interface Step {
  change: (p: Progress) => Progress;
  /** True for a whole-document replacement, whose lesson entries keep their own times. */
  keepLessonTimes: boolean;
}

export function createProgressStore(
  storage: ProgressStorage,
  clock: () => string = () => new Date().toISOString(),
): ProgressStore {
  let loaded = false;
  let mode: Mode = 'normal';
  let snapshot: Progress = freezeProgress(emptyProgress(clock()));
  let currentStatus: StoreStatus = Object.freeze({ persistent: true, problem: null });
  /** The text storage is known to hold (what was read or last written). */
  let knownText: string | null = null;
  /**
   * The changes made since storage last took a write. Empty while saving works; when a write fails or
   * unreadable text is guarded, another tab's newer document gets these changes applied on top, so that
   * neither tab's work is lost.
   */
  let unsaved: Step[] = [];
  /** Unreadable text found by this page, kept in memory too (it may not have been kept aside). */
  let unreadable: string | null = null;
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
    unreadable = text;
    if (!storage.keepAside) return false;
    try {
      storage.keepAside(text);
      return true;
    } catch {
      return false;
    }
  }

  function guardNewer(): void {
    mode = 'guard-newer';
    unsaved = [];
    setStatus(false, problem('newer-version', PROBLEM_MESSAGES.newerVersion));
  }

  function guardUnreadable(): void {
    mode = 'guard-unreadable';
    setStatus(false, problem('corrupt', PROBLEM_MESSAGES.corruptNotSaving));
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
        guardNewer();
      } else if (keepAside(text)) {
        setStatus(true, problem('corrupt', PROBLEM_MESSAGES.corrupt));
      } else {
        guardUnreadable();
      }
    }
    try {
      storage.subscribe?.(onExternalChange);
    } catch {
      // Without change events this tab sees other tabs' changes when it next makes one.
    }
  }

  /** Applies one step to a document; returns the very same document when the step changes nothing. */
  function apply(base: Progress, step: Step): Progress {
    const next = step.change(base);
    if (next === base) return base;
    const now = clock();
    const stamped = step.keepLessonTimes ? { ...next, updatedAt: now } : stamp(base, next, now);
    const parsed = ProgressSchema.safeParse(stamped);
    if (!parsed.success) {
      throw new InvalidProgressError(parsed.issues.map((i) => i.path || '(document)').join(', '));
    }
    return freezeProgress(parsed.data);
  }

  /**
   * Takes in text that storage now holds and this store has not seen (another tab's write). Returns true
   * when the snapshot or the status changed.
   */
  function adopt(text: string | null): boolean {
    knownText = text;
    if (text === null) {
      // Another tab deleted the progress (or all site data): start again, as the learner asked there.
      unsaved = [];
      snapshot = fresh();
      if (mode === 'guard-unreadable') {
        mode = 'normal';
        setStatus(true, null);
      }
      return true;
    }
    const decoded = decodeProgress(text);
    if (decoded.kind === 'newer-version') {
      guardNewer();
      return true;
    }
    if (decoded.kind === 'corrupt') {
      // This tab's progress stands, and is saved over the unreadable text only once that is kept aside.
      if (keepAside(text) || mode !== 'normal') return false;
      guardUnreadable();
      return true;
    }
    let next = freezeProgress(decoded.progress);
    for (const step of unsaved) {
      try {
        next = apply(next, step);
      } catch {
        // A change that no longer fits the newer document is dropped; the rest are kept.
      }
    }
    snapshot = next;
    if (mode === 'guard-unreadable') {
      // The unreadable text this store was guarding has been replaced: saving is safe again.
      mode = 'normal';
      setStatus(true, null);
    }
    if (unsaved.length > 0) write();
    return true;
  }

  /** Reads storage again, taking in another tab's change that has not been announced yet. */
  function sync(): boolean {
    if (mode !== 'normal' && mode !== 'guard-unreadable') return false;
    let text: string | null;
    try {
      text = storage.read();
    } catch {
      return false; // The write that follows reports the problem.
    }
    return text === knownText ? false : adopt(text);
  }

  function onExternalChange(text: string | null): void {
    if (mode !== 'normal' && mode !== 'guard-unreadable') return;
    // Storage is the truth: an event may arrive after this tab has written something newer.
    let current = text;
    try {
      current = storage.read();
    } catch {
      // Fall back to the event's own text.
    }
    if (current === knownText) return;
    if (adopt(current)) notify();
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
    unsaved = [];
    if (currentStatus.problem?.kind === 'write-failed') setStatus(true, null);
  }

  function run(step: Step): void {
    load();
    let changed = sync();
    try {
      const next = apply(snapshot, step);
      if (next === snapshot) return;
      snapshot = next;
      if (mode === 'normal' || mode === 'guard-unreadable') unsaved.push(step);
      write();
      changed = true;
    } finally {
      if (changed) notify();
    }
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
      run({ change, keepLessonTimes: false });
    },
    replace(progress) {
      run({ change: () => progress, keepLessonTimes: true });
    },
    reset() {
      load();
      unreadable = null;
      try {
        storage.discardAside?.();
      } catch {
        // Nothing more can be done; the copy stays where it is.
      }
      if (mode === 'guard-unreadable') mode = 'normal';
      if (currentStatus.problem?.kind === 'corrupt') setStatus(mode === 'normal', null);
      const empty = emptyProgress(clock());
      run({ change: () => empty, keepLessonTimes: true });
      notify();
    },
    unreadableCopy() {
      load();
      if (unreadable !== null) return unreadable;
      try {
        return storage.readAside?.() ?? null;
      } catch {
        return null;
      }
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

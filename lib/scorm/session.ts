import { decodeCompact } from '@/lib/progress/compact';
import type { DecodeResult, Progress } from '@/lib/progress/schema';
import type { ProgressStorage } from '@/lib/progress/storage';
import { findApi, type ApiWindow, type ScormVersion } from './api';
import { wrapApi, type Lms, type LmsError } from './lms';
import {
  interactionElements,
  passMarkFrom,
  sessionTime,
  statusElements,
  type Element,
  type ReportedItem,
  type ReportOptions,
} from './report';

/*
 * A launch inside an LMS: the progress store's storage (the compact code in `cmi.suspend_data`, and the
 * same code in the browser as well), and after each saved change the status, score, place and new
 * interactions, then a commit. An LMS that refuses a write or a commit loses nothing: the browser's copy
 * has it, `refused()` turns true for a quiet notice, and the next save writes everything again. With no
 * LMS in the frame tree, `startScormSession` returns null and the package runs on the browser's storage,
 * as the site does.
 */

export interface ScormSessionOptions extends Pick<ReportOptions, 'failedStatus' | 'lessons'> {
  version: ScormVersion;
  /** The build's pass mark (whole percent), used when the LMS gives none. */
  passMark: number;
  /** The final check's items, for the interactions. */
  items: readonly ReportedItem[];
  /**
   * The browser's copy of the same code (localStorage): what the learner keeps if the LMS refuses. A
   * function is given the LMS's id of the learner, so that two learners who share a computer (or two
   * courses) never resume each other's progress.
   */
  mirror: ProgressStorage | ((learnerId: string) => ProgressStorage);
  now?: () => number;
  /** Told of each refusal, with the LMS's error. */
  onRefused?: (what: string, error: LmsError | null) => void;
}

export interface ScormSession {
  version: ScormVersion;
  /** The pass mark in force: the LMS's mastery score when it gave one, else the build's. */
  passMark: number;
  /** For the progress store (wrap it in compactStorage, which writes the code it keeps here). */
  storage: ProgressStorage;
  /** True while the LMS has refused something not yet written again. */
  refused(): boolean;
  /** Writes the session time and what is pending, commits, and ends the session (once; on pagehide). */
  finish(): void;
  /** Commits again (on visibilitychange to hidden). */
  flush(): void;
}

const SUSPEND = 'cmi.suspend_data';

/** The code of the two whose progress changed last, with its reading (a code that cannot be read loses). */
function newer(a: string | null, b: string | null): { code: string; decoded: DecodeResult } | null {
  const read = (code: string | null) => (code ? { code, decoded: decodeCompact(code) } : null);
  const [ra, rb] = [read(a), read(b)];
  if (!ra || !rb) return ra ?? rb;
  if (ra.decoded.kind !== 'ok') return rb.decoded.kind === 'ok' ? rb : ra;
  if (rb.decoded.kind !== 'ok') return ra;
  return rb.decoded.progress.updatedAt > ra.decoded.progress.updatedAt ? rb : ra;
}

export function startScormSession(win: ApiWindow, options: ScormSessionOptions): ScormSession | null {
  const found = findApi(win, options.version);
  if (!found) return null;
  const lms: Lms = wrapApi(found);
  const now = options.now ?? Date.now;
  const started = now();
  let initialised = lms.initialize();
  let finished = false;
  let refused = false;
  let pending: Element[] = [];

  const mirror =
    typeof options.mirror === 'function'
      ? options.mirror(lms.get(options.version === '1.2' ? 'cmi.core.student_id' : 'cmi.learner_id'))
      : options.mirror;
  const passMark = passMarkFrom(
    options.version,
    lms.get(options.version === '1.2' ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score'),
    options.passMark,
  );
  const chosen = newer(lms.get(SUSPEND) || null, readMirror());
  // The code the store reads back: what the launch resumed, then each code written since.
  let current = chosen?.code ?? null;
  let reportedAttempts =
    chosen?.decoded.kind === 'ok' ? (chosen.decoded.progress.finalCheck?.attempts ?? 0) : 0;

  function readMirror(): string | null {
    try {
      return mirror.read();
    } catch {
      return null;
    }
  }

  function refuse(what: string) {
    refused = true;
    options.onRefused?.(what, lms.lastError());
  }

  /** Sets each element, then commits; false when the LMS refused any of it. */
  function send(elements: readonly Element[]): boolean {
    if (!initialised) initialised = lms.initialize();
    if (!initialised) {
      refuse('Initialize');
      return false;
    }
    let ok = true;
    for (const [element, value] of elements) {
      if (!lms.set(element, value)) {
        ok = false;
        refuse(`SetValue ${element}`);
      }
    }
    if (!lms.commit()) {
      ok = false;
      refuse('Commit');
    }
    return ok;
  }

  function report(code: string): boolean {
    const decoded = decodeCompact(code);
    const elements: Element[] = [[SUSPEND, code]];
    let attempts = reportedAttempts;
    if (decoded.kind === 'ok') {
      const progress: Progress = decoded.progress;
      elements.push(...statusElements(progress, { ...options, passMark }));
      attempts = progress.finalCheck?.attempts ?? 0;
      if (attempts > reportedAttempts) {
        const first = Number(lms.get('cmi.interactions._count')) || 0;
        elements.push(...interactionElements(progress, options.items, options.version, first));
      }
    }
    const ok = send(elements);
    if (ok) {
      reportedAttempts = attempts;
      refused = false;
      pending = [];
    } else pending = elements;
    return ok;
  }

  const storage: ProgressStorage = {
    read: () => current,
    write(code) {
      current = code;
      let mirrored = true;
      try {
        mirror.write(code);
      } catch {
        mirrored = false;
      }
      if (finished) {
        if (!mirrored) throw new Error('The LMS session has ended and the browser refused the copy.');
        return;
      }
      // The store reports "not saved" only when neither the LMS nor the browser kept it.
      if (!report(code) && !mirrored)
        throw new Error('The LMS refused the progress, and so did the browser.');
    },
  };

  return {
    version: options.version,
    passMark,
    storage,
    refused: () => refused,
    flush() {
      if (finished) return;
      if (pending.length > 0 && send(pending)) {
        pending = [];
        refused = false;
      } else if (pending.length === 0 && !lms.commit()) refuse('Commit');
    },
    finish() {
      if (finished) return;
      const time: Element = [
        options.version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time',
        sessionTime(options.version, now() - started),
      ];
      send([...pending, time]);
      finished = true;
      if (!lms.terminate()) refuse('Terminate');
    },
  };
}

/** Commits when the page is hidden and finishes when it goes away (never `unload`: current Chrome blocks it). */
export function endWithThePage(
  win: Pick<Window, 'addEventListener'> & { document: Pick<Document, 'visibilityState'> },
  session: ScormSession,
): void {
  win.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') session.flush();
  });
  win.addEventListener('pagehide', () => session.finish());
}

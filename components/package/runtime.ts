'use client';

import { lessonOrder } from '@/content/lessons/order';
import { bankItems } from '@/content/questions/final';
import { keepProgressIn } from '@/lib/progress/browser';
import { compactStorage } from '@/lib/progress/compact';
import { localStorageAdapter } from '@/lib/progress/storage';
import { endWithThePage, startScormSession, type ScormSession } from '@/lib/scorm/session';
import {
  DEFAULT_SETTINGS,
  readPackageSettings,
  SETTINGS_GLOBAL,
  type PackageSettings,
} from '@/lib/scorm/settings';

/*
 * The package's side of a launch, once per page: the LMS's API if one launched it (the version the
 * package was built for), progress kept in its suspend_data and in this browser, the pass mark in force,
 * and whether the LMS has refused something not yet written again. Opened with no LMS (a plain page,
 * file://), the course keeps progress in this browser alone, as the site does.
 */

export interface PackageState {
  /** The LMS's version when one launched the package; null with no LMS. */
  lms: PackageSettings['version'] | null;
  passMark: number;
  /** The LMS refused a write or a commit that has not been written again yet. */
  refused: boolean;
}

/** The prerendered page's state: no LMS known yet, the build's default pass mark. */
export const STATE_BEFORE_LAUNCH: PackageState = Object.freeze({
  lms: null,
  passMark: DEFAULT_SETTINGS.passMark,
  refused: false,
});

/** Where the browser keeps the package's copy: per learner and per place the LMS serves it from. */
function mirrorKey(learnerId: string): string {
  return `friend-request:scorm:${window.location.pathname}:${learnerId}`;
}

let state: PackageState = STATE_BEFORE_LAUNCH;
let session: ScormSession | null = null;
let launched = false;
const listeners = new Set<() => void>();

function setState(next: PackageState) {
  if (next.lms === state.lms && next.passMark === state.passMark && next.refused === state.refused) return;
  state = Object.freeze(next);
  listeners.forEach((listener) => listener());
}

/** Starts the launch (once): before the progress store is first read. */
export function launchPackage(): void {
  if (launched || typeof window === 'undefined') return;
  launched = true;
  const settings = readPackageSettings((window as unknown as Record<string, unknown>)[SETTINGS_GLOBAL]);
  if (settings) {
    session = startScormSession(window, {
      version: settings.version,
      passMark: settings.passMark,
      failedStatus: settings.failedStatus,
      lessons: lessonOrder,
      items: bankItems.map(({ id, answer }) => ({ id, answer })),
      mirror: (learnerId) => localStorageAdapter(mirrorKey(learnerId)),
      onRefused: () => setState({ ...state, refused: true }),
    });
  }
  if (session) {
    const active = session;
    keepProgressIn(() => compactStorage(active.storage));
    endWithThePage(window, active);
    state = Object.freeze({ lms: active.version, passMark: active.passMark, refused: false });
  } else {
    keepProgressIn(() => localStorageAdapter('friend-request:package-progress'));
    state = Object.freeze({
      ...STATE_BEFORE_LAUNCH,
      passMark: settings?.passMark ?? DEFAULT_SETTINGS.passMark,
    });
  }
}

/** After each change of progress: whether the LMS took it (a refusal clears once everything is written). */
export function noteSaved(): void {
  if (session) setState({ ...state, refused: session.refused() });
}

export function packageState(): PackageState {
  return state;
}

export function subscribePackage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

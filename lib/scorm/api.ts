/*
 * The SCORM runtime API an LMS puts on a window of the launch's frame tree: `API` (SCORM 1.2) or
 * `API_1484_11` (SCORM 2004). Found by the walk both standards describe: this window and its parents, then
 * the window that opened it and its parents.
 */

export type ScormVersion = '1.2' | '2004';

/** SCORM 1.2's API (RTE 3.3): every call takes and returns strings. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

/** SCORM 2004's API (RTE 3.1). */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** What the walk reads of a window. Reading a window of another origin throws; the walk stops there. */
export interface ApiWindow {
  API?: unknown;
  API_1484_11?: unknown;
  parent?: ApiWindow | null;
  opener?: ApiWindow | null;
}

/** How many parents the walk climbs at most (the ADL sample climbs 7; LMS frame sets seldom go deeper). */
const MAX_DEPTH = 10;

const NAMES = { '1.2': 'API', '2004': 'API_1484_11' } as const;

const isApi = (value: unknown, version: ScormVersion): boolean =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>)[version === '1.2' ? 'LMSInitialize' : 'Initialize'] ===
    'function';

function climb(start: ApiWindow | null | undefined, version: ScormVersion): unknown {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    try {
      const candidate = win[NAMES[version]];
      if (isApi(candidate, version)) return candidate;
      if (!win.parent || win.parent === win) return undefined;
      win = win.parent;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The package's own version of the API, or null when no LMS launched it (a plain page, file://). */
export function findApi(win: ApiWindow, version: ScormVersion): FoundApi | null {
  let found = climb(win, version);
  if (!found) {
    try {
      found = climb(win.opener, version);
    } catch {
      found = undefined;
    }
  }
  if (!found) return null;
  return version === '1.2' ? { version, api: found as Scorm12Api } : { version, api: found as Scorm2004Api };
}

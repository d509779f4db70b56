import type { FoundApi } from './api';

/*
 * One interface over SCORM 1.2 and 2004: the calls the module makes, each telling whether the LMS took it.
 * Anything other than the string "true" is a refusal (false, an error code, an empty string); a call that
 * throws is one too. The LMS's own error code and text are kept for the log.
 */

export interface LmsError {
  code: string;
  message: string;
}

export interface Lms {
  version: FoundApi['version'];
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  lastError(): LmsError | null;
}

interface Calls {
  initialize(): unknown;
  terminate(): unknown;
  get(element: string): unknown;
  set(element: string, value: string): unknown;
  commit(): unknown;
  error(): unknown;
  describe(code: string): unknown;
}

function callsOf(found: FoundApi): Calls {
  if (found.version === '1.2') {
    const api = found.api;
    return {
      initialize: () => api.LMSInitialize(''),
      terminate: () => api.LMSFinish(''),
      get: (element) => api.LMSGetValue(element),
      set: (element, value) => api.LMSSetValue(element, value),
      commit: () => api.LMSCommit(''),
      error: () => api.LMSGetLastError(),
      describe: (code) => api.LMSGetErrorString(code),
    };
  }
  const api = found.api;
  return {
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    get: (element) => api.GetValue(element),
    set: (element, value) => api.SetValue(element, value),
    commit: () => api.Commit(''),
    error: () => api.GetLastError(),
    describe: (code) => api.GetErrorString(code),
  };
}

export function wrapApi(found: FoundApi): Lms {
  const calls = callsOf(found);
  let thrown: LmsError | null = null;

  const attempt = (call: () => unknown): boolean => {
    thrown = null;
    try {
      return String(call()) === 'true';
    } catch (error) {
      thrown = { code: 'threw', message: (error as Error)?.message ?? String(error) };
      return false;
    }
  };

  return {
    version: found.version,
    initialize: () => attempt(calls.initialize),
    terminate: () => attempt(calls.terminate),
    commit: () => attempt(calls.commit),
    set: (element, value) => attempt(() => calls.set(element, value)),
    get(element) {
      try {
        return String(calls.get(element) ?? '');
      } catch {
        return '';
      }
    },
    lastError() {
      if (thrown) return thrown;
      try {
        const code = String(calls.error() ?? '');
        if (code === '0' || code === '') return null;
        return { code, message: String(calls.describe(code) ?? '') };
      } catch (error) {
        return { code: 'threw', message: (error as Error)?.message ?? String(error) };
      }
    },
  };
}

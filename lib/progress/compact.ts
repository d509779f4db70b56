import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

import { decodeProgress, encodeProgress, type DecodeResult, type Progress } from './schema';
import type { ProgressStorage } from './storage';

/*
 * A compact form of the progress document, for an LMS's SCORM `cmi.suspend_data` (SCORM 1.2 allows
 * 4,096 characters). The document's JSON, deflated (fflate, raw deflate) and written in base64url after
 * a format prefix. Exact: decoding gives back the very document, through the same validation and
 * migrations as stored JSON. Never truncated: a document whose compact form is too long is refused
 * (`fitCompact`, `compactStorage`), and the store then keeps it in memory and says it could not be saved.
 *
 * A finished course (6 lessons, 24 poll answers, 35 check answers, the pre-check's 6 and the final check's
 * 17 answers, 6 reflections of about 300 characters: fixtures/v4-finished-course.json) is 5,527 characters
 * of JSON and 3,034 compact (compact.test.ts). The reflections, being the learner's own prose, compress
 * least: they are 1,847 characters of the JSON and about 1,290 of the compact code. So roughly another 1,400
 * characters of reflection still fit; a learner who writes far more gets the "could not be saved"
 * notice, never a cut text. Lessons are stored by slug, never by position, so a code made for the
 * five-lesson course (fixtures/compact-v2-finished-course.txt) decodes to the same progress.
 */

/** Version 1 of this format. '.' is not a base64url character, so the prefix cannot be mistaken. */
export const COMPACT_PREFIX = 'fr1.';

/** The most characters the module stores in suspend_data, leaving room under SCORM 1.2's 4,096. */
export const SUSPEND_DATA_LIMIT = 4000;

export function encodeCompact(progress: Progress): string {
  return packText(encodeProgress(progress));
}

/** Reads a compact code. Never throws: anything that is not one is 'corrupt'. */
export function decodeCompact(code: string): DecodeResult {
  const text = unpackText(code);
  if (text === null) return { kind: 'corrupt', reason: 'Not a compact progress code' };
  return decodeProgress(text);
}

export type FitResult = { kind: 'ok'; code: string } | { kind: 'too-large'; length: number; limit: number };

/** The compact code if it fits in `limit` characters; otherwise how long it would be. */
export function fitCompact(progress: Progress, limit: number = SUSPEND_DATA_LIMIT): FitResult {
  const code = encodeCompact(progress);
  return code.length <= limit ? { kind: 'ok', code } : { kind: 'too-large', length: code.length, limit };
}

export class CompactTooLargeError extends Error {
  constructor(
    readonly length: number,
    readonly limit: number,
  ) {
    super(`Progress needs ${length} characters in compact form; the limit is ${limit}.`);
    this.name = 'CompactTooLargeError';
  }
}

/**
 * A storage that keeps the compact code in `inner` (e.g. an adapter over suspend_data). A write whose
 * code is over `limit` throws `CompactTooLargeError` and leaves `inner` as it was: the store keeps the
 * progress in memory and reports that it could not be saved. Stored text that is not a compact code is
 * handed to the store as it is, so the store keeps it aside like any unreadable text.
 */
export function compactStorage(inner: ProgressStorage, limit: number = SUSPEND_DATA_LIMIT): ProgressStorage {
  const expand = (stored: string | null) => (stored === null ? null : (unpackText(stored) ?? stored));
  const storage: ProgressStorage = {
    read: () => expand(inner.read()),
    write(text) {
      const code = packText(text);
      if (code.length > limit) throw new CompactTooLargeError(code.length, limit);
      inner.write(code);
    },
  };
  if (inner.keepAside) storage.keepAside = (text) => inner.keepAside!(text);
  if (inner.readAside) storage.readAside = () => inner.readAside!();
  if (inner.discardAside) storage.discardAside = () => inner.discardAside!();
  if (inner.subscribe) storage.subscribe = (listener) => inner.subscribe!((text) => listener(expand(text)));
  return storage;
}

function packText(text: string): string {
  return COMPACT_PREFIX + toBase64Url(deflateSync(strToU8(text), { level: 9 }));
}

/** The text inside a compact code, or null when `code` is not one. */
function unpackText(code: string): string | null {
  if (!code.startsWith(COMPACT_PREFIX)) return null;
  const bytes = fromBase64Url(code.slice(COMPACT_PREFIX.length));
  if (bytes === null) return null;
  try {
    return strFromU8(inflateSync(bytes));
  } catch {
    return null;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

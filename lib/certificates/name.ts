import { NAME_MAX_LENGTH } from './constants';

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

/*
 * Characters a printed name may not hold: control characters (C0, C1, DEL), line and paragraph separators,
 * and the bidi embedding, override and isolate controls (they can make a name display as something else).
 * Joiners (ZWJ, ZWNJ) stay: Devanagari and Persian names need them.
 */
const FORBIDDEN = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/**
 * The name as it will print: NFC-normalised, trimmed, runs of spaces collapsed to one; 1 to
 * NAME_MAX_LENGTH characters, any script. Used by the form in the browser and by the signing server.
 */
export function checkCertificateName(raw: string): NameCheck {
  if (FORBIDDEN.test(raw)) {
    return {
      ok: false,
      message:
        'The name contains a control character (such as a tab, line break or direction mark). Remove it.',
    };
  }
  const name = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (name.length === 0) return { ok: false, message: 'Enter your name as it should print.' };
  const length = [...name].length;
  if (length > NAME_MAX_LENGTH) {
    return {
      ok: false,
      message: `The name is ${length} characters long; it can be at most ${NAME_MAX_LENGTH}.`,
    };
  }
  return { ok: true, name };
}

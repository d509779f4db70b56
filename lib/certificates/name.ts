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
  const checked = checkPlainText(raw, {
    what: 'The name',
    max: NAME_MAX_LENGTH,
    empty: 'Enter your name as it should print.',
  });
  return checked.ok ? { ok: true, name: checked.text } : checked;
}

export type TextCheck = { ok: true; text: string } | { ok: false; message: string };

/**
 * One line of text that will be printed or shown to someone else (a name, a course, a contact): the same
 * cleaning as a certificate name, with its own length limit and messages.
 */
export function checkPlainText(
  raw: string,
  { what, max, empty }: { what: string; max: number; empty: string },
): TextCheck {
  if (FORBIDDEN.test(raw)) {
    return {
      ok: false,
      message: `${what} contains a control character (such as a tab, line break or direction mark). Remove it.`,
    };
  }
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (text.length === 0) return { ok: false, message: empty };
  const length = [...text].length;
  if (length > max) {
    return { ok: false, message: `${what} is ${length} characters long; it can be at most ${max}.` };
  }
  return { ok: true, text };
}

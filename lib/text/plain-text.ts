export type TextCheck = { ok: true; text: string } | { ok: false; message: string };

/*
 * Characters printed text may not hold: control characters (C0, C1, DEL), line and paragraph separators,
 * and the bidi embedding, override and isolate controls (they can make a name display as something else).
 * Joiners (ZWJ, ZWNJ) stay: Devanagari and Persian names need them.
 */
const FORBIDDEN = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/**
 * One line of text that will be printed or shown to someone else (a name, a course, a contact):
 * NFC-normalised, trimmed, runs of spaces collapsed to one; 1 to `max` characters (Unicode code points), any
 * script. Used in the browser's forms and on the server alike.
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

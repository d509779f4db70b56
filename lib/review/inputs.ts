import type { InvalidCertificate } from '@/lib/verify/types';

/**
 * A certificate PDF is 5 to 20 kB, a credential file about 2 kB. Anything far larger is not read: it is not
 * a certificate, and reading it would only slow the browser down.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The row for a file too large to be a certificate; it is not read. */
export function fileTooLarge(bytes: number): InvalidCertificate {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return {
    valid: false,
    reason: 'malformed',
    message: `This file is ${mb} MB, far larger than any certificate of this module (under 1 MB), so it was not read.`,
  };
}

/** What a roster row calls a pasted code. */
export const pastedLabel = (n: number) => `pasted code ${n}`;

/** A JWS header is base64url JSON, so it starts with `{"`: "eyJ". */
const STARTS_CODE = /^eyJ/;
const STARTS_LINK = /^(?:https?:\/\/|\/verify|#c=)/;
/** An Ed25519 signature (64 bytes) is 86 base64url characters: a code is complete when its third part is. */
const SIGNATURE_LENGTH = 86;
/** List markers an educator may paste with the codes ("1.", "2)", "-", "•"): not codes. */
const LIST_MARKER = /^(?:\d{1,3}[.)]|[-*•·–—])$/u;

function isComplete(entry: string): boolean {
  const code = entry.includes('#c=') ? entry.slice(entry.lastIndexOf('#c=') + 3) : entry;
  const parts = code.split('.');
  return parts.length >= 3 && (parts[parts.length - 1]?.length ?? 0) >= SIGNATURE_LENGTH;
}

/** Reads a JSON object from `start` (a `{`) to its closing brace, strings and escapes respected. */
function jsonObjectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * Splits what an educator pastes into the codes it holds: one per line or several on a line, each a
 * certificate code, a verification link or a credential file's JSON. A code that an email program wrapped
 * over several lines is put back together. Other text becomes an entry of its own (one per line), so that
 * the roster says what it is rather than dropping it.
 */
export function splitPastedCodes(text: string): string[] {
  const entries: { text: string; kind: 'code' | 'text' }[] = [];
  let newLine = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (/\s/u.test(char)) {
      if (char === '\n' || char === '\r') newLine = true;
      i++;
      continue;
    }
    const sameLine = !newLine;
    newLine = false;
    if (char === '{') {
      const end = jsonObjectEnd(text, i);
      entries.push({ text: text.slice(i, end), kind: 'code' });
      // Nothing joins a credential's JSON.
      entries.push({ text: '', kind: 'text' });
      i = end;
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/u.test(text[end]!)) end++;
    const chunk = text.slice(i, end);
    i = end;
    if (LIST_MARKER.test(chunk)) continue;
    const last = entries[entries.length - 1];
    const codeInProgress = last?.kind === 'code' && !isComplete(last.text);
    if (STARTS_LINK.test(chunk) || (STARTS_CODE.test(chunk) && (!codeInProgress || isComplete(chunk)))) {
      entries.push({ text: chunk, kind: 'code' });
    } else if (codeInProgress) {
      last.text += chunk;
    } else if (last?.kind === 'text' && last.text !== '' && sameLine) {
      last.text += ` ${chunk}`;
    } else {
      entries.push({ text: chunk, kind: 'text' });
    }
  }
  return entries.map((entry) => entry.text).filter((entry) => entry !== '');
}

/**
 * CSV as RFC 4180 has it: rows end in CRLF; a field is quoted when it holds a comma, a double quote, CR or
 * LF, and a double quote inside it is doubled. Used by the study's /data download and the class review.
 */

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /**
   * Prefix text that a spreadsheet would run as a formula with a single quote (OWASP's advice on CSV
   * injection): for files whose cells hold what other people typed, such as learners' names.
   */
  neutraliseFormulas?: boolean;
  /** Start with a UTF-8 byte order mark, so that Excel reads names in any script as UTF-8. */
  byteOrderMark?: boolean;
}

/** The byte order mark, as the first character of a string that will be saved as UTF-8. */
export const BYTE_ORDER_MARK = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * What a spreadsheet reads as the start of a formula (OWASP, CSV injection): `=`, `+`, `-`, `@`, and tab
 * and carriage return, which some spreadsheets skip before looking at the next character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that would start a formula, prefixed with a single quote so that a spreadsheet shows it as text. Only
 * text is changed: a number is written as digits (a negative number is a number, not a formula).
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvValue, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (options.neutraliseFormulas && typeof value === 'string') text = neutraliseFormula(text);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => row.map((value) => csvField(value, options)).join(',') + '\r\n').join('');
  return options.byteOrderMark ? BYTE_ORDER_MARK + body : body;
}

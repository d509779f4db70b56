/**
 * Which font prints which script. Plain data and regular expressions (no font files), so the browser's
 * name form can tell a learner at once which characters a certificate cannot print.
 */
import fontFiles from './font-files.json';

export type FontId = 'latin' | 'latinSemiBold' | 'arabic' | 'hebrew' | 'devanagari' | 'cjk';

/** Font files, as served from /fonts/certificate/ (copied there by scripts/copy-certificate-fonts.mjs). */
export const FONT_FILES: Readonly<Record<FontId, { file: string; packagePath: string; license: string }>> =
  fontFiles;

export const FONT_PATH = '/fonts/certificate';

// Script, not Script_Extensions: scx would send common punctuation to the CJK font in Latin names.
const SCRIPT_FONTS: ReadonlyArray<[RegExp, FontId]> = [
  [/[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}]/u, 'latin'],
  [/\p{sc=Arabic}/u, 'arabic'],
  [/\p{sc=Hebrew}/u, 'hebrew'],
  [/\p{sc=Devanagari}/u, 'devanagari'],
  [/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Bopomofo}]/u, 'cjk'],
];

const NEUTRAL = /[\p{sc=Common}\p{sc=Inherited}]/u;

/** The font for a character's script; null for characters of no script (spaces, digits, marks, punctuation). */
export function scriptFont(char: string): FontId | null | 'unsupported' {
  for (const [pattern, font] of SCRIPT_FONTS) if (pattern.test(char)) return font;
  return NEUTRAL.test(char) ? null : 'unsupported';
}

/** The name's characters a certificate cannot print (each once, in order). */
export function unprintableCharacters(name: string): string[] {
  return [...new Set([...name].filter((char) => scriptFont(char) === 'unsupported'))];
}

export const PRINTABLE_SCRIPTS =
  'Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Chinese characters and Japanese kana';

/** The fonts a name needs, besides the Latin ones every certificate uses. */
export function fontsForName(name: string): FontId[] {
  const fonts = new Set<FontId>();
  for (const char of name) {
    const font = scriptFont(char);
    if (font && font !== 'unsupported' && font !== 'latin') fonts.add(font);
  }
  return [...fonts];
}

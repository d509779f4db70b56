/**
 * Which scripts the module can print (the certificate's fonts cover them): plain regular expressions, no
 * font files, so that a form in the browser can tell at once which characters would not print.
 */

export type Script = 'latin' | 'arabic' | 'hebrew' | 'devanagari' | 'cjk';

// Script, not Script_Extensions: scx would send common punctuation to the CJK font in Latin names.
const SCRIPTS: ReadonlyArray<[RegExp, Script]> = [
  [/[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}]/u, 'latin'],
  [/\p{sc=Arabic}/u, 'arabic'],
  [/\p{sc=Hebrew}/u, 'hebrew'],
  [/\p{sc=Devanagari}/u, 'devanagari'],
  [/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Bopomofo}]/u, 'cjk'],
];

const NEUTRAL = /[\p{sc=Common}\p{sc=Inherited}]/u;

/** A character's script; null for characters of no script (spaces, digits, marks, punctuation). */
export function scriptOf(char: string): Script | null | 'unsupported' {
  for (const [pattern, script] of SCRIPTS) if (pattern.test(char)) return script;
  return NEUTRAL.test(char) ? null : 'unsupported';
}

/** The text's characters the module cannot print (each once, in order). */
export function unprintableCharacters(text: string): string[] {
  return [...new Set([...text].filter((char) => scriptOf(char) === 'unsupported'))];
}

export const PRINTABLE_SCRIPTS =
  'Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Chinese characters and Japanese kana';

/** The scripts a text uses besides Latin (which every certificate prints anyway). */
export function nonLatinScripts(text: string): Script[] {
  const scripts = new Set<Script>();
  for (const char of text) {
    const script = scriptOf(char);
    if (script && script !== 'unsupported' && script !== 'latin') scripts.add(script);
  }
  return [...scripts];
}

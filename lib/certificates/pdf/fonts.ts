/**
 * Which font prints which script: plain data (no font files), so the browser can fetch only the fonts a
 * name needs.
 */
import { nonLatinScripts, type Script } from '@/lib/text/scripts';
import fontFiles from './font-files.json';

export type FontId = Script | 'latinSemiBold';

/** Font files, as served from /fonts/certificate/ (copied there by scripts/copy-certificate-fonts.mjs). */
export const FONT_FILES: Readonly<Record<FontId, { file: string; packagePath: string; license: string }>> =
  fontFiles;

export const FONT_PATH = '/fonts/certificate';

/** The fonts a name needs, besides the Latin ones every certificate uses (one font per script). */
export function fontsForName(name: string): FontId[] {
  return nonLatinScripts(name);
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FONT_FILES, type FontId } from '../fonts';

const cache = new Map<FontId, Promise<Uint8Array>>();

/** Reads the certificate fonts from node_modules, once each (tests and the benchmark script). */
export function loadFontFromPackages(font: FontId): Promise<Uint8Array> {
  let bytes = cache.get(font);
  if (!bytes) {
    bytes = readFile(path.join(process.cwd(), 'node_modules', FONT_FILES[font].packagePath)).then(
      (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
    );
    cache.set(font, bytes);
  }
  return bytes;
}

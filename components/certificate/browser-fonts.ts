import { FONT_FILES, FONT_PATH, type FontId } from '@/lib/certificates/pdf/fonts';

const cache = new Map<FontId, Promise<Uint8Array>>();

/** Fetches a certificate font from this module's own origin, once per page. */
export function loadFontFromOrigin(font: FontId): Promise<Uint8Array> {
  let bytes = cache.get(font);
  if (!bytes) {
    bytes = fetch(`${FONT_PATH}/${FONT_FILES[font].file}`).then(async (response) => {
      if (!response.ok) throw new Error(`The ${font} font could not be loaded (${response.status}).`);
      return new Uint8Array(await response.arrayBuffer());
    });
    bytes.catch(() => cache.delete(font));
    cache.set(font, bytes);
  }
  return bytes;
}

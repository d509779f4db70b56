import { create, type Font, type Glyph, type GlyphRun, type Subset } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * fontkit 2 for pdf-lib. pdf-lib's own fork (@pdf-lib/fontkit 1.1.1) corrupts glyphs when it subsets these
 * fonts; upstream fontkit 2 subsets them correctly but its subsets have `encode()` where pdf-lib calls
 * `encodeStream()`. This adapter adds that, and reverses the ToUnicode text of right-to-left ligatures
 * (lam-alef): a PDF reader reads RTL glyphs right to left and would otherwise extract their letters swapped.
 */
export interface AdaptedFont extends Font {
  /** The font as fontkit made it, for layouts that must match pdf-lib's exactly. */
  readonly source: Font;
}

const reversed = new WeakSet<Glyph>();

function fixRtlLigatures(run: GlyphRun): GlyphRun {
  if (run.direction !== 'rtl') return run;
  for (const glyph of run.glyphs) {
    if (glyph.codePoints.length > 1 && !reversed.has(glyph)) {
      glyph.codePoints = [...glyph.codePoints].reverse();
      reversed.add(glyph);
    }
  }
  return run;
}

function streamOf(subset: Subset) {
  return {
    encodeStream() {
      const listeners: Record<string, ((value?: unknown) => void)[]> = {};
      const stream = {
        on(event: string, listener: (value?: unknown) => void) {
          (listeners[event] ??= []).push(listener);
          return stream;
        },
      };
      // pdf-lib attaches its listeners synchronously after this call returns.
      queueMicrotask(() => {
        try {
          const bytes = subset.encode();
          listeners.data?.forEach((l) => l(bytes));
          listeners.end?.forEach((l) => l());
        } catch (error) {
          listeners.error?.forEach((l) => l(error));
        }
      });
      return stream;
    },
  };
}

/** Wraps a fontkit font so that pdf-lib can embed and subset it. */
export function adaptFont(font: Font): AdaptedFont {
  return new Proxy(font, {
    get(target, property, receiver) {
      if (property === 'source') return target;
      if (property === 'layout') {
        return (...args: Parameters<Font['layout']>) => fixRtlLigatures(target.layout(...args));
      }
      if (property === 'createSubset') {
        return () => {
          const subset = target.createSubset();
          return Object.assign(subset, streamOf(subset));
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as AdaptedFont;
}

/**
 * A fontkit object for `PDFDocument.registerFontkit`: `create` returns the adapted font already made for
 * these exact bytes (so layouts done here and by pdf-lib use one font object), or makes one.
 */
export function fontkitFor(made: ReadonlyMap<Uint8Array, AdaptedFont>): Fontkit {
  const fontkit = {
    create(bytes: Uint8Array) {
      return made.get(bytes) ?? adaptFont(create(bytes));
    },
  };
  // pdf-lib types its fontkit as @pdf-lib/fontkit's; it uses only what fontkit 2 and this adapter provide.
  return fontkit as unknown as Fontkit;
}

export function openFont(bytes: Uint8Array): AdaptedFont {
  return adaptFont(create(bytes));
}

import bidiFactory from 'bidi-js';
import { scriptOf } from '@/lib/text/scripts';
import type { FontId } from './fonts';

/** A stretch of text at one bidi level, drawn with one font. */
export interface TextRun {
  /** In logical order: what a reader should extract. */
  text: string;
  /** What to shape: `text`, except for right-to-left runs without RTL letters, reversed and mirrored. */
  shapeText: string;
  level: number;
  font: FontId;
}

export type HasGlyph = (font: FontId, codePoint: number) => boolean;

export class UnprintableNameError extends Error {
  constructor(readonly characters: string[]) {
    super(`These characters cannot be printed: ${characters.join(' ')}`);
    this.name = 'UnprintableNameError';
  }
}

let bidi: ReturnType<typeof bidiFactory> | undefined;

const RTL_LETTER = /[\p{sc=Arabic}\p{sc=Hebrew}]/u;

/**
 * Splits a line into runs by bidi level (Unicode Bidirectional Algorithm, paragraph direction from its
 * first strong character) and by font (a character's script; characters of no script go with their
 * neighbour when that font has the glyph, else with the Latin font), then puts the runs in visual order by
 * rule L2. Each run is later shaped by fontkit, which lays out an Arabic or Hebrew run right to left itself.
 */
export function textRuns(line: string, hasGlyph: HasGlyph): TextRun[] {
  bidi ??= bidiFactory();
  const text = line.normalize('NFC');
  const { levels } = bidi.getEmbeddingLevels(text);
  const chars: { char: string; level: number; font: FontId | null }[] = [];
  let index = 0;
  for (const char of text) {
    const font = scriptOf(char);
    if (font === 'unsupported') throw new UnprintableNameError([char]);
    chars.push({ char, level: levels[index]!, font });
    index += char.length;
  }

  // Characters of no script take a neighbour's font at the same level (the one before, else after).
  const resolved = chars.map((c, i) => {
    if (c.font) return c.font;
    const near = (from: number, step: number) => {
      for (let j = from; j >= 0 && j < chars.length; j += step) {
        if (chars[j]!.level === c.level && chars[j]!.font) return chars[j]!.font!;
      }
      return null;
    };
    return near(i - 1, -1) ?? near(i + 1, 1) ?? 'latin';
  });
  const missing: string[] = [];
  const fonts = chars.map((c, i) => {
    const codePoint = c.char.codePointAt(0)!;
    const wanted = resolved[i]!;
    if (hasGlyph(wanted, codePoint)) return wanted;
    if (hasGlyph('latin', codePoint)) return 'latin';
    missing.push(c.char);
    return wanted;
  });
  if (missing.length > 0) throw new UnprintableNameError([...new Set(missing)]);

  const runs: TextRun[] = [];
  chars.forEach((c, i) => {
    const last = runs.at(-1);
    if (last && last.level === c.level && last.font === fonts[i]) last.text += c.char;
    else runs.push({ text: c.char, shapeText: '', level: c.level, font: fonts[i]! });
  });
  for (const run of runs) {
    run.shapeText =
      run.level % 2 === 1 && !RTL_LETTER.test(run.text)
        ? [...run.text]
            .reverse()
            .map((char) => bidi!.getMirroredCharacter(char) ?? char)
            .join('')
        : run.text;
  }
  return reorder(runs);
}

/** Rule L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above. */
function reorder(runs: TextRun[]): TextRun[] {
  const order = [...runs];
  const levels = order.map((r) => r.level);
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1));
  if (!Number.isFinite(lowestOdd)) return order;
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < order.length) {
      if (order[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && order[j]!.level >= level) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j;
    }
  }
  return order;
}

import { describe, expect, it } from 'vitest';
import { textRuns, UnprintableNameError } from './text-runs';

const everyGlyph = () => true;
const summary = (line: string) => textRuns(line, everyGlyph).map((r) => [r.text, r.font, r.level]);

describe('textRuns', () => {
  it('keeps a Latin name in one run', () => {
    expect(summary('José Ñúñez')).toEqual([['José Ñúñez', 'latin', 0]]);
  });

  it('splits a mixed Latin and Chinese name by font, spaces going with the letters before them', () => {
    expect(summary('José Ñúñez 王小明')).toEqual([
      ['José Ñúñez ', 'latin', 0],
      ['王小明', 'cjk', 0],
    ]);
  });

  it('puts an Arabic surname inside a Latin name in its place, in its own font', () => {
    expect(summary('Dr. Amira حداد-Smith')).toEqual([
      ['Dr. Amira ', 'latin', 0],
      ['حداد', 'arabic', 1],
      ['-Smith', 'latin', 0],
    ]);
  });

  it('orders a right-to-left name with a Latin part visually: the Latin part on the left', () => {
    expect(summary('محمد Smith')).toEqual([
      ['Smith', 'latin', 2],
      ['محمد ', 'arabic', 1],
    ]);
  });

  it('keeps a Hebrew name with brackets in one right-to-left run', () => {
    const runs = textRuns('שרה (כהן)', everyGlyph);
    expect(runs.map((r) => r.font)).toEqual(['hebrew']);
    expect(runs[0]!.shapeText).toBe('שרה (כהן)');
  });

  it('falls back to the Latin font for punctuation another font lacks', () => {
    const noCjkPunctuation = (font: string, codePoint: number) => !(font === 'cjk' && codePoint === 0x2e);
    expect(textRuns('王.小明', noCjkPunctuation).map((r) => [r.text, r.font])).toEqual([
      ['王', 'cjk'],
      ['.', 'latin'],
      ['小明', 'cjk'],
    ]);
  });

  it('names the characters no font can print', () => {
    expect(() => textRuns('สมชาย', everyGlyph)).toThrow(UnprintableNameError);
    expect(() => textRuns('Ana ☃', (font, cp) => cp !== 0x2603)).toThrow('cannot be printed: ☃');
  });
});

import {
  PDFArray,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames as Ops,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import type { AdaptedFont } from './fontkit-adapter';
import type { FontId } from './fonts';
import { textRuns } from './text-runs';

export interface LoadedFont {
  id: FontId;
  pdf: PDFFont;
  kit: AdaptedFont;
}

/** One run laid out by fontkit: glyph codes from pdf-lib (so it subsets them) and fontkit's positions. */
interface ShapedRun {
  font: LoadedFont;
  text: string;
  codes: string[];
  /** In thousandths of the font size. */
  xAdvance: number[];
  xOffset: number[];
  yOffset: number[];
  /** Each glyph's width as pdf-lib writes it into the font's /W array. */
  width: number[];
  total: number;
}

export interface ShapedLine {
  runs: ShapedRun[];
  /** Width at size 1, in points. */
  unitWidth: number;
}

export type Fonts = Readonly<Partial<Record<FontId, LoadedFont>>>;

/** Lays a line out: bidi runs in visual order, each shaped by fontkit with GPOS positions kept. */
export function shapeLine(line: string, fonts: Fonts, only?: FontId): ShapedLine {
  const runs = only
    ? [{ text: line, shapeText: line, level: 0, font: only }]
    : textRuns(line, (id, codePoint) => fonts[id]?.kit.hasGlyphForCodePoint(codePoint) ?? false);
  const shaped = runs.map((run): ShapedRun => {
    const font = fonts[run.font];
    if (!font) throw new Error(`The ${run.font} font is not loaded.`);
    const scale = 1000 / font.kit.unitsPerEm;
    // The same call pdf-lib makes inside encodeText, on the same font object: the same glyphs.
    const layout = font.kit.layout(run.shapeText);
    const hex = font.pdf.encodeText(run.shapeText).asString();
    const codes = hex.match(/.{4}/g) ?? [];
    if (codes.length !== layout.glyphs.length) throw new Error('Glyph layouts disagree.');
    const xAdvance = layout.positions.map((p) => p.xAdvance * scale);
    return {
      font,
      text: run.text,
      codes,
      xAdvance,
      xOffset: layout.positions.map((p) => p.xOffset * scale),
      yOffset: layout.positions.map((p) => p.yOffset * scale),
      width: layout.glyphs.map((g) => g.advanceWidth * scale),
      total: xAdvance.reduce((a, b) => a + b, 0),
    };
  });
  return { runs: shaped, unitWidth: shaped.reduce((sum, r) => sum + r.total, 0) / 1000 };
}

/** The largest size up to `size` at which the line fits `maxWidth` points. */
export function fitSize(line: ShapedLine, size: number, maxWidth: number): number {
  return line.unitWidth * size <= maxWidth ? size : maxWidth / line.unitWidth;
}

type OperatorArg = NonNullable<Parameters<typeof PDFOperator.of>[1]>[number];
const op = (name: Ops, ...args: OperatorArg[]) => PDFOperator.of(name, args);
const num = (n: number) => PDFNumber.of(Math.round(n * 1000) / 1000);

/**
 * Draws a shaped line with its left end at (x, y). Each run is a TJ array whose adjustments place every
 * glyph where fontkit put it (kerning, marks); vertical offsets use text rise. Devanagari runs are wrapped
 * in an ActualText span so that text extraction returns the logical order, not the visual one.
 */
export function drawShapedLine(
  doc: PDFDocument,
  page: PDFPage,
  line: ShapedLine,
  options: { x: number; y: number; size: number; color: RGB },
): void {
  const { size, color } = options;
  const ops: PDFOperator[] = [
    op(Ops.BeginText),
    op(Ops.NonStrokingColorRgb, num(color.red), num(color.green), num(color.blue)),
  ];
  let x = options.x;
  for (const run of line.runs) {
    const key = page.node.newFontDictionary(run.font.pdf.name, run.font.pdf.ref);
    ops.push(op(Ops.SetFontAndSize, key, num(size)));
    ops.push(op(Ops.SetTextMatrix, num(1), num(0), num(0), num(1), num(x), num(options.y)));
    const actual = run.font.id === 'devanagari';
    if (actual) {
      const properties = doc.context.obj({ ActualText: PDFHexString.fromText(run.text) });
      // An inline dictionary operand: pdf-lib writes it as `<< … >>`, its type just does not list it.
      ops.push(op(Ops.BeginMarkedContentSequence, PDFName.of('Span'), properties as unknown as OperatorArg));
    }
    let rise = 0;
    let array = PDFArray.withContext(doc.context);
    let pending = 0;
    const flush = () => {
      if (pending !== 0) array.push(num(pending));
      pending = 0;
      if (array.size() > 0) ops.push(op(Ops.ShowTextAdjusted, array));
      array = PDFArray.withContext(doc.context);
    };
    run.codes.forEach((code, i) => {
      const wantedRise = (run.yOffset[i]! * size) / 1000;
      if (Math.abs(wantedRise - rise) > 0.001) {
        flush();
        ops.push(op(Ops.SetTextRise, num(wantedRise)));
        rise = wantedRise;
      }
      pending -= run.xOffset[i]!;
      if (Math.abs(pending) > 0.01) array.push(num(pending));
      pending = 0;
      array.push(PDFHexString.of(code));
      pending = -(run.xAdvance[i]! - run.width[i]! - run.xOffset[i]!);
    });
    pending = 0; // The next run starts at its own text matrix.
    flush();
    if (rise !== 0) ops.push(op(Ops.SetTextRise, num(0)));
    if (actual) ops.push(op(Ops.EndMarkedContent));
    x += (run.total * size) / 1000;
  }
  ops.push(op(Ops.EndText));
  page.pushOperators(...ops);
}

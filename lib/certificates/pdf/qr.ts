import qrcode from 'qrcode-generator';

export interface QrMatrix {
  size: number;
  isDark(row: number, column: number): boolean;
}

/**
 * A QR code of a URL, at error correction M (15% of the code can be lost or smudged and it still reads),
 * the smallest version that fits.
 */
export function qrMatrix(text: string): QrMatrix {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  return { size: qr.getModuleCount(), isDark: (row, column) => qr.isDark(row, column) };
}

/** Rectangles of dark modules, merged along each row: [column, row, width] in modules. */
export function qrRectangles(matrix: QrMatrix): [number, number, number][] {
  const rects: [number, number, number][] = [];
  for (let row = 0; row < matrix.size; row++) {
    let start = -1;
    for (let column = 0; column <= matrix.size; column++) {
      const dark = column < matrix.size && matrix.isDark(row, column);
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        rects.push([start, row, column - start]);
        start = -1;
      }
    }
  }
  return rects;
}

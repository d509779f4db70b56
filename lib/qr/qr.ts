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

/**
 * The QR code as a standalone SVG document: black modules on white with the standard four-module quiet
 * zone, `scale` pixels a module, so it prints and scans the same in light and dark pages.
 */
export function qrSvg(text: string, scale = 8): string {
  const matrix = qrMatrix(text);
  const side = (matrix.size + 8) * scale;
  const path = qrRectangles(matrix)
    .map(([x, y, width]) => `M${x + 4} ${y + 4}h${width}v1h-${width}z`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}" viewBox="0 0 ${matrix.size + 8} ${matrix.size + 8}" shape-rendering="crispEdges">` +
    `<rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}

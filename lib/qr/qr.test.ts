import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr';

/** Paints an SVG made by qrSvg (one path of 1-module-high rectangles) into RGBA pixels, `px` a module. */
function rasterize(svg: string, px = 4) {
  const modules = Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
  const side = modules * px;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * px; row < (Number(y) + 1) * px; row++) {
      for (let col = Number(x) * px; col < (Number(x) + Number(w)) * px; col++) {
        data.fill(0, (row * side + col) * 4, (row * side + col) * 4 + 3);
      }
    }
  }
  return { data, side };
}

describe('qrSvg', () => {
  it('draws a code that a QR reader decodes back to the link', () => {
    const link = `https://learn.example.org/start?a=${'x'.repeat(40)}.${'y'.repeat(300)}.${'z'.repeat(86)}`;
    const { data, side } = rasterize(qrSvg(link));
    expect(jsQR(data, side, side)?.data).toBe(link);
  });

  it('is a standalone SVG on white, whatever the page’s colours', () => {
    const svg = qrSvg('https://learn.example.org/');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('fill="#fff"');
  });
});

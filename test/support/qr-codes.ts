/**
 * Reading the poster's QR codes back the way a phone would: the served SVG drawn into a PNG (or a browser
 * screenshot), then decoded by jsqr, a decoder independent of the library that encoded it.
 */
import jsqr from 'jsqr';
import { PNG } from 'pngjs';

/** Every QR code SVG of a page, in page order. */
export function qrSvgsOf(html: string): string[] {
  return html.match(/<svg class="qr"[\s\S]*?<\/svg>/g) ?? [];
}

/**
 * Draws one of our QR SVGs as a PNG, `scale` pixels a module. It reads only the shape our renderer
 * writes (a square viewBox and one path of `M x y h w v1 h-w z` runs): anything else draws nothing and
 * decodes to nothing.
 */
export function rasterizeQrSvg(svg: string, scale = 8): Buffer {
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1] ?? 0);
  const path = /<path fill="#000" d="([^"]*)"/.exec(svg)?.[1] ?? '';
  const png = new PNG({ width: side * scale, height: side * scale });
  png.data.fill(255);
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(width)) * scale; px++) {
        const at = (py * png.width + px) * 4;
        png.data.fill(0, at, at + 3);
      }
    }
  }
  return PNG.sync.write(png);
}

/** The text of the QR code in a PNG, or undefined when no code can be read. */
export function decodeQrPng(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  // jsqr is CommonJS with a `default` export: under Node's ESM interop the function sits on `.default`.
  return jsqr.default(pixels, image.width, image.height)?.data;
}

/**
 * The home-screen icon of the one-press page: a plain ring and dot on blue that says nothing about what
 * the service is for (someone else may look at the phone). Drawn once per process as a 512 × 512 PNG
 * that is also safe to mask: the figure stays inside the central 80 % circle Android keeps.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 512;
const BACKGROUND = [0x0b, 0x4f, 0xb3] as const;
const FOREGROUND = [0xff, 0xff, 0xff] as const;
const RING_OUTER = 150;
const RING_INNER = 112;
const DOT = 56;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

const clamp01 = (value: number) => (value < 0 ? 0 : value > 1 ? 1 : value);

/** How much of a pixel at distance `d` from the centre the figure covers (anti-aliased edges). */
function coverage(d: number): number {
  const ring = clamp01(RING_OUTER - d + 0.5) - clamp01(RING_INNER - d + 0.5);
  const dot = clamp01(DOT - d + 0.5);
  return ring > dot ? ring : dot;
}

function drawIcon(): Buffer {
  const stride = 1 + SIZE * 3;
  // Every scanline starts with its filter type (0: none), then RGB triples of the background.
  const row = Buffer.alloc(stride);
  for (let x = 0; x < SIZE; x++) row.set(BACKGROUND, 1 + x * 3);
  const pixels = Buffer.alloc(stride * SIZE);
  for (let y = 0; y < SIZE; y++) row.copy(pixels, y * stride);
  // Only the square around the figure needs drawing.
  const centre = (SIZE - 1) / 2;
  const from = Math.floor(centre - RING_OUTER - 1);
  const to = Math.ceil(centre + RING_OUTER + 1);
  for (let y = from; y <= to; y++) {
    for (let x = from; x <= to; x++) {
      const a = coverage(Math.sqrt((x - centre) ** 2 + (y - centre) ** 2));
      if (a === 0) continue;
      const at = y * stride + 1 + x * 3;
      BACKGROUND.forEach((background, c) => {
        pixels[at + c] = Math.round(background + (FOREGROUND[c] ?? background) * a - background * a);
      });
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let icon: Buffer | undefined;

/** The icon's PNG bytes (512 × 512), drawn on first use. */
export function appIconPng(): Buffer {
  icon ??= drawIcon();
  return icon;
}

/** The icon's edge in pixels, as the manifest declares it. */
export const APP_ICON_SIZE = SIZE;

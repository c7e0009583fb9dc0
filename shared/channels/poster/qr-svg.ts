/**
 * A QR code as inline SVG, drawn on our own server from the `qrcode` library's module matrix: no image
 * service sees the regency's links, and the page loads nothing (its CSP allows no images at all).
 */
import { create } from 'qrcode/lib/core/qrcode.js';
import { escapeHtml } from '../web/page-layout.js';

/** The white border scanners need around the code, in modules (the standard's minimum). */
export const QR_QUIET_ZONE = 4;

/**
 * `M` recovers from 15 % damage: enough for a folded, rained-on pamphlet while the codes stay small
 * enough to print at 4 cm and scan from an arm's length.
 */
const ERROR_CORRECTION = 'M';

/**
 * The dark modules as one path, a rectangle per horizontal run (a few hundred bytes per code). `label` is
 * what a screen reader says for the image.
 */
export function renderQrSvg(text: string, label: string): string {
  const { modules } = create(text, { errorCorrectionLevel: ERROR_CORRECTION });
  const runs: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      runs.push(`M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  const side = modules.size + 2 * QR_QUIET_ZONE;
  return (
    `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${escapeHtml(label)}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${runs.join('')}"/></svg>`
  );
}

/**
 * Types for the `qrcode` library's encoder alone (`lib/core/qrcode.js`, pinned with the package): the
 * package's main entry also loads its PNG, terminal and UTF-8 renderers and pngjs (+38 KB in the
 * web-report bundle), none of which the poster uses.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';

  export function create(text: string, options?: QRCodeOptions): QRCode;
}


import { describe, expect, it } from 'vitest';
import { useRuntimeAndBrowser } from '../support/browser.js';
import { decodeQrPng } from '../support/qr-codes.js';

const local = useRuntimeAndBrowser();

/** A4 in PostScript points (1/72 inch): 210 × 297 mm. */
const A4 = { width: 595.28, height: 841.89 };

/** Each page's MediaBox of an uncompressed-object PDF such as chromium writes. */
function mediaBoxes(pdf: Buffer): number[][] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Type\s*\/Page\b[\s\S]*?\/MediaBox\s*\[([^\]]+)\]/g)].map((m) => (m[1] ?? '').trim().split(/\s+/).map(Number));
}

describe('the outreach poster in a real local.browser', () => {
  it.each(['blora', 'purwakarta', 'mesuji'])('prints the %s poster to a one-page A4 PDF', async (tenant) => {
    // Prepare
    const page = await local.browser.newPage();
    await page.goto(`${local.runtime.url}/${tenant}/poster`);

    // Act
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });

    // Assess
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    const boxes = mediaBoxes(pdf);
    expect(boxes).toHaveLength(1);
    const [x0, y0, x1, y1] = boxes[0] ?? [];
    expect([x0, y0]).toEqual([0, 0]);
    expect(x1).toBeCloseTo(A4.width, -0.5);
    expect(y1).toBeCloseTo(A4.height, -0.5);
    await page.close();
  });

  it('shows QR codes that a phone camera reads as the WhatsApp chat and the form, side by side as styled, with no CSP violation', async () => {
    // Prepare
    const context = await local.browser.newContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    // Act
    await page.goto(`${local.runtime.url}/blora/poster`);
    const codes = await Promise.all(
      (await page.locator('svg.qr').all()).map(async (qr) => decodeQrPng(await qr.screenshot())),
    );

    // Assess
    expect(codes).toEqual(['https://wa.me/62895391404000?text=Halo', `${local.runtime.url}/blora/lapor`]);
    const [whatsApp, form] = await Promise.all([page.getByTestId('whatsapp').boundingBox(), page.getByTestId('form').boundingBox()]);
    expect(form?.y).toBe(whatsApp?.y);
    expect(form?.x).toBeGreaterThan((whatsApp?.x ?? 0) + (whatsApp?.width ?? 0));
    expect(violations).toEqual([]);
    await context.close();
  });
});

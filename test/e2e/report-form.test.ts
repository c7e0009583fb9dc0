import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useRuntimeAndBrowser } from '../support/browser.js';
import { PHONE_VIEWPORT } from '../support/axe.js';

const local = useRuntimeAndBrowser();

/** Fills the form as a reporter would and sends it; `danger` answers the first question "Ya". */
async function sendReport(page: Page, tenant: string, options: { danger?: boolean } = {}): Promise<void> {
  await page.goto(`${local.runtime.url}/${tenant}/lapor`);
  if (options.danger) await page.getByLabel(/Ya, ada yang dalam bahaya/).check();
  else await page.getByLabel(/Pengaduan kekerasan/).check();
  await page.getByLabel(/Apa yang terjadi/).fill('Anak tetangga umur 7 tahun sering dipukul ayahnya sampai memar.');
  await page.locator('select[name="kecamatan"]').selectOption({ index: 1 });
  await page.locator('input[name="consent"]').check();
  await page.locator(`form[action="/${tenant}/lapor"] [type="submit"]`).click();
  await page.getByTestId('reference').waitFor();
}

/** Whether an element lies wholly inside the phone's screen as it is scrolled now. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= PHONE_VIEWPORT.height && box.x + box.width <= PHONE_VIEWPORT.width;
}

async function scrollToBottom(page: Page): Promise<void> {
  await page.keyboard.press('End');
  await page.evaluate(() => (globalThis as any).scrollTo(0, (globalThis as any).document.body.scrollHeight));
}

describe('the report form in a real local.browser', () => {
  it('shows a reference and tracking code when a reporter fills it in on a small phone without JavaScript', async () => {
    // Prepare
    const context = await local.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
    const page = await context.newPage();

    // Act
    await sendReport(page, 'blora');

    // Assess
    await expect.poll(() => page.locator('[data-testid="reference"]').textContent()).toMatch(/BLR-\d{4}-\d{5}/);
    expect(await page.locator('[data-testid="tracking-code"]').textContent()).toMatch(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('leaves for a neutral site when the quick exit is used', async () => {
    // Prepare
    const context = await local.browser.newContext();
    const page = await context.newPage();
    await page.route('https://www.google.com/**', (route) => route.fulfill({ status: 200, body: 'neutral' }));
    await page.goto(`${local.runtime.url}/purwakarta/lapor`);

    // Act
    await page.getByRole('link', { name: /Keluar cepat/ }).click();

    // Assess
    await expect.poll(() => page.url()).toContain('google.com');
    await context.close();
  });

  it('leaves for a neutral site when Esc is pressed after scrolling down the form', async () => {
    // Prepare
    const context = await local.browser.newContext({ viewport: PHONE_VIEWPORT });
    const page = await context.newPage();
    await page.route('https://www.google.com/**', (route) => route.fulfill({ status: 200, body: 'neutral' }));
    await page.goto(`${local.runtime.url}/mesuji/lapor`);
    await scrollToBottom(page);

    // Act
    await page.keyboard.press('Escape');

    // Assess
    await expect.poll(() => page.url()).toContain('google.com');
    await context.close();
  });
});

describe('the quick exit on a 360 × 740 phone', () => {
  it.each([
    ['with', true],
    ['without', false],
  ])('stays on screen at the bottom of the form and of the confirmation %s JavaScript', async (_with, javaScriptEnabled) => {
    // Prepare
    const context = await local.browser.newContext({ viewport: PHONE_VIEWPORT, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${local.runtime.url}/blora/lapor`);
    const formHeight = await page.evaluate(() => (globalThis as any).document.body.scrollHeight as number);

    // Act
    await scrollToBottom(page);
    const onFormBottom = await inViewport(page, '#quick-exit');
    await sendReport(page, 'blora');
    await scrollToBottom(page);
    const confirmationScrolled = await page.evaluate(() => (globalThis as any).scrollY as number);
    const onConfirmationBottom = await inViewport(page, '#quick-exit');

    // Assess
    expect(formHeight).toBeGreaterThan(4 * PHONE_VIEWPORT.height);
    expect(onFormBottom).toBe(true);
    expect(confirmationScrolled).toBeGreaterThan(100);
    expect(onConfirmationBottom).toBe(true);
    await context.close();
  });

  const OTHER_PAGES: Record<string, (page: Page) => Promise<unknown>> = {
    'the status form': (page) => page.goto(`${local.runtime.url}/blora/status`),
    'the one-press page': (page) => page.goto(`${local.runtime.url}/blora/darurat`),
    'an error (a status check that does not match)': async (page) => {
      await page.goto(`${local.runtime.url}/blora/status`);
      await page.getByLabel('Nomor laporan').fill('BLR-2026-09999');
      await page.getByLabel('Kode pelacakan').fill('AAAA-BBBB-CCCC');
      await page.getByRole('button', { name: 'Cek status' }).click();
      await page.locator('.error-summary').waitFor();
    },
  };

  it.each(Object.entries(OTHER_PAGES))('stays on screen at the bottom of %s', async (_name, open) => {
    // Prepare
    const context = await local.browser.newContext({ viewport: PHONE_VIEWPORT, javaScriptEnabled: false });
    const page = await context.newPage();
    await open(page);

    // Act
    await scrollToBottom(page);

    // Assess
    // Scrolled further than the header is tall: without `position: sticky` it would be off screen.
    expect(await page.evaluate(() => (globalThis as any).scrollY as number)).toBeGreaterThan(100);
    expect(await inViewport(page, '#quick-exit')).toBe(true);
    await context.close();
  });
});

describe('the emergency confirmation on a 360 × 740 phone', () => {
  it('shows the call to 112 above the fold and alerts the on-call team with DARURAT when danger was answered "Ya"', async () => {
    // Prepare
    const context = await local.browser.newContext({ viewport: PHONE_VIEWPORT, javaScriptEnabled: false });
    const page = await context.newPage();

    // Act
    await sendReport(page, 'purwakarta', { danger: true });

    // Assess
    expect(await inViewport(page, '[data-testid="call-112"]')).toBe(true);
    expect(await page.locator('[data-testid="call-112"]').getAttribute('href')).toBe('tel:112');
    expect(await page.locator('main a').first().getAttribute('href')).toBe('tel:112');
    const reference = (await page.getByTestId('reference').textContent()) ?? '';
    const outbox = (await (await fetch(`${local.runtime.url}/_local/outbox`)).json()) as { alerts: { sms: string; urgency: string }[] };
    expect(outbox.alerts.filter((a) => a.sms.includes(reference)).map((a) => a.urgency)).toEqual(['DARURAT']);
    await context.close();
  });
});

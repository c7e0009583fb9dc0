import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { casesWithReference, smsAbout, storedCase } from '../support/alert-observations.js';
import { PHONE_VIEWPORT } from '../support/axe.js';
import { useRuntimeAndBrowser } from '../support/browser.js';

const local = useRuntimeAndBrowser();

/** A frightened reporter's phone: small screen, in Indonesian. */
const phone = (browser: Browser, options: BrowserContextOptions = {}) => browser.newContext({ viewport: PHONE_VIEWPORT, ...options });

async function inViewport(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).first().boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE_VIEWPORT.height;
}

/** What the pressed page filed: the one case, its SMS and its sealed details. */
async function filedCase(page: Page) {
  const reference = (await page.getByTestId('reference').textContent()) ?? '';
  const stored = await storedCase(local.runtime, reference);
  const details = await local.runtime.deps.vault.open<{ locationDetail?: string; immediateDanger: string }>(
    { tenant: stored.tenantId, caseId: stored.caseId, purpose: 'details' },
    stored.details,
  );
  return { reference, stored, details, sms: await smsAbout(local.runtime, reference), cases: await casesWithReference(local.runtime, reference) };
}

const purwakartaCases = async () =>
  (await local.runtime.scanAll()).filter((item) => item.type === 'Case' && item.tenantId === 'purwakarta').length;

describe('the one-press page in a real browser on a 360 × 740 phone', () => {
  it('shows the button and 112 without scrolling, then files a DARURAT case without JavaScript', async () => {
    // Prepare
    const context = await phone(local.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${local.runtime.url}/blora/darurat`);
    const beforePressing = { button: await inViewport(page, 'press'), call112: await inViewport(page, 'call-112') };

    // Act
    await page.getByTestId('press').click();
    await page.getByTestId('reference').waitFor();

    // Assess
    expect(beforePressing).toEqual({ button: true, call112: true });
    expect(await inViewport(page, 'call-112')).toBe(true);
    expect(await page.locator('#locate-box').isVisible()).toBe(false);
    const filed = await filedCase(page);
    expect(filed.stored).toMatchObject({ urgency: 'DARURAT', anonymous: true, channel: 'web' });
    expect(filed.details.immediateDanger).toBe('ya');
    expect(filed.sms.map((s) => [s.event, s.urgency])).toEqual([['received', 'DARURAT']]);
    await context.close();
  });

  it('sends the phone location the reporter allowed, and stores nothing on the phone, with JavaScript', async () => {
    // Prepare
    const context = await phone(local.browser, { geolocation: { latitude: -6.9701, longitude: 111.4183, accuracy: 20 }, permissions: ['geolocation'] });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${local.runtime.url}/blora/darurat`);
    await page.getByRole('button', { name: 'Bagikan lokasi saya' }).click();
    await expect.poll(() => page.locator('#locate-status').textContent()).toContain('±20 m');

    // Act
    await page.getByTestId('press').click();
    await page.getByTestId('reference').waitFor();

    // Assess
    const filed = await filedCase(page);
    expect(filed.stored.urgency).toBe('DARURAT');
    expect(filed.details.locationDetail).toBe('Lokasi dari ponsel pelapor: -6.970100, 111.418300 (±20 m)');
    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(async () => {
      const w = globalThis as any;
      return { local: w.localStorage.length, session: w.sessionStorage.length, workers: (await w.navigator.serviceWorker.getRegistrations()).length };
    });
    expect(stored).toEqual({ local: 0, session: 0, workers: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['with', true],
    ['without', false],
  ])('files once when the button is pressed twice in a hurry %s JavaScript', async (_with, javaScriptEnabled) => {
    // Prepare
    const context = await phone(local.browser, { javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${local.runtime.url}/purwakarta/darurat`);
    const before = await purwakartaCases();

    // Act
    await page.getByTestId('press').dblclick();
    await page.getByTestId('reference').waitFor();

    // Assess
    const filed = await filedCase(page);
    expect(await purwakartaCases()).toBe(before + 1);
    expect(filed.cases).toHaveLength(1);
    expect(filed.sms).toHaveLength(1);
    await context.close();
  });

  it('keeps a typed number for a call back when the reporter adds one before pressing', async () => {
    // Prepare
    const context = await phone(local.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${local.runtime.url}/mesuji/darurat?lang=en`);
    await page.getByLabel('A mobile number staff may call').fill('0812 7000 1234');
    await page.getByLabel(/The district/).selectOption('Way Serdang');

    // Act
    await page.getByTestId('press-again').click();
    await page.getByTestId('reference').waitFor();

    // Assess
    const filed = await filedCase(page);
    expect(filed.stored).toMatchObject({ urgency: 'DARURAT', anonymous: false, kecamatan: 'Way Serdang' });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });
});

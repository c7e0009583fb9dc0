import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ABUSE_LIMITS } from '#shared/abuse/limits.js';
import { axeContext, axeViolations } from '../support/axe.js';
import { useRuntimeAndBrowser } from '../support/browser.js';

// Three presses an hour per network and regency: the flood page is reached in a few requests.
const local = useRuntimeAndBrowser({
  abuseLimits: { ...DEFAULT_ABUSE_LIMITS, webIntakePerAddress: { limit: 3, windowSeconds: 3600 } },
});

/** Fills the report form as a reporter would and sends it; `danger` answers the first question "Ya". */
async function sendReport(page: Page, tenant: string, danger: boolean): Promise<void> {
  await page.goto(`${local.runtime.url}/${tenant}/lapor`);
  if (danger) await page.getByLabel(/Ya, ada yang dalam bahaya/).check();
  await page.getByLabel(/Apa yang terjadi/).fill('Anak tetangga umur 7 tahun sering dipukul ayahnya sampai memar.');
  await page.locator('input[name="consent"]').check();
  await page.locator(`form[action="/${tenant}/lapor"] [type="submit"]`).click();
  await page.getByTestId('reference').waitFor();
}

/** Every reporter page, reached the way a reporter reaches it. */
const VISITS: Record<string, (page: Page) => Promise<void>> = {
  'the form in Indonesian': async (page) => {
    await page.goto(`${local.runtime.url}/blora/lapor`);
  },
  'the form in English': async (page) => {
    await page.goto(`${local.runtime.url}/blora/lapor?lang=en`);
  },
  'the form with errors': async (page) => {
    await page.goto(`${local.runtime.url}/blora/lapor`);
    await page.evaluate(() => {
      for (const field of (globalThis as any).document.querySelectorAll('[required]')) field.removeAttribute('required');
    });
    await page.locator('form[action="/blora/lapor"] [type="submit"]').click();
    await page.locator('.error-summary').waitFor();
  },
  'the confirmation': (page) => sendReport(page, 'blora', false),
  'the emergency confirmation': (page) => sendReport(page, 'blora', true),
  'the status form': async (page) => {
    await page.goto(`${local.runtime.url}/blora/status?lang=en`);
  },
  'the status result': async (page) => {
    await sendReport(page, 'purwakarta', false);
    const reference = (await page.getByTestId('reference').textContent()) ?? '';
    const code = (await page.getByTestId('tracking-code').textContent()) ?? '';
    await page.goto(`${local.runtime.url}/purwakarta/status`);
    await page.getByLabel('Nomor laporan').fill(reference);
    await page.getByLabel('Kode pelacakan').fill(code);
    await page.getByRole('button', { name: 'Cek status' }).click();
    await page.getByTestId('status').waitFor();
  },
  'an error page': async (page) => {
    await page.goto(`${local.runtime.url}/atlantis/lapor`);
  },
  'the one-press page': async (page) => {
    await page.goto(`${local.runtime.url}/purwakarta/darurat`);
  },
  'the one-press page after pressing': async (page) => {
    await page.goto(`${local.runtime.url}/purwakarta/darurat?lang=en`);
    await page.getByTestId('press').click();
    await page.getByTestId('reference').waitFor();
  },
  'the one-press page refused for a flood (429)': async (page) => {
    for (let sent = 0; sent < 3; sent++) await page.request.post(`${local.runtime.url}/mesuji/darurat`, { form: { submissionId: `flood-${sent}` } });
    await page.goto(`${local.runtime.url}/mesuji/darurat`);
    await page.getByTestId('press').click();
    await page.locator('#refusal-title').waitFor();
  },
};

describe('reporter pages under axe-core (WCAG 2.1 A and AA) on a 360 px phone', () => {
  it.each(Object.entries(VISITS))('finds no violation on %s', async (_name, visit) => {
    // Prepare
    const context = await axeContext(local.browser);
    const page = await context.newPage();
    await visit(page);
    // The safety note's content counts too, not only its summary.
    await page.evaluate(() => {
      for (const details of (globalThis as any).document.querySelectorAll('details')) details.open = true;
    });

    // Act
    const violations = await axeViolations(page);

    // Assess
    expect(violations).toEqual([]);
    await context.close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startTestRuntime, type TestRuntime } from '../support/local-runtime.js';

let runtime: TestRuntime;
let browser: Browser;
beforeAll(async () => {
  runtime = await startTestRuntime();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

/** Script errors, CSP and Trusted Types violations show up as console errors. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

async function signIn(page: Page, who: RegExp) {
  await page.goto(`${runtime.url}/staff`);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('button', { name: who }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kasus');
}

describe('entering a walk-in report in the staff console', () => {
  it('gives the desk officer a reference and tracking code and records them on the case', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const problems = watch(page);
    await signIn(page, /Petugas jaga Blora/);

    // Act
    await page.getByRole('link', { name: 'Laporan datang langsung' }).click();
    await page.getByLabel('Siapa pelapor?').selectOption('family');
    await page.getByLabel(/Apa yang terjadi/).fill('Ibu datang melapor: anaknya umur 10 tahun sering dipukul ayah tirinya.');
    await page.getByLabel('Kecamatan').selectOption('Cepu');
    await page.getByLabel('Nomor HP pelapor').fill('0813 5555 1212');
    await page.getByLabel(/Pelapor setuju/).check();
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Laporan tersimpan');
    const reference = String(await page.getByTestId('walk-in-reference').textContent());
    const trackingCode = await page.getByTestId('walk-in-tracking-code').textContent();
    await page.getByRole('link', { name: 'Buka kasus' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(reference);
    const timeline = await page.locator('ol.timeline').textContent();

    // Assess
    expect(reference).toMatch(/^BLR-\d{4}-\d{5}$/);
    expect(trackingCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(timeline).toContain('Laporan diterima lewat datang langsung, dicatat oleh Petugas jaga Blora. Pelapor: Keluarga korban.');
    const stored = (await runtime.scanAll()).find((item) => item.type === 'Case' && item.reference === reference);
    expect(stored).toMatchObject({ channel: 'walk-in', reporterRole: 'family', kecamatan: 'Cepu', anonymous: false });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers no walk-in form where the regency takes no walk-ins', async () => {
    // Prepare
    const page = await browser.newPage();

    // Act
    await signIn(page, /Petugas jaga Mesuji/);

    // Assess
    expect(await page.getByRole('link', { name: 'Kasus' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Laporan datang langsung' }).count()).toBe(0);
    await page.close();
  });
});

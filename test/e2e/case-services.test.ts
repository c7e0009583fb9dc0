import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startTestRuntime, type TestRuntime } from '../support/local-runtime.js';
import { namedReportJson } from '../support/report-fixtures.js';
import { signInToConsole, watchConsolePage } from '../support/staff/console-browser.js';
import { reportCase, staffClient } from '../support/staff/staff-client.js';

let runtime: TestRuntime;
let browser: Browser;
let reference: string;
let signedIn: { page: Page; problems: string[] } | undefined;
beforeAll(async () => {
  runtime = await startTestRuntime();
  browser = await launchChromium();
  reference = (await reportCase(runtime, 'blora', namedReportJson({ category: 'kekerasan_seksual' }))).reference;
});

/** One responder signed in on a phone for the whole file (signing in again would only cost CI time), at the case list. */
async function responderAtCaseList(): Promise<{ page: Page; problems: string[] }> {
  if (!signedIn) {
    const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    signedIn = { page, problems: watchConsolePage(page, runtime.url) };
    await signInToConsole(page, runtime.url, /Petugas jaga Blora/);
    return signedIn;
  }
  await signedIn.page.getByRole('link', { name: 'Kasus', exact: true }).click();
  await expect.poll(() => signedIn?.page.getByRole('heading', { level: 1 }).textContent()).toBe('Kasus');
  return signedIn;
}
afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

describe('case work in the staff console', () => {
  it('lets a responder on a phone record a service given and see the TPKS deadline', async () => {
    // Prepare
    const { page, problems } = await responderAtCaseList();
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });

    // Act
    await page.getByRole('link', { name: reference }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(reference);
    const summary = await page.locator('section[aria-labelledby="h-summary"]').textContent();
    await page.getByLabel('Jenis layanan').selectOption('layanan_kesehatan');
    await page.getByLabel('Tanggal', { exact: true }).fill(today);
    await page.getByLabel('Diberikan oleh').fill('RSUD Blora');
    await page.getByLabel('Tempat layanan').fill('IGD RSUD');
    await page.getByRole('button', { name: 'Simpan layanan' }).click();

    // Assess
    expect(summary).toContain('Batas rujukan polisi (UU TPKS)');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Layanan tersimpan.');
    await expect.poll(() => page.locator('section[aria-labelledby="h-services"] p').first().textContent()).toBe('Layanan kesehatan');
    expect(await page.getByRole('list').filter({ hasText: 'mencatat layanan' }).textContent()).toContain('oleh RSUD Blora di IGD RSUD');
    await page.screenshot({ path: '/tmp/casework-case-page.png', fullPage: true });
    expect(problems).toEqual([]);
  });

  it('lets a responder on a phone refer the case with the guardian’s recorded consent, then record the partner’s answer', async () => {
    // Prepare
    await staffClient(runtime, 'blora', 'supervisor').post('/partners', { kind: 'psikolog', name: 'Psikolog Puskesmas Cepu', contact: '0296-1' });
    const { page, problems } = await responderAtCaseList();
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });

    // Act
    const lateFilter = await page.getByLabel('Hanya tindak lanjut terlambat').count();
    await page.getByRole('link', { name: reference }).click();
    await page.getByLabel('Mitra', { exact: true }).selectOption({ label: 'Psikolog Puskesmas Cepu (Psikolog)' });
    await page.getByLabel('Tujuan rujukan').fill('Konseling trauma');
    await page.getByLabel('Bagikan data korban').check();
    await page.getByLabel('Persetujuan sudah diberikan').check();
    await page.getByLabel('Persetujuan dari').selectOption('guardian');
    await page.getByRole('button', { name: 'Kirim rujukan' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Rujukan tercatat.');
    const referrals = page.getByTestId('referrals');
    await referrals.getByLabel('Langkah berikutnya').selectOption('diterima');
    await referrals.getByLabel('Tanggal jawaban mitra').fill(today);
    await referrals.getByRole('button', { name: 'Simpan langkah' }).click();

    // Assess
    expect(lateFilter).toBe(1);
    await expect.poll(() => page.getByTestId('referrals').textContent()).toContain(`Diterima mitra · ${today}`);
    expect(await page.getByRole('status').textContent()).toBe('Rujukan ke Psikolog Puskesmas Cepu: Diterima mitra.');
    expect(await page.getByTestId('referrals').textContent()).toContain('dengan data korban, atas persetujuan');
    await page.screenshot({ path: '/tmp/casework-referrals.png', fullPage: true });
    expect(problems).toEqual([]);
  });
});

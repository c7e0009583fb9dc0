import type { Browser, } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startTestRuntime, type TestRuntime } from '../support/local-runtime.js';
import { CANARY, namedReportJson } from '../support/report-fixtures.js';
import { signInToConsole, watchConsolePage } from '../support/staff/console-browser.js';
import { reportCase } from '../support/staff/staff-client.js';

let runtime: TestRuntime;
let browser: Browser;
let reference: string;
beforeAll(async () => {
  runtime = await startTestRuntime();
  browser = await launchChromium();
  reference = (await reportCase(runtime, 'blora', namedReportJson())).reference;
  await reportCase(runtime, 'purwakarta', namedReportJson({ location: { kecamatan: 'Plered' } }));
});
afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

describe('the staff console in a real browser', () => {
  it('signs in, opens a case from the list, reveals the reporter with a reason and assesses the case on a phone', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const problems = watchConsolePage(page, runtime.url);

    // Act
    await signInToConsole(page, runtime.url, /Petugas jaga Blora/);
    await page.getByRole('link', { name: reference }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(reference);
    const narrative = await page.getByTestId('narrative').textContent();
    await page.getByLabel('Jenis alasan').selectOption('penjangkauan_korban');
    await page.getByLabel(/Alasan membuka identitas/).fill('Menghubungi pelapor untuk jadwal penjangkauan korban');
    await page.getByRole('button', { name: 'Buka identitas' }).click();
    const identity = await page.getByTestId('identity').textContent();
    await page.getByLabel('Status baru').selectOption('asesmen');
    await page.getByRole('button', { name: 'Ubah status' }).click();

    // Assess
    expect(narrative).toBe(CANARY.narrative);
    expect(identity).toContain(CANARY.name);
    expect(identity).toContain(CANARY.nik);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Status diubah menjadi Sedang diasesmen.');
    const timeline = await page.getByRole('list').filter({ hasText: 'mengubah status' }).textContent();
    expect(timeline).toContain('Petugas jaga Blora membuka identitas pelapor (Penjangkauan korban).');
    expect(timeline).not.toContain('Menghubungi pelapor untuk jadwal');
    expect(timeline).toContain('Diterima, menunggu asesmen → Sedang diasesmen');
    expect(await page.getByTestId('identity').count()).toBe(0);
    expect(await context.cookies()).toEqual([]);
    expect(problems).toEqual([]);
    const stored = (await runtime.scanAll()).find((item) => item.type === 'Case' && item.reference === reference);
    expect(stored).toMatchObject({ status: 'asesmen', version: 2 });
    await context.close();
  });

  it('shows a supervisor the numbers as charts and the reveal in the audit log', async () => {
    // Prepare
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchConsolePage(page, runtime.url);
    await signInToConsole(page, runtime.url, /Supervisor Blora/);

    // Act
    await page.getByRole('link', { name: 'Angka' }).click();
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('1');
    const perYear = await page.getByRole('table', { name: 'Kasus per tahun' }).textContent();
    const bars = await page.locator('svg.bar rect').count();
    await page.getByRole('link', { name: 'Log audit' }).click();
    const audit = page.getByRole('table', { name: 'Pembukaan identitas' });
    await expect.poll(() => audit.textContent()).toContain(reference);

    // Assess
    expect(perYear).toContain(String(new Date().getFullYear()));
    expect(bars).toBeGreaterThan(10);
    expect(await audit.textContent()).toContain('Penjangkauan korban');
    expect(await audit.textContent()).not.toContain('Menghubungi pelapor untuk jadwal penjangkauan korban');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('forgets the session when the staff member signs out', async () => {
    // Prepare
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInToConsole(page, runtime.url, /Petugas jaga Purwakarta/);

    const list = page.getByRole('list', { name: 'Daftar kasus' });
    await expect.poll(() => list.textContent()).toContain('PWK-');
    const listed = await list.textContent();

    // Act
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.reload();

    // Assess
    expect(listed).not.toContain('BLR-');
    await expect.poll(() => page.getByRole('button', { name: 'Masuk' }).count()).toBe(1);
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await context.close();
  });
});

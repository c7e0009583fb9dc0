
import { describe, expect, it } from 'vitest';
import { useRuntimeAndBrowser } from '../support/browser.js';
import { signInToConsole, watchConsolePage } from '../support/staff/console-browser.js';

const local = useRuntimeAndBrowser();

describe('entering a walk-in report in the staff console', () => {
  it('gives the desk officer a reference and tracking code and records them on the case', async () => {
    // Prepare
    const context = await local.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const problems = watchConsolePage(page, local.runtime.url);
    await signInToConsole(page, local.runtime.url, /Petugas jaga Blora/);

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
    const stored = (await local.runtime.scanAll()).find((item) => item.type === 'Case' && item.reference === reference);
    expect(stored).toMatchObject({ channel: 'walk-in', reporterRole: 'family', kecamatan: 'Cepu', anonymous: false });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers no walk-in form where the regency takes no walk-ins', async () => {
    // Prepare
    const page = await local.browser.newPage();

    // Act
    await signInToConsole(page, local.runtime.url, /Petugas jaga Mesuji/);

    // Assess
    expect(await page.getByRole('link', { name: 'Kasus' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Laporan datang langsung' }).count()).toBe(0);
    await page.close();
  });
});


import { describe, expect, it } from 'vitest';
import { useRuntimeAndBrowser } from '../support/browser.js';

const local = useRuntimeAndBrowser();

describe('the report form in a real local.browser', () => {
  it('shows a reference and tracking code when a reporter fills it in on a small phone without JavaScript', async () => {
    // Prepare
    const context = await local.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${local.runtime.url}/blora/lapor`);

    // Act
    await page.getByLabel(/Pengaduan kekerasan/).check();
    await page.getByLabel(/Apa yang terjadi/).fill('Anak tetangga umur 7 tahun sering dipukul ayahnya sampai memar.');
    await page.locator('select[name="kecamatan"]').selectOption('Cepu');
    await page.locator('input[name="consent"]').check();
    await page.locator('form[action="/blora/lapor"] [type="submit"]').click();

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
});

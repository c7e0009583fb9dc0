import { describe, expect, it } from 'vitest';
import { axeContext, axeViolations } from '../support/axe.js';
import { useRuntimeAndBrowser } from '../support/browser.js';
import { namedReportJson } from '../support/report-fixtures.js';
import { reportCase, staffClient } from '../support/staff/staff-client.js';
import { signInToConsole, watchConsolePage } from '../support/staff/console-browser.js';

const local = useRuntimeAndBrowser();

const ASSESSMENT = {
  formsOfViolence: ['seksual', 'psikis'],
  place: 'sekolah',
  victim: { ageBand: '6_12', sex: 'perempuan', disability: { present: false, kinds: [] }, education: 'sd' },
  perpetrators: [{ sex: 'laki_laki', ageBand: '45_59', relation: 'guru' }],
};

describe('the printable yearly report', () => {
  it('lets a supervisor print the year on A4 with its SIMFONI tables, charts and signature block', async () => {
    // Prepare: one assessed case this year
    const { caseId } = await reportCase(local.runtime, 'blora', namedReportJson());
    await staffClient(local.runtime, 'blora', 'supervisor').put(`/cases/${caseId}/assessment`, { ...ASSESSMENT, expectedVersion: 1 });
    const context = await local.browser.newContext();
    const page = await context.newPage();
    const problems = watchConsolePage(page, local.runtime.url);
    await signInToConsole(page, local.runtime.url, /Supervisor Blora/);

    // Act
    await page.getByRole('link', { name: 'Angka' }).click();
    await page.getByRole('link', { name: /Laporan cetak tahun/ }).click();
    await expect.poll(() => page.getByTestId('report-total').textContent()).toBe('1');
    const forms = await page.getByRole('table', { name: 'Bentuk kekerasan' }).textContent();
    await page.emulateMedia({ media: 'print' });
    const printed = {
      menuShown: await page.locator('header.top').isVisible(),
      charts: await page.locator('.report svg.bar').count(),
      visibleBars: await page.locator('.report svg.bar').first().isVisible(),
      text: await page.locator('.report').innerText(),
    };
    const pdf = await page.pdf({ format: 'A4', printBackground: true });

    // Assess
    expect(forms).toContain('Seksual');
    expect(forms).toContain('Psikis');
    expect(printed.menuShown).toBe(false);
    expect(printed.charts).toBeGreaterThan(30);
    expect(printed.visibleBars).toBe(true);
    expect(printed.text).toContain('Kabupaten Blora');
    expect(printed.text).toContain(`Periode: Tahun ${new Date().getFullYear()}`);
    expect(printed.text).toMatch(/Mengetahui,\s*Kepala Dinas/);
    expect(printed.text).toContain('NIP');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is clean under axe, for one month', async () => {
    // Prepare
    const context = await axeContext(local.browser);
    const page = await context.newPage();
    await signInToConsole(page, local.runtime.url, /Supervisor Blora/);
    const month = new Date().getMonth() + 1;

    // Act
    await page.goto(`${local.runtime.url}/staff#/angka/laporan?year=${new Date().getFullYear()}&month=${month}`);
    await expect.poll(() => page.getByTestId('report-total').textContent()).toBe('1');

    // Assess
    expect(await page.getByLabel('Bulan').inputValue()).toBe(String(month));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

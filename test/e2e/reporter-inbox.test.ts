import { describe, expect, it } from 'vitest';
import { axeContext, axeViolations, PHONE_VIEWPORT } from '../support/axe.js';
import { useRuntimeAndBrowser } from '../support/browser.js';
import { namedReportJson } from '../support/report-fixtures.js';
import { signInToConsole, watchConsolePage } from '../support/staff/console-browser.js';

const local = useRuntimeAndBrowser();

/** An anonymous web report: what the reporter keeps from the confirmation. */
async function fileReport(): Promise<{ reference: string; trackingCode: string }> {
  const report = namedReportJson({ reporter: { anonymous: true }, consent: { dataProcessing: true, contactBack: false } });
  const response = await fetch(`${local.runtime.url}/api/v1/blora/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(report),
  });
  return (await response.json()) as { reference: string; trackingCode: string };
}

describe("the reporter's inbox in a real browser", () => {
  it('lets a web reporter read the team’s question and answer it, and the responder sees the answer on the case page', async () => {
    // Prepare
    const { reference, trackingCode } = await fileReport();
    const staffContext = await local.browser.newContext({ viewport: PHONE_VIEWPORT });
    const console = await staffContext.newPage();
    const problems = watchConsolePage(console, local.runtime.url);
    await signInToConsole(console, local.runtime.url, /Petugas jaga Blora/);
    await console.getByRole('link', { name: reference }).click();
    await console.getByRole('button', { name: 'Di desa mana kejadiannya?' }).click();
    await console.getByRole('button', { name: 'Kirim pesan' }).click();
    await expect.poll(() => console.getByRole('status').textContent()).toBe('Pesan tersimpan untuk pelapor.');
    const reporterContext = await local.browser.newContext({ viewport: PHONE_VIEWPORT });
    const reporter = await reporterContext.newPage();

    // Act
    await reporter.goto(`${local.runtime.url}/blora/status`);
    await reporter.getByRole('link', { name: /Pesan dari petugas/ }).click();
    await reporter.getByLabel('Nomor laporan').fill(reference);
    await reporter.getByLabel('Kode pelacakan').fill(trackingCode);
    await reporter.getByRole('button', { name: 'Buka pesan' }).click();
    const question = await reporter.getByTestId('thread').textContent();
    await reporter.getByLabel('Pesan Anda').fill('Di Desa Ngloram, rumah dekat balai desa.');
    await reporter.getByRole('button', { name: 'Kirim' }).click();
    const notice = await reporter.getByTestId('notice').textContent();
    // The console stays on the case (its address names it): a reload shows it anew.
    await console.reload();

    // Assess
    expect(question).toContain('Di desa mana kejadiannya?');
    expect(notice).toContain('sudah kami terima');
    expect(await reporter.locator('#quick-exit').isVisible()).toBe(true);
    await expect.poll(() => console.getByTestId('thread').textContent()).toContain('Di Desa Ngloram, rumah dekat balai desa.');
    expect(problems).toEqual([]);
    expect(await reporterContext.cookies()).toEqual([]);
    await staffContext.close();
    await reporterContext.close();
  });

  it('passes axe-core on the inbox form and on the opened inbox', async () => {
    // Prepare
    const { reference, trackingCode } = await fileReport();
    const context = await axeContext(local.browser);
    const page = await context.newPage();

    // Act
    await page.goto(`${local.runtime.url}/blora/pesan`);
    const onForm = await axeViolations(page);
    await page.getByLabel('Nomor laporan').fill(reference);
    await page.getByLabel('Kode pelacakan').fill(trackingCode);
    await page.getByRole('button', { name: 'Buka pesan' }).click();
    await page.getByTestId('look-again').waitFor();
    const onInbox = await axeViolations(page);

    // Assess
    expect(onForm).toEqual([]);
    expect(onInbox).toEqual([]);
    await context.close();
  });
});

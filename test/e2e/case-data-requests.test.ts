import { describe, expect, it } from 'vitest';
import { axeContext, axeViolations } from '../support/axe.js';
import { useRuntimeAndBrowser } from '../support/browser.js';
import { postJsonFrom } from '../support/raw-http.js';
import { CANARY, namedReportJson } from '../support/report-fixtures.js';
import { signInToConsole, watchConsolePage } from '../support/staff/console-browser.js';
import { staffClient } from '../support/staff/staff-client.js';

const local = useRuntimeAndBrowser();
const PHONE = { width: 360, height: 740 } as const;

describe('data-subject requests in the staff console', () => {
  it('lets a supervisor on a phone see the open requests with their clock, hand over a desk copy and refuse an erasure', async () => {
    // Prepare: a web report whose reporter asks for erasure in their inbox, and a copy asked at the desk.
    const { json } = await postJsonFrom(local.runtime.url, '/api/v1/blora/reports', namedReportJson());
    const reference = String(json.reference);
    await postJsonFrom(local.runtime.url, '/api/v1/blora/reports/replies', {
      reference,
      trackingCode: json.trackingCode,
      text: 'Tolong hapus data saya',
      request: 'erasure',
    });
    const stored = (await local.runtime.scanAll()).find((item) => item.type === 'Case' && item.reference === reference);
    await staffClient(local.runtime, 'blora').post(`/cases/${String(stored?.caseId)}/data-requests`, { request: 'copy', expectedVersion: 2 });
    const context = await axeContext(local.browser, { viewport: PHONE, acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchConsolePage(page, local.runtime.url);
    await signInToConsole(page, local.runtime.url, /Supervisor Blora/);

    // Act
    await page.getByLabel(/Cari nomor laporan/).fill(reference);
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.getByRole('list', { name: 'Daftar kasus' }).getByRole('link', { name: reference }).click();
    const requests = page.getByTestId('data-requests');
    await expect.poll(() => requests.getByRole('listitem').count()).toBe(2);
    await requests.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/pdp-requests-open.png' });
    const findings = await axeViolations(page);
    const clocks = await requests.getByTestId('data-request-clock').allTextContents();
    const copyItem = requests.getByRole('listitem').filter({ hasText: 'salinan data' });
    const downloading = page.waitForEvent('download');
    await copyItem.getByRole('button', { name: 'Simpan keputusan' }).click();
    const download = await downloading;
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Keputusan tersimpan');
    // The case is drawn anew after a decision: wait until the copy's form is gone before filling the next one.
    await expect.poll(() => copyItem.getByRole('button', { name: 'Simpan keputusan' }).count()).toBe(0);
    const erasureItem = page.getByTestId('data-requests').getByRole('listitem').filter({ hasText: 'penghapusan data' });
    await erasureItem.getByLabel('Keputusan').selectOption('refused');
    await erasureItem.getByLabel('Alasan penolakan').selectOption('lainnya');
    await erasureItem.getByLabel('Catatan alasan').fill('Pemohon belum menunjukkan identitas');
    await erasureItem.getByRole('button', { name: 'Simpan keputusan' }).click();
    // The page shows the case anew, then loads its requests.
    await expect.poll(() => page.getByTestId('data-requests').textContent(), { timeout: 15_000 }).toContain('Ditolak: alasan lain');
    await page.getByTestId('data-requests').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/pdp-requests-decided.png' });

    // Assess
    expect(findings).toEqual([]);
    expect(clocks).toEqual([expect.stringContaining('Putuskan paling lambat'), expect.stringContaining('Putuskan paling lambat')]);
    expect(download.suggestedFilename()).toBe(`salinan-data-${reference}.json`);
    const copy = JSON.parse(await new Response(await download.createReadStream()).text());
    expect(copy.report.narrative).toBe(CANARY.narrative);
    const timeline = await page.locator('ol.timeline').textContent();
    expect(timeline).toContain('Supervisor Blora menyetujui permintaan salinan data yang dikirim (UU PDP); salinan diunduh di kantor.');
    expect(timeline).toContain('Pemohon belum menunjukkan identitas');
    expect(problems).toEqual([]);
    await context.close();
  });
});

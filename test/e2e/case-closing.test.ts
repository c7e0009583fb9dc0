import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeContext, axeViolations } from '../support/axe.js';
import { useRuntimeAndBrowser } from '../support/browser.js';
import { CANARY, namedReportJson } from '../support/report-fixtures.js';
import { signInToConsole, watchConsolePage } from '../support/staff/console-browser.js';
import { noteText, recordNotes } from '../support/staff/long-case.js';
import { reportCase, staffClient } from '../support/staff/staff-client.js';
import { createTestClock } from '../support/test-clock.js';

const local = useRuntimeAndBrowser();

const DESKTOP = { width: 1280, height: 900 } as const;
const PHONE = { width: 360, height: 740 } as const;

/** A blora case in handling, as the API leaves it after an assessment. */
async function caseInHandling(): Promise<{ caseId: string; reference: string }> {
  const reported = await reportCase(local.runtime, 'blora', namedReportJson());
  const responder = staffClient(local.runtime, 'blora');
  await responder.post(`/cases/${reported.caseId}/status`, { status: 'asesmen', expectedVersion: 1 });
  await responder.post(`/cases/${reported.caseId}/status`, { status: 'penanganan', expectedVersion: 2 });
  return reported;
}

async function findByReference(page: Page, reference: string): Promise<void> {
  await page.getByLabel(/Cari nomor laporan/).fill(reference.toLowerCase());
  await page.getByRole('button', { name: 'Cari' }).click();
  const list = page.getByRole('list', { name: 'Daftar kasus' });
  await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
  await list.getByRole('link', { name: reference }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(reference);
}

describe('closing a case and finding it in the staff console', () => {
  it('lets a responder on a phone ask to close after a confirmation, and a supervisor approve it', async () => {
    // Prepare
    const { reference } = await caseInHandling();
    const phone = await local.browser.newContext({ viewport: PHONE });
    const responderPage = await phone.newPage();
    const responderProblems = watchConsolePage(responderPage, local.runtime.url);
    await signInToConsole(responderPage, local.runtime.url, /Petugas jaga Blora/);

    // Act: the responder finds the case the SMS named and asks to close it.
    await findByReference(responderPage, reference);
    const reasonChosenAtFirst = await responderPage.getByLabel('Alasan penutupan').inputValue();
    await responderPage.getByLabel('Alasan penutupan').selectOption('reintegrasi_sosial');
    await responderPage.getByLabel(/Catatan \(tidak wajib\)/).fill('Korban kembali bersekolah.');
    await responderPage.getByRole('button', { name: 'Minta penutupan' }).click();
    const dialog = responderPage.getByRole('dialog', { name: 'Minta penutupan kasus ini?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Ya, minta penutupan' }).click();
    await expect.poll(() => responderPage.getByTestId('close-pending').count()).toBe(1);
    const pending = await responderPage.getByTestId('close-pending').textContent();

    // Act: a supervisor at a desk approves it.
    const desk = await local.browser.newContext({ viewport: DESKTOP });
    const supervisorPage = await desk.newPage();
    const supervisorProblems = watchConsolePage(supervisorPage, local.runtime.url);
    await signInToConsole(supervisorPage, local.runtime.url, /Supervisor Blora/);
    await supervisorPage.getByText('Saring kasus').click();
    await supervisorPage.getByLabel(/menunggu persetujuan penutupan/).check();
    await supervisorPage.getByRole('button', { name: 'Tampilkan' }).click();
    const waiting = supervisorPage.getByRole('list', { name: 'Daftar kasus' });
    await expect.poll(() => waiting.textContent()).toContain('Menunggu persetujuan penutupan');
    await waiting.getByRole('link', { name: reference }).click();
    await expect.poll(() => supervisorPage.getByRole('heading', { level: 1 }).textContent()).toBe(reference);
    await supervisorPage.getByRole('button', { name: 'Setujui penutupan' }).click();
    await supervisorPage.getByRole('dialog', { name: 'Setujui penutupan?' }).getByRole('button', { name: 'Ya, setujui' }).click();

    // Assess
    expect(reasonChosenAtFirst).toBe('');
    expect(pending).toContain('Menunggu persetujuan penutupan: Petugas jaga Blora');
    await expect.poll(() => supervisorPage.getByRole('status').textContent()).toBe('Penutupan disetujui. Kasus selesai.');
    const timelineList = supervisorPage.locator('ol.timeline');
    await expect.poll(() => timelineList.textContent()).toContain('menyetujui permintaan penutupan dari Petugas jaga Blora');
    const timeline = await timelineList.textContent();
    expect(timeline).toContain('Petugas jaga Blora meminta penutupan kasus (Reintegrasi sosial)');
    expect(timeline).toContain('Korban kembali bersekolah.');
    const stored = (await local.runtime.scanAll()).find((item) => item.type === 'Case' && item.reference === reference);
    expect(stored).toMatchObject({ status: 'selesai', closingReason: 'reintegrasi_sosial' });
    expect(responderProblems).toEqual([]);
    expect(supervisorProblems).toEqual([]);
    await phone.close();
    await desk.close();
  });

  it('prints a walk-in receipt alone, with what the reporter needs and nothing about the victim', async () => {
    // Prepare
    const context = await local.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = watchConsolePage(page, local.runtime.url);
    await signInToConsole(page, local.runtime.url, /Petugas jaga Blora/);
    await page.getByRole('link', { name: 'Laporan datang langsung' }).click();
    await page.getByLabel('Siapa pelapor?').selectOption('victim');
    await page.getByLabel(/Apa yang terjadi/).fill(CANARY.narrative);
    await page.getByLabel('Nama pelapor').fill(CANARY.name);
    await page.getByLabel(/Pelapor setuju/).check();
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Laporan tersimpan');
    const reference = String(await page.getByTestId('walk-in-reference').textContent());
    const trackingCode = String(await page.getByTestId('walk-in-tracking-code').textContent());

    // Act
    // Headless chromium has no print dialog: count the calls instead.
    await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; }');
    await page.getByRole('button', { name: 'Cetak tanda terima' }).click();
    const printed = await page.evaluate('window.printed');
    await page.emulateMedia({ media: 'print' });
    const receipt = page.getByTestId('walk-in-receipt');
    const receiptText = String(await receipt.textContent());
    const headingPrinted = await page.getByRole('heading', { level: 1 }).isVisible();
    const menuPrinted = await page.getByRole('link', { name: 'Kasus', exact: true }).isVisible();
    const pdf = await page.pdf({ preferCSSPageSize: true });

    // Assess
    expect(printed).toBe(1);
    expect(await receipt.isVisible()).toBe(true);
    expect([headingPrinted, menuPrinted]).toEqual([false, false]);
    for (const needed of [reference, trackingCode, 'Apa selanjutnya', '/blora/status', '112', '129', '0895-3914-04000']) {
      expect(receiptText).toContain(needed);
    }
    expect(receiptText).not.toContain(CANARY.name);
    expect(receiptText).not.toContain(CANARY.narrative.slice(0, 20));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // One A6 page (105 × 148 mm is 298 × 420 pt).
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 298\.\d+ 420\]/);
    expect(await page.evaluate('localStorage.length')).toBe(0);
    expect(await page.evaluate('JSON.stringify({ ...sessionStorage })')).not.toContain(trackingCode);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('pages a long timeline with "Muat lebih lama" down to the report itself', async () => {
    // Prepare: 45 notes after the report, more than two pages of the timeline.
    const { caseId, reference } = await reportCase(local.runtime, 'blora', namedReportJson());
    await recordNotes(local.runtime, { tenantId: 'blora', caseId, version: 1 }, { first: 1, count: 45, clock: createTestClock(new Date().toISOString()) });
    const context = await local.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = watchConsolePage(page, local.runtime.url);
    await signInToConsole(page, local.runtime.url, /Petugas jaga Blora/);
    await findByReference(page, reference);
    const entries = page.locator('ol.timeline > li');
    const firstPage = await entries.count();

    // Act
    const older = page.getByRole('button', { name: 'Muat lebih lama' });
    while ((await older.count()) > 0) {
      const before = await entries.count();
      await older.click();
      await expect.poll(() => entries.count()).toBeGreaterThan(before);
    }

    // Assess
    expect(firstPage).toBe(20);
    expect(await entries.count()).toBe(47);
    expect(await entries.first().textContent()).toContain('Laporan diterima lewat');
    expect(await entries.nth(2).textContent()).toContain(noteText(1));
    expect(await entries.last().textContent()).toContain(noteText(45));
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`finds no WCAG 2.1 A/AA violation on the console views on a ${size}`, async () => {
      // Prepare
      const { reference } = await caseInHandling();
      const context = await axeContext(local.browser, { viewport });
      const page = await context.newPage();
      await signInToConsole(page, local.runtime.url, /Supervisor Blora/);
      const findings: Record<string, unknown[]> = {};
      const check = async (view: string) => {
        findings[view] = await axeViolations(page);
      };

      // Act
      await check('list');
      await findByReference(page, reference);
      await check('case');
      await page.getByLabel('Alasan penutupan').selectOption('terminasi');
      await page.getByRole('button', { name: 'Tutup kasus' }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
      await check('confirmation');
      await page.getByRole('button', { name: 'Batal' }).click();
      await page.getByRole('link', { name: 'Angka' }).click();
      await expect.poll(() => page.getByTestId('total').count()).toBe(1);
      await check('numbers');
      await page.getByRole('link', { name: 'Laporan datang langsung' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Laporan datang langsung');
      await check('walk-in');
      await page.getByRole('link', { name: 'Log audit' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Log audit pembukaan identitas');
      await check('audit');

      // Assess
      expect(findings).toEqual({ list: [], case: [], confirmation: [], numbers: [], 'walk-in': [], audit: [] });
      await context.close();
    });
  }
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeContext, axeViolations, PHONE_VIEWPORT } from '../support/axe.js';
import { useRuntimeAndBrowser } from '../support/browser.js';
import { namedReportJson } from '../support/report-fixtures.js';
import { signInToConsole, watchConsolePage } from '../support/staff/console-browser.js';
import { reportCase } from '../support/staff/staff-client.js';

const local = useRuntimeAndBrowser();

const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;

async function openCase(page: Page, caseId: string, reference: string): Promise<void> {
  await signInToConsole(page, local.runtime.url, /Petugas jaga Blora/);
  await page.goto(`${local.runtime.url}/staff#/kasus/${caseId}`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(reference);
}

const statusText = (page: Page) => page.getByRole('status').textContent();
const timelineText = (page: Page) => page.locator('ol.timeline').textContent();

describe('correcting triage and recording the assessment in the staff console', () => {
  it.each([
    ['a phone', PHONE_VIEWPORT],
    ['a desktop', DESKTOP_VIEWPORT],
  ])('lets a responder on %s correct a category and record an assessment with two perpetrators', async (_name, viewport) => {
    // Prepare: triage files a beaten child as physical violence
    const { caseId, reference } = await reportCase(local.runtime, 'blora', namedReportJson());
    const context = await local.browser.newContext({ viewport });
    const page = await context.newPage();
    const problems = watchConsolePage(page, local.runtime.url);
    await openCase(page, caseId, reference);

    // Act: correct the category
    await page.getByLabel('Jenis kekerasan utama').selectOption('kekerasan_seksual');
    await page.getByRole('group', { name: /Jenis kekerasan lain/ }).getByRole('checkbox', { name: /^KDRT/ }).check();
    await page.getByLabel(/Alasan koreksi/).fill('Korban dipegang-pegang pamannya: kekerasan seksual.');
    await page.getByRole('button', { name: 'Simpan koreksi' }).click();
    await expect.poll(() => statusText(page)).toBe('Klasifikasi dikoreksi.');
    await expect.poll(() => timelineText(page)).toContain('mengoreksi klasifikasi');

    // Act: record the assessment with two perpetrators
    await page.getByRole('group', { name: 'Bentuk kekerasan' }).getByRole('checkbox', { name: 'Seksual', exact: true }).check();
    await page.getByRole('group', { name: /Kasus khusus/ }).getByRole('checkbox', { name: /KBGO/ }).check();
    await page.getByLabel('Tempat kejadian').selectOption('rumah_tangga');
    const victim = page.getByRole('group', { name: 'Korban' });
    await victim.getByLabel('Usia').selectOption('6_12');
    await victim.getByLabel('Jenis kelamin').selectOption('perempuan');
    await victim.getByLabel('Pendidikan').selectOption('sd');
    await page.getByRole('button', { name: 'Tambah terlapor' }).click();
    for (const [name, ageBand, relation] of [
      ['Terlapor 1', '45_59', 'keluarga'],
      ['Terlapor 2', 'tidak_diketahui', 'tetangga'],
    ] as const) {
      const row = page.getByRole('group', { name });
      await row.getByLabel('Jenis kelamin').selectOption('laki_laki');
      await row.getByLabel('Usia').selectOption(ageBand);
      await row.getByLabel('Hubungan dengan korban').selectOption(relation);
    }
    await page.getByLabel(/Catatan asesmen/).fill('Paman tinggal serumah; tetangga ikut mengancam.');
    await page.getByRole('button', { name: 'Simpan asesmen' }).click();
    await expect.poll(() => statusText(page)).toBe('Asesmen tersimpan.');
    await expect.poll(() => timelineText(page)).toContain('mencatat asesmen');

    // Assess: both on the case page
    const verdict = page.getByTestId('classification-verdict');
    expect(await verdict.getByRole('row', { name: /Jenis kekerasan/ }).textContent()).toBe(
      'Jenis kekerasanKekerasan fisikKekerasan seksual, KDRT (kekerasan dalam rumah tangga)',
    );
    const timeline = String(await timelineText(page));
    expect(timeline).toContain('mengoreksi klasifikasi: jenis kekerasan Kekerasan fisik → Kekerasan seksual, KDRT');
    expect(timeline).toContain('Korban dipegang-pegang pamannya: kekerasan seksual.');
    expect(timeline).toContain('terlapor 1: Laki-laki, 45–59 tahun, Keluarga / saudara; terlapor 2: Laki-laki, Tidak diketahui, Tetangga');
    expect(timeline).toContain('Paman tinggal serumah; tetangga ikut mengancam.');
    expect(await page.getByRole('group', { name: 'Terlapor 2' }).getByLabel('Hubungan dengan korban').inputValue()).toBe('tetangga');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets a responder remove a perpetrator row but never the last one', async () => {
    // Prepare
    const { caseId, reference } = await reportCase(local.runtime, 'blora', namedReportJson());
    const context = await local.browser.newContext({ viewport: PHONE_VIEWPORT });
    const page = await context.newPage();
    await openCase(page, caseId, reference);

    // Act
    await page.getByRole('button', { name: 'Tambah terlapor' }).click();
    await page.getByRole('button', { name: 'Hapus terlapor 1' }).click();

    // Assess
    expect(await page.getByRole('group', { name: /^Terlapor \d/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Hapus terlapor/ }).count()).toBe(0);
    await context.close();
  });

  it('shows the case view, with both forms, free of WCAG 2.1 A/AA violations', async () => {
    // Prepare
    const { caseId, reference } = await reportCase(local.runtime, 'blora', namedReportJson());
    const context = await axeContext(local.browser);
    const page = await context.newPage();
    await openCase(page, caseId, reference);
    await page.getByRole('button', { name: 'Tambah terlapor' }).click();
    await page.getByLabel('Penyandang disabilitas').check();

    // Act
    const violations = await axeViolations(page);

    // Assess
    expect(violations).toEqual([]);
    await context.close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeContext, axeViolations, PHONE_VIEWPORT } from '../support/axe.js';
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
  // mesuji reveals with approval (config/tenants.json).
  reference = (await reportCase(runtime, 'mesuji', namedReportJson({ location: { kecamatan: 'Way Serdang' } }))).reference;
});
afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

describe('reveal with approval and legal hold in the console', () => {
  it('has a responder ask, a supervisor approve and hold the case, and the responder reveal once', async () => {
    // Prepare
    const responderContext = await browser.newContext({ viewport: PHONE_VIEWPORT });
    // axe runs on the supervisor's case page (its context lets the axe script in).
    const supervisorContext = await axeContext(browser);
    const responder = await responderContext.newPage();
    const supervisor = await supervisorContext.newPage();
    const problems = [...watchConsolePage(responder, runtime.url), ...watchConsolePage(supervisor, runtime.url)];
    await signInToConsole(responder, runtime.url, /Petugas jaga Mesuji/);
    await signInToConsole(supervisor, runtime.url, /Supervisor Mesuji/);

    // Act: the responder asks
    await responder.getByRole('link', { name: reference }).click();
    await responder.getByLabel('Jenis alasan').selectOption('rujukan_polisi');
    await responder.getByLabel(/Alasan membuka identitas/).fill('Polisi meminta kontak pelapor untuk pemeriksaan');
    await responder.getByRole('button', { name: 'Minta izin' }).click();
    const identitySection = responder.getByRole('region', { name: 'Identitas pelapor' });
    await expect.poll(() => identitySection.textContent()).toContain('menunggu keputusan supervisor');

    // Act: the supervisor approves on the audit page and holds the case
    await supervisor.getByRole('link', { name: 'Log audit' }).click();
    const requests = supervisor.getByRole('list', { name: 'Permintaan izin membuka identitas' });
    await expect.poll(() => requests.textContent()).toContain('Polisi meminta kontak pelapor');
    await requests.getByRole('button', { name: 'Setujui' }).click();
    await expect.poll(() => supervisor.getByRole('region', { name: 'Permintaan izin membuka identitas' }).textContent()).toContain(
      'Tidak ada permintaan izin yang menunggu.',
    );
    await supervisor.getByRole('link', { name: 'Kasus' }).first().click();
    await supervisor.getByRole('link', { name: reference }).click();
    await supervisor.getByLabel('Dasar').selectOption('kepolisian');
    await supervisor.getByLabel(/Keterangan/).fill('Surat permintaan Polres nomor 12/IV/2026');
    await supervisor.getByRole('button', { name: 'Tahan kasus' }).click();
    await expect.poll(() => supervisor.getByTestId('hold-state').textContent()).toContain('Ditahan sejak');
    const axe = await axeViolations(supervisor);

    // Act: the responder reveals with the approval
    await responder.reload();
    await responder.getByRole('button', { name: 'Buka identitas' }).click();
    const identity = await responder.getByTestId('identity').textContent();

    // Assess
    expect(identity).toContain(CANARY.name);
    const timeline = await responder.getByRole('list').filter({ hasText: 'meminta izin' }).textContent();
    expect(timeline).toContain('menyetujui permintaan Petugas jaga Mesuji');
    expect(timeline).not.toContain('Polisi meminta kontak pelapor');
    expect(axe).toEqual([]);
    expect(problems).toEqual([]);
    await responderContext.close();
    await supervisorContext.close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { smsAbout } from '../support/alert-observations.js';
import { axeContext, axeViolations, PHONE_VIEWPORT } from '../support/axe.js';
import { useRuntimeAndBrowser } from '../support/browser.js';
import { postJson } from '../support/http.js';
import { tierReportJson } from '../support/report-fixtures.js';
import { signInToConsole, watchConsolePage } from '../support/staff/console-browser.js';
import { createTestClock } from '../support/test-clock.js';

// Monday 23 Nov 2026, 20:00 WIB: tonight's swap (19:00–07:00) covers it. The page's clock says the same.
const START = new Date('2026-11-23T13:00:00.000Z');
const local = useRuntimeAndBrowser({ clock: createTestClock(START) });

// A shared, busy machine: each step may take seconds, never more than ten.
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

async function addPerson(page: Page, name: string, phone: string): Promise<void> {
  await page.getByLabel('Nama').fill(name);
  await page.getByLabel('Peran').selectOption('responder');
  await page.getByLabel(/Nomor HP/).fill(phone);
  await page.getByLabel('E-mail untuk masuk').fill(`${name.toLowerCase()}@blora.example`);
  await page.getByRole('button', { name: 'Tambah ke direktori' }).click();
}

describe('on call from a phone: directory, tonight’s rota, an alert link acknowledged', () => {
  it('lets a supervisor set tonight’s rota and the responder on call take the DARURAT case from the SMS link', async () => {
    // Prepare: the supervisor, on a phone, in a context axe can run in.
    const office = await axeContext(local.browser);
    await office.clock.setFixedTime(START);
    const supervisor = await office.newPage();
    const officeProblems = watchConsolePage(supervisor, local.runtime.url);
    await signInToConsole(supervisor, local.runtime.url, /Supervisor Blora/);
    const findings: Record<string, unknown[]> = {};

    // Act: two responders (one typo'd number first), then tonight's swap.
    await supervisor.getByRole('link', { name: 'Direktori' }).click();
    await eventually(() => heading(supervisor)).toBe('Direktori petugas');
    await addPerson(supervisor, 'Ana', '12345');
    await eventually(() => supervisor.locator('.field-error').textContent()).toMatch(/nomor/i);
    const phoneInvalid = await supervisor.getByLabel(/Nomor HP/).getAttribute('aria-invalid');
    findings.directoryWithError = await axeViolations(supervisor);
    await supervisor.getByLabel(/Nomor HP/).fill('0812 0000 0001');
    await supervisor.getByRole('button', { name: 'Tambah ke direktori' }).click();
    await eventually(() => supervisor.getByRole('status').textContent()).toBe('Ana ditambahkan ke direktori.');
    await addPerson(supervisor, 'Beni', '081200000002');
    await eventually(() => supervisor.getByRole('status').textContent()).toBe('Beni ditambahkan ke direktori.');
    const people = await supervisor.getByRole('list', { name: 'Orang di direktori' }).textContent();
    findings.directory = await axeViolations(supervisor);

    await supervisor.getByRole('link', { name: 'Jadwal jaga' }).click();
    await eventually(() => heading(supervisor)).toBe('Jadwal jaga');
    const bannerBeforeAnyRota = await supervisor.locator('#nobody-on-call').isVisible();
    await supervisor.getByRole('button', { name: 'Simpan jadwal jaga' }).click();
    await eventually(() => supervisor.locator('#nobody-on-call').isVisible()).toBe(true);
    const banner = await supervisor.locator('#nobody-on-call').textContent();
    await supervisor.getByRole('button', { name: 'Tambah tukar jaga malam ini' }).click();
    await supervisor.getByLabel('Petugas jaga', { exact: true }).selectOption({ label: 'Ana' });
    await supervisor.getByLabel('Cadangan (kedua)').selectOption({ label: 'Beni' });
    findings.rota = await axeViolations(supervisor);
    await supervisor.getByRole('button', { name: 'Simpan jadwal jaga' }).click();
    await eventually(() => supervisor.getByRole('status').textContent()).toBe('Jadwal jaga tersimpan.');
    await eventually(() => supervisor.locator('#nobody-on-call').isVisible()).toBe(false);
    // The banner and 'who is on call now' are loaded apart: wait for the latter too.
    await eventually(() => supervisor.getByTestId('on-call-now').textContent()).toContain('Ana');
    const onCallNow = await supervisor.getByTestId('on-call-now').textContent();
    const swapStart = await supervisor.getByLabel('Mulai tanggal').inputValue();
    const pageWidth = await supervisor.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);

    // Act: a DARURAT report; Ana opens her SMS's link on her own phone and signs in first.
    const { json } = await postJson(`${local.runtime.url}/api/v1/blora/reports`, tierReportJson('DARURAT'));
    const sms = (await smsAbout(local.runtime, String(json.reference))).find((entry) => entry.personId !== undefined);
    const linkPath = /\/staff\/a\/[0-9A-Za-z]{10}$/.exec(sms?.sms ?? '')?.[0];
    const phone = await local.browser.newContext({ viewport: PHONE_VIEWPORT });
    await phone.clock.setFixedTime(START);
    const ana = await phone.newPage();
    const anaProblems = watchConsolePage(ana, local.runtime.url);
    await ana.goto(`${local.runtime.url}${linkPath}`);
    await ana.getByRole('button', { name: 'Masuk' }).click();
    await ana.getByRole('button', { name: /^Ana · petugas · blora/ }).click();
    await eventually(() => heading(ana)).toBe(`Peringatan ${json.reference}`);
    await ana.getByRole('button', { name: 'Saya tangani' }).click();
    await eventually(() => heading(ana)).toBe(json.reference);
    const assignment = await ana.getByRole('region', { name: 'Penugasan' }).textContent();

    // Assess
    expect(phoneInvalid).toBe('true');
    expect(bannerBeforeAnyRota).toBe(false);
    expect(banner).toBe('Tidak ada petugas jaga saat ini. Peringatan kasus baru dikirim ke supervisor. Atur jadwal jaga');
    expect(people).toContain('Ana · Petugas');
    expect(people).toContain('+62 812••••0001');
    expect(people).not.toContain('081200000001');
    expect(swapStart).toBe('2026-11-23');
    expect(onCallNow).toContain('Ana');
    expect(onCallNow).toContain('Beni');
    expect(pageWidth).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    expect(sms).toMatchObject({ personId: expect.any(String), step: 'first' });
    expect(assignment).toContain('Ditangani oleh Ana.');
    expect(await ana.getByRole('status').textContent()).toBe('Kasus ini sekarang Anda tangani.');
    expect(findings).toEqual({ directoryWithError: [], directory: [], rota: [] });
    expect(officeProblems.filter((problem) => !problem.includes('400'))).toEqual([]);
    expect(anaProblems).toEqual([]);
    await phone.close();
    await office.close();
  });
});

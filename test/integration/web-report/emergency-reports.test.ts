import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ABUSE_LIMITS } from '#shared/abuse/limits.js';
import { formatLongLocal } from '#shared/domain/local-time.js';
import { casesWithReference, smsAbout, storedCase } from '../../support/alert-observations.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { postJsonFrom, sendRaw } from '../../support/raw-http.js';
import { namedReportJson } from '../../support/report-fixtures.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({
    abuseLimits: { ...DEFAULT_ABUSE_LIMITS, webIntakePerAddress: { limit: 3, windowSeconds: 3600 } },
  });
});
afterAll(async () => {
  await runtime.stop();
});

/** A form POST as a browser without JavaScript sends it, from one client network. */
async function postFormFrom(from: string, path: string, fields: Record<string, string>) {
  const response = await sendRaw(runtime.url, {
    method: 'POST',
    path,
    from,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return { ...response, html: response.text };
}

const dangerForm = (submissionId: string) => ({
  submissionId,
  lang: 'id',
  service: 'pengaduan_kekerasan',
  narrative: 'Suami saya sedang mengamuk dan memukul saya.',
  kecamatan: 'Cepu',
  immediateDanger: 'ya',
  anonymous: 'ya',
  consent: 'ya',
});

/** The page's main content, where the reporter starts reading (the header holds only the quick exit). */
const mainOf = (html: string) => html.slice(html.indexOf('<main>'));
const referenceOn = (html: string) => html.match(/data-testid="reference">([A-Z]{3}-\d{4}-\d{5})</)?.[1] ?? '';

describe('a web report with danger answered "ya"', () => {
  it('confirms with 112 first, says the on-call team is alerted, gives the case due time and sends a DARURAT alert', async () => {
    // Act
    const response = await postFormFrom('127.0.1.1', '/blora/lapor', dangerForm('danger-form-1'));

    // Assess
    expect(response.status).toBe(200);
    const main = mainOf(response.html);
    expect(main.match(/<a [^>]*>/)?.[0]).toContain('href="tel:112"');
    expect(main).toContain('Petugas jaga sudah diberi tahu sekarang.');
    const reference = referenceOn(response.html);
    const stored = await storedCase(runtime, reference);
    expect(stored.urgency).toBe('DARURAT');
    expect(main).toContain(`<strong data-testid="due">${formatLongLocal(new Date(stored.dueAt), 'Asia/Jakarta', 'id')}</strong>`);
    const sms = await smsAbout(runtime, reference);
    expect(sms.map((s) => [s.event, s.urgency])).toEqual([['received', 'DARURAT']]);
  });

  it('answers the JSON API with the urgency and the emergency numbers, and sends a DARURAT alert', async () => {
    // Act
    const response = await postJsonFrom(runtime.url, '/api/v1/blora/reports', namedReportJson({ immediateDanger: 'ya' }), {
      from: '127.0.1.2',
    });

    // Assess
    expect(response.status).toBe(201);
    expect(response.json.urgency).toBe('DARURAT');
    expect(response.json.emergency.message.id).toContain('112');
    expect(response.json.emergency.numbers.map((n: { number: string }) => n.number)).toEqual([
      '112',
      '110',
      '129',
      '08111-129-129',
      '0895-3914-04000',
    ]);
    expect(response.json.emergency.numbers[3].href).toBe('https://wa.me/628111129129?text=Halo');
    expect(response.json.dueAt).toBe((await storedCase(runtime, response.json.reference)).dueAt);
    expect((await smsAbout(runtime, response.json.reference)).map((s) => s.urgency)).toEqual(['DARURAT']);
  });

  it('answers the JSON API without emergency numbers when nobody is in danger', async () => {
    // Act
    const response = await postJsonFrom(runtime.url, '/api/v1/blora/reports', namedReportJson(), { from: '127.0.1.3' });

    // Assess
    expect(response.status).toBe(201);
    expect(response.json.urgency).not.toBe('DARURAT');
    expect(response.json).not.toHaveProperty('emergency');
  });
});

describe('the one-press page /{tenant}/darurat', () => {
  it('serves a page that may ask for the location, links its manifest and sets no cookie', async () => {
    // Act
    const response = await fetch(`${runtime.url}/purwakarta/darurat`);
    const html = await response.text();

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(response.headers.get('permissions-policy')).toContain('geolocation=(self)');
    expect(response.headers.get('content-security-policy')).toContain("manifest-src 'self'");
    expect(html).toContain('<link rel="manifest" href="/purwakarta/manifest.webmanifest">');
    expect(html).toMatch(/name="submissionId" value="[0-9A-Z]{26}"/);
  });

  it('keeps the location off on every other reporter page', async () => {
    // Act
    const response = await fetch(`${runtime.url}/purwakarta/lapor`);

    // Assess
    expect(response.headers.get('permissions-policy')).toContain('geolocation=()');
  });

  it('files an anonymous DARURAT case with one press without JavaScript and confirms with 112 first', async () => {
    // Act
    const response = await postFormFrom('127.0.1.4', '/purwakarta/darurat', { submissionId: 'press-1', lang: 'id', kecamatan: '' });

    // Assess
    expect(response.status).toBe(200);
    expect(mainOf(response.html).match(/<a [^>]*>/)?.[0]).toContain('href="tel:112"');
    const reference = referenceOn(response.html);
    expect(reference).toMatch(/^PWK-/);
    const stored = await storedCase(runtime, reference);
    expect(stored).toMatchObject({ urgency: 'DARURAT', channel: 'web', anonymous: true, status: 'diterima' });
    expect(stored.identity).toBeUndefined();
    expect((await smsAbout(runtime, reference)).map((s) => [s.event, s.urgency])).toEqual([['received', 'DARURAT']]);
  });

  it('files once when pressed twice with the same page', async () => {
    // Act
    const first = await postFormFrom('127.0.1.5', '/purwakarta/darurat', { submissionId: 'press-twice', lang: 'id' });
    const second = await postFormFrom('127.0.1.5', '/purwakarta/darurat', { submissionId: 'press-twice', lang: 'id' });

    // Assess
    expect([first.status, second.status]).toEqual([200, 200]);
    const reference = referenceOn(first.html);
    expect(referenceOn(second.html)).toBe(reference);
    expect(await casesWithReference(runtime, reference)).toHaveLength(1);
    expect(await smsAbout(runtime, reference)).toHaveLength(1);
  });

  it('keeps a typed number, sealed, for a call back and the kecamatan as a routing field', async () => {
    // Act
    const response = await postFormFrom('127.0.1.6', '/purwakarta/darurat', {
      submissionId: 'press-phone',
      lang: 'en',
      phone: '0857 2211 9043',
      kecamatan: 'Plered',
      latitude: '-6.6',
      longitude: '107.4',
      accuracy: '30',
    });

    // Assess
    expect(response.status).toBe(200);
    const stored = await storedCase(runtime, referenceOn(response.html));
    expect(stored).toMatchObject({ anonymous: false, kecamatan: 'Plered', urgency: 'DARURAT' });
    expect(stored.identity).toBeDefined();
    const raw = JSON.stringify(await runtime.scanAll());
    expect(raw).not.toContain('2211');
    expect(raw).not.toContain('107.4');
  });

  it('refuses a flood of presses from one network with a 429 page that still leads with 112, counted with the form', async () => {
    // Prepare
    const from = '127.0.1.7';
    expect((await postFormFrom(from, '/blora/lapor', dangerForm('flood-form'))).status).toBe(200);
    for (const id of ['flood-1', 'flood-2']) expect((await postFormFrom(from, '/blora/darurat', { submissionId: id })).status).toBe(200);

    // Act
    const refused = await postFormFrom(from, '/blora/darurat', { submissionId: 'flood-3', lang: 'id' });

    // Assess
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const main = mainOf(refused.html);
    expect(main.indexOf('role="alert"')).toBeLessThan(main.indexOf('href="tel:112"'));
    expect(main.indexOf('href="tel:112"')).toBeLessThan(main.indexOf('data-testid="press"'));
    expect(main).toContain('Terlalu banyak permintaan');
    expect(main).toContain('<input type="hidden" name="submissionId" value="flood-3">');
  });
});

describe('the home-screen files', () => {
  it('serves the manifest and the icon of a regency, uncached', async () => {
    // Act
    const manifest = await fetch(`${runtime.url}/mesuji/manifest.webmanifest`);
    const icon = await fetch(`${runtime.url}/mesuji/icon.png`);
    const bytes = Buffer.from(await icon.arrayBuffer());

    // Assess
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
    expect(await manifest.json()).toMatchObject({ name: 'Layanan Kabupaten Mesuji', start_url: '/mesuji/darurat' });
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(icon.headers.get('cache-control')).toContain('no-store');
  });

  it('answers a JSON 404, not a page, for a regency that does not exist', async () => {
    // Act
    const response = await fetch(`${runtime.url}/atlantis/manifest.webmanifest`);

    // Assess
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'TENANT_NOT_FOUND' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebReportHandler } from '#functions/web-report/handler.js';
import type { HttpEvent } from '#shared/http/http-types.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { decodeQrPng, qrSvgsOf, rasterizeQrSvg } from '../../support/qr-codes.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

const poster = async (tenant: string) => {
  const response = await fetch(`${runtime.url}/${tenant}/poster`);
  return { status: response.status, headers: response.headers, html: await response.text() };
};
const decodedQrCodes = (html: string) => qrSvgsOf(html).map((svg) => decodeQrPng(rasterizeQrSvg(svg)));

/** The poster route invoked as API Gateway would, for headers fetch cannot set (Host). */
function posterEvent(tenant: string, headers: Record<string, string>): HttpEvent {
  return {
    version: '2.0',
    routeKey: 'GET /{tenant}/poster',
    rawPath: `/${tenant}/poster`,
    rawQueryString: '',
    headers,
    pathParameters: { tenant },
    requestContext: { domainName: 'abc123.execute-api.ap-southeast-3.amazonaws.com' } as HttpEvent['requestContext'],
    isBase64Encoded: false,
  };
}

describe('GET /{tenant}/poster', () => {
  it.each([
    ['blora', 'Kabupaten Blora', 'Dinas Sosial P3A Kabupaten Blora, Bidang P3A', 'https://wa.me/62895391404000?text=Halo'],
    ['purwakarta', 'Kabupaten Purwakarta', 'Dinas Sosial P3A Kabupaten Purwakarta, P2TP2A', 'https://wa.me/6287820600744?text=Halo'],
  ])('prints QR codes that decode to the WhatsApp chat and the report form for %s', async (tenant, regency, office, chatLink) => {
    // Act
    const { status, html } = await poster(tenant);

    // Assess
    expect(status).toBe(200);
    expect(html).toContain(regency);
    expect(html).toContain(office);
    expect(decodedQrCodes(html)).toEqual([chatLink, `${runtime.url}/${tenant}/lapor`]);
  });

  it('prints the call-center line instead of WhatsApp for mesuji, which has no WhatsApp number', async () => {
    // Act
    const { status, html } = await poster('mesuji');

    // Assess
    expect(status).toBe(200);
    expect(html).toContain('Dinas PPPA Kabupaten Mesuji, UPTD PPA');
    expect(html).toContain('0812-7185-7372');
    expect(html).not.toContain('wa.me');
    expect(decodedQrCodes(html)).toEqual(['tel:+6281271857372', `${runtime.url}/mesuji/lapor`]);
  });

  it.each(['blora', 'purwakarta', 'mesuji'])('leads its form QR code to the working report form of %s', async (tenant) => {
    // Prepare
    const [formUrl] = decodedQrCodes((await poster(tenant)).html).slice(-1);

    // Act
    const response = await fetch(String(formUrl));

    // Assess
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`action="/${tenant}/lapor"`);
  });

  it.each(['blora', 'purwakarta', 'mesuji'])(
    'gives the emergency numbers and the safety note in Bahasa Indonesia on an A4 page for %s',
    async (tenant) => {
      // Act
      const { html } = await poster(tenant);

      // Assess
      expect(html).toContain('<html lang="id">');
      expect(html).toContain('@page{size:A4');
      expect(html).toMatch(/Darurat nasional <strong>112<\/strong>/);
      expect(html).toMatch(/SAPA 129 \(telepon\) <strong>129<\/strong>/);
      expect(html).toContain('Identitas Anda dirahasiakan');
      expect(html).toContain('Hapus riwayat chat jika ponsel dipakai bersama.');
    },
  );

  it('loads nothing and runs no script: only its own hashed style is allowed', async () => {
    // Act
    const { headers, html } = await poster('blora');

    // Assess
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).not.toContain('script-src');
    // The only absolute URLs: the SVG namespace (an identifier, never fetched) and the QR targets.
    expect(html).not.toMatch(/<script|<img|<link|https?:\/\/(?!wa\.me\/|localhost:|www\.w3\.org\/2000\/svg")/i);
    expect(headers.get('set-cookie')).toBeNull();
  });

  it("answers 404 with the error page when the regency is unknown", async () => {
    // Act
    const { status, html } = await poster('atlantis');

    // Assess
    expect(status).toBe(404);
    expect(html).toContain('Layanan kabupaten/kota ini tidak ditemukan.');
  });

  it('prints the configured public address when PUBLIC_BASE_URL is set', async () => {
    // Prepare
    const handler = createWebReportHandler({ ...runtime.deps, publicBaseUrl: 'https://lapor.bloraKab.go.id/' });

    // Act
    const result = await handler(posterEvent('blora', { host: 'attacker.example' }), {} as never);

    // Assess
    expect(decodedQrCodes(String(result.body)).at(-1)).toBe('https://lapor.bloraKab.go.id/blora/lapor');
  });

  it("prints the API's own https address when no public address is configured", async () => {
    // Prepare
    const handler = createWebReportHandler(runtime.deps);
    const host = 'abc123.execute-api.ap-southeast-3.amazonaws.com';

    // Act
    const result = await handler(posterEvent('blora', { host, 'x-forwarded-proto': 'https' }), {} as never);

    // Assess
    expect(decodedQrCodes(String(result.body)).at(-1)).toBe(`https://${host}/blora/lapor`);
  });

  it('answers 400 when the Host header is not a host name', async () => {
    // Prepare
    const handler = createWebReportHandler(runtime.deps);

    // Act
    const result = await handler(posterEvent('blora', { host: 'evil.example/"><script>' }), {} as never);

    // Assess
    expect(result.statusCode).toBe(400);
    expect(String(result.body)).not.toContain('evil.example');
  });

  it('answers 400, not 503, when the Host header is longer than a host name can be', async () => {
    // Prepare
    const handler = createWebReportHandler(runtime.deps);
    const host = Array.from({ length: 36 }, () => 'a'.repeat(63)).join('.');

    // Act
    const result = await handler(posterEvent('blora', { host }), {} as never);

    // Assess
    expect(result.statusCode).toBe(400);
    expect(String(result.body)).toContain('INVALID_FIELDS');
  });
});

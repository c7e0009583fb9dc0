import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForm } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

const filledForm = (submissionId: string) => ({
  submissionId,
  lang: 'id',
  service: 'pengaduan_kekerasan',
  category: '',
  narrative: 'Ibu di sebelah rumah sering dipukul suaminya, anaknya juga ketakutan.',
  kecamatan: 'Jepon',
  locationDetail: '',
  occurredDate: '',
  occurredDescription: 'tadi pagi',
  victimAgeGroup: 'dewasa',
  victimGender: 'perempuan',
  relationToReporter: 'tetangga',
  immediateDanger: 'tidak',
  anonymous: 'ya',
  consent: 'ya',
});

describe('GET /{tenant}/lapor', () => {
  it.each(['blora', 'purwakarta', 'mesuji'])('serves a cookie-free, uncached form with quick exit for %s', async (tenant) => {
    // Act
    const response = await fetch(`${runtime.url}/${tenant}/lapor`);
    const html = await response.text();

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toContain('Keluar cepat');
    expect(html).toMatch(/name="submissionId" value="[0-9A-Z]{26}"/);
  });

  it('switches the page to English when lang=en', async () => {
    // Act
    const html = await (await fetch(`${runtime.url}/blora/lapor?lang=en`)).text();

    // Assess
    expect(html).toContain('lang="en"');
    expect(html).toContain('Quick exit');
  });
});

describe('POST /{tenant}/lapor', () => {
  it('shows the reference and tracking code when the form is complete', async () => {
    // Act
    const { status, html } = await postForm(`${runtime.url}/blora/lapor`, filledForm('form-complete-1'));

    // Assess
    expect(status).toBe(200);
    expect(html).toMatch(/BLR-\d{4}-\d{5}/);
    expect(html).toMatch(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/);
  });

  it('shows the same reference and stores one case when the same form is submitted twice', async () => {
    // Act
    const first = await postForm(`${runtime.url}/purwakarta/lapor`, { ...filledForm('double-tap-1'), kecamatan: 'Wanayasa' });
    const second = await postForm(`${runtime.url}/purwakarta/lapor`, { ...filledForm('double-tap-1'), kecamatan: 'Wanayasa' });

    // Assess
    const reference = first.html.match(/PWK-\d{4}-\d{5}/)?.[0];
    const code = first.html.match(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/)?.[0];
    expect(reference).toBeDefined();
    expect(second.html).toContain(reference);
    expect(second.html).toContain(code);
    const cases = (await runtime.scanAll()).filter((i) => i.type === 'Case' && i.reference === reference);
    expect(cases).toHaveLength(1);
  });

  it('lets the reporter check the status with the code from the confirmation', async () => {
    // Prepare
    const { html } = await postForm(`${runtime.url}/mesuji/lapor`, { ...filledForm('status-1'), kecamatan: 'Way Serdang' });
    const reference = html.match(/MSJ-\d{4}-\d{5}/)?.[0] ?? '';
    const trackingCode = html.match(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/)?.[0] ?? '';

    // Act
    const found = await postForm(`${runtime.url}/mesuji/status`, { reference, trackingCode });
    const wrong = await postForm(`${runtime.url}/mesuji/status`, { reference, trackingCode: 'ZZZZ-ZZZZ-ZZZZ' });

    // Assess
    expect(found.status).toBe(200);
    expect(found.html).toContain('Diterima');
    expect(found.html).not.toContain('dipukul');
    expect(wrong.status).toBe(404);
    expect(wrong.html).toContain('tidak cocok');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderErrorPage } from '../../../../shared/channels/web/error-page.js';
import { QUICK_EXIT_URL } from '../../../../shared/channels/web/page-layout.js';
import { TenantsConfig } from '../../../../shared/tenancy/tenant.js';

const { tenants } = TenantsConfig.parse(
  JSON.parse(readFileSync(new URL('../../../../config/tenants.json', import.meta.url), 'utf8')),
);
const message = {
  id: 'Layanan sedang sibuk. Laporan Anda belum tersimpan, mohon kirim ulang sebentar lagi.',
  en: 'The service is busy. Your report is not saved yet; please send it again shortly.',
};

describe('renderErrorPage', () => {
  it('shows the message, the code and the way back when the tenant is known', () => {
    // Act
    const html = renderErrorPage({ lang: 'id', status: 503, code: 'TEMPORARILY_UNAVAILABLE', message, tenant: tenants[0] });

    // Assess
    expect(html).toContain(`<h1>${message.id}</h1>`);
    expect(html).toContain('TEMPORARILY_UNAVAILABLE (503)');
    expect(html).toContain('href="/blora/lapor"');
    expect(html).toContain('0895-3914-04000');
    expect(html).toContain(`href="${QUICK_EXIT_URL}"`);
  });

  it('still gives the national numbers and the quick exit when no tenant is known', () => {
    // Act
    const html = renderErrorPage({
      lang: 'en',
      status: 404,
      code: 'TENANT_NOT_FOUND',
      message: { id: 'Tidak ditemukan.', en: 'No service is registered for this regency or city.' },
    });

    // Assess
    expect(html).toContain('<h1>No service is registered for this regency or city.</h1>');
    expect(html).toContain('<a href="tel:112">112</a>');
    expect(html).toContain('>Quick exit</a>');
    expect(html).not.toContain('/lapor"');
  });
});

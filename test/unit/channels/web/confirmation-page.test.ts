import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderConfirmation } from '../../../../shared/channels/web/confirmation-page.js';
import { TenantsConfig } from '../../../../shared/tenancy/tenant.js';

const { tenants } = TenantsConfig.parse(
  JSON.parse(readFileSync(new URL('../../../../config/tenants.json', import.meta.url), 'utf8')),
);
const mesuji = tenants.find((t) => t.id === 'mesuji')!;
const receipt = {
  reference: 'MSJ-2026-00042',
  trackingCode: 'K7QP-M2XD-9WTR',
  status: 'diterima',
  urgency: 'NORMAL',
  dueAt: '2026-11-24T02:14:00.000Z',
} as const;

describe('renderConfirmation', () => {
  it('shows the reference, the tracking code and the due time in WIB when a report was accepted', () => {
    // Act
    const html = renderConfirmation({ tenant: mesuji, lang: 'id', receipt });

    // Assess
    expect(html).toContain('<dd class="code" data-testid="reference">MSJ-2026-00042</dd>');
    expect(html).toContain('<dd class="code" data-testid="tracking-code">K7QP-M2XD-9WTR</dd>');
    expect(html).toContain('Simpan nomor laporan dan kode ini. Kode hanya ditampilkan sekali.');
    expect(html).toContain('Selasa, 24 November 2026 pukul 09.14 WIB');
    expect(html).toContain('Diterima, menunggu asesmen');
  });

  it('gives the numbers to call and the way to check status when a report was accepted', () => {
    // Act
    const html = renderConfirmation({ tenant: mesuji, lang: 'id', receipt });

    // Assess
    expect(html).toContain('<a href="tel:081271857372">0812-7185-7372</a>');
    expect(html).toContain('<a href="tel:112">112</a>');
    expect(html).toContain('<a href="tel:129">129</a>');
    expect(html).toContain('<a href="https://wa.me/628111129129?text=Halo" rel="noreferrer noopener">08111-129-129</a>');
    expect(html).toContain('href="/mesuji/status"');
    expect(html).toContain('tidak disimpan di peramban');
  });

  it('starts with 112 and the other numbers, says the on-call team is alerted, and gives the due time when the case is DARURAT', () => {
    // Act
    const html = renderConfirmation({ tenant: mesuji, lang: 'id', receipt: { ...receipt, urgency: 'DARURAT', dueAt: '2026-11-23T03:14:00.000Z' } });
    const main = html.slice(html.indexOf('<main>'));

    // Assess
    expect(main.match(/<a [^>]*>/)?.[0]).toContain('href="tel:112"');
    expect(main.indexOf('Telepon 112')).toBeLessThan(main.indexOf('Nomor laporan'));
    for (const number of ['110', '129', '08111-129-129', '0812-7185-7372']) expect(main.indexOf(`>${number}</a>`)).toBeLessThan(main.indexOf('Nomor laporan'));
    expect(main).toContain('<h1 id="emergency-title">Jika Anda dalam bahaya, telepon 112 sekarang</h1>');
    expect(main).toContain('Petugas jaga sudah diberi tahu sekarang.');
    expect(main).toContain('<strong data-testid="due">Senin, 23 November 2026 pukul 10.14 WIB</strong>');
    expect(main).toContain('<dd class="code" data-testid="tracking-code">K7QP-M2XD-9WTR</dd>');
  });

  it('keeps the ordinary receipt first when the case is not DARURAT', () => {
    // Act
    const html = renderConfirmation({ tenant: mesuji, lang: 'en', receipt: { ...receipt, urgency: 'TINGGI' } });

    // Assess
    expect(html).not.toContain('data-testid="emergency"');
    expect(html).not.toContain('alerted now');
    expect(html).toContain('<h1>Your report has been received</h1>');
  });

  it('tells the reporter what was left out when a notice comes with the receipt', () => {
    // Act
    const html = renderConfirmation({
      tenant: mesuji,
      lang: 'en',
      receipt: { ...receipt, urgency: 'DARURAT' },
      notice: { id: 'Nomor tidak terbaca.', en: 'The number could not be read.' },
    });

    // Assess
    expect(html).toContain('<p class="note danger" role="alert" data-testid="notice">The number could not be read.</p>');
  });

  it('offers no language switch when shown, because following it would lose the one-time code', () => {
    // Act
    const html = renderConfirmation({ tenant: mesuji, lang: 'en', receipt });

    // Assess
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('The code is shown only once.');
    expect(html).not.toContain('?lang=');
  });

  it('escapes the receipt when it carries markup', () => {
    // Act
    const html = renderConfirmation({
      tenant: mesuji,
      lang: 'id',
      receipt: { ...receipt, reference: '<script>x</script>', trackingCode: '"><i>' },
    });

    // Assess
    expect(html).not.toContain('<script>x');
    expect(html).not.toContain('"><i>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
  });
});

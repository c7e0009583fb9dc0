import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESS_PERMISSIONS_POLICY, renderEmergencyPressPage } from '#shared/channels/web/emergency-press-page.js';
import { TenantsConfig } from '#shared/tenancy/tenant.js';

const { tenants } = TenantsConfig.parse(JSON.parse(readFileSync(new URL('../../../../config/tenants.json', import.meta.url), 'utf8')));
const blora = tenants.find((t) => t.id === 'blora')!;

describe('renderEmergencyPressPage', () => {
  it('makes the press the first control after the quick exit and the language switch', () => {
    // Act
    const html = renderEmergencyPressPage({ tenant: blora, lang: 'id', submissionId: '01JPRESS' });
    const main = html.slice(html.indexOf('<main>'));

    // Assess
    expect(main.match(/<(a|button|input|select)\b(?![^>]*type="hidden")[^>]*>/)?.[0]).toContain('data-testid="press"');
    expect(main).toContain('<form method="post" action="/blora/darurat" id="press-form" autocomplete="off">');
    expect(main).toContain('<input type="hidden" name="submissionId" value="01JPRESS">');
    expect(main).toContain('Tekan untuk minta bantuan');
  });

  it('shows 112 and every other number before pressing', () => {
    // Act
    const html = renderEmergencyPressPage({ tenant: blora, lang: 'en', submissionId: '01JPRESS' });

    // Assess
    expect(html).toContain('<a class="call" href="tel:112" data-testid="call-112">Call 112');
    for (const number of ['110', '129', '08111-129-129', '0895-3914-04000']) expect(html).toContain(`>${number}</a>`);
  });

  it('offers the location only to a script that can ask for it, and the kecamatan list and a number to everyone', () => {
    // Act
    const html = renderEmergencyPressPage({ tenant: blora, lang: 'id', submissionId: '01JPRESS' });

    // Assess
    expect(html).toContain('<div id="locate-box" class="field" hidden>');
    for (const kecamatan of blora.kecamatan) expect(html).toContain(`<option value="${kecamatan}">${kecamatan}</option>`);
    expect(html).toContain('<input type="tel" id="f-phone" name="phone" value="" autocomplete="off" aria-describedby="h-phone">');
    expect(PRESS_PERMISSIONS_POLICY).toContain('geolocation=(self)');
  });

  it('links its manifest and icon so that the page can go on the home screen under a neutral name', () => {
    // Act
    const html = renderEmergencyPressPage({ tenant: blora, lang: 'en', submissionId: '01JPRESS' });

    // Assess
    expect(html).toContain('<link rel="manifest" href="/blora/manifest.webmanifest?lang=en">');
    expect(html).toContain('<link rel="icon" href="/blora/icon.png" type="image/png">');
    expect(html).toContain('<meta name="application-name" content="Layanan Blora">');
  });

  it('puts the refusal and 112 at the top and keeps what was typed when the press was refused', () => {
    // Act
    const html = renderEmergencyPressPage({
      tenant: blora,
      lang: 'id',
      submissionId: '01JPRESS',
      values: { phone: '0812"><b>', kecamatan: 'Cepu', latitude: '-6.9' },
      refusal: { id: 'Terlalu banyak permintaan. Mohon coba lagi dalam 12 menit.', en: 'Too many requests.' },
    });
    const main = html.slice(html.indexOf('<main>'));

    // Assess
    expect(main.indexOf('role="alert"')).toBeLessThan(main.indexOf('data-testid="press"'));
    expect(main.indexOf('href="tel:112"')).toBeLessThan(main.indexOf('data-testid="press"'));
    expect(main).toContain('<h2 id="refusal-title">Terlalu banyak permintaan. Mohon coba lagi dalam 12 menit.</h2>');
    expect(main).toContain('value="0812&quot;&gt;&lt;b&gt;"');
    expect(main).toContain('<option value="Cepu" selected>Cepu</option>');
    expect(main).toContain('<input type="hidden" name="latitude" value="-6.9">');
    expect(html).toContain('<title>Kesalahan: Layanan Kabupaten Blora</title>');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderStatusForm, renderStatusResult, type StatusResultPageInput } from '../../../../shared/channels/web/status-pages.js';
import { TenantsConfig } from '../../../../shared/tenancy/tenant.js';

const { tenants } = TenantsConfig.parse(
  JSON.parse(readFileSync(new URL('../../../../config/tenants.json', import.meta.url), 'utf8')),
);
const purwakarta = tenants.find((t) => t.id === 'purwakarta')!;
const mainOf = (html: string) => html.slice(html.indexOf('<main>'), html.indexOf('</main>'));

describe('renderStatusForm', () => {
  it('posts the reference and tracking code to the tenant status path', () => {
    // Act
    const html = renderStatusForm({ tenant: purwakarta, lang: 'id' });

    // Assess
    expect(html).toContain('<form method="post" action="/purwakarta/status"');
    expect(html).toMatch(/<label for="f-reference">Nomor laporan<\/label>.*<input type="text" id="f-reference" name="reference"/s);
    expect(html).toMatch(/<label for="f-trackingCode">Kode pelacakan<\/label>.*<input type="text" id="f-trackingCode" name="trackingCode"/s);
    expect(html).not.toContain('role="alert"');
  });

  it('says only that the pair does not match when the report was not found', () => {
    // Act
    const html = renderStatusForm({ tenant: purwakarta, lang: 'id', notFound: true });

    // Assess
    expect(html).toContain('<div class="error-summary" role="alert"><ul><li>Nomor laporan atau kode pelacakan tidak cocok.</li></ul></div>');
  });

  it('marks the field when its input is invalid', () => {
    // Act
    const html = renderStatusForm({
      tenant: purwakarta,
      lang: 'en',
      errors: [{ field: 'reference', issue: 'Too short' }],
    });

    // Assess
    expect(html).toContain('<a href="#f-reference">Report number: Too short</a>');
    expect(html).toMatch(/id="f-reference"[^>]*aria-describedby="h-reference e-reference" aria-invalid="true"/);
  });
});

describe('renderStatusResult', () => {
  it('shows nothing but the status and the time when given a whole case record', () => {
    // Prepare: a store row carries more than the page may show; only the allowed fields must come out.
    const record = {
      reference: 'PWK-2026-00007',
      status: 'penanganan',
      updatedAt: '2026-11-24T02:14:00.000Z',
      caseId: '01JCASEIDSHOULDNOTSHOW',
      trackingHash: 'hash-should-not-show',
      kecamatan: 'Plered',
      category: 'kekerasan_seksual',
      narrative: 'cerita yang tidak boleh tampil',
    } as const;
    const result: StatusResultPageInput['result'] = record;

    // Act
    const main = mainOf(renderStatusResult({ tenant: purwakarta, lang: 'id', result }));

    // Assess
    expect(main).toContain('<dd data-testid="status">Sedang ditangani</dd>');
    expect(main).toContain('<dd data-testid="updated-at">Selasa, 24 November 2026 pukul 09.14 WIB</dd>');
    for (const hidden of ['01JCASEIDSHOULDNOTSHOW', 'hash-should-not-show', 'Plered', 'seksual', 'cerita']) {
      expect(main).not.toContain(hidden);
    }
    expect(main.match(/<dd\b/g)).toHaveLength(3);
  });
});

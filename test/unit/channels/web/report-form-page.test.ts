import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_FORM_FIELDS } from '../../../../shared/channels/web/report-form.js';
import { renderReportForm } from '../../../../shared/channels/web/report-form-page.js';
import { TenantsConfig } from '../../../../shared/tenancy/tenant.js';

const { tenants } = TenantsConfig.parse(
  JSON.parse(readFileSync(new URL('../../../../config/tenants.json', import.meta.url), 'utf8')),
);
const blora = tenants.find((t) => t.id === 'blora')!;

/** The opening tags of every control a person can reach (hidden inputs excluded). */
const visibleControls = (html: string) =>
  (html.match(/<(?:input|select|textarea)\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('type="hidden"'));
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

describe('renderReportForm', () => {
  it.each(tenants.map((t) => [t.id, t] as const))('lists the kecamatan and hotlines of %s', (_id, tenant) => {
    // Act
    const html = renderReportForm({ tenant, lang: 'id', submissionId: 'sub-1' });

    // Assess
    expect(html).toContain(`action="/${tenant.id}/lapor"`);
    for (const kecamatan of tenant.kecamatan) expect(html).toContain(`<option value="${kecamatan}">${kecamatan}</option>`);
    for (const hotline of tenant.hotlines) expect(html).toContain(hotline.number);
    expect(html).toContain('href="tel:112"');
    expect(html).toContain('href="tel:129"');
    expect(html).toContain('Jika ada yang dalam bahaya sekarang, telepon 112');
  });

  it('labels every control when rendered in either language', () => {
    for (const lang of ['id', 'en'] as const) {
      // Act
      const html = renderReportForm({ tenant: blora, lang, submissionId: 'sub-1' });
      const controls = visibleControls(html);

      // Assess
      expect(controls.length).toBeGreaterThan(20);
      for (const tag of controls) {
        const id = attr(tag, 'id');
        expect(id, tag).toBeDefined();
        expect(html.match(new RegExp(`<label [^>]*for="${id}"`, 'g')), tag).toHaveLength(1);
      }
    }
  });

  it('posts exactly the fields parseReportForm reads', () => {
    // Act
    const html = renderReportForm({ tenant: blora, lang: 'id', submissionId: 'sub-1' });
    const names = new Set((html.match(/<(?:input|select|textarea)\b[^>]*>/g) ?? []).map((tag) => attr(tag, 'name')));

    // Assess
    expect(names).toEqual(new Set([...REPORT_FORM_FIELDS, 'submissionId', 'lang']));
    expect(html).toContain('<input type="hidden" name="submissionId" value="sub-1">');
  });

  it('defaults to anonymous and to reporting violence when nothing was typed yet', () => {
    // Act
    const html = renderReportForm({ tenant: blora, lang: 'id', submissionId: 'sub-1' });

    // Assess
    expect(html).toMatch(/name="anonymous" value="ya" checked/);
    expect(html).toMatch(/name="service" value="pengaduan_kekerasan" checked/);
    expect(html).toContain('Identitas Anda dan korban dirahasiakan');
  });

  it('escapes typed values when they contain markup', () => {
    // Prepare
    const values = {
      narrative: '</textarea><script>alert(1)</script>',
      reporterName: '"><script>alert(2)</script>',
      kecamatan: 'Cepu',
    };

    // Act
    const html = renderReportForm({ tenant: blora, lang: 'id', submissionId: '"><b>', values });

    // Assess
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('"><b>');
    expect(html).toContain('&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"');
    expect(html).toContain('<option value="Cepu" selected>');
  });

  it('re-fills identity, choices and ticks when the reporter is sent back to fix an error', () => {
    // Prepare
    const values = { anonymous: 'tidak', reporterPhone: '0812 3456 789', victimGender: 'perempuan', consent: 'ya' };

    // Act
    const html = renderReportForm({ tenant: blora, lang: 'id', submissionId: 'sub-1', values });

    // Assess
    expect(html).toMatch(/name="anonymous" value="tidak" checked/);
    expect(html).not.toMatch(/name="anonymous" value="ya" checked/);
    expect(html).toContain('name="reporterPhone" value="0812 3456 789"');
    expect(html).toMatch(/name="victimGender" value="perempuan" checked/);
    expect(html).toMatch(/name="consent" value="ya" checked/);
  });

  it('places errors by submission path or form field when validation failed', () => {
    // Prepare
    const errors = [
      { field: 'reporter.phone', issue: 'nomor HP Indonesia, contoh 0812xxxxxxx' },
      { field: 'consent.dataProcessing', issue: 'persetujuan diperlukan agar laporan dapat diproses' },
      { field: 'narrative', issue: '<b>ceritakan</b>' },
      { field: 'channelRef', issue: 'form kedaluwarsa' },
    ];

    // Act
    const html = renderReportForm({ tenant: blora, lang: 'id', submissionId: 'sub-1', errors });
    const control = (name: string) => visibleControls(html).find((tag) => attr(tag, 'id') === `f-${name}`)!;

    // Assess
    expect(html).toContain('<title>Kesalahan: ');
    expect(html).toMatch(/<div class="error-summary" role="alert"/);
    expect(html).toContain('<a href="#f-reporterPhone">Nomor HP Anda: nomor HP Indonesia, contoh 0812xxxxxxx</a>');
    expect(html).toContain('<a href="#f-consent">');
    expect(html).toContain('<li>form kedaluwarsa</li>');
    expect(html).toContain('&lt;b&gt;ceritakan&lt;/b&gt;');
    for (const name of ['reporterPhone', 'consent', 'narrative']) {
      expect(attr(control(name), 'aria-invalid')).toBe('true');
      expect(attr(control(name), 'aria-describedby')).toContain(`e-${name}`);
      expect(html).toContain(`<p class="error" id="e-${name}">`);
    }
  });

  it('heads the summary with the refusal and keeps every answer when the report was refused whole', () => {
    // Prepare
    const refusal = { id: 'Layanan sedang sibuk. Mohon kirim ulang.', en: 'The service is busy. Please send it again.' };
    const values = { narrative: 'Saya dipukul <lagi>', reporterPhone: '0812 3456 789', anonymous: 'tidak' };

    // Act
    const html = renderReportForm({ tenant: blora, lang: 'en', submissionId: 'sub-7', values, refusal });

    // Assess
    expect(html).toContain('<title>Error: ');
    expect(html).toContain('<h2 id="error-summary-title">The service is busy. Please send it again.</h2>');
    expect(html).toContain('<p>What you wrote is still below.</p>');
    expect(html).not.toContain('<ul></ul>');
    expect(html).toContain('<input type="hidden" name="submissionId" value="sub-7">');
    expect(html).toContain('Saya dipukul &lt;lagi&gt;</textarea>');
    expect(html).toContain('name="reporterPhone" value="0812 3456 789"');
    expect(visibleControls(html).some((tag) => attr(tag, 'aria-invalid') === 'true')).toBe(false);
  });

  it('describes a radio group with its error when the group is invalid', () => {
    // Act
    const html = renderReportForm({
      tenant: blora,
      lang: 'en',
      submissionId: 'sub-1',
      errors: [{ field: 'service', issue: 'Invalid option' }],
    });

    // Assess
    expect(html).toContain('<fieldset aria-describedby="e-service"><legend>What help do you need?</legend>');
    expect(html).toContain('<a href="#f-service">What help do you need?: Invalid option</a>');
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderConfirmation } from '../../../../shared/channels/web/confirmation-page.js';
import { renderErrorPage } from '../../../../shared/channels/web/error-page.js';
import { escapeHtml, PAGE_CSP, QUICK_EXIT_URL, renderPage } from '../../../../shared/channels/web/page-layout.js';
import { renderReportForm } from '../../../../shared/channels/web/report-form-page.js';
import { renderStatusForm, renderStatusResult } from '../../../../shared/channels/web/status-pages.js';
import { TenantsConfig } from '../../../../shared/tenancy/tenant.js';

const { tenants } = TenantsConfig.parse(
  JSON.parse(readFileSync(new URL('../../../../config/tenants.json', import.meta.url), 'utf8')),
);
const tenant = tenants[0]!;

const allPages = () => ({
  form: renderReportForm({ tenant, lang: 'id', submissionId: 'sub-1' }),
  confirmation: renderConfirmation({
    tenant,
    lang: 'id',
    receipt: { reference: 'BLR-2026-00042', trackingCode: 'K7QP-M2XD', status: 'diterima', dueAt: '2026-11-24T02:14:00.000Z' },
  }),
  statusForm: renderStatusForm({ tenant, lang: 'en', notFound: true }),
  statusResult: renderStatusResult({
    tenant,
    lang: 'id',
    result: { reference: 'BLR-2026-00042', status: 'asesmen', updatedAt: '2026-11-24T02:14:00.000Z' },
  }),
  error: renderErrorPage({ lang: 'id', status: 404, code: 'NOT_FOUND', message: { id: 'Halaman tidak ditemukan.', en: 'Page not found.' } }),
});

const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('escapeHtml', () => {
  it('escapes every character that can open a tag or close an attribute when given markup', () => {
    // Prepare
    const hostile = `<script>alert("x")</script>' & "`;

    // Act
    const escaped = escapeHtml(hostile);

    // Assess
    expect(escaped).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; &amp; &quot;');
  });
});

describe('renderPage', () => {
  it('declares Indonesian by default and English when lang is en', () => {
    // Prepare
    const input = { title: 'T', body: '<p>x</p>' };

    // Act
    const id = renderPage({ ...input, lang: 'id' });
    const en = renderPage({ ...input, lang: 'en' });

    // Assess
    expect(id).toContain('<html lang="id">');
    expect(id).toContain('>Keluar cepat</a>');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('>Quick exit</a>');
  });

  it('links to the other language on the same path when the switch is on', () => {
    // Act
    const html = renderPage({ lang: 'id', title: 'T', body: '' });

    // Assess
    expect(html).toContain('href="?lang=en"');
    expect(html).not.toContain('href="?lang=id"');
  });

  it('escapes the title when it carries markup', () => {
    // Act
    const html = renderPage({ lang: 'id', title: '<script>x</script>', body: '' });

    // Assess
    expect(html).toContain('<title>&lt;script&gt;x&lt;/script&gt;</title>');
  });
});

describe('reporter pages', () => {
  it.each(Object.entries(allPages()))('put the quick exit first on the %s page', (_name, html) => {
    // Act
    const body = html.slice(html.indexOf('<body>'));
    const firstLink = body.match(/<a [^>]*>/)?.[0];

    // Assess
    expect(firstLink).toContain(`href="${QUICK_EXIT_URL}"`);
    expect(firstLink).toContain('rel="noreferrer noopener"');
    expect(body).toContain('location.replace(');
  });

  it.each(Object.entries(allPages()))('load nothing from elsewhere but the quick exit on the %s page', (_name, html) => {
    // Act
    const absoluteUrls = html.match(/(?:https?:)?\/\/[^\s"'<>)]+/g) ?? [];
    const sources = html.match(/\ssrc=/g) ?? [];

    // Assess
    expect(new Set(absoluteUrls)).toEqual(new Set([QUICK_EXIT_URL]));
    expect(sources).toEqual([]);
  });

  it.each(Object.entries(allPages()))('run only the style and script the CSP allows on the %s page', (_name, html) => {
    // Act
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

    // Assess
    expect(styles).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(PAGE_CSP).toContain(`style-src ${cspHash(styles[0]!)}`);
    expect(PAGE_CSP).toContain(`script-src ${cspHash(scripts[0]!)}`);
    // Inline attributes would be blocked by the CSP: none may exist.
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/i);
  });
});

describe('PAGE_CSP', () => {
  it('denies everything not listed when read by a browser', () => {
    // Assess
    expect(PAGE_CSP.split('; ')).toEqual([
      "default-src 'none'",
      expect.stringMatching(/^style-src 'sha256-[A-Za-z0-9+/]{43}='$/),
      expect.stringMatching(/^script-src 'sha256-[A-Za-z0-9+/]{43}='$/),
      "img-src 'self' data:",
      "form-action 'self'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]);
  });
});

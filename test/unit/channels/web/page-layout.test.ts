import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderConfirmation } from '../../../../shared/channels/web/confirmation-page.js';
import { renderErrorPage } from '../../../../shared/channels/web/error-page.js';
import { PRESS_PAGE_CSP, renderEmergencyPressPage } from '../../../../shared/channels/web/emergency-press-page.js';
import { escapeHtml, PAGE_CSP, QUICK_EXIT_URL, renderHelpNumbers, renderPage } from '../../../../shared/channels/web/page-layout.js';
import { renderReportForm } from '../../../../shared/channels/web/report-form-page.js';
import { renderStatusForm, renderStatusResult } from '../../../../shared/channels/web/status-pages.js';
import { TenantsConfig } from '../../../../shared/tenancy/tenant.js';

const { tenants } = TenantsConfig.parse(
  JSON.parse(readFileSync(new URL('../../../../config/tenants.json', import.meta.url), 'utf8')),
);
const tenant = tenants[0]!;

const receipt = { reference: 'BLR-2026-00042', trackingCode: 'K7QP-M2XD', status: 'diterima', dueAt: '2026-11-24T02:14:00.000Z' } as const;

const allPages = () => ({
  form: renderReportForm({ tenant, lang: 'id', submissionId: 'sub-1' }),
  confirmation: renderConfirmation({ tenant, lang: 'id', receipt: { ...receipt, urgency: 'NORMAL' } }),
  emergencyConfirmation: renderConfirmation({ tenant, lang: 'en', receipt: { ...receipt, urgency: 'DARURAT' } }),
  statusForm: renderStatusForm({ tenant, lang: 'en', notFound: true }),
  statusResult: renderStatusResult({
    tenant,
    lang: 'id',
    result: { reference: 'BLR-2026-00042', status: 'asesmen', updatedAt: '2026-11-24T02:14:00.000Z' },
  }),
  error: renderErrorPage({ lang: 'id', status: 404, code: 'NOT_FOUND', message: { id: 'Halaman tidak ditemukan.', en: 'Page not found.' }, tenant }),
  press: renderEmergencyPressPage({ tenant, lang: 'id', submissionId: 'sub-2' }),
  pressRefused: renderEmergencyPressPage({
    tenant,
    lang: 'en',
    submissionId: 'sub-2',
    refusal: { id: 'Terlalu banyak permintaan.', en: 'Too many requests.' },
  }),
});

/** The CSP each page is served with (functions/web-report/handler.ts). */
const cspOf = (name: string) => (name.startsWith('press') ? PRESS_PAGE_CSP : PAGE_CSP);

/** Links that leave for a WhatsApp chat: navigation when tapped, nothing loaded with the page. */
const WHATSAPP_CHAT = /^https:\/\/wa\.me\/62[0-9]{8,13}\?text=Halo$/;

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

  it('names each language with its visible code first, so that the accessible name contains what is seen', () => {
    // Act
    const html = renderPage({ lang: 'id', title: 'T', body: '' });
    const nav = html.match(/<nav class="lang"[\s\S]*?<\/nav>/)?.[0] ?? '';

    // Assess
    expect(nav).not.toMatch(/<(a|strong)[^>]*aria-label/);
    expect(nav).toContain('<strong aria-current="true">ID<span class="sr-only" lang="id"> Bahasa Indonesia</span></strong>');
    expect(nav).toContain('<a href="?lang=en" hreflang="en">EN<span class="sr-only" lang="en"> English</span></a>');
  });

  it('keeps the header with the quick exit in view at any scroll position without a script', () => {
    // Act
    const style = renderPage({ lang: 'id', title: 'T', body: '' }).match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';

    // Assess
    expect(style).toMatch(/\.top\{position:sticky;top:0;/);
    expect(style).toMatch(/scroll-padding-top:/);
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

  it.each(Object.entries(allPages()))('load nothing from elsewhere, linking out only to the quick exit and WhatsApp chats, on the %s page', (_name, html) => {
    // Act
    const absoluteUrls = (html.match(/(?:https?:)?\/\/[^\s"'<>)]+/g) ?? []).map((url) => url.replaceAll('&amp;', '&'));
    const sources = html.match(/\ssrc=/g) ?? [];

    // Assess
    expect(absoluteUrls).toContain(QUICK_EXIT_URL);
    expect(absoluteUrls.filter((url) => url !== QUICK_EXIT_URL && !WHATSAPP_CHAT.test(url))).toEqual([]);
    expect(sources).toEqual([]);
  });

  it.each(Object.entries(allPages()))('open WhatsApp numbers as a chat and call the others on the %s page', (_name, html) => {
    // Act
    const links = [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]*)</g)].map((m) => ({ href: m[1] ?? '', text: m[2] ?? '' }));

    // Assess
    expect(links.find((l) => l.text === '08111-129-129')?.href).toBe('https://wa.me/628111129129?text=Halo');
    expect(links.find((l) => l.text === '0895-3914-04000')?.href).toBe('https://wa.me/62895391404000?text=Halo');
    expect(links.find((l) => l.text === '110')?.href).toBe('tel:110');
  });

  it.each(Object.entries(allPages()))('name the service neutrally in the title, which stays in the history, on the %s page', (_name, html) => {
    // Act
    const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';

    // Assess
    expect(title).toMatch(/Layanan Kabupaten Blora$/);
    expect(title).not.toMatch(/lapor|kekerasan|pengaduan|perempuan|anak|report|violence|abuse|darurat|emergency|BLR-/i);
  });

  it.each(Object.entries(allPages()))('tell how to clear the history and why a private tab is safer on the %s page', (_name, html) => {
    // Assess
    expect(html).toMatch(/<details class="safety"><summary>(Keamanan Anda|Your safety)<\/summary>/);
    expect(html).toMatch(/Hapus data penjelajahan|Delete browsing data/);
    expect(html).toMatch(/Tab samaran baru|New Incognito tab/);
  });

  it.each(Object.entries(allPages()))('run only the style and scripts the CSP allows on the %s page', (name, html) => {
    // Act
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const csp = cspOf(name);

    // Assess
    expect(styles).toHaveLength(1);
    expect(csp).toContain(`style-src ${cspHash(styles[0]!)}`);
    expect(csp.match(/script-src ([^;]*)/)?.[1]?.split(' ')).toEqual(scripts.map(cspHash));
    // Inline attributes would be blocked by the CSP: none may exist.
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/i);
  });
});

describe('renderHelpNumbers', () => {
  it('says the hours once when the hotline label already carries them', () => {
    // Prepare
    const purwakarta = tenants.find((t) => t.id === 'purwakarta')!;

    // Act
    const html = renderHelpNumbers('id', purwakarta);

    // Assess
    expect(html).toContain('WhatsApp P2TP2A (24 jam): <a href="https://wa.me/6287820600744?text=Halo" rel="noreferrer noopener">0878-2060-0744</a></li>');
    expect(renderHelpNumbers('id', tenant)).toContain('0895-3914-04000</a> (24 jam)</li>');
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

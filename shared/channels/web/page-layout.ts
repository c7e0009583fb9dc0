/**
 * The HTML shell every reporter page shares: quick exit, language switch, inline CSS and a strict CSP.
 * Pages must work on a cheap Android phone without JavaScript and load nothing from third parties.
 */
import { createHash } from 'node:crypto';
import type { Language } from '../../domain/vocabulary.js';
import type { BilingualMessage, FieldIssue } from '../../errors.js';
import { NATIONAL_EMERGENCY_NUMBERS, type Tenant } from '../../tenancy/tenant.js';

/** Picks the text for the page language; every product string exists in both. */
export function t(lang: Language, text: BilingualMessage): string {
  return text[lang];
}

/** A field issue in the page's language (English rule text when no translation came with it). */
export function issueText(lang: Language, issue: FieldIssue): string {
  return issue.message ? t(lang, issue.message) : issue.issue;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Where the quick exit lands: a recipe search, which draws no attention on a shared phone. */
export const QUICK_EXIT_URL = 'https://www.google.com/search?q=resep+masakan+sederhana';

// Progressive enhancement in ES5 for old phones: `replace` keeps Back from returning here; Escape leaves too.
const QUICK_EXIT_SCRIPT = `
(function () {
  var exitUrl = ${JSON.stringify(QUICK_EXIT_URL)};
  function leave(event) { event.preventDefault(); location.replace(exitUrl); }
  var link = document.getElementById('quick-exit');
  if (link) link.addEventListener('click', leave);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' || event.key === 'Esc') leave(event);
  });
})();
`;

// Colours keep at least 4.5:1 contrast; every control is at least 48px tall for thumbs.
const PAGE_STYLE = [
  '*{box-sizing:border-box}',
  'html{font-size:112.5%;-webkit-text-size-adjust:100%}',
  'body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}',
  '.top{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem;padding:.5rem 1rem;background:#f2f2f2;border-bottom:1px solid #767676}',
  '.quick-exit{display:inline-flex;align-items:center;min-height:48px;padding:.5rem 1.25rem;background:#a4001d;color:#fff;font-weight:700;text-decoration:none;border-radius:4px}',
  '.lang a,.lang strong{display:inline-flex;align-items:center;justify-content:center;min-width:48px;min-height:48px}',
  'main{max-width:40rem;margin:0 auto;padding:1rem}',
  '.tenant{margin:0;font-size:.9rem;color:#3d3d3d}',
  'h1{font-size:1.5rem;line-height:1.25}',
  'h2{font-size:1.2rem}',
  'a{color:#0b4fb3}',
  'a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #1a1a1a;outline-offset:2px;box-shadow:0 0 0 6px #ffd24d}',
  'fieldset{border:1px solid #767676;border-radius:4px;margin:0 0 1.25rem;padding:.75rem 1rem}',
  'legend{font-weight:700;padding:0 .25rem}',
  '.field{margin:0 0 1.25rem}',
  'label{display:block;font-weight:600}',
  '.hint{display:block;margin:.25rem 0;color:#3d3d3d;font-size:.9rem}',
  'input[type=text],input[type=tel],input[type=date],select,textarea{display:block;width:100%;min-height:48px;margin-top:.25rem;padding:.5rem;font:inherit;color:inherit;background:#fff;border:2px solid #1a1a1a;border-radius:4px}',
  'textarea{min-height:8rem}',
  '.choice{display:flex;align-items:center;gap:.75rem;min-height:48px;font-weight:400}',
  '.choice input{width:1.5rem;height:1.5rem;margin:0;flex:none}',
  'button{min-height:48px;width:100%;padding:.75rem 1rem;font:inherit;font-weight:700;color:#fff;background:#0b6b3a;border:0;border-radius:4px}',
  '.note{padding:.75rem 1rem;border-left:6px solid #0b4fb3;background:#eef3fb}',
  '.danger{border-left-color:#a4001d;background:#fbeeee}',
  '.error-summary{padding:.75rem 1rem;border:4px solid #a4001d;margin-bottom:1.25rem}',
  '.error{display:block;color:#a4001d;font-weight:700}',
  '[aria-invalid=true]{border-color:#a4001d}',
  '.code{margin:0 0 .75rem;font-size:clamp(1.1rem,6vw,1.5rem);font-weight:700;letter-spacing:.05em;white-space:nowrap;font-family:ui-monospace,monospace}',
  '.numbers{padding-left:1.25rem}',
].join('');

/** A CSP source for one inline script or style. */
export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The Content-Security-Policy for every page: only our own inline style and quick-exit script run. */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src ${sha256(PAGE_STYLE)}`,
  `script-src ${sha256(QUICK_EXIT_SCRIPT)}`,
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface PageInput {
  readonly lang: Language;
  readonly title: string;
  readonly tenant?: Tenant;
  /** Already-escaped HTML of the page's main content. */
  readonly body: string;
  /**
   * Off on pages answering a POST (the confirmation): following `?lang=` there would load the empty form
   * and lose the tracking code that is shown only once.
   */
  readonly languageSwitch?: boolean;
}

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { id: 'Bahasa Indonesia', en: 'English' };

// A relative `?lang=` link reloads the same path in the other language.
function renderLanguageSwitch(lang: Language): string {
  const item = (l: Language) =>
    l === lang
      ? `<strong aria-current="true">${l.toUpperCase()}</strong>`
      : `<a href="?lang=${l}" hreflang="${l}" lang="${l}" aria-label="${LANGUAGE_NAMES[l]}">${l.toUpperCase()}</a>`;
  return `<nav class="lang" aria-label="${t(lang, { id: 'Bahasa', en: 'Language' })}">${item('id')} / ${item('en')}</nav>`;
}

/** The id of the notice on every page of a smoke-test regency (`npm run smoke` checks for it before filing). */
export const SMOKE_TEST_NOTICE_ID = 'uji-coba-teknis';

/** Someone who lands on the test regency's form must not believe their report reaches anyone. */
function renderSmokeTestNotice(lang: Language): string {
  return `<p class="note danger" id="${SMOKE_TEST_NOTICE_ID}"><strong>${t(lang, {
    id: 'Halaman ini hanya untuk uji coba teknis oleh petugas TI. Laporan yang dikirim di sini TIDAK ditangani siapa pun. Untuk melaporkan kekerasan, hubungi SAPA 129 (telepon 129, WhatsApp 08111-129-129), atau 112 jika darurat.',
    en: 'This page is only for technical tests by IT staff. Reports sent here are NOT handled by anyone. To report violence, contact SAPA 129 (call 129, WhatsApp 08111-129-129), or 112 in an emergency.',
  })}</strong></p>`;
}

/** Renders a complete HTML document around `body`, with the quick exit first in reading and tab order. */
export function renderPage({ lang, title, tenant, body, languageSwitch = true }: PageInput): string {
  const tenantLine = tenant
    ? `<p class="tenant">${escapeHtml(tenant.serviceName)} · ${escapeHtml(tenant.displayName)}</p>`
    : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header class="top">
<a id="quick-exit" class="quick-exit" href="${QUICK_EXIT_URL}" rel="noreferrer noopener">${t(lang, { id: 'Keluar cepat', en: 'Quick exit' })}</a>
<script>${QUICK_EXIT_SCRIPT}</script>
${languageSwitch ? renderLanguageSwitch(lang) : ''}
</header>
<main>
${tenantLine}
${tenant?.smokeTest ? renderSmokeTestNotice(lang) : ''}
${body}
</main>
</body>
</html>
`;
}

const telHref = (number: string) => `tel:${number.replace(/[^0-9+]/g, '')}`;

/** The numbers to call at once: the national ones, then the regency's own hotlines. */
export function renderHelpNumbers(lang: Language, tenant?: Tenant): string {
  const national = NATIONAL_EMERGENCY_NUMBERS.map(
    (n) => `<li>${escapeHtml(t(lang, n.label))}: <a href="${telHref(n.number)}">${escapeHtml(n.number)}</a></li>`,
  );
  // Hotline labels and hours exist only in Indonesian in the tenant config.
  const regency = (tenant?.hotlines ?? []).map(
    (h) =>
      `<li>${escapeHtml(h.label)}: <a href="${telHref(h.number)}">${escapeHtml(h.number)}</a> (${escapeHtml(h.hours)})</li>`,
  );
  return `<ul class="numbers">${[...national, ...regency].join('')}</ul>`;
}

/**
 * The HTML shell every reporter page shares: quick exit, language switch, inline CSS and a strict CSP.
 * Pages must work on a cheap Android phone without JavaScript and load nothing from third parties.
 */
import { createHash } from 'node:crypto';
import type { Language } from '../../domain/vocabulary.js';
import type { BilingualMessage, FieldIssue } from '../../errors.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { type EmergencyContact, emergencyContacts } from './emergency-contacts.js';

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

// Colours keep at least 4.5:1 contrast; every control is at least 48px tall for thumbs. The header with the
// quick exit is sticky (CSS, no script): it stays in reach at any scroll position, and `scroll-padding-top`
// keeps an error link's target from landing under it.
const PAGE_STYLE = [
  '*{box-sizing:border-box}',
  'html{font-size:112.5%;-webkit-text-size-adjust:100%;scroll-padding-top:5rem}',
  'body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}',
  '.top{position:sticky;top:0;z-index:10;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem;padding:.5rem 1rem;background:#f2f2f2;border-bottom:1px solid #767676}',
  '.quick-exit{display:inline-flex;align-items:center;min-height:48px;padding:.5rem 1.25rem;background:#a4001d;color:#fff;font-weight:700;text-decoration:none;border-radius:4px}',
  '.lang a,.lang strong{display:inline-flex;align-items:center;justify-content:center;min-width:48px;min-height:48px}',
  '.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}',
  'main{max-width:40rem;margin:0 auto;padding:1rem}',
  '.tenant{margin:0;font-size:.9rem;color:#3d3d3d}',
  'h1{font-size:1.5rem;line-height:1.25}',
  'h2{font-size:1.2rem}',
  'a{color:#0b4fb3}',
  'a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #1a1a1a;outline-offset:2px;box-shadow:0 0 0 6px #ffd24d}',
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
  '.numbers li{margin:.25rem 0}',
  '.numbers a{display:inline-block;min-height:44px;padding:.5rem 0;font-weight:700}',
  // The emergency call: the biggest target on the page after the one-press button.
  '.call{display:flex;align-items:center;justify-content:center;gap:.5rem;min-height:64px;margin:.5rem 0;padding:.5rem 1rem;font-size:1.4rem;font-weight:700;color:#a4001d;background:#fff;border:3px solid #a4001d;border-radius:8px;text-decoration:none}',
  '.emergency{margin:0 0 1rem;padding:.75rem 1rem;border:4px solid #a4001d;border-radius:8px;background:#fbeeee}',
  '.emergency h1,.emergency h2{margin:.25rem 0 .5rem}',
  '.press{display:block;width:100%;min-height:min(40vh,15rem);margin:.5rem 0 1rem;padding:1rem;font-size:1.75rem;line-height:1.2;background:#a4001d;border-radius:1rem}',
  '.press span{display:block;margin-top:.5rem;font-size:1rem;font-weight:400}',
  '[hidden]{display:none!important}',
  '.safety{margin:1rem 0;padding:.5rem 1rem;border:1px solid #767676;border-radius:4px}',
  '.safety summary{min-height:44px;padding:.5rem 0;font-weight:700;cursor:pointer}',
].join('');

/** A CSP source for one inline script or style. */
export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export interface PageCspOptions {
  /** Inline scripts a page runs besides the quick exit. */
  readonly scripts?: readonly string[];
  /** The page links a web app manifest (the one-press page, for the home screen). */
  readonly manifest?: boolean;
}

/** A reporter page's Content-Security-Policy: our own inline style, the quick exit and the page's own scripts. */
export function pageCsp({ scripts = [], manifest = false }: PageCspOptions = {}): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(PAGE_STYLE)}`,
    `script-src ${[QUICK_EXIT_SCRIPT, ...scripts].map(sha256).join(' ')}`,
    "img-src 'self' data:",
    ...(manifest ? ["manifest-src 'self'"] : []),
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The Content-Security-Policy for every page: only our own inline style and quick-exit script run. */
export const PAGE_CSP = pageCsp();

/**
 * The regency's service as a page title or home-screen name: titles stay in the browser history, which
 * someone else may read, so they never say what the service is for.
 */
export function neutralServiceName(tenant: Pick<Tenant, 'displayName'>): string {
  return `Layanan ${tenant.displayName}`;
}

/** `Formulir · Layanan Kabupaten Blora`: a neutral word for the page, then the neutral service name. */
export function pageTitle(lang: Language, tenant: Tenant | undefined, page?: BilingualMessage): string {
  const service = tenant ? neutralServiceName(tenant) : t(lang, { id: 'Layanan', en: 'Service' });
  return page ? `${t(lang, page)} · ${service}` : service;
}

export interface PageInput {
  readonly lang: Language;
  /** Goes into the browser history: build it with `pageTitle`. */
  readonly title: string;
  readonly tenant?: Tenant;
  /** Already-escaped HTML of the page's main content. */
  readonly body: string;
  /**
   * Off on pages answering a POST (the confirmation): following `?lang=` there would load the empty form
   * and lose the tracking code that is shown only once.
   */
  readonly languageSwitch?: boolean;
  /** Already-escaped HTML shown before anything else in the content (the emergency numbers). */
  readonly lead?: string;
  /** Where the "Keamanan Anda" note sits: before the content (the form: before anything is typed) or after it. */
  readonly safetyNote?: 'top' | 'end';
  /** Already-escaped extra `<head>` elements (the one-press page's manifest link). */
  readonly head?: string;
  /** Inline scripts run after the content; the page's CSP must list them (`pageCsp({ scripts })`). */
  readonly scripts?: readonly string[];
}

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { id: 'Bahasa Indonesia', en: 'English' };

// A relative `?lang=` link reloads the same path in the other language. The language's name is hidden
// text after the visible code, so a screen reader says "ID Bahasa Indonesia" and voice control finds "ID".
function renderLanguageSwitch(lang: Language): string {
  const item = (l: Language) => {
    const name = `${l.toUpperCase()}<span class="sr-only" lang="${l}"> ${LANGUAGE_NAMES[l]}</span>`;
    return l === lang ? `<strong aria-current="true">${name}</strong>` : `<a href="?lang=${l}" hreflang="${l}">${name}</a>`;
  };
  return `<nav class="lang" aria-label="${t(lang, { id: 'Bahasa', en: 'Language' })}">${item('id')} / ${item('en')}</nav>`;
}

/** "Keamanan Anda": how to leave at once, clear the history, and why a private tab is safer. */
export function renderSafetyNote(lang: Language): string {
  const text = (message: BilingualMessage) => escapeHtml(t(lang, message));
  return `<details class="safety"><summary>${text({ id: 'Keamanan Anda', en: 'Your safety' })}</summary>
<ul>
<li>${text({
    id: 'Tekan "Keluar cepat" (atau tombol Esc) untuk langsung pindah ke halaman resep masakan.',
    en: 'Press "Quick exit" (or the Esc key) to switch to a recipe page at once.',
  })}</li>
<li>${text({
    id: 'Halaman ini tidak menyimpan cookie atau isian di ponsel, tetapi alamatnya tetap tercatat di riwayat peramban. Setelah selesai, hapus riwayat: menu ⋮ › Riwayat › Hapus data penjelajahan.',
    en: 'This page keeps no cookies or answers on the phone, but its address stays in the browser history. When you are done, clear it: menu ⋮ › History › Delete browsing data.',
  })}</li>
<li>${text({
    id: 'Lebih aman memakai tab samaran (menu ⋮ › Tab samaran baru): riwayatnya terhapus sendiri saat tab ditutup.',
    en: 'A private tab is safer (menu ⋮ › New Incognito tab): its history is deleted when the tab is closed.',
  })}</li>
</ul>
</details>`;
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
export function renderPage({
  lang,
  title,
  tenant,
  body,
  languageSwitch = true,
  lead = '',
  safetyNote = 'end',
  head = '',
  scripts = [],
}: PageInput): string {
  const tenantLine = tenant
    ? `<p class="tenant">${escapeHtml(tenant.serviceName)} · ${escapeHtml(tenant.displayName)}</p>`
    : '';
  const safety = renderSafetyNote(lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
${head}
</head>
<body>
<header class="top">
<a id="quick-exit" class="quick-exit" href="${QUICK_EXIT_URL}" rel="noreferrer noopener">${t(lang, { id: 'Keluar cepat', en: 'Quick exit' })}</a>
<script>${QUICK_EXIT_SCRIPT}</script>
${languageSwitch ? renderLanguageSwitch(lang) : ''}
</header>
<main>
${lead}
${tenantLine}
${safetyNote === 'top' ? safety : ''}
${tenant?.smokeTest ? renderSmokeTestNotice(lang) : ''}
${body}
${safetyNote === 'end' ? safety : ''}
</main>
${scripts.map((script) => `<script>${script}</script>`).join('\n')}
</body>
</html>
`;
}

const contactLink = (contact: EmergencyContact) =>
  contact.kind === 'whatsapp'
    ? `<a href="${escapeHtml(contact.href)}" rel="noreferrer noopener">${escapeHtml(contact.number)}</a>`
    : `<a href="${escapeHtml(contact.href)}">${escapeHtml(contact.number)}</a>`;

/** The numbers to call or chat at once: the national ones, then the regency's own hotlines. */
export function renderHelpNumbers(lang: Language, tenant?: Tenant, contacts = emergencyContacts(tenant)): string {
  // Hours only when the label does not already say them ("WhatsApp P2TP2A (24 jam)").
  const hours = (c: EmergencyContact) => (c.hours && !c.label.id.includes(c.hours) ? ` (${escapeHtml(c.hours)})` : '');
  const items = contacts.map((c) => `<li>${escapeHtml(t(lang, c.label))}: ${contactLink(c)}${hours(c)}</li>`);
  return `<ul class="numbers">${items.join('')}</ul>`;
}

/**
 * For someone in danger now: 112 as the biggest target, then every other number. Shown first on the
 * emergency confirmation and the one-press page, before and after pressing.
 */
export function renderEmergencyNumbers(lang: Language, tenant?: Tenant): string {
  const [first, ...others] = emergencyContacts(tenant);
  if (!first) return renderHelpNumbers(lang, tenant, []);
  const call = `<a class="call" href="${escapeHtml(first.href)}" data-testid="call-112">${escapeHtml(
    t(lang, { id: 'Telepon', en: 'Call' }),
  )} ${escapeHtml(first.number)}<span class="sr-only"> (${escapeHtml(t(lang, first.label))})</span></a>`;
  return `${call}${renderHelpNumbers(lang, tenant, others)}`;
}

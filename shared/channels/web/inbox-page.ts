/**
 * The reporter's inbox page: the receipt form first; after the right code, the thread with the team, when
 * to look again, and a form to answer, add information or use a right under UU PDP. Nothing of the case is
 * shown before the code is right, and only the thread after it (whoever holds the phone may not be the
 * reporter). The reference and code ride in the answer form: the page is `no-store` like every page.
 */
import { formatLongLocal } from '../../domain/local-time.js';
import type { Language } from '../../domain/vocabulary.js';
import type { BilingualMessage, FieldIssue } from '../../errors.js';
import { DATA_REQUEST_KINDS, type DataRequestKind } from '../../staff/timeline.js';
import type { Tenant } from '../../tenancy/tenant.js';
import type { Inbox, InboxEntry } from '../../thread/reporter-inbox.js';
import { THREAD_TEXT_MAX_LENGTH } from '../../thread/thread-entries.js';
import { escapeHtml, issueText, pageTitle, renderHelpNumbers, renderPage, t } from './page-layout.js';
import { LABELS, renderReceiptForm, type StatusFormPageInput } from './status-pages.js';

const title = (lang: Language, tenant: Tenant) => pageTitle(lang, tenant, { id: 'Pesan', en: 'Messages' });

const REQUEST_LABELS: Readonly<Record<DataRequestKind, BilingualMessage>> = {
  copy: { id: 'Minta salinan data yang saya kirim', en: 'A copy of the data I sent' },
  correction: { id: 'Minta perbaikan data saya', en: 'A correction of my data' },
  erasure: { id: 'Minta penghapusan data laporan saya', en: 'Erasure of my report data' },
};
const REQUESTS: readonly (readonly [string, BilingualMessage])[] = [
  ['', { id: 'Tidak ada', en: 'None' }],
  ...DATA_REQUEST_KINDS.map((kind) => [kind, REQUEST_LABELS[kind]] as const),
];

export function renderInboxForm(input: StatusFormPageInput): string {
  const { tenant, lang } = input;
  const form = renderReceiptForm(input, {
    heading: { id: 'Pesan tentang laporan Anda', en: 'Messages about your report' },
    intro: {
      id: 'Masukkan nomor laporan dan kode pelacakan untuk membaca pesan petugas dan membalasnya.',
      en: 'Enter the report number and tracking code to read the team’s messages and answer them.',
    },
    action: 'pesan',
    button: { id: 'Buka pesan', en: 'Open messages' },
  });
  const body = `${form}
<h2>${escapeHtml(t(lang, { id: 'Butuh bantuan segera?', en: 'Need help now?' }))}</h2>
${renderHelpNumbers(lang, tenant)}`;
  return renderPage({ lang, tenant, title: title(lang, tenant), body });
}

export interface InboxPageInput {
  readonly tenant: Tenant;
  readonly lang: Language;
  readonly inbox: Inbox;
  /** The code as typed: it goes back with the answer form (never shown). */
  readonly trackingCode: string;
  /** After an answer: that it was kept, or that the case is closed and where help is. */
  readonly notice?: BilingualMessage;
  readonly errors?: readonly FieldIssue[];
}

export function renderInbox({ tenant, lang, inbox, trackingCode, notice, errors = [] }: InboxPageInput): string {
  const text = (message: BilingualMessage) => escapeHtml(t(lang, message));
  const when = (at: string) => escapeHtml(formatLongLocal(new Date(at), tenant.timeZone, lang));
  const entries = inbox.entries.length
    ? `<ol class="thread" data-testid="thread">${inbox.entries.map((entry) => entryItem(lang, entry, when)).join('')}</ol>`
    : `<p>${text({ id: 'Belum ada pesan dari petugas.', en: 'No messages from the team yet.' })}</p>`;
  const problems = errors.map((e) => `<li>${escapeHtml(issueText(lang, e))}</li>`).join('');
  const body = `${notice ? `<p class="note" role="status" data-testid="notice">${text(notice)}</p>` : ''}
${problems ? `<div class="error-summary" role="alert"><ul>${problems}</ul></div>` : ''}
<h1>${text({ id: 'Pesan tentang laporan Anda', en: 'Messages about your report' })}</h1>
<p>${text(LABELS.reference)}: <span class="code">${escapeHtml(inbox.reference)}</span></p>
${entries}
<p data-testid="look-again">${text(inbox.lookAgain)}</p>
<h2>${text({ id: 'Balas atau tambah informasi', en: 'Answer or add information' })}</h2>
<form method="post" action="/${escapeHtml(tenant.id)}/pesan" autocomplete="off">
<input type="hidden" name="lang" value="${lang}">
<input type="hidden" name="reference" value="${escapeHtml(inbox.reference)}">
<input type="hidden" name="trackingCode" value="${escapeHtml(trackingCode)}">
<div class="field"><label for="f-text">${text({ id: 'Pesan Anda', en: 'Your message' })}</label>
<div class="hint" id="h-text">${text({
    id: `Paling banyak ${THREAD_TEXT_MAX_LENGTH} karakter. Berkas belum bisa dikirim di sini: ceritakan dengan kata-kata, atau kirim lewat WhatsApp layanan kami.`,
    en: `At most ${THREAD_TEXT_MAX_LENGTH} characters. Files cannot be sent here yet: describe them in words, or send them on our WhatsApp.`,
  })}</div>
<textarea id="f-text" name="text" rows="5" maxlength="${THREAD_TEXT_MAX_LENGTH}" required aria-describedby="h-text"></textarea></div>
<div class="field"><label for="f-request">${text({ id: 'Permintaan atas data pribadi (UU PDP)', en: 'A request about your personal data (UU PDP)' })}</label>
<div class="hint" id="h-request">${text({
    id: 'Petugas wajib membatasi pemrosesan dalam 3 × 24 jam dan menjawab Anda di sini.',
    en: 'The team must restrict processing within 3 × 24 hours and answers you here.',
  })}</div>
<select id="f-request" name="request" aria-describedby="h-request">${REQUESTS.map(([value, label]) => `<option value="${value}">${text(label)}</option>`).join('')}</select></div>
<button type="submit">${text({ id: 'Kirim', en: 'Send' })}</button>
</form>
<h2>${text({ id: 'Butuh bantuan segera?', en: 'Need help now?' })}</h2>
${renderHelpNumbers(lang, tenant)}`;
  return renderPage({ lang, tenant, title: title(lang, tenant), body });
}

function entryItem(lang: Language, entry: InboxEntry, when: (at: string) => string): string {
  const who = entry.from === 'staff' ? t(lang, { id: 'Petugas', en: 'The team' }) : t(lang, { id: 'Anda', en: 'You' });
  const request = entry.request ? ` (${t(lang, REQUEST_LABELS[entry.request])})` : '';
  return `<li class="from-${entry.from}"><p><strong>${escapeHtml(who)}</strong>${escapeHtml(request)} · <time>${when(entry.at)}</time></p><p class="message">${escapeHtml(entry.text)}</p></li>`;
}

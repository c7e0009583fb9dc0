/** The page answering a successful report POST: the only time the tracking code is ever shown. */
import { type CaseStatus, type Language, STATUS_LABELS, type Urgency } from '../../domain/vocabulary.js';
import type { BilingualMessage } from '../../errors.js';
import { formatLongLocal } from '../../domain/local-time.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { escapeHtml, pageTitle, renderEmergencyNumbers, renderHelpNumbers, renderPage, t } from './page-layout.js';

export interface Receipt {
  readonly reference: string;
  readonly trackingCode: string;
  readonly status: CaseStatus;
  /** DARURAT turns the page into the emergency confirmation: numbers first, the team alerted now. */
  readonly urgency: Urgency;
  /** ISO 8601: when the first assessment is due (the case's own tier decides how soon). */
  readonly dueAt: string;
}

export interface ConfirmationPageInput {
  readonly tenant: Tenant;
  readonly lang: Language;
  readonly receipt: Receipt;
  /** Something the reporter must know about what was sent (a number that could not be read and was left out). */
  readonly notice?: BilingualMessage;
}

/** Renders the receipt: reference and tracking code, what happens next, and whom to call now. */
export function renderConfirmation({ tenant, lang, receipt, notice }: ConfirmationPageInput): string {
  const text = (message: BilingualMessage) => escapeHtml(t(lang, message));
  const due = escapeHtml(formatLongLocal(new Date(receipt.dueAt), tenant.timeZone, lang));
  const office = escapeHtml(tenant.office);
  const emergency = receipt.urgency === 'DARURAT';
  const receivedHeading = text({ id: 'Laporan Anda sudah diterima', en: 'Your report has been received' });
  const receiptList = `<dl>
<dt>${text({ id: 'Nomor laporan', en: 'Report number' })}</dt>
<dd class="code" data-testid="reference">${escapeHtml(receipt.reference)}</dd>
<dt>${text({ id: 'Kode pelacakan', en: 'Tracking code' })}</dt>
<dd class="code" data-testid="tracking-code">${escapeHtml(receipt.trackingCode)}</dd>
<dt>${text({ id: 'Status', en: 'Status' })}</dt>
<dd>${text(STATUS_LABELS[receipt.status])}</dd>
</dl>
<p class="note"><strong>${text({
    id: 'Simpan nomor laporan dan kode ini. Kode hanya ditampilkan sekali.',
    en: 'Keep this report number and code. The code is shown only once.',
  })}</strong></p>`;
  const statusLink = `<p><a href="/${escapeHtml(tenant.id)}/status">${text({ id: 'Cek status laporan', en: 'Check the status of your report' })}</a> ${text({
    id: 'dengan nomor laporan dan kode di atas.',
    en: 'with the report number and code above.',
  })}</p>`;
  const notStored = `<p class="hint">${text({
    id: 'Halaman ini tidak disimpan di peramban. Setelah ditutup, halaman ini tidak dapat dibuka lagi.',
    en: 'This page is not stored in the browser. Once closed, it cannot be opened again.',
  })}</p>`;

  const noticeHtml = notice ? `<p class="note danger" role="alert" data-testid="notice">${text(notice)}</p>` : '';
  const body = emergency
    ? `${noticeHtml}
<p class="note danger" data-testid="alerted"><strong>${text({
        id: 'Petugas jaga sudah diberi tahu sekarang.',
        en: 'The on-call team has been alerted now.',
      })}</strong> ${text({ id: 'Petugas', en: 'Staff of' })} ${office} ${text({
        id: 'akan menindaklanjuti laporan darurat ini paling lambat',
        en: 'will act on this emergency report by',
      })} <strong data-testid="due">${due}</strong>.</p>
<h2>${receivedHeading}</h2>
${receiptList}
${statusLink}
${notStored}`
    : `<h1>${receivedHeading}</h1>
${noticeHtml}
${receiptList}
<h2>${text({ id: 'Apa selanjutnya?', en: 'What happens next?' })}</h2>
<p>${text({ id: 'Petugas', en: 'Staff of' })} ${office} ${text({
        id: 'akan melakukan asesmen awal paling lambat',
        en: 'will make a first assessment by',
      })} <strong data-testid="due">${due}</strong>.</p>
${statusLink}
<h2>${text({ id: 'Butuh bantuan segera?', en: 'Need help now?' })}</h2>
${renderHelpNumbers(lang, tenant)}
${notStored}`;
  return renderPage({
    lang,
    tenant,
    title: pageTitle(lang, tenant, { id: 'Terkirim', en: 'Sent' }),
    lead: emergency ? renderEmergencyLead(lang, tenant) : '',
    body,
    languageSwitch: false,
  });
}

/** What a reporter in danger reads first: call 112 now, and every other number, before anything else. */
export function renderEmergencyLead(lang: Language, tenant: Tenant, heading?: BilingualMessage): string {
  const title = heading ?? { id: 'Jika Anda dalam bahaya, telepon 112 sekarang', en: 'If you are in danger, call 112 now' };
  return `<section class="emergency" aria-labelledby="emergency-title" data-testid="emergency">
<h1 id="emergency-title">${escapeHtml(t(lang, title))}</h1>
${renderEmergencyNumbers(lang, tenant)}
</section>`;
}

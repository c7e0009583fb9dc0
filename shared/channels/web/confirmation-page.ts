/** The page answering a successful report POST: the only time the tracking code is ever shown. */
import { type CaseStatus, type Language, STATUS_LABELS } from '../../domain/vocabulary.js';
import type { BilingualMessage } from '../../errors.js';
import { formatLongLocal } from '../../domain/local-time.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { escapeHtml, renderHelpNumbers, renderPage, t } from './page-layout.js';

export interface Receipt {
  readonly reference: string;
  readonly trackingCode: string;
  readonly status: CaseStatus;
  /** ISO 8601: when the first assessment is due. */
  readonly dueAt: string;
}

export interface ConfirmationPageInput {
  readonly tenant: Tenant;
  readonly lang: Language;
  readonly receipt: Receipt;
}

/** Renders the receipt: reference and tracking code, what happens next, and whom to call now. */
export function renderConfirmation({ tenant, lang, receipt }: ConfirmationPageInput): string {
  const text = (message: BilingualMessage) => escapeHtml(t(lang, message));
  const due = escapeHtml(formatLongLocal(new Date(receipt.dueAt), tenant.timeZone, lang));
  const body = `<h1>${text({ id: 'Laporan Anda sudah diterima', en: 'Your report has been received' })}</h1>
<dl>
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
  })}</strong></p>
<h2>${text({ id: 'Apa selanjutnya?', en: 'What happens next?' })}</h2>
<p>${text({ id: 'Petugas', en: 'Staff of' })} ${escapeHtml(tenant.office)} ${text({
    id: 'akan melakukan asesmen awal paling lambat',
    en: 'will make a first assessment by',
  })} <strong>${due}</strong>.</p>
<p><a href="/${escapeHtml(tenant.id)}/status">${text({ id: 'Cek status laporan', en: 'Check the status of your report' })}</a> ${text({
    id: 'dengan nomor laporan dan kode di atas.',
    en: 'with the report number and code above.',
  })}</p>
<h2>${text({ id: 'Butuh bantuan segera?', en: 'Need help now?' })}</h2>
${renderHelpNumbers(lang, tenant)}
<p class="hint">${text({
    id: 'Halaman ini tidak disimpan di peramban. Setelah ditutup, halaman ini tidak dapat dibuka lagi.',
    en: 'This page is not stored in the browser. Once closed, it cannot be opened again.',
  })}</p>`;
  return renderPage({
    lang,
    tenant,
    title: `${t(lang, { id: 'Laporan diterima', en: 'Report received' })} · ${tenant.displayName}`,
    body,
    languageSwitch: false,
  });
}

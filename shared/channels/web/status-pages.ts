/** Status look-up for reporters: a reference and tracking code in, the status label and last update out. */
import { type CaseStatus, type Language, STATUS_LABELS } from '../../domain/vocabulary.js';
import type { BilingualMessage, FieldIssue } from '../../errors.js';
import { formatLongLocal } from '../../domain/local-time.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { escapeHtml, issueText, pageTitle, renderHelpNumbers, renderPage, t } from './page-layout.js';

type StatusField = 'reference' | 'trackingCode';
const isStatusField = (field: string): field is StatusField => field === 'reference' || field === 'trackingCode';

export const LABELS: Readonly<Record<StatusField, BilingualMessage>> = {
  reference: { id: 'Nomor laporan', en: 'Report number' },
  trackingCode: { id: 'Kode pelacakan', en: 'Tracking code' },
};

// One message for an unknown reference and a wrong code, so the form cannot be used to probe references.
const NOT_FOUND: BilingualMessage = {
  id: 'Nomor laporan atau kode pelacakan tidak cocok.',
  en: 'The report number or tracking code does not match.',
};

const EXAMPLE: BilingualMessage = { id: 'Contoh', en: 'For example' };
const CODE_HINT: BilingualMessage = {
  id: 'Kode yang ditampilkan saat Anda melapor, contoh K7QP-M2XD-9WTR.',
  en: 'The code shown when you reported, for example K7QP-M2XD-9WTR.',
};

export interface StatusFormPageInput {
  readonly tenant: Tenant;
  readonly lang: Language;
  readonly errors?: readonly FieldIssue[];
  readonly notFound?: boolean;
}

export interface StatusResultPageInput {
  readonly tenant: Tenant;
  readonly lang: Language;
  readonly result: { readonly reference: string; readonly status: CaseStatus; readonly updatedAt: string };
}

const title = (lang: Language, tenant: Tenant) => pageTitle(lang, tenant, { id: 'Cek status', en: 'Check status' });

function statusInput(lang: Language, name: StatusField, issues: readonly string[], hint: string): string {
  const error = issues.length > 0 ? `<p class="error" id="e-${name}">${issues.map(escapeHtml).join(' ')}</p>` : '';
  const label = `<label for="f-${name}">${escapeHtml(t(lang, LABELS[name]))}</label>`;
  // Both are copied from paper in capitals; spellcheck would only mangle them.
  const input =
    `<input type="text" id="f-${name}" name="${name}" autocapitalize="characters" spellcheck="false" required` +
    ` aria-describedby="h-${name}${error ? ` e-${name}` : ''}"${error ? ' aria-invalid="true"' : ''}>`;
  return `<div class="field">${label}<div class="hint" id="h-${name}">${escapeHtml(hint)}</div>${error}${input}</div>`;
}

/**
 * The receipt form (reference + tracking code) of the status check and the inbox: field errors, or the single
 * "does not match" message, then the two fields posting to `action`.
 */
export function renderReceiptForm(
  { tenant, lang, errors = [], notFound = false }: StatusFormPageInput,
  page: { readonly heading: BilingualMessage; readonly intro?: BilingualMessage; readonly action: string; readonly button: BilingualMessage },
): string {
  const issuesOf = (name: StatusField) => errors.filter((e) => e.field === name).map((e) => issueText(lang, e));
  const summaryItems = [
    ...(notFound ? [`<li>${escapeHtml(t(lang, NOT_FOUND))}</li>`] : []),
    ...errors.map((error) =>
      isStatusField(error.field)
        ? `<li><a href="#f-${error.field}">${escapeHtml(`${t(lang, LABELS[error.field])}: ${issueText(lang, error)}`)}</a></li>`
        : `<li>${escapeHtml(issueText(lang, error))}</li>`,
    ),
  ];
  const summary =
    summaryItems.length > 0 ? `<div class="error-summary" role="alert"><ul>${summaryItems.join('')}</ul></div>` : '';
  return `${summary}
<h1>${escapeHtml(t(lang, page.heading))}</h1>
${page.intro ? `<p>${escapeHtml(t(lang, page.intro))}</p>` : ''}
<form method="post" action="/${escapeHtml(tenant.id)}/${page.action}" autocomplete="off">
<input type="hidden" name="lang" value="${lang}">
${statusInput(lang, 'reference', issuesOf('reference'), `${t(lang, EXAMPLE)}: ${tenant.referencePrefix}-2026-00042`)}
${statusInput(lang, 'trackingCode', issuesOf('trackingCode'), t(lang, CODE_HINT))}
<button type="submit">${escapeHtml(t(lang, page.button))}</button>
</form>`;
}

/** Renders the look-up form, with field errors or the single "does not match" message. */
export function renderStatusForm(input: StatusFormPageInput): string {
  const { tenant, lang } = input;
  const form = renderReceiptForm(input, {
    heading: { id: 'Cek status laporan', en: 'Check the status of a report' },
    action: 'status',
    button: { id: 'Cek status', en: 'Check status' },
  });
  const body = `${form}
${inboxLink(lang, tenant)}
<h2>${escapeHtml(t(lang, { id: 'Butuh bantuan segera?', en: 'Need help now?' }))}</h2>
${renderHelpNumbers(lang, tenant)}`;
  return renderPage({ lang, tenant, title: title(lang, tenant), body });
}

/**
 * Renders the status of one report. Only the reference the reporter typed, the status label and the time
 * are read from `result`: whoever holds the phone may not be the reporter, so no case content is shown.
 */
export function renderStatusResult({ tenant, lang, result }: StatusResultPageInput): string {
  const text = (message: BilingualMessage) => escapeHtml(t(lang, message));
  const body = `<h1>${text({ id: 'Status laporan', en: 'Report status' })}</h1>
<dl>
<dt>${text(LABELS.reference)}</dt>
<dd class="code">${escapeHtml(result.reference)}</dd>
<dt>${text({ id: 'Status', en: 'Status' })}</dt>
<dd data-testid="status">${text(STATUS_LABELS[result.status])}</dd>
<dt>${text({ id: 'Terakhir diperbarui', en: 'Last updated' })}</dt>
<dd data-testid="updated-at">${escapeHtml(formatLongLocal(new Date(result.updatedAt), tenant.timeZone, lang))}</dd>
</dl>
<p><a href="/${escapeHtml(tenant.id)}/status">${text({ id: 'Cek laporan lain', en: 'Check another report' })}</a></p>
${inboxLink(lang, tenant)}
<h2>${text({ id: 'Butuh bantuan segera?', en: 'Need help now?' })}</h2>
${renderHelpNumbers(lang, tenant)}`;
  return renderPage({ lang, tenant, title: title(lang, tenant), body });
}

/** Where the reporter reads and answers the team's messages (nothing is pushed to them). */
function inboxLink(lang: Language, tenant: Tenant): string {
  const label = t(lang, { id: 'Pesan dari petugas: baca dan balas', en: 'Messages from the team: read and answer' });
  return `<p><a href="/${escapeHtml(tenant.id)}/pesan">${escapeHtml(label)}</a></p>`;
}

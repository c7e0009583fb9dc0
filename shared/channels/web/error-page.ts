/** The HTML error page for reporters: the message, a way back, and the numbers to call if it cannot wait. */
import type { Language } from '../../domain/vocabulary.js';
import type { BilingualMessage } from '../../errors.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { escapeHtml, pageTitle, renderHelpNumbers, renderPage, t } from './page-layout.js';

export interface ErrorPageInput {
  readonly lang: Language;
  readonly status: number;
  /** The stable code from `AppError`, so a reporter can quote it on the phone. */
  readonly code: string;
  readonly message: BilingualMessage;
  readonly tenant?: Tenant;
}

/** Renders an error for a browser; the message must already be safe to show (an `AppError` below 500). */
export function renderErrorPage({ lang, status, code, message, tenant }: ErrorPageInput): string {
  const text = (m: BilingualMessage) => escapeHtml(t(lang, m));
  const back = tenant
    ? `<p><a href="/${escapeHtml(tenant.id)}/lapor">${text({ id: 'Kembali ke formulir laporan', en: 'Back to the report form' })}</a></p>`
    : '';
  const body = `<h1>${text(message)}</h1>
<p class="hint">${text({ id: 'Kode kesalahan', en: 'Error code' })}: ${escapeHtml(code)} (${status})</p>
${back}
<h2>${text({ id: 'Jika ada yang dalam bahaya sekarang, telepon:', en: 'If anyone is in danger right now, call:' })}</h2>
${renderHelpNumbers(lang, tenant)}`;
  // The message stays out of the title: titles stay in the history, and some messages name a report.
  return renderPage({ lang, tenant, title: pageTitle(lang, tenant, { id: 'Kesalahan', en: 'Error' }), body });
}

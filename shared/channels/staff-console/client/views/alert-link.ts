/**
 * Where an alert SMS's link leads (`/staff/a/<id>` → `#/a/<id>`, after sign-in): the case in a few routing
 * words and one big button, "Saya tangani". The first press assigns the case to whoever pressed and stops
 * the escalation chain; then the case's page opens, showing who handles it.
 */
import { ApiError } from '../api-error.js';
import { badge, definitionList, timeEl } from '../controls.js';
import { h } from '../dom.js';
import { CASES_HASH, caseHash } from '../router.js';
import type { ViewContext } from '../view-context.js';

export async function showAlertLink(ctx: ViewContext, linkId: string): Promise<void> {
  const { labels } = ctx;
  try {
    const c = await ctx.api.alertLink(linkId);
    const acknowledge = async () => {
      try {
        const result = await ctx.api.acknowledge(c.caseId);
        const said = result.acknowledged
          ? 'Kasus ini sekarang Anda tangani.'
          : `Kasus ini sudah ditangani oleh ${result.assignee?.name ?? 'petugas lain'}.`;
        // Said once the case's page replaced this one (navigation clears the messages first).
        window.addEventListener('hashchange', () => ctx.frame.announce(said), { once: true });
        location.hash = caseHash(c.caseId);
      } catch (error) {
        ctx.frame.fail(error);
      }
    };
    ctx.frame.show(`Peringatan ${c.reference}`, [
      h('p', null, [badge(ctx, c.urgency), labels.text('category', c.category)]),
      definitionList([
        ['Kecamatan', c.kecamatan || '–'],
        ['Diterima', timeEl(ctx, c.createdAt)],
        ['Status', labels.text('status', c.status)],
        ['Ditangani', c.assignee ? c.assignee.name : 'Belum ada'],
      ]),
      c.acknowledgedAt
        ? h('p', { class: 'pending', text: `Sudah ditangani oleh ${c.assignee?.name ?? 'petugas lain'}.` })
        : h('button', { type: 'button', class: 'big-action', text: 'Saya tangani', onclick: () => void acknowledge() }),
      h('p', null, [h('a', { href: caseHash(c.caseId), text: 'Buka kasus' })]),
    ]);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      ctx.frame.show('Tautan peringatan tidak ditemukan', [h('a', { href: CASES_HASH, text: 'Kembali ke daftar kasus' })]);
    }
    ctx.frame.fail(error);
  }
}

/**
 * The receipt a walk-in reporter takes home: they have no phone screen to read the reference from. Only
 * what they need to follow the report up (reference, tracking code, what happens next, where to check,
 * whom to call); nothing about the victim or the report's content, and nothing kept in the browser.
 * Printed alone (the print style hides everything else), sized for A6 or A5.
 */
import type { WalkInReceipt } from '#shared/staff/enter-walk-in-report.js';
import { definitionList, timeEl } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';

export function receiptCard(ctx: ViewContext, receipt: WalkInReceipt): HTMLElement {
  const { tenant } = ctx.session;
  const statusPage = `${location.origin}/${tenant.id}/status`;
  const lines = [
    ...tenant.hotlines.map((line) => `${line.label}: ${line.number} (${line.hours})`),
    ...tenant.emergencyNumbers.map((line) => `${line.label.id}: ${line.number}`),
  ];
  return h('section', { class: 'receipt', 'aria-labelledby': 'h-receipt', 'data-testid': 'walk-in-receipt' }, [
    h('h2', { id: 'h-receipt', text: 'Tanda terima laporan' }),
    h('p', { text: `${tenant.serviceName} · ${tenant.office}` }),
    definitionList([
      ['Nomor laporan', h('strong', { text: receipt.reference })],
      ['Kode pelacakan', h('strong', { text: receipt.trackingCode })],
    ]),
    h('p', { class: 'hint', text: 'Simpan kode pelacakan. Jangan berikan kepada orang lain: dengan kode ini status laporan dapat dilihat.' }),
    h('h3', { text: 'Apa selanjutnya' }),
    h('p', null, [`Petugas ${tenant.displayName} menilai laporan ini paling lambat `, timeEl(ctx, receipt.dueAt), '. Identitas pelapor dirahasiakan.']),
    h('h3', { text: 'Cek status laporan' }),
    h('p', { text: `Buka ${statusPage}, lalu masukkan nomor laporan dan kode pelacakan.` }),
    h('h3', { text: 'Butuh bantuan sekarang?' }),
    h('ul', { class: 'hotlines' }, lines.map((line) => h('li', { text: line }))),
  ]);
}

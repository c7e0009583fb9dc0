/** Beside the reveal log, for supervisors: who changed the staff directory or the rota, and when. */
import type { OnCallAuditAction, OnCallAuditEntry } from '#shared/oncall/ports.js';
import { section, timeEl } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';
import { auditedBy, auditTable } from './audit-table.js';

const ACTION_TEXT: Readonly<Record<OnCallAuditAction, string>> = {
  'person-added': 'Menambahkan ke direktori',
  'person-disabled': 'Menonaktifkan',
  'person-enabled': 'Mengaktifkan kembali',
  'rota-changed': 'Mengubah jadwal jaga',
};

export function onCallAuditSection(ctx: ViewContext): HTMLElement {
  const load = async (cursor?: string) => {
    const page = await ctx.api.onCallAudit(cursor);
    return { entries: page.changes, nextCursor: page.nextCursor };
  };
  const columns = ['Waktu', 'Petugas', 'Perubahan'];
  const table = auditTable(ctx, columns, load, (entry) => changeRow(ctx, entry), { 'aria-label': 'Perubahan direktori dan jadwal jaga' });
  return section('h-oncall-audit', 'Perubahan direktori dan jadwal jaga', table);
}

function changeRow(ctx: ViewContext, entry: OnCallAuditEntry): HTMLTableRowElement {
  return h('tr', null, [
    h('td', null, [timeEl(ctx, entry.at)]),
    h('td', { text: auditedBy(ctx, entry.by) }),
    h('td', { text: `${ACTION_TEXT[entry.action]}${entry.person ? `: ${entry.person.name}` : ''}` }),
  ]);
}

/** Moving the case along its path (case-path.ts on the server decides what may come next). */
import type { CaseStatus } from '#shared/domain/vocabulary.js';
import type { CaseView } from '#shared/staff/view-case.js';
import { choice, field, section } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

export function statusSection(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLElement {
  const { labels } = ctx;
  if (!c.nextStatuses.length) return section('h-status', 'Ubah status', [h('p', { text: 'Kasus sudah selesai.' })]);
  const named = <C extends string>(group: 'status' | 'closingReason', codes: readonly C[]) =>
    codes.map((code) => [code, labels.text(group, code)] as const);
  const next = choice('new-status', 'status', named('status', c.nextStatuses), c.nextStatuses[0]);
  const reason = choice('closing-reason', 'closingReason', named('closingReason', c.closingReasons));
  const reasonField = field('Alasan penutupan', reason.element);
  const closes = (status: CaseStatus) => status === 'selesai';
  const toggle = () => {
    reasonField.hidden = !closes(next.value());
  };
  next.element.addEventListener('change', toggle);
  toggle();
  const form = h('form', null, [field('Status baru', next.element), reasonField, h('button', { type: 'submit', text: 'Ubah status' })]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const status = next.value();
    void actions.change(
      (expectedVersion) =>
        ctx.api.changeStatus(c.caseId, { status, closingReason: closes(status) ? reason.value() : undefined, expectedVersion }),
      `Status diubah menjadi ${labels.text('status', status)}.`,
    );
  });
  return section('h-status', 'Ubah status', [form]);
}

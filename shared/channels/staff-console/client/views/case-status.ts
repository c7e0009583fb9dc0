/**
 * Moving the case along its path (case-path.ts on the server decides what may come next). Closing is not a
 * status step here: it is a decision with its own section (case-closing.ts).
 */
import type { CaseView } from '#shared/staff/view-case.js';
import { choice, field, section } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

export function statusSection(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLElement | null {
  const { labels } = ctx;
  const steps = c.nextStatuses.filter((status) => status !== 'selesai');
  if (!steps.length) return null;
  const next = choice(
    'new-status',
    'status',
    steps.map((code) => [code, labels.text('status', code)] as const),
    steps[0],
  );
  const form = h('form', null, [field('Status baru', next.element), h('button', { type: 'submit', text: 'Ubah status' })]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const status = next.value();
    void actions.change(
      (expectedVersion) => ctx.api.changeStatus(c.caseId, { status, expectedVersion }),
      `Status diubah menjadi ${labels.text('status', status)}.`,
    );
  });
  return section('h-status', 'Ubah status', [form]);
}

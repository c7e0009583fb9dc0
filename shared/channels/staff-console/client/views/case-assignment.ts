/** Who handles the case: take it, release it, or (supervisors) give it to a colleague of the directory. */
import type { CaseView } from '#shared/staff/view-case.js';
import type * as z from 'zod';
import type { AssignmentRequest } from '#shared/staff/assign-case.js';
import { section } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';
import { assigneePicker } from './assignee-picker.js';
import type { CaseActions } from './case-page.js';

export function assignmentSection(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLElement {
  const me = ctx.session.staff;
  const supervisor = me.role === 'supervisor';
  const mine = c.assignee?.id === me.id;
  const assign = (assignee: z.input<typeof AssignmentRequest>['assignee'], done: string) =>
    void actions.change((expectedVersion) => ctx.api.assign(c.caseId, { assignee, expectedVersion }), done);
  const buttons = [
    // Taking a case from a colleague is for supervisors (the API answers 403 otherwise).
    !mine && (!c.assignee || supervisor)
      ? h('button', { type: 'button', text: 'Ambil kasus ini', onclick: () => assign('me', 'Kasus ini sekarang Anda tangani.') })
      : null,
    c.assignee && (mine || supervisor)
      ? h('button', { type: 'button', class: 'secondary', text: 'Lepaskan', onclick: () => assign(null, 'Penugasan dilepas.') })
      : null,
  ];
  return section('h-assign', 'Penugasan', [
    h('p', { text: c.assignee ? `Ditangani oleh ${c.assignee.name}.` : 'Belum ada yang menangani kasus ini.' }),
    h('div', { class: 'actions' }, buttons),
    supervisor ? assigneePicker(ctx, assign) : null,
  ]);
}

/** An audit log as a table for supervisors: a page of rows, then "more" until the log's start. */
import type { StaffRef } from '#shared/staff/timeline.js';
import { moreButton } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';

/** `Name <id> (role)`: how an audit row names the staff member. */
export function auditedBy(ctx: ViewContext, by: StaffRef): string {
  return `${by.name} <${by.id}> (${ctx.labels.text('role', by.role)})`;
}

export function auditTable<E>(
  ctx: ViewContext,
  columns: readonly string[],
  loadPage: (cursor?: string) => Promise<{ readonly entries: readonly E[]; readonly nextCursor?: string }>,
  row: (entry: E) => HTMLTableRowElement,
  attrs: Readonly<Record<string, string>> = {},
): HTMLElement[] {
  const body = h('tbody');
  const more = h('div', { class: 'actions' });
  async function load(cursor?: string): Promise<void> {
    try {
      const page = await loadPage(cursor);
      body.append(...page.entries.map(row));
      more.replaceChildren(...(page.nextCursor ? [moreButton(page.nextCursor, load)] : []));
    } catch (error) {
      ctx.frame.fail(error);
    }
  }
  void load();
  return [
    h('div', { class: 'table-wrap' }, [
      h('table', attrs, [h('thead', null, [h('tr', null, columns.map((text) => h('th', { scope: 'col', text })))]), body]),
    ]),
    more,
  ];
}

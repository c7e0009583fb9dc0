/**
 * The case's history, oldest first. When the API pages it (the newest page, and a cursor to older
 * entries), the older entries go before the first item: `list.prepend(...older.map(timelineItem))` under
 * a button above the list.
 */
import type { TimelineView } from '#shared/staff/timeline-page.js';
import { section, timeEl } from '../controls.js';
import { h } from '../dom.js';
import { describeTimelineEntry } from '../timeline-text.js';
import type { ViewContext } from '../view-context.js';

export function timelineSection(ctx: ViewContext, entries: readonly TimelineView[]): HTMLElement {
  const list = h('ol', { class: 'timeline' }, entries.map((entry) => timelineItem(ctx, entry)));
  return section('h-timeline', 'Riwayat', [list]);
}

/** One entry: when, then what happened; a note's text in its own paragraph, as written. */
function timelineItem(ctx: ViewContext, entry: TimelineView): HTMLLIElement {
  const { text, note } = describeTimelineEntry(entry, ctx.labels);
  return h('li', null, [timeEl(ctx, entry.at), text, note === undefined ? null : h('p', { class: 'note-text', text: note })]);
}

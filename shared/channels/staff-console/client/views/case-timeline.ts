/**
 * The case's history, oldest first. The case view brings its newest page; "Muat lebih lama" above the list
 * puts each older page before the first item, until the page that reaches the report itself.
 */
import type { TimelinePage, TimelineView } from '#shared/staff/timeline-page.js';
import { section, timeEl } from '../controls.js';
import { h } from '../dom.js';
import { describeTimelineEntry } from '../timeline-text.js';
import type { ViewContext } from '../view-context.js';

export function timelineSection(ctx: ViewContext, caseId: string, page: TimelinePage): HTMLElement {
  const list = h('ol', { class: 'timeline' }, page.timeline.map((entry) => timelineItem(ctx, entry)));
  const older = h('div', { class: 'actions' });
  const offer = (cursor: string | undefined) => {
    const button = cursor
      ? h('button', { type: 'button', class: 'secondary', text: 'Muat lebih lama', onclick: () => void load(cursor) })
      : null;
    older.replaceChildren(...(button ? [button] : []));
  };
  async function load(cursor: string): Promise<void> {
    try {
      const previous = await ctx.api.timeline(caseId, cursor);
      list.prepend(...previous.timeline.map((entry) => timelineItem(ctx, entry)));
      offer(previous.olderTimeline);
      ctx.frame.announce(`${previous.timeline.length} entri riwayat yang lebih lama dimuat.`);
    } catch (error) {
      ctx.frame.fail(error);
    }
  }
  offer(page.olderTimeline);
  return section('h-timeline', 'Riwayat', [older, list]);
}

/** One entry: when, then what happened; a note's text in its own paragraph, as written. */
function timelineItem(ctx: ViewContext, entry: TimelineView): HTMLLIElement {
  const { text, note } = describeTimelineEntry(entry, ctx.labels);
  return h('li', null, [timeEl(ctx, entry.at), text, note === undefined ? null : h('p', { class: 'note-text', text: note })]);
}

/** A breakdown as a table (read by screen readers) with a bar per row (for the eye, hidden from them). */
import type { Count } from '#shared/staff/case-numbers.js';
import { h, svg } from '../dom.js';

export function barChart(title: string, rows: readonly Count[], nameOf: (row: Count) => string): HTMLDivElement {
  const max = Math.max(0, ...rows.map((row) => row.count));
  return h('div', { class: 'table-wrap' }, [
    h('table', { class: 'chart' }, [
      h('caption', { text: title }),
      h('thead', null, [
        h('tr', null, [
          h('th', { scope: 'col', text: 'Kelompok' }),
          h('th', { scope: 'col', text: 'Jumlah' }),
          h('th', { scope: 'col' }, [h('span', { class: 'visually-hidden', text: 'Grafik batang' })]),
        ]),
      ]),
      h(
        'tbody',
        null,
        rows.map((row) =>
          h('tr', null, [
            h('th', { scope: 'row', text: nameOf(row) }),
            h('td', { class: 'count', text: String(row.count) }),
            h('td', { class: 'bar-cell' }, [bar(row.count, max)]),
          ]),
        ),
      ),
    ]),
  ]);
}

/** A bar of `count` against the largest row, `max` (hidden from screen readers: the table says it). */
export function bar(count: number, max: number): SVGSVGElement {
  const width = String(max ? (count / max) * 100 : 0);
  return svg(
    'svg',
    { class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    [svg('rect', { x: '0', y: '0', height: '10', width })],
  );
}

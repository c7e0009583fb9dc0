/** The console's building blocks: labelled fields, choices, sections, times and the SLA countdown. */
import type { Urgency } from '#shared/domain/vocabulary.js';
import type { CaseListItem } from '#shared/staff/list-cases.js';
import { type Child, h } from './dom.js';
import { formatWhen } from './format.js';
import { slaText } from './sla-text.js';
import type { ViewContext } from './view-context.js';

/** A control with its label (and a hint inside the label, so it is read with it). */
export function field(labelText: string, control: HTMLElement, hint?: string): HTMLDivElement {
  return h('div', { class: 'field' }, [
    h('label', { for: control.id }, [labelText, hint ? h('span', { class: 'hint', text: hint }) : null]),
    control,
  ]);
}

/** A `<select>` whose value is one of its codes. */
export interface Choice<V> {
  readonly element: HTMLSelectElement;
  value(): V;
}

/** A select of `options`, always one of them (the first unless `selected`). */
export function choice<C extends string>(id: string, name: string, options: readonly (readonly [C, string])[], selected?: C): Choice<C>;
/** A select of `options` after a first option `empty` that means "none" (undefined). */
export function choice<C extends string>(
  id: string,
  name: string,
  options: readonly (readonly [C, string])[],
  selected: C | undefined,
  empty: string,
): Choice<C | undefined>;
export function choice<C extends string>(
  id: string,
  name: string,
  options: readonly (readonly [C, string])[],
  selected?: C,
  empty?: string,
): Choice<C | undefined> {
  const all: readonly (readonly [string, string])[] = empty === undefined ? options : [['', empty], ...options];
  const element = h(
    'select',
    { id, name },
    all.map(([value, text]) => h('option', { value, selected: value === (selected ?? ''), text })),
  );
  // Without an empty option the browser shows the first one when nothing else is selected.
  const shown = () => options.find(([code]) => code === element.value)?.[0];
  return { element, value: empty === undefined ? () => shown() ?? options[0]?.[0] : shown };
}

/** A titled part of a view, named by its heading for assistive technology. */
export function section(id: string, title: string, children: readonly Child[]): HTMLElement {
  return h('section', { 'aria-labelledby': id }, [h('h2', { id, text: title }), ...children]);
}

export function definitionList(rows: readonly (readonly [string, Child])[]): HTMLDListElement {
  return h(
    'dl',
    null,
    rows.flatMap(([term, value]) => [h('dt', { text: term }), h('dd', null, [value])]),
  );
}

/** Urgency in words and colour (never colour alone). */
export function badge(ctx: ViewContext, urgency: Urgency): HTMLSpanElement {
  return h('span', { class: `badge ${urgency}`, text: ctx.labels.text('urgency', urgency) });
}

export function timeEl(ctx: ViewContext, iso: string | undefined): HTMLTimeElement {
  return h('time', { datetime: iso, text: formatWhen(iso, ctx.session.tenant) });
}

/** The case's standing against its due time; counts down every 30 s until it is assessed. */
export function slaEl(ctx: ViewContext, c: Pick<CaseListItem, 'dueAt' | 'assessedAt'>): HTMLSpanElement {
  const element = h('span', { class: 'sla' });
  const update = () => {
    const { state, text } = slaText(c, new Date());
    element.setAttribute('class', `sla ${state}`);
    element.textContent = text;
  };
  update();
  if (!c.assessedAt) ctx.frame.every(30_000, update);
  return element;
}

/** "Load more" under a paged list; `load` gets the cursor the API gave. */
export function moreButton(cursor: string, load: (cursor: string) => void): HTMLButtonElement {
  return h('button', { type: 'button', class: 'secondary', text: 'Muat lebih banyak', onclick: () => load(cursor) });
}

/** A field asked for only while `choice` holds `code`: hidden (and not required) otherwise. */
export function fieldWhenChosen(choice: Choice<string | undefined>, code: string, labelText: string, control: HTMLInputElement | HTMLTextAreaElement, hint?: string): HTMLDivElement {
  const wrapper = field(labelText, control, hint);
  const follow = () => {
    const asked = choice.value() === code;
    wrapper.hidden = !asked;
    control.required = asked;
  };
  choice.element.addEventListener('change', follow);
  follow();
  return wrapper;
}

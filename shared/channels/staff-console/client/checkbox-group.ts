/** A set of checkboxes under one legend, for a field that takes several codes (kinds of violence). */
import { h } from './dom.js';

export interface CheckboxGroup<C extends string> {
  readonly element: HTMLFieldSetElement;
  /** The checked codes, in the options' order. */
  values(): C[];
}

export function checkboxGroup<C extends string>(
  id: string,
  legend: string,
  options: readonly (readonly [C, string])[],
  checked: readonly string[] = [],
): CheckboxGroup<C> {
  const boxes = options.map(([code, text], index) => {
    const box = h('input', { type: 'checkbox', id: `${id}-${index}`, name: id, value: code, checked: checked.includes(code) });
    return { code, box, label: h('label', { class: 'check', for: box.id }, [box, text]) };
  });
  const element = h('fieldset', { id, class: 'choices' }, [h('legend', { text: legend }), ...boxes.map(({ label }) => label)]);
  return { element, values: () => boxes.filter(({ box }) => box.checked).map(({ code }) => code) };
}

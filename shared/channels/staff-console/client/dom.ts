/**
 * Building DOM nodes, never HTML text: the page's Trusted Types policy (`trusted-types 'none'`) refuses
 * every HTML sink, so content reaches the page only through createElement and textContent.
 */

export type Child = Node | string | null | undefined | false;
type Listener = (event: Event) => void;

/** `text` sets textContent; `on<event>` adds a listener; `true` sets an empty attribute; null, undefined and false set none. */
export type Attrs = Readonly<Record<string, string | number | boolean | null | undefined | Listener>>;

/** An HTML element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  children?: readonly Child[],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') element.addEventListener(key.slice(2), value);
    else if (key === 'text') element.textContent = String(value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children ?? []) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children (charts). */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string>>,
  children: readonly SVGElement[] = [],
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

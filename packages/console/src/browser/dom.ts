/// <reference lib="dom" />
// A tiny element builder: the console is small enough that plain DOM reads better than a framework.

type Child = Node | string | number | null | undefined | false;
type AttributeValue = string | number | boolean | null | undefined;
type Handlers = { [E in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[E]) => void };

export interface Props {
  [attribute: string]: AttributeValue | Handlers;
  on?: Handlers;
}

/** `h('button', { type: 'button', on: { click } }, 'Save')`. `false`/`null` attributes are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'on') continue;
    if (value === false || value === null || value === undefined || typeof value === 'object') continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [event, handler] of Object.entries(props.on ?? {})) {
    element.addEventListener(event, handler as EventListener);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A wide table in a box that scrolls sideways on narrow screens (focusable, so keys scroll it too). */
export const scrollBox = (label: string, table: HTMLTableElement) =>
  h('div', { class: 'table-scroll', role: 'region', 'aria-label': label, tabindex: 0 }, table);

let idCounter = 0;
/** A unique id for label/control pairs. */
export const uid = (prefix: string) => `${prefix}-${++idCounter}`;

/** Calls `fn` once the calls have paused for `ms`. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

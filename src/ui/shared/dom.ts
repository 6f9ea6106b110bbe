// A tiny element builder. Children that are strings become text nodes: content is never parsed
// as HTML, so scenario text cannot inject markup.
type Child = Node | string | number | null | undefined | false;

interface Props {
  class?: string;
  id?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.id) el.id = props.id;
  if (props.text !== undefined) el.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    // Through the CSSOM, not the attribute: the Content-Security-Policy allows no inline style attributes.
    if (name === 'style') el.style.cssText = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    el.addEventListener(type, handler as EventListener);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** A button that keeps its focus identity across re-renders through `data-focus-key`. */
export function button(label: Child | Child[], onClick: () => void, props: Props = {}): HTMLButtonElement {
  const children = Array.isArray(label) ? label : [label];
  return h('button', { ...props, attrs: { type: 'button', ...props.attrs }, on: { click: onClick, ...props.on } }, ...children);
}

/** Offers text as a file download (an export), without any server. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = h('a', { attrs: { href: url, download: filename } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

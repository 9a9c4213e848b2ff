// The one way the app makes DOM: elements with text set through textContent, never HTML, so article
// text and quotes cannot inject markup or script.
type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  class?: string;
  text?: string;
  title?: string;
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.class) node.className = options.class;
  if (options.text !== undefined) node.textContent = options.text;
  if (options.title) node.title = options.title;
  for (const [k, v] of Object.entries(options.attrs ?? {})) node.setAttribute(k, v);
  for (const [type, listener] of Object.entries(options.on ?? {})) node.addEventListener(type, listener as EventListener);
  for (const child of children) if (child) node.append(child);
  return node;
}

export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing from the page`);
  return node as T;
};

export function button(text: string, onClick: () => void, options: ElementOptions = {}): HTMLButtonElement {
  return el("button", { ...options, text, attrs: { type: "button", ...options.attrs }, on: { click: onClick } });
}

/** Saves a string or blob as a file through a temporary link. */
export function download(fileName: string, content: string | Blob, type = "application/octet-stream"): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = el("a", { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

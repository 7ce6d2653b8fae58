/** Small helpers shared by the test files: what a user sees, and what a web editor sees in the console. */

/** Collect console warnings while `run` happens, so a test can read what a web editor would read. */
export async function warningsDuring(run: () => unknown | Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** The text a reader sees inside an element's shadow root, whitespace folded. */
export function visibleText(el: Element): string {
  const root = el.shadowRoot ?? el;
  return ((root as ShadowRoot).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Query inside an element's shadow root. */
export function $(el: Element, selector: string): HTMLElement | null {
  return (el.shadowRoot ?? el).querySelector(selector);
}

/** Query all inside an element's shadow root. */
export function $$(el: Element, selector: string): HTMLElement[] {
  return [...(el.shadowRoot ?? el).querySelectorAll<HTMLElement>(selector)];
}

/** The element focused inside `host`'s shadow root, if any. */
export function focusedIn(host: Element): Element | null {
  return host.shadowRoot?.activeElement ?? null;
}

/** Every href rendered inside an element (shadow roots included, one level of nesting deep). */
export function allHrefs(el: Element): string[] {
  const hrefs: string[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      const href = node.getAttribute('href');
      if (href !== null) hrefs.push(href);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot ?? el);
  return hrefs;
}

/** A London wall-clock instant, written as UTC (the tests say which offset applies). */
export const utc = (iso: string): Date => new Date(`${iso}Z`);

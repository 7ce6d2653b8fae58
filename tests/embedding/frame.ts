/**
 * Whole host pages for the embedding suites: each test page under tests/pages/ loads in a same-origin
 * iframe, with its own custom-element registry, its own headers (CSP) and its own stylesheet, exactly
 * as a CMS page would. `tests/pages/support/record.js` runs first in every page and writes down what
 * the host would suffer: errors, console warnings, CSP violations, touches of cookies and storage.
 */
import { EXAMPLES, TAGS, type Example } from '../support/examples/index.js';

/** What record.js saw in a page. */
export interface PageRecord {
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
  violations: string[];
  storage: string[];
}

export type FrameWindow = Window &
  typeof globalThis & { ypsiRecord: PageRecord; ypsi?: Record<string, unknown> };

export interface HostPage {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  record: PageRecord;
}

const open: HTMLIFrameElement[] = [];

/** Load a test page in an iframe of `width` × `height` CSS pixels; resolves after its load event. */
export async function openPage(url: string, { width = 800, height = 600 } = {}): Promise<HostPage> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: `${width}px`, height: `${height}px`, border: '0', display: 'block' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  open.push(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  return { frame, win, doc: frame.contentDocument!, record: win.ypsiRecord };
}

/** Remove every page opened by the current test (call in afterEach). */
export function closePages(): void {
  for (const frame of open.splice(0)) frame.remove();
}

/**
 * Paste `markup` into the page. It is parsed here, in the test's own realm, and imported into the
 * page, so the test harness itself never uses an HTML sink that the page's Trusted Types would block.
 */
export async function paste(page: HostPage, markup: string, into: Element = page.doc.body): Promise<HTMLElement> {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body;
  const nodes = [...parsed.childNodes].map((node) => page.doc.importNode(node, true));
  into.append(...nodes);
  const el = nodes.find((node): node is HTMLElement => node.nodeType === 1)!;
  await settle(el);
  return el;
}

/** Wait until an element (and its Lit update, if any) has rendered. */
export async function settle(el: Element): Promise<void> {
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  // A task, not an animation frame: Chromium stops animation frames in a test tab that is not in front
  // (wtr runs files side by side), and layout is read synchronously anyway.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Paste an example and put it into its state. */
export async function pasteExample(page: HostPage, example: Example, into?: Element): Promise<HTMLElement> {
  const el = await paste(page, example.markup, into);
  await example.interact?.(el);
  await settle(el);
  return el;
}

/** Our tags that this page's registry has defined (the elements in the bundle so far). */
export function definedTags(page: HostPage): string[] {
  return TAGS.filter((tag) => page.win.customElements.get(tag));
}

/** The examples of the given tags. */
export function examplesOf(tags: readonly string[]): Example[] {
  return EXAMPLES.filter((example) => tags.includes(example.tag));
}

/** The exported class name for a tag: helpline-card → HelplineCard. */
export function className(tag: string): string {
  return tag.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase());
}

/** Only our own console lines (Lit's dev-mode notes from the unbundled npm build are not ours). */
export const ours = (lines: string[]): string[] => lines.filter((line) => line.includes('[ypsi-widgets]'));

/** Every element inside `el`'s shadow root, nested shadow roots included. */
export function shadowElements(el: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      found.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return found;
}

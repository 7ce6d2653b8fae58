/**
 * What a hostile-input case must never leave behind: a blank widget, a link that is not https / tel /
 * sms / mailto, an event-handler attribute, a script-capable element, script that ran, an uncaught
 * exception, or a polluted Object.prototype.
 */
const SAFE_SCHEMES = /^(https:|tel:|sms:|mailto:)/i;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background'];
const FORBIDDEN_ELEMENTS = 'script, iframe, object, embed, frame, frameset, base, meta, link, form';

/** Script a payload ran (`window.__xss()`) and exceptions that reached the page. */
export const page = { xss: 0, errors: [] as string[] };
(window as unknown as { __xss: () => void }).__xss = () => {
  page.xss++;
};
window.addEventListener('error', (event) => page.errors.push(String(event.error ?? event.message)));
window.addEventListener('unhandledrejection', (event) => page.errors.push(String(event.reason)));

/** Every element in `root` and the shadow roots inside it. */
function* allElements(root: ParentNode): Generator<Element> {
  for (const node of root.querySelectorAll('*')) {
    yield node;
    if (node.shadowRoot) yield* allElements(node.shadowRoot);
  }
}

/** Text a sighted reader sees: no hidden nodes, no visually-hidden text, no invisible characters. */
function seenText(root: ShadowRoot): string {
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('.visually-hidden, [hidden], style, template')) continue;
    if (parent && parent.getClientRects().length === 0) continue;
    text += node.textContent;
  }
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]/g, '');
}

/** What is wrong with the render, or '' if nothing. */
export function problems(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return 'no shadow root';
  if (!seenText(root)) return 'empty render: no visible text';
  for (const node of allElements(root)) {
    if (node.matches(FORBIDDEN_ELEMENTS)) return `forbidden element <${node.localName}>`;
    for (const name of node.getAttributeNames()) {
      const value = node.getAttribute(name) ?? '';
      if (/^on/i.test(name)) return `event-handler attribute ${name}="${value.slice(0, 40)}"`;
      const isUrl = URL_ATTRIBUTES.includes(name.toLowerCase());
      // Text attributes (aria-label, title) may rightly show a payload as words; URLs and styles may not.
      if ((isUrl || name === 'style') && /javascript:|vbscript:|data:text\/html/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) {
        return `script URL in ${name}="${value.slice(0, 40)}"`;
      }
      if (isUrl && !SAFE_SCHEMES.test(value)) {
        return `unsafe link ${name}="${value.slice(0, 40)}" on <${node.localName}>`;
      }
    }
  }
  if (page.xss) return 'a payload ran script';
  if (page.errors.length) return `uncaught: ${page.errors.join('; ').slice(0, 200)}`;
  if (({} as Record<string, unknown>).polluted !== undefined) return 'Object.prototype was polluted';
  return '';
}

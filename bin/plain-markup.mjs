// The plain static form (`render --plain`): a widget's server-rendered markup rewritten as the few
// tags and attributes that every CMS filter keeps (WordPress without unfiltered_html, SharePoint,
// Drupal's filtered HTML): headings, paragraphs, lists, details/summary and links, with `class` as the
// only styling hook. No <style>, <template>, `part` or custom tag survives such a filter, so none is
// written; what is left must read in order with no styles at all. No DOM here: the command runs it in
// Node and the embed builder in a browser worker, on the same markup.
// Why hand-written: a general HTML sanitiser (DOMPurify, sanitize-html) needs a DOM or ships far more
// than this allow-list, and it could not turn a widget's parts into the plain order a reader needs.

/** The elements kept, as they are. Everything else is unwrapped (its children kept) or dropped. */
const KEPT = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'details', 'summary', 'a']);
/** Elements whose content means nothing without script or styles. */
const DROPPED = new Set(['style', 'script', 'button', 'input', 'select', 'textarea', 'form', 'svg', 'img', 'link', 'meta']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['style', 'script']);
/** The only link schemes the widgets write (README, "Never break the host page"). */
const SAFE_HREF = /^(https:|tel:|sms:|mailto:)/i;
/** Inline elements whose neighbours run into them when there are no styles. */
const INLINE = new Set(['a', 'span', 'strong', 'em', 'b', 'i', 'bdi', 'small']);
/** Boxes that are unwrapped: where one held only inline content (the exit link), it becomes a paragraph. */
const BOX = new Set(['div', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main']);
const BLOCK_TAG = /<(h[1-6]|p|ul|ol|li|details|summary)\b/;

const decode = (text) =>
  text.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (whole, name) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower] ?? whole;
  });
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');

/**
 * A tree of the markup: { name, attributes, children } elements and string text nodes. Enough for
 * Lit SSR's output, which is well formed with quoted attributes; comments and `<?>` markers go.
 */
export function parseMarkup(html) {
  const root = { name: '#root', attributes: {}, children: [] };
  const stack = [root];
  const token = /<!--[\s\S]*?-->|<\?[^>]*>|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
  let last = 0;
  for (let match = token.exec(html); match; match = token.exec(html)) {
    const top = stack[stack.length - 1];
    if (match.index > last) top.children.push(decode(html.slice(last, match.index)));
    last = token.lastIndex;
    const [whole, closing, opening, attributeText = ''] = match;
    if (closing) {
      const at = stack.findLastIndex((node) => node.name === closing.toLowerCase());
      if (at > 0) stack.length = at;
      continue;
    }
    if (!opening) continue;
    const name = opening.toLowerCase();
    const attributes = {};
    for (const [, key, , double, single, bare] of attributeText.matchAll(/([^\s=>/]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attributes[key.toLowerCase()] = decode(double ?? single ?? bare ?? '');
    }
    const element = { name, attributes, children: [] };
    top.children.push(element);
    if (RAW_TEXT.has(name)) {
      const end = html.indexOf(`</${name}`, last);
      element.children.push(html.slice(last, end === -1 ? html.length : end));
      token.lastIndex = last = end === -1 ? html.length : html.indexOf('>', end) + 1;
    } else if (!VOID.has(name) && !whole.endsWith('/>')) {
      stack.push(element);
    }
  }
  if (last < html.length) stack[stack.length - 1].children.push(decode(html.slice(last)));
  return root;
}

/** What a reader would see of some plain HTML: its text, tags out. */
const textOf = (html) => decode(html.replace(/<[^>]+>/g, ''));

/**
 * The plain copy of one widget's server-rendered markup (its tag, declarative shadow root and all).
 * `newTab` is the words screen readers hear after a link that opens a new tab: plain links open in the
 * same tab (a filter may strip `target`), so those words would be wrong and are left out.
 */
export function plainMarkup(html, { newTab = '(opens in a new tab)' } = {}) {
  /** The children of `node` as plain HTML, with a separator between inline elements that would touch. */
  const children = (node, hidden) => {
    let out = '';
    let afterInline = false;
    for (const child of node.children) {
      const text = convert(child, hidden);
      if (!text) continue;
      if (typeof child === 'string') {
        out += text;
        if (text.trim()) afterInline = false;
        continue;
      }
      const inline = INLINE.has(child.name);
      // Two links side by side ("Childline" then "Call 0800 1111") would read as one word unstyled.
      if (afterInline && inline) out = `${out.trimEnd()} – `;
      out += text;
      afterInline = inline;
    }
    return out;
  };

  const convert = (node, hidden) => {
    if (typeof node === 'string') return escapeText((hidden ? node.split(newTab).join('') : node).replace(/\s+/g, ' '));
    const { name, attributes } = node;
    if (DROPPED.has(name) || 'hidden' in attributes || attributes['aria-hidden'] === 'true') return '';
    const classes = (attributes.class ?? '').split(/\s+/).filter(Boolean);
    // Text kept for screen readers only ("Stage 1 of 4: ", ": Childline") is shown: with no styles it
    // cannot be hidden, and it says what a heading or link is about.
    // A link named with more than it shows ("Visit website: Childline (opens in a new tab)" on a
    // "Visit website" button) shows that name, less the new-tab words: unstyled, it says whose it is.
    const label = name === 'a' ? attributes['aria-label']?.split(newTab).join('').trim() : undefined;
    const inner = label ? escapeText(label) : children(node, hidden || classes.includes('visually-hidden'));
    if (!textOf(inner).trim()) return '';
    // The widget's own class names, prefixed so a page's `.button` never restyles them by accident.
    const plainClasses = classes.filter((c) => c !== 'visually-hidden').map((c) => `ypsi-${c}`);
    const classAttribute = plainClasses.length ? `class="${escapeAttribute(plainClasses.join(' '))}"` : '';
    if (BOX.has(name) && !BLOCK_TAG.test(inner)) return `<p${classAttribute ? ` ${classAttribute}` : ''}>${inner.trim()}</p>`;
    if (!KEPT.has(name)) return inner;
    const kept = [];
    if (name === 'a') {
      const href = (attributes.href ?? '').trim();
      if (!SAFE_HREF.test(href)) return inner;
      kept.push(`href="${escapeAttribute(href)}"`);
    }
    if (classAttribute) kept.push(classAttribute);
    // The quick exit tells the next site nothing about the page the reader left.
    if (name === 'a' && /\bnoreferrer\b/.test(attributes.rel ?? '') && !/^(tel|sms|mailto):/i.test(attributes.href)) kept.push('rel="noreferrer"');
    if (name === 'details' && 'open' in attributes) kept.push('open');
    return `<${name}${kept.length ? ` ${kept.join(' ')}` : ''}>${inner.trim()}</${name}>`;
  };

  return children(parseMarkup(html), false).replace(/ {2,}/g, ' ').trim();
}

/** The note above plain HTML; `made` names the widget and its options, fit for a comment. */
export function plainComment(made, version) {
  return `<!-- ypsi-widgets ${version}: ${made} as plain HTML, for a page that keeps no styles, scripts or unknown tags. Make it again after an update, so its numbers and words stay current. -->`;
}

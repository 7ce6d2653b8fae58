// Static HTML from Lit SSR's output, in both forms, with no Node API: the render command (render.mjs)
// and the embed builder's worker (demo/render-worker.js) give the same markup the same treatment.
// Why hand-written: what Lit SSR's output needs to fit a CMS field is this project's own, and it must
//  run unchanged in Node and in a browser worker.
import { minifyStyles, plainFallback, shareNestedStyles } from './static-markup.mjs';
import { plainComment, plainMarkup } from './plain-markup.mjs';

/** The CDN address of the bundle for `version` (its minor line, so fixes arrive). */
export const cdnFor = (version) => `https://cdn.jsdelivr.net/npm/ypsi-widgets@${version.split('.').slice(0, 2).join('.')}/cdn/ypsi-widgets.js`;

export const escapeAttribute = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Lit's hydration markers are only read by @lit-labs/ssr-client's hydrate support, which the CDN
 * bundle does not include (it would have to load before Lit), so they are dead weight in a CMS page.
 * Whitespace is folded the way the browser would fold it anyway.
 */
function tidy(html) {
  return html
    .replace(/<!--\/?lit-(?:part|node)[^>]*?-->/g, '')
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, css) => `<style>${css.replace(/\s+/g, ' ').trim()}</style>`)
    .replace(/(<\/style>)|\s*\n\s*/g, (whole, style) => style ?? ' ')
    .replace(/> </g, '><')
    .replace(/^(<[\w-]+) +/, '$1 ')
    .trim();
}

/**
 * Render `<tag name="value" …>` with Lit SSR. `ssr` holds @lit-labs/ssr's `render` and
 * `collectResult` and lit/static-html.js's `html` and `unsafeStatic`; the tag must be defined already.
 */
export async function ssrMarkup(ssr, tag, pairs) {
  const attributes = pairs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const { render, collectResult, html, unsafeStatic } = ssr;
  return collectResult(render(html`${unsafeStatic(`<${tag}${attributes}>`)}${unsafeStatic(`</${tag}>`)}`));
}

/**
 * The static HTML of SSR `markup` for `tag`: declarative shadow DOM with a plain copy for browsers
 * without it, or (`plain`) the plain form alone. `content` is the built content the fallbacks quote:
 * { FALLBACK, NEW_TAB, CHILDLINE, telHref }.
 */
export function staticMarkup(markup, tag, { plain = false, content }) {
  if (plain) return plainMarkup(markup, { newTab: content.NEW_TAB });
  const compact = shareNestedStyles(minifyStyles(tidy(markup)));
  const close = `</${tag}>`;
  return compact.slice(0, -close.length) + plainFallback(tag, compact, content) + close;
}

/** `tag (name="value" …)`, fit for a comment: no tags (a filter may run over a comment's text) and no "--". */
export function describeTag(tag, pairs) {
  const options = pairs.map(([name, value]) => (value === '' ? name : `${name}="${value}"`)).join(' ');
  return `${tag}${options ? ` (${options})` : ''}`.replace(/[<>]/g, '').replace(/--+/g, '-');
}

/** The note above the pasted HTML: what it is, and how to bring it to life. */
export function staticComment(tag, pairs, { plain = false, version }) {
  if (plain) return plainComment(describeTag(tag, pairs), version);
  return `<!-- Static HTML of ${describeTag(tag, pairs)}, made by ypsi-widgets ${version}. It works with no JavaScript; parts that need script or the time of day (such as Copy number and "Open now") are left out. Add the script ${cdnFor(version)} (type="module") once on the page to make it live: it replaces this copy, nothing is shown twice. Make it again after an update, so its numbers and words stay current. -->`;
}

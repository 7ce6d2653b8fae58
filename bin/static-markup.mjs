// What the render command does to Lit SSR's output to make it fit a CMS field and still read on a
// browser with no declarative shadow DOM.
// Why hand-written: sharing nested widgets' styles and the plain fallback are this project's own
//  shapes; no HTML tool knows them.
import { minifyCss, scopeCss } from './compact-css.mjs';

const TEMPLATE = /<template shadowroot="(open|closed)" shadowrootmode="(?:open|closed)">/;

/** Every `<style>` in the markup, minified. */
export function minifyStyles(html) {
  return html.replace(/<style>([\s\S]*?)<\/style>/g, (_, css) => `<style>${minifyCss(css)}</style>`);
}

/**
 * A widget nested in another's shadow root (help-panel's cards) gets its own declarative shadow root
 * and a full copy of its stylesheet, once per copy: sixteen cards are 80 KB of the same styles. Here
 * each nested widget's markup becomes its light DOM inside the outer shadow root instead, still
 * unreachable from the host page, and its stylesheet, re-scoped to its tag, is written once into the
 * outer root's styles. Ids are suffixed per copy so each card's heading still names its own card.
 * When the script loads, the outer widget renders afresh and the nested ones get real shadow roots.
 */
export function shareNestedStyles(html) {
  const outer = html.search(TEMPLATE);
  if (outer === -1) return html;
  const head = html.slice(0, outer);
  let body = html.slice(outer);
  const shared = new Map();
  let copy = 0;
  const nested = /(<([a-z]+-[a-z-]+)\b[^>]*>)<template shadowroot="(?:open|closed)" shadowrootmode="(?:open|closed)"><style>([\s\S]*?)<\/style>([\s\S]*?)<\/template>/g;
  body = body.replace(nested, (_, openTag, tag, css, markup) => {
    shared.set(tag, scopeCss(css, tag));
    const suffix = `-${tag}-${++copy}`;
    const renamed = markup.replace(/\b(id|aria-labelledby|aria-describedby|aria-controls|for)="([^"]+)"/g,
      (_, attribute, ids) => `${attribute}="${ids.split(' ').map((id) => id + suffix).join(' ')}"`);
    return openTag + renamed;
  });
  if (!shared.size) return html;
  body = body.replace('</style>', `${[...shared.values()].join('')}</style>`);
  return head + body;
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The first `<a>` whose attributes match `attributes`: its href and its visible text (hidden spans out). */
function link(html, attributes) {
  const match = html.match(new RegExp(`<a [^>]*${attributes}[^>]*href="([^"]+)"[^>]*>([\\s\\S]*?)</a>`));
  if (!match) return undefined;
  const text = match[2].replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, '').trim();
  return { href: match[1], text };
}

/**
 * Every widget's last resort (the sentence it shows if it cannot render), with its links live.
 * `content` is the built content: { FALLBACK, CHILDLINE, telHref }.
 */
function childlineLine({ FALLBACK, CHILDLINE, telHref }) {
  const number = CHILDLINE.phones[0].display;
  const site = CHILDLINE.url.replace(/^https:\/\/(www\.)?/, '');
  const sentence = escapeText(FALLBACK)
    .replace(number, `<a href="${telHref(number)}">${number}</a>`)
    .replace(site, `<a href="${CHILDLINE.url}">${site}</a>`);
  return `<p>${sentence}</p>`;
}

/**
 * Plain light-DOM content for the widget's tag, shown only where the declarative shadow root is not
 * attached (browsers without declarative shadow DOM): a shadow root with no slot hides its host's
 * children, so where the template is attached this is never seen. Its facts are taken from the
 * rendered widget (what the built content and the host's attributes made), never written here.
 */
export function plainFallback(tag, html, content) {
  const outer = html.search(TEMPLATE);
  const shadow = outer === -1 ? html : html.slice(outer);
  if (tag === 'helpline-card') {
    const name = shadow.match(/<h\d part="heading"[^>]*>([\s\S]*?)<\/h\d>/)?.[1];
    // A label holds its number in a <bdi> (kept the right way round in right-to-left text): keep the words.
    const calls = [...shadow.matchAll(/<a part="action call"[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)];
    const texts = [...shadow.matchAll(/<a part="action text"[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)];
    const website = link(shadow, 'part="action website"');
    const lines = [
      ...[...calls, ...texts].map(([, href, text]) => `<a href="${href}">${text.replace(/<\/?bdi>/g, '')}</a>`),
      ...(website ? [`<a href="${website.href}">${website.href.replace(/^https:\/\//, '')}</a>`] : []),
    ];
    if (!name && !lines.length) return childlineLine(content);
    return `<p>${name ? `<strong>${name}</strong>` : ''}${lines.map((line, i) => (i || name ? '<br>' : '') + line).join('')}</p>`;
  }
  const exit = tag === 'help-panel' ? link(shadow, 'part="exit"') : undefined;
  const exitLine = exit ? `<p><a href="${exit.href}" rel="nofollow noreferrer">${exit.text}</a></p>` : '';
  return exitLine + childlineLine(content);
}

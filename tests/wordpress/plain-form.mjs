// The plain static form (`ypsi-widgets render --plain`) through WordPress's filters: what an Editor
// without unfiltered_html pastes, and how to compare it with what the published page shows.
import { execFileSync } from 'node:child_process';
import { parseMarkup } from '../../bin/plain-markup.mjs';

/** One of each widget, with options that bring in every kind of link: tel:, sms:, https: and the exit. */
const WIDGETS = [
  ['help-panel', 'exit-url=https://www.bbc.co.uk/weather'],
  ['helpline-card', 'service=shout'],
  ['helpline-card', 'service=childline'],
  ['law-explainer', 'level=teen'],
  ['consequences-timeline', 'scenario=sextortion'],
];

/** Marks where the pasted HTML starts and ends on the published page. */
export const START = 'ypsi-plain-start';
export const END = 'ypsi-plain-end';

/** The plain form of every widget above, from the render command, as one paste. */
export function plainPaste() {
  return WIDGETS.map((args) => execFileSync(process.execPath, ['bin/ypsi-widgets.mjs', 'render', ...args, '--plain']).toString().trim()).join('\n\n');
}

const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'summary', 'details']);
const LISTS = new Set(['ul', 'ol']);
const textOf = (node) => (typeof node === 'string' ? node : node.children.map(textOf).join(''));
/** A block's own text: without the blocks and lists inside it (a list item's words, not its sublist's). */
const ownText = (node) => node.children.map((child) => (typeof child === 'string' ? child : BLOCKS.has(child.name) || LISTS.has(child.name) ? ' ' : ownText(child))).join('');
/**
 * Words as a reader compares them. WordPress's typography filter (wptexturize) turns straight quotes
 * curly, "..." into an ellipsis and " - " into a dash on every page: the same words, so they count as equal.
 */
const words = (text) =>
  text
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u201c\u201d\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\u00d7/g, 'x')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/**
 * What a reader meets, in order: each heading, paragraph, list item, summary and details with its own
 * words, and each link with its address. Whitespace and attributes other than href do not count;
 * an empty paragraph (the filter may add one between blocks) is no content.
 */
export function meaningful(html) {
  const out = [];
  const visit = (node) => {
    if (typeof node === 'string') return;
    if (node.name === 'a') out.push(`a[${node.attributes.href ?? ''}] ${words(textOf(node))}`);
    else if (BLOCKS.has(node.name)) {
      const own = words(ownText(node));
      if (own || node.name !== 'p') out.push(`${node.name} ${own}`);
    }
    node.children.forEach(visit);
  };
  visit(parseMarkup(html));
  return out;
}

/** The part of a published page between the two markers. */
export function pasted(pageHtml) {
  const from = pageHtml.indexOf(START);
  const to = pageHtml.indexOf(END);
  if (from === -1 || to < from) throw new Error('the page does not show the pasted HTML between its markers');
  return pageHtml.slice(pageHtml.indexOf('</p>', from) + 4, pageHtml.lastIndexOf('<p', to));
}

/** A readable list of what differs between two `meaningful` lists (lost, added or doubled items). */
export function differences(expected, actual) {
  const count = (list) => list.reduce((map, item) => map.set(item, (map.get(item) ?? 0) + 1), new Map());
  const [want, got] = [count(expected), count(actual)];
  const lines = [];
  for (const [item, n] of want) if ((got.get(item) ?? 0) < n) lines.push(`lost: ${item}`);
  for (const [item, n] of got) if ((want.get(item) ?? 0) < n) lines.push(`${want.has(item) ? 'doubled' : 'added'}: ${item}`);
  if (!lines.length && expected.join('\n') !== actual.join('\n')) {
    const at = expected.findIndex((item, i) => item !== actual[i]);
    lines.push(`out of order at item ${at + 1}: expected "${expected[at]}", got "${actual[at]}"`);
  }
  return lines;
}

import { html, type TemplateResult } from 'lit/html.js';
import { fill } from './strings.js';
import { warnOnce } from './warn.js';

/**
 * The one way a widget renders something that dials, texts, writes or links to a service: the label
 * from the strings, the number (keyword, address) in a `<bdi>` so right-to-left words cannot reverse
 * it, and the href from the same checked service data (card-model.ts and safe-link.ts). What a button
 * says is what it does: a label must hold its placeholders, and may name no other number or address.
 */

/** The placeholders each action label must hold. The website label holds none, and names nothing. */
export const ACTION_PLACEHOLDERS = {
  call: ['{number}'],
  text: ['{keyword}', '{number}'],
  textNoKeyword: ['{number}'],
  email: ['{address}'],
  website: [],
  copyLabel: ['{number}'],
  copied: ['{number}'],
  copiedAgain: ['{number}'],
  copyFailed: ['{number}'],
} as const satisfies Record<string, readonly string[]>;

/** A string key whose text says what an action dials, texts, writes or opens. */
export type ActionLabelKey = keyof typeof ACTION_PLACEHOLDERS;

/** An element's strings for its actions: what it renders with now, and the English it falls back to. */
export interface ActionWords<Key extends string = string> {
  current: Readonly<Partial<Record<Key, string>>>;
  english: Readonly<Record<Key, string>>;
}

// Three or more digits in one run (spaces, dots, hyphens and brackets between them; any script's
// digits): a phone number, a short code (999, 116 123) or a text number. An address: text@text.text.
const PHONE_NUMBER = /\+?\p{Nd}(?:[\s().-]*\p{Nd}){2,}/u;
const EMAIL_ADDRESS = /[^\s@{}<>"]+@[^\s@{}<>"]+\.[^\s@{}<>"]+/u;

/**
 * The label template for `key`: the element's own when it holds every placeholder and no number or
 * address of its own, else the English one, with a warning that names the key and what is allowed.
 * Page-wide strings (`setStrings`, `data-ypsi-strings`) reach the element's current strings, so they
 * obey the same rule.
 */
export function actionTemplate<Key extends ActionLabelKey>(tag: string, key: Key, words: ActionWords<Key>): string {
  const english = words.english[key];
  const given = words.current[key] ?? english;
  if (given === english) return english;
  const placeholders: readonly string[] = ACTION_PLACEHOLDERS[key];
  const missing = placeholders.filter((placeholder) => !given.includes(placeholder));
  const rest = placeholders.reduce((text, placeholder) => text.split(placeholder).join(' '), given);
  const named = PHONE_NUMBER.exec(rest)?.[0] ?? EMAIL_ADDRESS.exec(rest)?.[0];
  if (!missing.length && !named) return given;
  const fault = missing.length ? `does not contain ${missing.join(' and ')}` : `names "${named!.trim()}", a number or address of its own`;
  const allowed = placeholders.length ? `It must hold ${placeholders.join(' and ')} and no other phone number or email address` : 'It may hold no phone number or email address';
  warnOnce(
    tag,
    `the string "${key}" (${JSON.stringify(given.slice(0, 80))}, from strings, setStrings() or data-ypsi-strings) ${fault}. ${allowed}, so what the button says is what it does. Using "${english}".`,
  );
  return english;
}

// A label split at its isolated placeholders: words at even indices, the placeholders ("{number}") at odd ones.
const piecesOf = (template: string): string[] => template.split(/(\{number\}|\{keyword\}|\{address\})/);

/** Fill a checked template, the number, keyword and address each isolated in a `<bdi>`. */
export function actionLabel(template: string, values: Readonly<Record<string, string | undefined>>): TemplateResult {
  // One span, so a button's flex gap does not open between the words and the isolated number.
  return html`<span>${piecesOf(template).map((piece, i) => (i % 2 ? html`<bdi>${values[piece.slice(1, -1)] ?? ''}</bdi>` : fill(piece, values)))}</span>`;
}

/** One rendered action link: where it goes, what it says, and (for a new tab) its one-piece name. */
export interface ActionLink {
  href: string;
  /** The `part` names, e.g. "action call". */
  part: string;
  /** The button classes, e.g. "button secondary". */
  className: string;
  /** What the button shows. */
  label: TemplateResult | string;
  /**
   * The whole accessible name of a link that opens a new tab: it starts with the visible label (WCAG
   * 2.5.3), says where it goes and that it opens a new tab, in one piece with no leading punctuation.
   */
  newTabName?: string;
}

/** The link itself. Websites open in a new tab with no opener and no referrer. */
export function renderActionLink({ href, part, className, label, newTabName }: ActionLink): TemplateResult {
  return newTabName
    ? html`<a part=${part} class=${className} href=${href} target="_blank" rel="noopener noreferrer"
        aria-label=${newTabName}>${label}</a>`
    : html`<a part=${part} class=${className} href=${href}>${label}</a>`;
}

/** An action in a list of actions: its link, with the label still to fill (see `actionLabel`). */
export interface ActionItem extends Omit<ActionLink, 'label'> {
  /** The checked label template (`actionTemplate`), or the whole label when there are no `values`. */
  template: string;
  /** The number, keyword or address the label isolates; none for a label that names nothing. */
  values?: Readonly<Record<string, string | undefined>>;
}

/**
 * The same link as `renderActionLink`, in its own list item. A page may show many cards, and each
 * template is cloned and committed again on every one: the item, the link and the common one-value
 * label ("Call {number}") are one template here where they would be three.
 */
export function renderActionItem({ href, part, className, template, values, newTabName }: ActionItem): TemplateResult {
  if (newTabName) {
    return html`<li><a part=${part} class=${className} href=${href} target="_blank" rel="noopener noreferrer"
        aria-label=${newTabName}>${values ? actionLabel(template, values) : template}</a></li>`;
  }
  const pieces = piecesOf(template);
  if (values && pieces.length === 3) {
    const [before, placeholder, after] = pieces;
    return html`<li><a part=${part} class=${className} href=${href}><span>${fill(before, values)}<bdi>${values[placeholder.slice(1, -1)] ?? ''}</bdi>${fill(after, values)}</span></a></li>`;
  }
  return html`<li>${renderActionLink({ href, part, className, label: values ? actionLabel(template, values) : template })}</li>`;
}

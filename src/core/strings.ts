import { otherForm } from './plural.js';
import { hasVisibleText } from './visible-text.js';
import { warnOnce } from './warn.js';

/**
 * Every visible and announced string can be replaced by the host: once for the whole page with
 * `setStrings()`, or per element with its `strings` property / JSON attribute. English defaults stay
 * the fallback for any key not given. Unknown keys warn (a typo must not fail silently).
 */
export type Strings = Record<string, string>;

/** An element's own string table: exactly its keys, so a misspelt key fails to compile. */
export type StringTable<Key extends string> = Readonly<Record<Key, string>>;

const pageStrings = new Map<string, Strings>();
const listeners = new Set<() => void>();

/**
 * Replace strings for every widget on the page (`tag` omitted) or for one element type.
 * Elements already on the page re-render.
 */
export function setStrings(strings: Strings, tag = '*'): void {
  if (!strings || typeof strings !== 'object') return;
  pageStrings.set(tag, { ...pageStrings.get(tag), ...strings });
  for (const notify of listeners) notify();
}

/**
 * A translation pack: every widget's words in one language, installed once for the page with
 * `addTranslation()` (or a `data-ypsi-translation` JSON block). A widget uses the pack of its own
 * language, its nearest `lang` (`cy-GB` finds a `cy` pack), so the words always match the language a
 * screen reader is told; the page's `dir` gives the direction. Host strings (`setStrings`, `strings`)
 * still win over the pack, and English stays the fallback for anything it leaves out.
 */
export interface Translation {
  /** The language, as in `lang`: "cy", "pl", "ar". */
  lang: string;
  /** Every element's string keys, as `setStrings()` takes them (plural forms included). */
  strings?: Strings;
  /**
   * Content sentences (a service's description, a law section, a timeline point), each keyed by its
   * English text. A sentence whose English is re-worded, after its facts are re-checked, shows in
   * English until its translation is too: a pack can never keep saying what the facts no longer say.
   */
  content?: Strings;
}

const packs = new Map<string, Translation>();

/** Install a translation pack for its language; widgets in that language re-render. */
export function addTranslation(pack: Translation): void {
  if (!pack || typeof pack.lang !== 'string') return;
  packs.set(pack.lang.toLowerCase(), pack);
  for (const notify of listeners) notify();
}

/** The pack for `lang`: its own, else its language's without the region (`cy-GB` gives `cy`). */
export function translationFor(lang: string): Translation | undefined {
  const code = lang.toLowerCase();
  return packs.get(code) ?? packs.get(code.split('-')[0]);
}

// Every number written in a sentence (an age, a date, a phone number, "Shift 3 times").
const numbersIn = (text: string): string => (text.match(/\p{Nd}+/gu) ?? []).join(' ');

/**
 * A pack's word for `english`, if it says what the English says: the same numbers (0–9, in order),
 * so an age, a date or a number to call can never be translated into another. Else the English,
 * with a warning naming the sentence.
 */
export function packWord(pack: Translation | undefined, table: 'strings' | 'content', key: string, english: string): string {
  const given: unknown = pack?.[table]?.[key];
  if (typeof given !== 'string' || !hasVisibleText(given)) return english;
  if (numbersIn(given) === numbersIn(english)) return given;
  warnOnce('ypsi-widgets', `the "${pack!.lang}" translation of "${key.slice(0, 60)}" does not keep its numbers (${numbersIn(english) || 'none'}). Using the English.`);
  return english;
}

let declarativeRead = false;

/**
 * Page-wide strings without script: `<script type="application/json" data-ypsi-strings>{…}</script>`
 * (or `data-ypsi-strings="helpline-card"` for one element type), and translation packs in
 * `<script type="application/json" data-ypsi-translation>`. A JSON block is data, not script, so
 * it works under a strict CSP where an inline `setStrings()` call would be blocked. Read once, when the
 * first widget connects.
 */
export function readDeclarativeStrings(): void {
  if (declarativeRead || typeof document === 'undefined') return;
  declarativeRead = true;
  for (const block of document.querySelectorAll('script[type="application/json"][data-ypsi-strings], script[type="application/json"][data-ypsi-translation]')) {
    const kind = block.hasAttribute('data-ypsi-translation') ? 'data-ypsi-translation' : 'data-ypsi-strings';
    try {
      const data = JSON.parse(block.textContent ?? '');
      if (kind === 'data-ypsi-translation') addTranslation(data);
      else setStrings(data, block.getAttribute('data-ypsi-strings') || undefined);
    } catch {
      warnOnce('ypsi-widgets', `a <script ${kind}> block is not valid JSON, so its words are not used.`);
    }
  }
}

/** Called by an element when it connects, so page-wide changes reach it. Returns the unsubscribe. */
export function onStringsChanged(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

// Every key of every widget type that has rendered: a page-wide key none of them knows is a typo.
const knownKeys = new Set<string>();
// The tables whose keys are in knownKeys already: each is read once, not on every render of every widget.
const knownTables = new WeakSet<Strings>();
const reported = new Set<string>();
let checkQueued = false;

/** Warn about page-wide keys that no widget on the page uses, once the widgets have rendered. */
function checkPageWideKeys(): void {
  checkQueued = false;
  const unknown = Object.keys(pageStrings.get('*') ?? {}).filter((key) => !knownKeys.has(otherForm(key)) && !knownKeys.has(key) && !reported.has(key));
  for (const key of unknown) {
    reported.add(key); // once per key: the list of valid keys grows as more widget types render
    warnOnce('ypsi-widgets', `setStrings() has an unknown key "${key.slice(0, 40)}": no widget on this page uses it. Valid keys: ${[...knownKeys].join(', ')}.`);
  }
}

/**
 * The strings an element renders with: defaults, then its language's pack, then page-wide, then
 * per-tag, then its own. Only string values for known keys are kept; the rest warn once each.
 * `typeTag` is the tag the class is named for, so `setStrings(…, 'helpline-card')` also reaches a
 * card that a host registered as `<school-helpline-card>`.
 */
export function resolveStrings(tag: string, defaults: Strings, own: unknown, typeTag = tag, pack?: Translation): Strings {
  if (!knownTables.has(defaults)) {
    knownTables.add(defaults);
    for (const key in defaults) knownKeys.add(key);
  }
  const shared = pageStrings.get('*');
  if (!checkQueued && shared) {
    checkQueued = true;
    setTimeout(checkPageWideKeys, 0);
  }
  const out = { ...defaults };
  // A pack covers every element type, so it has keys this one lacks: only its words are checked.
  for (const key in pack?.strings) {
    if (Object.hasOwn(defaults, key) || Object.hasOwn(defaults, otherForm(key))) {
      out[key] = packWord(pack, 'strings', key, defaults[key] ?? defaults[otherForm(key)]);
    }
  }
  // When typeTag is tag, its layer is read twice: the same result, and warnOnce says each thing once.
  const layers: [unknown, string][] = [
    [shared, 'setStrings()'],
    [pageStrings.get(typeTag), `setStrings(…, '${typeTag}')`],
    [pageStrings.get(tag), `setStrings(…, '${tag}')`],
    [own, 'strings'],
  ];
  for (const [given, where] of layers) {
    if (!given || typeof given !== 'object') continue;
    for (const [key, value] of Object.entries(given)) {
      // Own keys only: `constructor` or `toString` are keys of every object, and of no string table.
      // A plural form English does without (`shown.few`) is known where its `.other` form is.
      if (!Object.hasOwn(defaults, key) && !Object.hasOwn(defaults, otherForm(key))) {
        // Page-wide strings cover many element types, so a key this one lacks may be another's: it is
        // checked against all of them after this round of renders (checkPageWideKeys), not here.
        if (given !== shared) warnOnce(tag, `${where} has an unknown key "${key.slice(0, 40)}". Valid keys: ${Object.keys(defaults).join(', ')}.`);
      } else if (!hasVisibleText(value)) {
        // Blank or invisible-only text (zero-width, control characters) would leave an empty widget.
        warnOnce(tag, `${where}.${key} must be a non-empty string. Using the English default.`);
      } else {
        out[key] = value;
      }
    }
  }
  return out;
}

/** Fill `{name}` placeholders; unknown (or unset) placeholders are left as they are. */
export function fill(template: string, values: object = {}): string {
  // Own keys only: "{constructor}" in an override must stay as written, not show a function's source.
  const given = (name: string): unknown => (Object.hasOwn(values, name) ? (values as Record<string, unknown>)[name] : undefined);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(given(name) ?? whole));
}

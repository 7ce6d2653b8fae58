/**
 * Plural-aware strings: `key.one`, `key.other` (and `key.few`, `key.many` … where a language needs
 * them), chosen with Intl.PluralRules for the element's language. A count is never an array index, so
 * a translation gets its own grammar, and a category it leaves out falls back to `key.other`.
 */
const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in `lang` (English rules when `lang` is not a valid tag). */
export function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) {
    try {
      rule = new Intl.PluralRules(lang || 'en');
    } catch {
      rule = new Intl.PluralRules('en');
    }
    rules.set(lang, rule);
  }
  return rule.select(count);
}

/** The language an element is read in: its own or nearest `lang`, else the page's, else English. */
export function languageOf(el: Element): string {
  // Lit's server renderer (static HTML) gives an element with no DOM around it: English there.
  if (typeof el.closest !== 'function') return 'en';
  return el.closest('[lang]')?.getAttribute('lang') || el.ownerDocument?.documentElement.lang || 'en';
}

/** A key with plural forms (`shown.one`, `shown.other` …) named without its form: `shown`. */
export type PluralKey<Key extends string> = Key extends `${infer Base}.other` ? Base : never;

const FORM = /\.(zero|one|two|few|many|other)$/;

/** `key.other` for a plural form of `key` (`shown.few` gives `shown.other`), else `key` itself. */
export const otherForm = (key: string): string => key.replace(FORM, '.other');

/** The key of `base`'s form for `count` in `lang`, where `strings` has it, else `base.other`. */
export function pluralForm(strings: Readonly<Record<string, string>>, base: string, count: number, lang: string): string {
  const form = `${base}.${pluralCategory(lang, count)}`;
  return Object.hasOwn(strings, form) ? form : `${base}.other`;
}

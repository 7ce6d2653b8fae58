/**
 * Pseudo-locales: every string and every content sentence, accented and about 35% longer, installed
 * as a translation pack is (`addTranslation`). They prove a real translation can replace every word
 * before one is written: nothing English is left, nothing overflows, axe finds nothing, and the
 * right-to-left one mirrors. Test-only: no bundle imports this module.
 *
 * `en-XA` is accented left-to-right text; `ar-XB` the same words forced right to left (each run of
 * letters in U+202E … U+202C), on a `dir="rtl"` page, with Arabic's six plural categories.
 * Placeholders, numbers and addresses are kept as they are: they come from the content data.
 */
import type { Translation } from '../../src/core/strings.js';
import { HELPLINE_CARD_STRINGS } from '../../src/helpline-card/helpline-card.js';
import { HELP_PANEL_STRINGS } from '../../src/help-panel/help-panel.js';
import { LAW_EXPLAINER_STRINGS } from '../../src/law-explainer/law-explainer.js';
import { CONSEQUENCES_TIMELINE_STRINGS } from '../../src/consequences-timeline/consequences-timeline.js';
import { SERVICES } from '../../src/content/services.js';
import { JURISDICTIONS, SECTIONS } from '../../src/content/law.js';
import { MYTHS } from '../../src/content/myths.js';
import { SCENARIOS } from '../../src/content/consequences.js';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]]),
);

// Kept as written: placeholders, numbers, web and email addresses.
const KEPT = /(\{\w+\}|\S+@\S+\.\S+|(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)*\.(?:uk|org|com)\b\S*|\p{Nd}+)/u;

/** Accent every letter and double every vowel (about 35% longer); `rtl` forces each run right to left. */
export function pseudo(text: string, rtl = false): string {
  return text
    .split(KEPT)
    .map((part, i) => {
      if (i % 2 === 1 || !/\p{L}/u.test(part)) return part;
      const accented = part.replace(/[A-Za-z]/g, (c) => (/[aeiou]/i.test(c) ? ACCENTED[c].repeat(2) : ACCENTED[c]));
      return rtl ? `\u202E${accented}\u202C` : accented;
    })
    .join('');
}

/** The field names of the content data that hold what a reader sees (a service's name stays its name). */
const SHOWN = new Set(['text', 'why', 'title', 'description', 'eligibility', 'words', 'label', 'place', 'imageLaw', 'haveLaw', 'term']);

/** Every sentence a reader can see in the content data, found by walking it. */
export function contentSentences(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, field = ''): void => {
    if (typeof value === 'string') {
      if (SHOWN.has(field)) found.add(value);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, Array.isArray(value) ? field : key);
    }
  };
  walk([SERVICES, JURISDICTIONS, SECTIONS, MYTHS, SCENARIOS]);
  return [...found];
}

/** Every element's string keys with their English. */
export const ALL_STRINGS: Record<string, string> = {
  ...HELPLINE_CARD_STRINGS,
  ...HELP_PANEL_STRINGS,
  ...LAW_EXPLAINER_STRINGS,
  ...CONSEQUENCES_TIMELINE_STRINGS,
};

/** A pseudo-locale pack for `lang`, made from the English as it is now, so it can never go stale. */
export function pseudoPack(lang: string, rtl = false): Translation {
  const strings = Object.fromEntries(Object.entries(ALL_STRINGS).map(([key, english]) => [key, pseudo(english, rtl)]));
  const content = Object.fromEntries(contentSentences().map((english) => [english, pseudo(english, rtl)]));
  return { lang, strings, content };
}

export const PSEUDO_LOCALES = [
  { name: 'accented (en-XA)', lang: 'en-XA', dir: 'ltr', pack: pseudoPack('en-XA') },
  { name: 'right to left (ar-XB)', lang: 'ar-XB', dir: 'rtl', pack: pseudoPack('ar-XB', true) },
] as const;
